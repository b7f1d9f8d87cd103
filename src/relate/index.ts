/**
 * Relations: which figures the text ties together, and how, with the cue that ties them.
 * A stage between report/ (figures with their subjects and comparisons) and check/ (findings):
 * the checks read only these relations.
 *
 *   breakdown.ts      whole and parts ("gồm", "trong đó", "còn lại")
 *   plan.ts           actual, plan, percent of plan, "vượt/không đạt kế hoạch"
 *   growth.ts         value, base, rate / multiple / delta
 *   growth-points.ts  a change of a rate in percentage points ("giảm 1,2 điểm phần trăm")
 *   share.ts          part, whole, "chiếm N%"; fractions "A/B" and their rate
 *   percent-total.ts  percentages of one whole that add up to 100
 *   percent-closed.ts shares listed with "chiếm", closed by "… khác" or by bands that cover a scale
 *   percent-complement.ts two shares, a class and its negation ("hợp lệ" / "không hợp lệ"), or nam / nữ
 *   restatement.ts    one amount written twice (words, units, separators)
 *   period.ts         the period a review covers and the day it is held
 *   period-report.ts  the month a periodic report covers and the day it is issued
 *   position.ts       one person, one unit, two ranks
 *
 * relate() returns them in text order with ids r1, r2 …; fillFigureLinks() writes the
 * figure-level view (parent/children, refersTo, basisFigure) from them.
 */
import type { Figure, RelationRecord } from "../schema.js";
import { makeRelateCtx, type Rel, type RelateCtx, type RelateInput } from "./context.js";
import { findBreakdowns } from "./breakdown.js";
import { findSumsAfter } from "./sum-after.js";
import { findProducts } from "./product.js";
import { findStockFlows } from "./stock-flow.js";
import { findSecondSplits } from "./second-split.js";
import { findSplitsBy } from "./split-by.js";
import { findPlans } from "./plan.js";
import { findGrowth } from "./growth.js";
import { findPointChanges } from "./growth-points.js";
import { findFractions, findShares } from "./share.js";
import { findBracketShares } from "./share-bracket.js";
import { findSharesWholeAfter } from "./share-whole-after.js";
import { findClassShares } from "./share-classes.js";
import { findPercentTotals } from "./percent-total.js";
import { findClosedShares } from "./percent-closed.js";
import { findComplementShares } from "./percent-complement.js";
import { findRestatements } from "./restatement.js";
import { findPeriods } from "./period.js";
import { findReportPeriods } from "./period-report.js";
import { findPositions } from "./position.js";
import { inOrder, none } from "../text/lists.js";
import { adding, withBasisFigure } from "./figure-draft.js";
import { drafted, publishRelation, type RelationDraft } from "./relation-draft.js";

/**
 * The finders, in order (breakdowns before shares: a share reads the breakdowns found). A finder
 * that needs figures (every relation of it holds one: a breakdown's items, a plan's percent, a
 * growth's value, a share's part, a fraction, percentages of a whole) is not run without any, nor
 * one that needs dates (the review's own date or the event's, one of rc.dates) without a date:
 * most short texts have no figure, and the finders' scans of the text for their cue words were
 * most of their time there.
 */
export function relate(input: RelateInput): RelationRecord[] {
  const rc = makeRelateCtx(input);
  const figs = rc.figs.length > 0;
  const dates = rc.dates.length > 0;
  // (each finder called by name: a call through a table of them showed as 8% of relate's own time
  // in a profile of 2,000 posts)
  if (figs) {
    run(rc, findBreakdowns);
    run(rc, findSumsAfter);
    run(rc, findProducts);
    run(rc, findStockFlows);
    run(rc, findSecondSplits);
    run(rc, findSplitsBy);
    run(rc, findFractions);
    run(rc, findPlans);
    run(rc, findGrowth);
    run(rc, findPointChanges);
    run(rc, findShares);
    run(rc, findBracketShares);
    run(rc, findSharesWholeAfter);
    run(rc, findClassShares);
    run(rc, findPercentTotals);
    run(rc, findClosedShares);
    run(rc, findComplementShares);
  }
  run(rc, findRestatements);
  if (dates) run(rc, findPeriods);
  if (dates) run(rc, findReportPeriods);
  run(rc, findPositions);
  if (!rc.found.length) return none();
  // a figure that may be the tail of a number split by a space ("349, 7 nghìn tỷ") ties nothing for certain
  // (the certainty written back to every relation, the same value where nothing is split: a
  // write made only in the rare text with a split number was a deopt of relate)
  const split = new Set(rc.figs.filter((g) => g.split).map((g) => g.f.id));
  for (const r of rc.found) r.certainty = split.size && r.certainty === "explicit" && r.members.some((m) => m.figure && split.has(m.figure)) ? "inferred" : r.certainty;
  const sorted: { r: RelationDraft; at: number }[] = [];
  for (const r of rc.found) sorted.push({ r: r as RelationDraft, at: first(r) });
  inOrder(sorted, (a, b) => a.at - b.at);
  // (by push: an optimised `.map()` makes a holey array, the interpreter's a packed one, and the
  // checks that read the list were thrown away at the change; src/text/lists.ts)
  const out: RelationRecord[] = none();
  // the public relations, with the keys and key order each finder wrote (relation-draft.ts)
  for (let i = 0; i < sorted.length; i++) out.push(publishRelation(`r${i + 1}`, sorted[i]!.r));
  return out;
}

