/**
 * A review or an opening only planned or asked for in its clause (period.ts): the date before it is
 * the day of the meeting or of the document that plans it, not the day it is held.
 *
 *   "Ngày 10/01/2024, … tổng kết công tác năm 2023; dự kiến sơ kết 6 tháng đầu năm 2024 vào tháng 7/2024"
 *   "Ngày 28/5/2024, nhà trường tổng kết năm học 2023-2024 và thông qua kế hoạch khai giảng năm học 2024-2025"
 *   "Ngày 15/11/2024, UBND tỉnh ban hành Kế hoạch số 245/KH-UBND về tổ chức tổng kết công tác năm 2024"
 *   "Ngày 20/4/2025, Sở Giáo dục hướng dẫn các trường tổ chức tổng kết năm học 2024-2025 trước ngày 31/5/2025"
 *   "…; việc sơ kết quý I/2025 sẽ tổ chức vào đầu tháng 4"                 (said after it)
 * Only the day it is to be held, written after it ("… dự kiến khai giảng năm học 2024-2025 vào ngày
 * 5/9/2024", period-date.ts), dates it. Held, not planned: "Ngày 12/01/2023, Hội … tổ chức hội nghị
 * tổng kết công tác năm 2023" (no plan word in its clause), "Ngày 5/1/2023, Sở Kế hoạch và Đầu tư tổng kết
 * công tác năm 2023" (an office's name).
 */
import { PLAN_OFFICE_AFTER, PLAN_OFFICE_BEFORE, REVIEW_PLANNED, REVIEW_PLANNED_AFTER } from "../lexicon/claim-words.js";
import { fold } from "../text/fold.js";
import { PhraseList, foldedWords } from "./context.js";

const BEFORE = new PhraseList(REVIEW_PLANNED);
const AFTER = new PhraseList(REVIEW_PLANNED_AFTER);
const VA = fold("và");
const KE = fold("kế");
const OFFICE_BEFORE = new Set(PLAN_OFFICE_BEFORE.map((w) => fold(w)));
const OFFICE_AFTER = new PhraseList(PLAN_OFFICE_AFTER);
/** "kế hoạch" at ws[i] in an office's name: "Sở Kế hoạch và Đầu tư", "Phòng Tài chính - Kế hoạch". */
const office = (ws: readonly string[], i: number) => ws[i] === KE && (OFFICE_BEFORE.has(ws[i - 1] ?? "") || OFFICE_AFTER.at(ws, i + 2) > 0);
/** What ends a clause around a review word. */
const MARKS = [",", ";", ":", ".", "(", ")"];

/**
 * Whether the review word at [at, cueEnd) is only planned: a plan word in its clause before it (from
 * the last clause mark, the sentence start `from` or the review word before, `prevEnd`), or "sẽ",
 * "dự kiến" in its clause after it (up to a clause mark or "và", before `to`).
 */
export function plannedReview(key: string, from: number, at: number, cueEnd: number, to: number, prevEnd: number | undefined): boolean {
  const start = Math.max(from, prevEnd ?? from, at - 120);
  const before = key.slice(start, at);
  const cut = Math.max(...MARKS.map((c) => before.lastIndexOf(c)));
  const bw = foldedWords(before.slice(cut + 1));
  for (let i = 0; i < bw.length; i++) if (BEFORE.at(bw, i) && !office(bw, i)) return true;
  const after = key.slice(cueEnd, Math.min(to, cueEnd + 80));
  const ends = MARKS.map((c) => after.indexOf(c)).filter((k) => k >= 0);
  const ws = foldedWords(ends.length ? after.slice(0, Math.min(...ends)) : after);
  const va = ws.indexOf(VA);
  return !!AFTER.find(va >= 0 ? ws.slice(0, va) : ws);
}
