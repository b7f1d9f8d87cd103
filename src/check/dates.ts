/**
 * dates.impossible — a date or year that cannot exist, as the date recogniser marked it.
 *
 *   "ngày 31/02/2022", "ngày 29/02/2023", "ngày 15/13/2022"  → error: no such day
 *   "năm 20221"                                              → error: no such year
 * A reviewed period against the date of the event is period.ts.
 */
import type { Finding, Span } from "../schema.js";
import { finding, type CheckCtx } from "./util.js";

export function checkDates(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  const flagged: Span[] = [];
  for (const d of ctx.report.dates) {
    if (!d.invalid || flagged.some((f) => d.span.start < f.end && f.start < d.span.end)) continue;
    flagged.push(d.span);
    const arith = { vi: `"${d.text}" → ${d.value}`, en: `"${d.text}" → ${d.value}` };
    out.push(finding("dates.impossible", "error", { vi: `Ngày tháng không thể có: "${d.text}".`, en: `Impossible date: "${d.text}".` }, undefined, [], { spans: [d.span], found: d.text, arithmetic: arith }));
  }
  return out;
}
