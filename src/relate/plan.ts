/**
 * Plans: what was done, the plan, and the percent of plan (or the direction the text claims).
 *
 *   "đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ đồng"                 actual, percent, plan (right after)
 *   "đạt 93,5% kế hoạch (1.520 tỷ đồng)"                          plan in a bracket
 *   "bằng 180% kế hoạch (kế hoạch được giao 2 tỷ đồng)"           plan in a labelled bracket
 *   "tỉnh giao kế hoạch cho huyện 420 tỷ đồng; huyện đã thu được 487,2 tỷ đồng, bằng 106% kế hoạch"
 *                                                                  plan before, in the same sentence
 *   "… giao chỉ tiêu … cho 22.000 lao động. … 24.860 lao động, đạt 103% chỉ tiêu giao"
 *                                                                  plan in the sentence before
 *   "vượt 17,4% kế hoạch", "vượt kế hoạch 12%"                    the excess: 117,4% of plan
 *   "đạt 96,3 tỷ đồng, hoàn thành vượt kế hoạch lợi nhuận (104 tỷ đồng)" a direction, no percent
 *   "bằng 101,9% kế hoạch năm (2.100 tỷ đồng), là chỉ tiêu duy nhất không đạt kế hoạch"
 */
import { L, R, named, scanAt, src } from "../text/rx.js";
import { WordPairs } from "../text/words.js";
import { PLAN_LABELS } from "../lexicon/relation-cues.js";
import { cueOf, figById, figMember, foldedWords, guard, PhraseList, sentenceOf, type Fig, type Rel, type RelateCtx } from "./context.js";
import { anchorOf, basisAfter, gluedGap, lastFigBefore, nextFig, statedAfter, yearOf } from "./anchor.js";
import { sameSubject } from "./growth.js";
import { planPeriod } from "./plan-period.js";
import { cuePairs, pairStarts } from "./cue-scan.js";
import { measureCompatible } from "./kinds.js";
import type { RelationMember } from "../schema.js";
import { RelationDraft } from "./relation-draft.js";
import { changeDone, planCompatible } from "./plan-change.js";
import { otherTime } from "./plan-forecast.js";
import { concededGap } from "./plan-concession.js";
import { planOfOtherMeasure } from "./plan-measure.js";
import { claimOfOther } from "./plan-subject.js";

const PLAN_LABEL = new PhraseList(PLAN_LABELS);
/** Sticky, tried only where their first two words occur (OVER_PAIRS, UNDER_PAIRS: see scanAt). */
const OVER = named("relate.plan-over", new RegExp(src`${L}(?:hoàn\s+thành\s+)?vượt\s+(?:mức\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)${R}`, "uy"));
const UNDER = named("relate.plan-under", new RegExp(src`${L}(?:không|chưa)\s+(?:đạt|hoàn\s+thành)\s+(?:được\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)${R}`, "uy"));
const OVER_FIRST: [string, string][] = [["hoàn", "thành"], ["vượt", "mức"], ["vượt", "kế"], ["vượt", "chỉ"], ["vượt", "dự"]];
const UNDER_FIRST: [string, string][] = [["không", "đạt"], ["không", "hoàn"], ["chưa", "đạt"], ["chưa", "hoàn"]];
export const OVER_PAIRS = new WordPairs(OVER_FIRST);
export const UNDER_PAIRS = new WordPairs(UNDER_FIRST);
/** The same pairs, read from the one pass of cue-scan.ts (pairStarts(rc, OVER_CUES) = OVER_PAIRS.starts(rc.doc)). */
export const OVER_CUES = cuePairs(OVER_PAIRS);
export const UNDER_CUES = cuePairs(UNDER_PAIRS);
/** "vượt kế hoạch 12%", "vượt chỉ tiêu 5%": the basis before an excess. */
const EXCESS_BEFORE = named("plan.EXCESS_BEFORE", /vượt\s+(?:mức\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)(?:\s+[\p{L}\p{M}]+){0,3}\s*$/u);
/** Every match of EXCESS_BEFORE holds it. */
const VUOT = "vượt";
const VUOT_BEFORE = guard(named("plan.VUOT_BEFORE", /(?:^|[^\p{L}\p{M}])vượt(?:\s+mức)?(?:\s+(?:khoảng|gần|hơn|trên)|\s)\s*$/u), ["vượt"]);
const UP_BEFORE = guard(named("plan.UP_BEFORE", /(?:^|[^\p{L}\p{M}])(?:tăng|cao\s+hơn)(?:\s*(?:khoảng|gần|hơn|trên))?\s*$/u), ["tăng", "hơn"]);
const DOWN_BEFORE = guard(named("plan.DOWN_BEFORE", /(?:^|[^\p{L}\p{M}])(?:giảm|thấp\s+hơn|hụt)(?:\s*(?:khoảng|gần|hơn|trên))?\s*$/u), ["giảm", "hơn", "hụt"]);
const UNDER_BEFORE = guard(named("plan.UNDER_BEFORE", /(?:^|[^\p{L}\p{M}])(?:không|chưa)\s+(?:đạt|hoàn\s+thành)\s*$/u), ["đạt", "thành"]);

