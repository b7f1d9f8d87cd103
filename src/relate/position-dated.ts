/**
 * Two posts of one person, each dated by the time that opens its own clause, the two times apart:
 * a change of post told (position.ts), not a conflict.
 *
 *   "Giai đoạn 2015-2020, ông X là Phó Chủ tịch UBND tỉnh; từ năm 2021 đến nay, ông X là Chủ tịch UBND tỉnh"
 *   "Năm 2019, ông X là Phó Chủ tịch UBND tỉnh. Năm 2024, ông X là Chủ tịch UBND tỉnh."
 *   "Từ tháng 3/2021 đến tháng 6/2023, ông X là Phó Giám đốc Sở …; từ tháng 7/2023 đến nay, ông X là Giám đốc Sở …"
 * Two terms that meet at a year are apart ("Nhiệm kỳ 2015-2020, … Phó Bí thư …; nhiệm kỳ 2020-2025, … Bí thư …").
 * Still a conflict: the two times overlap ("Năm 2024, … Phó Chủ tịch …. Năm 2024, … Chủ tịch …"),
 * one post is dated and the other not, or the time does not open the clause ("Ông X, Phó Giám đốc
 * Sở, báo cáo kết quả năm 2023; Giám đốc Sở X …": the year is of the results).
 */
import { fold } from "../text/fold.js";
import { named } from "../text/rx.js";
import type { Position } from "../schema.js";

/** A time opening a clause, closed by a comma: "Năm 2019,", "Giai đoạn 2015-2020,", "Từ năm 2021 đến nay,". */
// (on the folded key: "nay" is folded "nai", "nhiệm kỳ" "nhiệm kì")
const W = (w: string) => fold(w).replace(/ /g, "\\s{1,2}");
const FRAME = named(
  "relate.position-dated.FRAME",
  new RegExp(
    `^\\s{0,3}(?:${W("trong")}\\s{1,2})?(?:${W("từ")}\\s{1,2})?(?:${W("năm")}|${W("giai đoạn")}|${W("nhiệm kỳ")})\\s{1,2}(\\d{4})(?:\\s{0,2}[-–]\\s{0,2}(\\d{4}))?(?:\\s{1,2}(?:${W("đến")}|${W("tới")})\\s{1,2}(?:(${W("nay")})|${W("năm")}\\s{1,2}(\\d{4})))?\\s{0,2},`,
    "u",
  ),
);
/** The same by months: "Từ tháng 3/2021 đến tháng 6/2023,", "Từ tháng 7/2023 đến nay,", "Tháng 5/2022,". */
const MONTH_FRAME = named(
  "relate.position-dated.MONTH_FRAME",
  new RegExp(
    `^\\s{0,3}(?:${W("trong")}\\s{1,2})?(?:${W("từ")}\\s{1,2})?${W("tháng")}\\s{1,2}(\\d{1,2})\\s{0,2}\\/\\s{0,2}(\\d{4})(?:\\s{1,2}(?:${W("đến")}|${W("tới")})\\s{1,2}(?:(${W("nay")})|${W("tháng")}\\s{1,2}(\\d{1,2})\\s{0,2}\\/\\s{0,2}(\\d{4})))?\\s{0,2},`,
    "u",
  ),
);
const TU = named("relate.position-dated.TU", new RegExp(`^\\s*(?:${W("trong")}\\s+)?${W("từ")}`, "u"));
/** What ends the clause before a post: a ";", the end of a sentence or a line. */
const CLAUSE_END = named("relate.position-dated.CLAUSE_END", /[;!?\n]|\.\s/gu);
const REACH = 200;

/** A time in months (year × 12 + month − 1); a frame of whole years keeps its years for the meeting rule. */
interface Frame {
  from: number;
  to: number;
  text: string;
  years?: { from: number; to: number };
}

/** The time opening the clause of a post (read on the folded input before it), or undefined. */
function frameOf(input: string, p: Position): Frame | undefined {
  const at = p.span.start;
  const s = fold(input.slice(Math.max(0, at - REACH), at));
  let start = at - REACH <= 0 ? 0 : -1;
  CLAUSE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_END.exec(s))) start = m.index + m[0].length;
  if (start < 0) return undefined;
  const clause = s.slice(start);
  const f = FRAME.exec(clause);
  if (!f) return monthFrame(clause);
  const from = Number(f[1]);
  const to = f[2] ? Number(f[2]) : f[3] ? Infinity : f[4] ? Number(f[4]) : TU.test(f[0]) ? Infinity : from;
  return to < from ? undefined : { from: from * 12, to: to === Infinity ? Infinity : to * 12 + 11, text: f[0].replace(/^\s+|\s*,$/gu, ""), years: { from, to } };
}

/** A time by months opening the clause ("Từ tháng 3/2021 đến tháng 6/2023,"), or undefined. */
function monthFrame(clause: string): Frame | undefined {
  const f = MONTH_FRAME.exec(clause);
  if (!f) return undefined;
  const [m1, y1] = [Number(f[1]), Number(f[2])];
  if (m1 < 1 || m1 > 12) return undefined;
  const from = y1 * 12 + m1 - 1;
  let to: number;
  if (f[3]) to = Infinity;
  else if (f[4]) {
    const m2 = Number(f[4]);
    if (m2 < 1 || m2 > 12) return undefined;
    to = Number(f[5]) * 12 + m2 - 1;
  } else to = TU.test(f[0]) ? Infinity : from;
  return to < from ? undefined : { from, to, text: f[0].replace(/^\s+|\s*,$/gu, "") };
}

/** Whether `a` ends before `b` starts, or two terms meet at a year ("nhiệm kỳ 2015-2020" / "nhiệm kỳ 2020-2025"). */
const before = (a: Frame, b: Frame) =>
  a.to < b.from || (!!a.years && !!b.years && a.years.to === b.years.from && a.years.from < a.years.to && b.years.from < b.years.to);

/** The two times when each post opens its clause with one and the times are apart ("năm 2019 / năm 2024"), else undefined. */
export function datedApart(input: string, a: Position, b: Position): string | undefined {
  const fa = frameOf(input, a);
  const fb = fa && frameOf(input, b);
  if (!fa || !fb || !(before(fa, fb) || before(fb, fa))) return undefined;
  return `${fa.text} / ${fb.text}`;
}
