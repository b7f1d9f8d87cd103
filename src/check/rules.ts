/**
 * The check rules in order, and runChecks: the findings of a report known to be well formed
 * (parseReport's `check` phase calls it with the text it read). No schema here: index.ts
 * checkReport validates a report it is given first (zod), the phase does not need to.
 */
import type { Finding, Report } from "../schema.js";
import { checkBreakdowns } from "./breakdown.js";
import { checkPlan } from "./plan.js";
import { checkGrowth } from "./growth.js";
import { checkShares } from "./share.js";
import { checkFractions } from "./fraction.js";
import { checkPercentTotals } from "./percent-total.js";
import { checkRestatements } from "./restatement.js";
import { checkNumbers } from "./numbers.js";
import { checkDates } from "./dates.js";
import { checkPeriods } from "./period.js";
import { checkPositions } from "./positions.js";
import { checkUnchecked } from "./unchecked.js";
import { makeCtx, type Rule } from "./util.js";
import { onePerMistake } from "./one-mistake.js";
import { none } from "../text/lists.js";

export const RULES: readonly { name: string; run: Rule }[] = [
  { name: "breakdown", run: checkBreakdowns },
  { name: "plan", run: checkPlan },
  { name: "growth", run: checkGrowth },
  { name: "share", run: checkShares },
  { name: "fraction", run: checkFractions },
  { name: "percent-total", run: checkPercentTotals },
  { name: "restatement", run: checkRestatements },
  { name: "numbers", run: checkNumbers },
  { name: "dates", run: checkDates },
  { name: "period", run: checkPeriods },
  { name: "positions", run: checkPositions },
  { name: "unchecked", run: checkUnchecked },
];

/** The checks on a report known to be well formed (parseReport calls this, with the text it read). */
export function runChecks(report: Report, text?: string): Finding[] {
  // every rule reads relations, except numbers.ts (the figures) and dates.ts (the dates): a report
  // with none of the three has no finding (most short texts)
  if (!report.relations?.length && !report.figures.length && !report.dates.length) return none();
  const ctx = makeCtx(report, text);
  const out: Finding[] = [];
  for (const rule of RULES) {
    try {
      // (most rules find nothing: no spread of an empty list)
      const found = rule.run(ctx);
      for (let i = 0; i < found.length; i++) out.push(found[i]!);
    } catch {
      // a rule that fails on odd input must not take the report down
    }
  }
  if (out.length < 2) return out;
  return onePerMistake(ctx, out).sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || a.rule.localeCompare(b.rule));
}
