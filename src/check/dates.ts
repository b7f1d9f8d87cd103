/**
 * dates.impossible — a date or year that cannot exist, as the date recogniser marked it.
 *
 *   "ngày 31/02/2022", "ngày 29/02/2023", "ngày 15/13/2022"  → error: no such day
 *   "năm 20221"                                              → error: no such year
 * A text that says itself the day cannot exist ("tháng 2 chỉ có 28 ngày") quotes it on purpose:
 * a warning. A reviewed period against the date of the event is period.ts.
 */
import type { Finding, Span } from "../schema.js";
import { finding, type CheckCtx } from "./util.js";

const DISCUSSED = /(?:chỉ|luôn)\s+có\s+(?:28|29|30)\s+ngày|không\s+(?:hề\s+)?có\s+ngày\s+\d{1,2}(?:\/|\s+tháng)|ngày\s+không\s+có\s+thật/u;

export function checkDates(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  const flagged: Span[] = [];
  // the text says itself that the day cannot exist ("tháng 2 chỉ có 28 ngày"): quoted on purpose
  // (read once there is an impossible date to judge: most texts have none)
  let deliberate: boolean | undefined;
  for (const d of ctx.report.dates) {
    if (!d.invalid || flagged.some((f) => d.span.start < f.end && f.start < d.span.end)) continue;
    flagged.push(d.span);
    deliberate ??= !!ctx.text && DISCUSSED.test(ctx.text.normalize("NFC").toLowerCase());
    const arith = { vi: `"${d.text}" → ${d.value}`, en: `"${d.text}" → ${d.value}` };
    out.push(finding("dates.impossible", deliberate ? "warning" : "error", { vi: `Ngày tháng không thể có: "${d.text}".`, en: `Impossible date: "${d.text}".` }, undefined, [], { spans: [d.span], found: d.text, arithmetic: arith }));
  }
  return out;
}
