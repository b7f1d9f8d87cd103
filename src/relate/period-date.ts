/**
 * The day a review or an opening is held, written after it in its own clause (period.ts).
 *
 *   "Tổng kết năm học 2023–2024 vào ngày 28/5/2024; khai giảng năm học 2024–2025 vào ngày 5/9/2024"
 *       the opening is held on 5/9/2024 (its own clause), not on 28/5/2024 (the date before it)
 *   "Hội nghị tổng kết năm 2023 được tổ chức vào ngày 10/01/2024"
 * Only a date told as the day it is held ("vào ngày", "tổ chức ngày", "diễn ra ngày"), within 100
 * characters after the review word and before the clause ends: a ";", or the next review word.
 * A date written before the review word in its own clause ("Ngày 28/5/2024 tổng kết …") is read
 * first and kept (period.ts): this one is asked only when none is, or when that date may be another
 * clause's (otherClause), and it is taken only when found.
 */
import type { DateHit } from "../recognize/types.js";
import type { RelateCtx } from "./context.js";
import { firstStartAt } from "../text/lists.js";
import { named } from "../text/rx.js";

/** Right before the date (its span may hold its own "ngày"). */
const HELD = named("relate.period-date.HELD", /(?:^|[^\p{L}\p{M}])(?:vào|diễn\s+ra|tổ\s+chức|khai\s+mạc|ra\s+mắt)(?:\s+(?:ngài|hôm))?\s*$/u);

export function dateAfter(rc: RelateCtx, cueEnd: number, clauseEnd: number): DateHit | undefined {
  const key = rc.key;
  const limit = Math.min(clauseEnd, cueEnd + 100);
  const semi = key.indexOf(";", cueEnd);
  const end = semi >= 0 && semi < limit ? semi : limit;
  // (the dates in text order: from the first at or after the word, a binary search)
  for (let k = firstStartAt(rc.dates, cueEnd); k < rc.dates.length; k++) {
    const d = rc.dates[k]!;
    if (d.end > end) break;
    if (d.precision !== "day" || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
    if (HELD.test(key.slice(Math.max(cueEnd, d.start - 30), d.start))) return d;
  }
  return undefined;
}

/**
 * Whether a date before a review word may be another clause's: a ";" lies between, or the date
 * follows the review word before ("Tổng kết … vào ngày 28/5/2024, khai giảng …": that review's day).
 */
export function otherClause(rc: RelateCtx, d: DateHit, at: number, prevCueEnd: number | undefined): boolean {
  return (prevCueEnd !== undefined && prevCueEnd <= d.start) || rc.key.slice(d.end, at).includes(";");
}
