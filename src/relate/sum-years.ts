/**
 * Parts told year by year before their total (relate/sum-after.ts reads the list):
 *
 *   "Năm 2021 có 12 dự án, năm 2022 có 15 dự án, năm 2023 có 18 dự án, tổng cộng 50 dự án"   12 + 15 + 18 ≠ 50
 *   "Năm 2021: 12 dự án; năm 2022: 15 dự án; năm 2023: 18 dự án; tổng cộng 45 dự án"          right
 * The join between two parts is the tail of a noun, "," or ";", then "năm YYYY" and a colon or at most
 * two words ("có", "thu hút", "là"); the first part is led by its own "năm YYYY" in its clause, and the
 * years are all different (one part a year).
 */
import { named, src } from "../text/rx.js";
import type { Fig, RelateCtx } from "./context.js";

/** Between two parts: "…, năm 2022 có", "…; năm 2022:", "…, năm 2022 là". */
export const JOIN_YEAR = named("sum-years.JOIN_YEAR", new RegExp(src`^(?:\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?\s*[,;]\s*(?:và\s+)?năm\s+(\d{4})\s*(?::\s*|(?:[\p{L}\p{M}]+\s+){0,2})$`, "u"));
/** Before the first part, in its clause: "Năm 2021 có", "Số dự án năm 2021 là". */
const LEAD_YEAR = named("sum-years.LEAD_YEAR", /(?:^|[^\p{L}\p{M}])năm\s+(\d{4})\s*(?::\s*|(?:[\p{L}\p{M}]+\s+){0,2})$/u);

/** Whether the parts (in text order) are one a year, each led by its own year. */
export function yearByYear(rc: RelateCtx, parts: readonly Fig[]): boolean {
  if (parts.length < 2) return false;
  const s = rc.sentences[parts[0]!.sent];
  const lead = rc.key.slice(Math.max(s ? s.start : 0, parts[0]!.start - 40), parts[0]!.start);
  const first = LEAD_YEAR.exec(lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";")) + 1));
  if (!first) return false;
  const years = [first[1]!];
  for (let i = 1; i < parts.length; i++) {
    const m = JOIN_YEAR.exec(rc.key.slice(parts[i - 1]!.end, parts[i]!.start));
    if (!m) return false;
    years.push(m[1]!);
  }
  return new Set(years).size === years.length;
}
