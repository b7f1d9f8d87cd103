/**
 * Two shapes of the period a review covers, beside period.ts's reading of the words after the
 * review word:
 *
 *   a programme reviewed by its name, the name ending in its phase:
 *     "tổng kết Đề án phát triển rừng bền vững giai đoạn 2021-2025" → the phase 2021-2025
 *     (a programme's name is otherwise a stop: "tổng kết công tác tuyên truyền Luật Thi đua, khen
 *     thưởng năm 2022" reviews no year 2022)
 *   a count of years reviewed:
 *     "tổng kết 3 năm thực hiện … giai đoạn 2021-2025" → none: the review covers three years of
 *     the phase, not the phase ("sơ kết" is allowed mid-way in any case)
 */
import { fold } from "../text/fold.js";
import { named } from "../text/rx.js";

/** The stops (REVIEW_STOPS) that name a programme, whose name may end in its own phase. */
const PROGRAMMES = new Set(["đề án", "nghị quyết", "chỉ thị"].map((w) => fold(w)));
/** The phase a programme's name ends in, and what ends the name (a clause break, "và", the sentence). */
const PHASE = named("relate.period-phase", /(?:^|[^\p{L}\p{M}\p{N}])((?:giai\s{1,2}đoạn|nhiệm\s{1,2}kì)\s{1,2}\d{4}\s{0,2}[-–]\s{0,2}\d{4})(?![\p{L}\p{M}\p{N}])/gu);
const NAME_END = named("relate.period-phase-name-end", /^\s*(?:$|[,;:.!?()]|và(?![\p{L}\p{M}]))/u);
const CLAUSE = named("relate.period-phase-clause", /[,;:.!?()]|(?:^|\s)và(?![\p{L}\p{M}])/u);
/** How far a programme's name may run (its words), from the stop to its phase. */
const NAME_REACH = 160;

/**
 * After a programme stop that starts at `at` (its folded words `stop`), where the phase its name
 * ends in starts (an index into `key`), or -1: "Đề án … giai đoạn 2021-2025" up to the end of
 * the clause, nothing after the phase but the clause's end.
 */
export function programmePhase(key: string, stop: string, at: number, to: number): number {
  if (!PROGRAMMES.has(stop)) return -1;
  const s = key.slice(at, Math.min(to, at + NAME_REACH));
  const cut = CLAUSE.exec(s.slice(stop.length));
  const clause = cut ? s.slice(0, stop.length + cut.index) : s;
  PHASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let found = -1;
  while ((m = PHASE.exec(clause))) {
    const end = m.index + m[0].length;
    if (NAME_END.test(s.slice(end))) found = m.index + m[0].length - m[1]!.length;
  }
  return found < 0 ? -1 : at + found;
}

/** "3 năm", "05 năm", "mười năm" at the start of `s` (folded): a count of years reviewed. */
const YEARS = named("relate.period-years-reviewed", /^(?:\d{1,2}|hai|ba|bốn|năm|sáu|bải|tám|chín|mười(?:\s{1,2}lăm)?|hai\s{1,2}mươi)\s{1,2}năm(?!\s{1,2}(?:học|tài\s{1,2}chính|\d))(?![\p{L}\p{M}\p{N}])/u);

/** Whether the words at the start of `s` count years reviewed ("tổng kết 10 năm thực hiện …"). */
export function yearsReviewed(s: string): boolean {
  return YEARS.test(s);
}
