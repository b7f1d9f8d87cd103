/**
 * checkReport: consistency checks over a parsed report. One rule per file:
 *
 *   breakdown.ts  "X (trong đó A … và B …)", "X gồm A, B và C" — parts against the whole
 *   plan.ts       "đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ đồng"; "vượt kế hoạch" under 100%
 *   growth.ts     "tăng 20% so với cùng kỳ (100 tỷ đồng)" against the value stated
 *   fraction.ts   "12/11 chỉ tiêu", "1.048/1.161 (90,27%)", "chiếm 120%"
 *   two-ways.ts   "1,615 tỷ" and "1.615 tỷ" in one post; separator slips in counts
 *   dates.ts      "31/02/2022", "năm 20221", a reviewed year against the event date
 *   positions.ts  one person as "Giám đốc" and "Phó Giám đốc" of the same unit
 *
 * Severity: `error` when figures contradict each other, `warning` when something is
 * suspicious or ambiguous (approximate figures, overlapping parts), `info` otherwise.
 */
import type { Finding, Report } from "../schema.js";
import { checkBreakdowns } from "./breakdown.js";
import { checkPlan } from "./plan.js";
import { checkGrowth } from "./growth.js";
import { checkFractions } from "./fraction.js";
import { checkTwoWays } from "./two-ways.js";
import { checkDates } from "./dates.js";
import { checkPositions } from "./positions.js";
import { makeCtx, type Prepared, type Rule } from "./util.js";

export const RULES: readonly { name: string; run: Rule }[] = [
  { name: "breakdown", run: checkBreakdowns },
  { name: "plan", run: checkPlan },
  { name: "growth", run: checkGrowth },
  { name: "fraction", run: checkFractions },
  { name: "two-ways", run: checkTwoWays },
  { name: "dates", run: checkDates },
  { name: "positions", run: checkPositions },
];

/**
 * Run every rule on a report. `input` is the text the report was parsed from (needed for the
 * phrase-level rules; without it, the report's own spans and texts are used). `prepared`: the
 * parser's own Doc and sentences for this input, to avoid building them twice.
 */
export function checkReport(report: Report, input?: string, prepared?: Prepared): Finding[] {
  const text = input ?? reconstruct(report);
  const ctx = makeCtx(report, text, prepared);
  const out: Finding[] = [];
  for (const rule of RULES) {
    try {
      out.push(...rule.run(ctx));
    } catch {
      // a rule that fails on odd input must not take the report down
    }
  }
  return out.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || a.rule.localeCompare(b.rule));
}

/** Without the input: a text with every figure, date and mention text at its span. */
function reconstruct(report: Report): string {
  const pieces = [...report.figures, ...report.dates, ...report.people.flatMap((p) => [...p.mentions, ...p.positions])];
  const end = pieces.reduce((m, p) => Math.max(m, p.span.end), 0);
  const chars = new Array<string>(end).fill(" ");
  for (const p of pieces) if (p.text.length === p.span.end - p.span.start) for (let i = 0; i < p.text.length; i++) chars[p.span.start + i] = p.text[i]!;
  return chars.join("");
}
