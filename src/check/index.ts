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
 *   dates.ts          dates.impossible, dates.weekday    a day that cannot be; a weekday the calendar denies
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
import { runChecks } from "./rules.js";
export { RULES, runChecks } from "./rules.js";

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