/** Where a relation starts: its first member or its cue (Math.min over them, without a list for the spread). */
function first(r: Rel): number {
  let at = r.cue ? r.cue.span.start : Infinity;
  for (const m of r.members) if (m.span.start < at) at = m.span.start;
  return at;
}

/**
 * One finder's relations added to rc.found, as drafts (relation-draft.ts: one object shape for
 * every relation, for the readers of rc.found and of the list here; relate() publishes them).
 */
function run(rc: RelateCtx, finder: (rc: RelateCtx) => Rel[]): void {
  try {
    const found = finder(rc);
    for (const r of found) rc.found.push(drafted(r) as unknown as Rel);
  } catch {
    // a finder that fails on odd input must not take the report down
  }
}

/**
 * The figure-level view of the relations: parent/children/breakdown of a breakdown, refersTo
 * of a percent (the figure it is stated for), comparison.basisFigure (the plan or base).
 */
export function fillFigureLinks(figures: Figure[], relations: readonly RelationRecord[]): void {
  // (made at the first id asked: a text without relations asks none, and a map of every figure
  // was a fifth of this function's time on a text of 125,000 percents)
  let byId: Map<string, Figure> | undefined;
  const get = (id: string | undefined) => {
    if (id === undefined) return undefined;
    if (byId === undefined) {
      byId = new Map();
      for (let i = 0; i < figures.length; i++) byId.set(figures[i]!.id, figures[i]!);
    }
    return byId.get(id);
  };
  for (const r of relations) {
    const role = (name: string) => r.members.find((m) => m.role === name);
    if (r.kind === "breakdown") {
      const w = role("whole");
      const whole = get(w?.figure);
      if (!whole || w!.value !== whole.value) continue;
      const parts = r.members.filter((m) => (m.role === "part" || m.role === "remainder") && m.figure && m.figure !== whole.id);
      const kids = parts.map((m) => get(m.figure)).filter((f): f is Figure => !!f && !f.parent);
      if (!kids.length) continue;
      for (const k of kids) {
        adding(k, "parent");
        k.parent = whole.id;
      }
      adding(whole, "children");
      whole.children = [...(whole.children ?? []), ...kids.map((k) => k.id)];
      const sum = kids.reduce((t, k) => t + k.value, 0);
      adding(whole, "breakdown");
      whole.breakdown = r.closed || Math.abs(sum - whole.value) <= 1e-9 * Math.abs(whole.value) ? "exhaustive" : "partial";
    } else if (r.kind === "plan" || r.kind === "growth" || r.kind === "share" || r.kind === "fraction") {
      const p = get(role(r.kind === "growth" ? "rate" : "percent")?.figure);
      const of = get(role(r.kind === "plan" ? "actual" : r.kind === "growth" ? "value" : r.kind === "share" ? "part" : "fraction")?.figure);
      if (p && of && p.id !== of.id && !p.refersTo) {
        adding(p, "refersTo");
        p.refersTo = of.id;
      }
      const basis = get(role(r.kind === "plan" ? "plan" : "base")?.figure);
      if (p && basis && basis.id !== of?.id && (r.kind === "plan" || r.kind === "growth")) {
        adding(p, "comparison");
        p.comparison = withBasisFigure(p, basis.id);
      }
    }
  }
  // a percent speaks of what the figure it is stated for speaks of
  for (const f of figures) {
    const t = f.kind === "percent" ? get(f.refersTo) : undefined;
    if (t?.subject) {
      adding(f, "subject");
      f.subject = t.subject;
    }
  }
}
