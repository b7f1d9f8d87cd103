/**
 * A direction of plan told of another time than the actual's: a forecast or an aim for the whole
 * period after a figure of part of it (plan.ts directions).
 *
 *   "lũy kế 11 tháng 4.680 tỷ đồng, bằng 97,5% dự toán năm (4.800 tỷ đồng), dự kiến cả năm vượt dự toán"
 *       "vượt dự toán" is forecast for the year, not said of the 11 months' 4.680 tỷ đồng
 *   "…, phấn đấu cả năm vượt dự toán"                                an aim
 *   "lũy kế 11 tháng …, bằng 97,5% dự toán năm, cả năm vượt dự toán"   the whole year, after part of it
 * Still the actual's claim: "Ước cả năm thu 4.680 tỷ đồng, bằng 97,5% dự toán, dự kiến vượt dự toán"
 * (the actual is a forecast too) and "…, bằng 97,5% dự toán, vượt dự toán" (no word of its own).
 */
import { fold } from "../text/fold.js";
import type { Fig, RelateCtx } from "./context.js";
import { named } from "../text/rx.js";

const W = (words: string[]) => words.map((w) => fold(w).replace(/\s+/g, "\\s+")).join("|");
const EDGE = "(?:^|[^\\p{L}\\p{M}])";
const END = "(?![\\p{L}\\p{M}])";
/** A forecast or an aim. */
const FORECAST = named("relate.plan-forecast.FORECAST", new RegExp(`${EDGE}(?:${W(["dự kiến", "ước", "ước tính", "dự báo", "phấn đấu", "có khả năng", "sẽ", "hướng tới", "mục tiêu"])})${END}`, "u"));
/** The whole period. */
const WHOLE = named("relate.plan-forecast.WHOLE", new RegExp(`${EDGE}(?:${W(["cả năm", "năm nay", "toàn năm"])})${END}`, "u"));
/** Part of a period: "lũy kế 11 tháng", "6 tháng đầu năm", "quý III", "đến ngày 30/11". */
const PART = named("relate.plan-forecast.PART", new RegExp(`${EDGE}(?:${W(["lũy kế", "luỹ kế", "từ đầu năm", "đến ngày", "đến nay", "quý"])}|\\d{1,2}\\s+${fold("tháng")})${END}`, "u"));

/** The clause of a position: from the last "," or ";" before it (at most 120 characters). */
function clauseBefore(key: string, from: number, at: number): string {
  const s = key.slice(Math.max(from, at - 120), at);
  const cut = Math.max(s.lastIndexOf(","), s.lastIndexOf(";"));
  return s.slice(cut + 1);
}

/**
 * Whether a direction cue at `at` speaks of another time than the actual `a`: a forecast or aim in
 * the cue's clause when the actual's clause holds none, or the whole period after an actual of part of it.
 */
export function otherTime(rc: RelateCtx, at: number, a: Fig | undefined, sentStart: number): boolean {
  if (!a || a.end > at) return false;
  const key = rc.key;
  const cue = clauseBefore(key, a.end, at);
  const forecast = FORECAST.test(cue);
  const whole = WHOLE.test(cue);
  if (!forecast && !whole) return false;
  // the actual's clause: from the sentence (or its last ";") to the actual
  const s = key.slice(sentStart, a.start);
  const own = s.slice(s.lastIndexOf(";") + 1);
  if (forecast && !FORECAST.test(own)) return true;
  return whole && PART.test(own) && !WHOLE.test(own);
}
