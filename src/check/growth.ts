/**
 * growth.rate / growth.over-100 — "tăng/giảm N% so với …" against the value and the base stated.
 *
 *   "đạt 120 tỷ đồng, tăng 20% so với cùng kỳ (100 tỷ đồng)"   → consistent
 *   "đạt 120 tỷ đồng, tăng 30% so với cùng kỳ (100 tỷ đồng)"   → error: 120/100 is +20%
 *   "tăng từ 400 người lên 500 người, tăng 25%"                → consistent
 *   "tăng 20 tỷ đồng (20%) so với năm trước (100 tỷ đồng)"     → the increase itself: 20/100 = 20%
 *   "giảm 120% so với năm trước"                               → warning: a fall of more than 100%
 */
import type { Finding } from "../schema.js";
import { finding, fmt, halfUnit, inexact, ratioInterval, roundLike, type CheckCtx } from "./util.js";

export function checkGrowth(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const p of ctx.report.figures) {
    if (p.kind !== "percent") continue;
    const rel = p.comparison?.relation;
    if (rel !== "tăng" && rel !== "giảm") continue;
    if (rel === "giảm" && p.value > 100 && !inexact(p)) {
      out.push(
        finding("growth.over-100", "warning", `Giảm ${p.text}: không thể giảm quá 100%.`, `A fall of ${p.text}: nothing falls by more than 100%.`, [p], { expected: "≤ 100", found: p.value }),
      );
      continue;
    }
    const a = p.refersTo ? ctx.byId.get(p.refersTo) : undefined;
    const b = p.comparison?.basisFigure ? ctx.byId.get(p.comparison.basisFigure) : undefined;
    if (!a || !b || a.kind === "percent" || !(b.value > 0)) continue;
    const delta = a.comparison?.relation === "tăng" || a.comparison?.relation === "giảm";
    const [lo, hi] = ratioInterval(a, b);
    const sign = rel === "tăng" ? 1 : -1;
    // the rate the figures allow, as a signed change in percent
    const range = delta ? [lo * 100, hi * 100] : [sign * (lo - 1) * 100, sign * (hi - 1) * 100];
    const min = Math.min(range[0]!, range[1]!) - 2 * halfUnit(p);
    const max = Math.max(range[0]!, range[1]!) + 2 * halfUnit(p);
    if (p.value >= min && p.value <= max) continue;
    const exp = delta ? (a.value / b.value) * 100 : sign * (a.value / b.value - 1) * 100;
    const expected = roundLike(exp, p);
    const word = (x: number, vi: boolean) => (x >= 0 ? (vi ? (rel === "tăng" ? "tăng" : "giảm") : rel === "tăng" ? "a rise" : "a fall") : vi ? (rel === "tăng" ? "giảm" : "tăng") : rel === "tăng" ? "a fall" : "a rise");
    out.push(
      finding(
        "growth.rate",
        inexact(a) || inexact(b) || inexact(p) ? "warning" : "error",
        `${a.text} so với ${b.text} là ${word(expected, true)} ${fmt(Math.abs(expected), "vi")}%, không phải ${rel} ${p.text}.`,
        `${a.text} against ${b.text} is ${word(expected, false)} of ${fmt(Math.abs(expected), "en")}%, not ${rel === "tăng" ? "a rise" : "a fall"} of ${p.text}.`,
        [p, a, b],
        { expected, found: p.value },
      ),
    );
  }
  return out;
}