/** (drafts from the start: directions reads and writes them, relation-draft.ts) */
type PlanRel = RelationDraft;

export function findPlans(rc: RelateCtx): Rel[] {
  const out: PlanRel[] = [];
  const key = rc.key;
  // figures with a percent of plan stated for them are actuals, never another's plan
  const actuals = new Set<Fig>();
  for (const p of rc.figs) {
    if (p.f.kind !== "percent") continue;
    const b = basisAfter(rc, p.end, rc.sentences[p.sent]?.end ?? key.length);
    const a = b?.kind === "plan" ? anchorOf(rc, p.i) : undefined;
    if (a) actuals.add(a);
  }
  for (const p of rc.figs) {
    if (p.f.kind !== "percent") continue;
    const s = rc.sentences[p.sent];
    const sEnd = s ? s.end : key.length;
    const before = key.slice(Math.max(s ? s.start : 0, p.start - 40), p.start);
    const basis = basisAfter(rc, p.end, sEnd);
    const excessBefore = before.includes(VUOT) && EXCESS_BEFORE.test(before);
    const planBasis = (basis && basis.kind === "plan") || excessBefore;
    if (!planBasis) continue;
    // "vượt 17% kế hoạch", "tăng 37,3% so với dự toán": the excess over the plan; "giảm 5% so với kế hoạch": the shortfall
    const excess = excessBefore || VUOT_BEFORE.test(before) || UP_BEFORE.test(before) || p.rel === "vượt" || p.rel === "tăng";
    const shortfall = !excess && (DOWN_BEFORE.test(before) || p.rel === "giảm");
    const actual = anchorOf(rc, p.i);
    // a fraction's rate, or a change (but the change done that a plan asks for: plan-change.ts)
    if (actual && (actual.f.of !== undefined || (actual.change && !changeDone(rc, actual, p)))) continue;
    let plan: Fig | undefined;
    let explicit = false;
    if (basis && basis.kind === "plan") {
      const g = statedAfter(rc, basis.end, p.sent);
      if (g && (!actual || planCompatible(actual, g))) {
        plan = g;
        explicit = true;
      }
    }
    if (!plan && actual) {
      // (a result on every path, NO_PLAN where none: its fields are read where a plan was found
      // as where none was, and the first plan found elsewhere was a deopt of findPlans)
      const b = labelledPlan(rc, actual, p, actuals, basis?.kind === "plan" ? basis.year : undefined);
      plan = b.plan;
      explicit = b.explicit; // (false with no plan, as explicit is here: it is set only with one)
    }
    // "kết nạp 186 đảng viên, trong đó 64 nữ và 12 …, đạt 103,3% chỉ tiêu (180)": the last part is the figure
    // before the percent, but the whole's is the ratio told; the whole is the actual when it fits and the part does not
    const told = actual && plan && !excess && !shortfall ? wholeTold(rc, actual, plan, p) : undefined;
    const members: RelationMember[] = [];
    if (told) members.push(figMember(rc, "actual", told));
    else if (actual) members.push(figMember(rc, "actual", actual));
    members.push(figMember(rc, "percent", p));
    if (plan) members.push(figMember(rc, "plan", plan, { label: basis?.text ?? "kế hoạch" }));
    const missing = [...(actual ? [] : ["actual"]), ...(plan ? [] : ["plan"])];
    const cueStart = basis && basis.kind === "plan" ? basis.start : p.start - before.length + Math.max(0, before.search(EXCESS_BEFORE));
    const cueEnd = basis && basis.kind === "plan" ? basis.end : p.start;
    const r: PlanRel = new RelationDraft(
      "plan",
      explicit || !plan ? "explicit" : "inferred",
      cueOf(rc, Math.max(0, cueStart), Math.max(cueStart, cueEnd)),
      members,
      missing.length ? missing : undefined,
      plan ? (explicit ? "relate.plan.stated" : "relate.plan.labelled") : "relate.plan.percent",
    );
    if (excess) r.excess = true;
    if (shortfall) r.shortfall = true;
    if (UNDER_BEFORE.test(before)) {
      r.direction = "under";
      r.directionCue = cueOf(rc, p.start - before.length + before.search(/(?:không|chưa)/u), p.start);
    }
    out.push(r);
  }
  directions(rc, out);
  return out as unknown as Rel[];
}

