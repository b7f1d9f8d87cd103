/**
 * The period a plan is for, against the period of the actual it would measure (plan.ts labelledPlan).
 *
 *   "… 630 học sinh, đạt 105% kế hoạch năm học 2024-2025; kế hoạch năm học 2025-2026 là 700 học sinh"
 *       another school year: not its plan
 *   "Năm 2024, … thu 520 tỷ đồng, đạt 104% dự toán; dự toán năm tới là 560 tỷ đồng"
 *       a year to come: never the plan of what was done
 *   "… đạt 105% chỉ tiêu; giai đoạn 2026-2030, chỉ tiêu là 700 đoàn viên mỗi năm"
 *       a plan of several years, where the actual's clause names none: not its plan
 *   "Kết nạp 630 đoàn viên, đạt 105% chỉ tiêu; chỉ tiêu năm 2025 là 700 đoàn viên"
 *       a plan that names a year the actual's clause does not: unsure (this year's as often as the next)
 * Each side is read in its own clause only (after the last ";" of its sentence), so a year opening the
 * sentence ("Năm 2024, …; dự toán năm tới …") is the actual's, not the plan's.
 */
import { L, named, R, src } from "../text/rx.js";
import { COMPARED_BEFORE, NEXT_PERIOD_WORDS, SCHOOL_YEAR_WORDS, SPAN_WORDS } from "../lexicon/periods.js";
import { foldedWords, PhraseList, type Fig, type RelateCtx } from "./context.js";

interface Period {
  /** A period to come ("năm tới"). */
  next: boolean;
  from: number;
  to: number;
  /** A school or crop year ("năm học 2024-2025"): two such are the same only when equal. */
  school: boolean;
}

const PERIOD = named(
  "relate.plan-period",
  new RegExp(
    src`${L}(?:(?<next>${NEXT_PERIOD_WORDS})${R}|(?:(?<school>${SCHOOL_YEAR_WORDS})|(?<span>${SPAN_WORDS})|năm)\s+(?<a>\d{4})(?:\s*[-–/]\s*(?<b>\d{4}))?(?!\d))`,
    "gu",
  ),
);
/** Before a year: a year compared with, not the clause's own ("tăng 8% so với năm 2023", "so với cùng kỳ năm 2023"). */
const COMPARED = new PhraseList(COMPARED_BEFORE);
/** Between the comparing word and the year: "so với cuối năm 2023", "so với mức thực hiện năm 2023". */
const COMPARED_GAP = new PhraseList(["cùng kỳ", "cuối", "đầu", "mức", "thực hiện"]);

/** Whether the words before a year (folded) end in a word that compares with it. */
function compared(before: string): boolean {
  const ws = foldedWords(before);
  for (let end = ws.length, steps = 0; end > 0 && steps < 4; steps++) {
    for (let k = 1; k <= 2 && k <= end; k++) if (COMPARED.at(ws, end - k) === k) return true;
    let gap = 0;
    for (let k = 1; k <= 2 && k <= end; k++) if (COMPARED_GAP.at(ws, end - k) === k) gap = k;
    if (!gap) return false;
    end -= gap;
  }
  return false;
}
/** A plan word naming a period of several years with no years: "đạt 40% chỉ tiêu nhiệm kỳ". */
const SPAN_BASIS = named("relate.plan-period-span-basis", new RegExp(src`${L}(?:giai\s+đoạn|nhiệm\s+kì|cả\s+kì)${R}`, "u"));

/** The last period a stretch of the folded key names (years compared with left out). */
function periodIn(text: string): Period | undefined {
  let out: Period | undefined;
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m; m = PERIOD.exec(text)) {
    const gr = m.groups!;
    if (gr.next) {
      out = { next: true, from: 0, to: 0, school: false };
      continue;
    }
    if (compared(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const a = Number(gr.a);
    const b = gr.b ? Number(gr.b) : a;
    // "2024-25" is not read (four digits both); a backward or far range is no period
    if (b < a || b - a > 10) continue;
    out = { next: false, from: a, to: b, school: !!gr.b && (!!gr.school || (!gr.span && b === a + 1)) };
  }
  return out;
}

/** Where a figure's clause starts: after the last ";" of its sentence before it, at `floor` at the earliest. */
function clauseStart(rc: RelateCtx, g: Fig, floor: number): number {
  const s = rc.sentences[g.sent];
  const from = Math.max(s ? s.start : 0, floor, g.start - 200);
  const semi = rc.key.lastIndexOf(";", g.start);
  return semi >= from ? semi + 1 : from;
}

export type PlanPeriod = "other" | "unsure" | undefined;

/**
 * Whether `plan` is for another period than `actual` (measured by the percent `p`, whose basis ends at
 * `basisEnd`): "other" (not its plan), "unsure" (a plan told after a break naming a period the actual's
 * clause does not), or undefined (nothing against it).
 */
export function planPeriod(rc: RelateCtx, actual: Fig, p: Fig, plan: Fig, basisEnd: number): PlanPeriod {
  const key = rc.key;
  const planFirst = plan.end <= actual.start;
  const aFrom = clauseStart(rc, actual, planFirst && plan.sent === actual.sent ? plan.end : 0);
  const aEnd = Math.max(basisEnd, p.end);
  const aText = key.slice(aFrom, aEnd);
  const pText = key.slice(clauseStart(rc, plan, !planFirst && plan.sent === p.sent ? aEnd : 0), plan.start);
  const P = periodIn(pText);
  if (!P) return undefined;
  if (P.next) return "other";
  const A = periodIn(aText);
  if (A?.next) return undefined;
  const multi = !P.school && P.to > P.from;
  if (!A) {
    if (multi) return SPAN_BASIS.test(aText) ? undefined : "other";
    const apart = plan.sent !== actual.sent || key.slice(Math.min(plan.end, actual.end), Math.max(plan.start, actual.start)).includes(";");
    return apart && !planFirst ? "unsure" : undefined;
  }
  if (A.school && P.school) return A.from === P.from && A.to === P.to ? undefined : "other";
  if (multi) return A.from === P.from && A.to === P.to ? undefined : "other";
  return P.to < A.from || P.from > A.to ? "other" : undefined;
}
