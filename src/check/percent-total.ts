/**
 * percent-total.sum — percentages of one whole, one per class.
 *
 *   closed (a full rating scale, "còn lại"): they add up to 100, give or take their rounding
 *     "18,5% …, 72,3% …, 8,1% … và 0,6% không hoàn thành nhiệm vụ" → error: 18,5 + 72,3 + 8,1 + 0,6 = 99,5% ≠ 100%
 *     "đạt 68,5%, còn lại 33,5%"                                      → error: 68,5 + 33,5 = 102% ≠ 100%
 *   open (some classes, a structure that may leave one out): no more than 100
 *     "nông nghiệp 24,6%; công nghiệp 38,2%; dịch vụ 39,2%"           → error: = 102% > 100%
 */
import type { Finding } from "../schema.js";
import { halfUnits, judge, quantity, type Interval } from "./precision.js";
import { finding, fmt, severityOf, type CheckCtx } from "./util.js";

export function checkPercentTotals(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.relations) {
    if (r.kind !== "percent-total") continue;
    const ms = r.members.filter((m) => m.value !== undefined);
    if (ms.length < 2) continue;
    const qs = ms.map((m) => quantity(m, ctx.byId));
    if (qs.some((q) => q.bound)) continue;
    const s = ms.reduce((t, m) => t + m.value!, 0);
    const h = halfUnits(qs) + 1e-9;
    const total = (): Interval => [s - h, s + h];
    const v = judge(() => (r.closed ? [100, 100] : [-Infinity, 100]), total);
    const sev = severityOf(v, r.certainty);
    if (!sev) continue;
    const terms = (lang: "vi" | "en") => ms.map((m) => fmt(m.value!, lang)).join(" + ");
    const rel = r.closed ? "≠" : ">";
    const arith = { vi: `${terms("vi")} = ${fmt(s, "vi", 2)}% ${rel} 100%`, en: `${terms("en")} = ${fmt(s, "en", 2)}% ${rel} 100%` };
    out.push(
      finding(
        "percent-total.sum",
        sev,
        r.closed
          ? { vi: `Các tỉ lệ của một tổng thể phải cộng lại bằng 100%: ${arith.vi} (sai số làm tròn tối đa ${fmt(h, "vi", 2)}).`, en: `The shares of one whole must add up to 100%: ${arith.en} (rounding allows ${fmt(h, "en", 2)}).` }
          : { vi: `Các tỉ lệ của một tổng thể cộng lại vượt 100%: ${arith.vi}.`, en: `The shares of one whole add up to more than 100%: ${arith.en}.` },
        r,
        ms,
        { expected: r.closed ? 100 : "≤ 100", found: Math.round(s * 100) / 100, arithmetic: arith },
      ),
    );
  }
  return out;
}
