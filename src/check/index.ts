/**
 * checkReport: consistency findings of a parsed report, read from its relations
 * (report.relations, src/relate/). One rule per file:
 *
 *   breakdown.ts      breakdown.sum, breakdown.part       parts against the whole
 *   plan.ts           plan.ratio, plan.direction          actual ÷ plan against the percent; "vượt"/"không đạt"
 *   growth.ts         growth.rate/direction/multiple/delta/over-100
 *   share.ts          share.of-whole, share.over-100      "chiếm N%"
 *   fraction.ts       fraction.over, fraction.percent     "A/B", "A/B (N%)"
 *   percent-total.ts  percent-total.sum                   classes of one whole add up to 100
 *   restatement.ts    restatement.words/units, numbers.two-ways
 *   numbers.ts        numbers.separator, numbers.mixed    how the document writes numbers
 *   dates.ts          dates.impossible
 *   period.ts         period.review                        a period reviewed before it ended
 *   positions.ts      positions.conflict
 *   unchecked.ts      relations.unchecked (info)           what could not be checked
 *
 * Severity: `error` only when no rounding of the figures as written explains the contradiction
 * and the relation is explicit (precision.ts); `warning` when either is doubtful; `info` for notes.
 *
 *   const report = parseReport(text);    // report.findings is already filled
 *   checkReport(report)                  // the same findings, again, from the report alone
 */
import { Report, type Finding } from "../schema.js";
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

/**
 * The findings of a report (as parseReport made it). Throws a TypeError when given anything
 * else: a value that is not a Report, or a Report without its relations.
 */
export function checkReport(report: Report): Finding[] {
  const parsed = Report.safeParse(report);
  if (!parsed.success) {
    const what = report === null ? "null" : Array.isArray(report) ? "an array" : typeof report;
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; ");
    throw new TypeError(`checkReport: expected a Report from parseReport(), got ${what} (${issues})`);
  }
  return runChecks(report);
}

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
  return out.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || a.rule.localeCompare(b.rule));
}