/**
 * A plan stated elsewhere with a plan word in its clause: earlier in the sentence, in the two
 * sentences before, or in the next one ("Kế hoạch năm là 2 tỷ đồng", "giao chỉ tiêu … 22.000 lao động").
 */
/** The cue of a part of a whole, between a plan told before and the part. */
const PART_CUE = named("plan.PART_CUE", /(?:^|[^\p{L}\p{M}])trong\s+(?:số\s+)?đó(?![\p{L}\p{M}])/u);
interface Labelled {
  plan: Fig | undefined;
  explicit: boolean;
}
/** A sentence that opens with a part of what came before: "Trong đó", "Trong số đó", "Trong số này" (folded: "số nài"). */
const OPENS_WITH_PART = named("plan.OPENS_WITH_PART", /^[\s"“(]*trong\s+(?:đó|số\s+đó|số\s+nài)/u);
/** labelledPlan's answer when it finds no plan. */
const NO_PLAN: Labelled = { plan: undefined, explicit: false };

function labelledPlan(rc: RelateCtx, actual: Fig, p: Fig, actuals: Set<Fig>, basisYear?: number): Labelled {
  const para = rc.sentences[actual.sent]?.paragraph;
  // a part of a whole ("Trong đó, nguồn … là 5.700 tỷ đồng, đạt 2,2% kế hoạch") has a plan of its own:
  // the plan of the whole, stated elsewhere, is not it
  const isPart = rc.found.some((r) => r.kind === "breakdown" && r.members.some((m) => m.role !== "whole" && m.figure === actual.f.id));
  const opensWithPart = OPENS_WITH_PART.test(rc.key.slice(rc.sentences[actual.sent]?.start ?? 0, actual.start));
  const basisEnd = basisAfter(rc, p.end, rc.sentences[p.sent]?.end ?? rc.key.length)?.end ?? p.end;
  const ok = (g: Fig) => {
    if ((isPart || opensWithPart) && g.sent !== actual.sent) return false;
    // nor the whole's plan told before the part's "trong đó" in the same sentence ("giải ngân 540 tỷ
    // đồng (đạt 90% kế hoạch vốn 600 tỷ đồng), trong đó vốn ngân sách tỉnh 300 tỷ đồng (75% kế hoạch vốn tỉnh)")
    if (isPart && g.end <= actual.start && PART_CUE.test(rc.key.slice(g.end, actual.start))) return false;
    // (a plan told as a change, "chỉ tiêu giảm 150 hộ nghèo", for a change done)
    if (g === actual || actuals.has(g) || g.f.kind === "percent" || (g.change && !actual.change) || !planCompatible(actual, g)) return false;
    if (rc.sentences[g.sent]?.paragraph !== para || !hasPlanLabel(rc, g)) return false;
    // in another sentence, an amount must be of the same thing ("thu ngân sách" / "thu ngân sách")
    if (g.sent !== actual.sent && g.f.kind !== "count" && !sameSubject(clauseOf(rc, actual), clauseOf(rc, g))) return false;
    // in another sentence or past a ";", a plan of another year ("… đạt 312 tỷ đồng, hoàn thành 104% kế
    // hoạch. Năm 2024, công ty đặt kế hoạch lợi nhuận 280 tỷ đồng") is not this one's
    // "đạt 106% kế hoạch năm 2023": a plan whose clause names another year is not it
    // "đạt 105% kế hoạch năm học 2024-2025; kế hoạch năm học 2025-2026 là …", "dự toán năm tới là …"
    if (planPeriod(rc, actual, p, g, basisEnd) === "other") return false;
    if (basisYear !== undefined) {
      const yg = yearOf(rc, g);
      if (yg !== undefined && yg !== basisYear) return false;
    }
    if (g.sent !== actual.sent || rc.key.slice(Math.min(g.end, actual.end), Math.max(g.start, actual.start)).includes(";")) {
      const ya = yearOf(rc, actual);
      const yg = ya === undefined ? undefined : yearOf(rc, g);
      if (ya !== undefined && yg !== undefined && ya !== yg) return false;
    }
    return true;
  };
  // earlier: same sentence, then the two before (nearest first), at most 12 figures back
  for (let j = actual.i - 1; j >= 0 && j >= actual.i - 12; j--) {
    const g = rc.figs[j]!;
    if (g.sent < actual.sent - 2) break;
    if (ok(g)) return { plan: g, explicit: g.sent >= actual.sent - 1 };
  }
  // later: the rest of the sentence and the next one
  for (let j = p.i + 1; j < rc.figs.length && j <= p.i + 6; j++) {
    const g = rc.figs[j]!;
    if (g.sent > p.sent + 1) break;
    // "… bằng 112% kế hoạch. Kế hoạch lợi nhuận năm là 50 tỷ đồng": the plan named in the next sentence
    // (a guess when it names a year the actual's clause does not: "… đạt 102,8% dự toán. Dự toán năm 2024 …"
    // is the plan of the year to come as often as this one's; not when the percent names that year: "đạt 2,6% so
    // với kế hoạch … năm 2017. Dự kiến kế hoạch … năm 2017 … là 311.192,6 tỷ đồng")
    // (past a ";" too: "… đạt 105% chỉ tiêu; chỉ tiêu năm 2025 là 700 đoàn viên")
    if (ok(g)) return { plan: g, explicit: g.sent <= p.sent + 1 && !(g.sent > actual.sent && unsureYear(rc, actual, g, basisYear)) && planPeriod(rc, actual, p, g, basisEnd) !== "unsure" };
  }
  return NO_PLAN;
}

/** The whole of a breakdown in the sentence before `part` when whole ÷ plan is the percent (±0,5) and part ÷ plan is not. */
function wholeTold(rc: RelateCtx, part: Fig, plan: Fig, p: Fig): Fig | undefined {
  if (!plan.f.value) return undefined;
  const fits = (g: Fig) => Math.abs((g.f.value / plan.f.value) * 100 - p.f.value) <= 0.5;
  if (fits(part)) return undefined;
  for (const r of rc.found) {
    if (r.kind !== "breakdown" || !r.members.some((m) => m.role === "part" && m.figure === part.f.id)) continue;
    const id = r.members.find((m) => m.role === "whole")?.figure;
    const w = id ? figById(rc, id) : undefined;
    if (w && w.sent === part.sent && w.end <= part.start && planCompatible(w, plan) && fits(w)) return w;
  }
  return undefined;
}

/** A plan told after the actual names a year that neither the actual's clause nor the percent's basis names. */
function unsureYear(rc: RelateCtx, actual: Fig, plan: Fig, basisYear: number | undefined): boolean {
  const yg = yearOf(rc, plan);
  return yg !== undefined && yg !== basisYear && yearOf(rc, actual) === undefined;
}

/** The words of a figure's own clause before it (after the last , ; : ( . ) or "và"). */
function clauseOf(rc: RelateCtx, g: Fig): string {
  const s = rc.sentences[g.sent];
  const from = Math.max(s ? s.start : 0, g.start - 130);
  const prev = lastFigBefore(rc, g.start);
  const text = rc.key.slice(prev >= 0 ? Math.max(from, rc.figs[prev]!.end) : from, g.start);
  const cut = Math.max(...[";", ".", ")", "(", ",", ":"].map((c) => text.lastIndexOf(c)), text.lastIndexOf(" và "));
  return cut >= 0 ? text.slice(cut + 1) : text;
}

/** A plan word in the clause before a figure: "tỉnh giao kế hoạch cho huyện 420 tỷ đồng". */
function hasPlanLabel(rc: RelateCtx, g: Fig): boolean {
  return !!PLAN_LABEL.find(foldedWords(clauseOf(rc, g)));
}

/**
 * "vượt kế hoạch", "không đạt kế hoạch" without a number after them: the direction the text
 * claims for the plan relation of its clause, or a relation of its own when an amount and a
 * bracketed plan stand around it ("đạt 96,3 tỷ đồng, hoàn thành vượt kế hoạch lợi nhuận (104 tỷ đồng)").
 */
function directions(rc: RelateCtx, plans: PlanRel[]): void {
  const key = rc.key;
  const percentAt = new Map(plans.map((r) => [r.members.find((m) => m.role === "percent")?.figure, r]));
  for (const [re, pairs, dir] of [
    [OVER, OVER_CUES, "over"],
    [UNDER, UNDER_CUES, "under"],
  ] as const) {
    for (const m of scanAt(re, key, pairStarts(rc, pairs))) {
      const at = m.index;
      const end = at + m[0].length;
      // "vượt kế hoạch 12%": the percent after is the excess, read above
      if (/^\s*(?:khoảng|gần|hơn|trên)?\s*\d/u.test(key.slice(end, end + 12))) continue;
      const si = sentenceOf(rc, at);
      // the plan percent of the clause: the nearest one, with no other figure between
      const j = lastFigBefore(rc, at);
      const after = nextFig(rc, end);
      let target: PlanRel | undefined;
      const sentStart = rc.sentences[si]!.start;
      for (const g of [rc.figs[j], after]) {
        if (!g || g.sent !== si) continue;
        // "đạt 105% kế hoạch, riêng lợi nhuận không đạt kế hoạch": another subject's claim (plan-subject.ts)
        if (g.end <= at && claimOfOther(rc, g, at, sentStart)) continue;
        const r = percentAt.get(g.f.id);
        const near = g.end <= at ? at - g.end : g.start - end;
        if (r && near <= 90 && !r.direction) {
          target = r;
          break;
        }
      }
      // a plan member closing the clause before: "(2.100 tỷ đồng), là chỉ tiêu … không đạt kế hoạch"
      if (!target && rc.figs[j] && rc.figs[j]!.sent === si) {
        const g = rc.figs[j]!;
        const r = plans.find((x) => x.members.some((mm) => mm.figure === g.f.id && mm.role === "plan"));
        if (r && at - g.end <= 90 && !r.direction && !claimOfOther(rc, g, at, sentStart)) target = r;
      }
      if (target) {
        // "lũy kế 11 tháng …, dự kiến cả năm vượt dự toán": a forecast for the year, no claim of the actual (plan-forecast.ts)
        // (with no actual, the percent tells the time: "lũy kế 9 tháng đạt 72% kế hoạch năm, dự kiến cả năm vượt kế hoạch")
        const act = target.members.find((mm) => mm.role === "actual")?.figure ?? target.members.find((mm) => mm.role === "percent")?.figure;
        if (otherTime(rc, at, act === undefined ? undefined : figById(rc, act), sentStart)) continue;
        target.direction = dir;
        target.directionCue = cueOf(rc, at, end);
        continue;
      }
      // no percent: an amount before and a plan stated right after
      const a = rc.figs[j];
      if (!a || a.sent !== si || a.f.kind === "percent" || !gluedGap(concededGap(key.slice(a.end, at)), true)) continue;
      const pw = /(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)/u.exec(m[0]);
      const basis = basisAfter(rc, at + (pw ? pw.index : 0), rc.sentences[si]!.end);
      let plan = basis ? statedAfter(rc, basis.end, si) : undefined;
      // "Kế hoạch năm 2023 là 500 tấn. … thu mua được 460 tấn, vượt kế hoạch đề ra": the plan stated before
      if (!plan) plan = labelledPlan(rc, a, a, new Set()).plan;
      if (!plan || measureCompatible(a.f, plan.f, a.kinds, plan.kind) !== "yes") continue;
      // "doanh thu 96 tỷ đồng nhưng không hoàn thành kế hoạch lợi nhuận (…)": another measure's plan
      if (basis && planOfOtherMeasure(basis.text, key.slice(rc.sentences[si]!.start, a.start))) continue;
      const r = new RelationDraft(
        "plan",
        "explicit",
        cueOf(rc, at, end),
        [figMember(rc, "actual", a), figMember(rc, "plan", plan, { label: basis?.text ?? "kế hoạch" })],
        ["percent"],
        "relate.plan.direction",
      );
      r.direction = dir;
      r.directionCue = cueOf(rc, at, end);
      plans.push(r);
    }
    re.lastIndex = 0;
  }
}
