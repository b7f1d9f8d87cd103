/**
 * share.of-whole / share.over-100 — "chiếm N%" against the part and the whole.
 *
 *   "52 đại biểu, trong đó có 16 đại biểu nữ (chiếm 35,7%)"  → error: 16 ÷ 52 = 30,8%, không phải 35,7%
 *   "lao động nữ chiếm 106,2%"                               → error: a share of one whole above 100%
 *   "công suất sử dụng giường bệnh đạt 108%"                 → no share ("đạt" is a rate, not "chiếm")
 */
import type { Finding } from "../schema.js";
import { judge, quantity, range, ratio, type Interval, type Reading } from "./precision.js";
import { finding, fmt, role, roundLike, severityOf, shown, type CheckCtx } from "./util.js";

export function checkShares(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.relations) {
    if (r.kind !== "share") continue;
    const p = role(r, "percent");
    if (!p || p.value === undefined) continue;
    const pq = quantity(p, ctx.byId);
    if (range(pq, "coarse")[0] > 100) {
      out.push(
        finding("share.over-100", "error", { vi: `Tỉ trọng ${p.text} lớn hơn 100%: một phần không thể chiếm quá toàn bộ.`, en: `A share of ${p.text} is more than 100%: a part cannot exceed the whole.` }, r, [p], {
          expected: "≤ 100",
          found: p.value,
          arithmetic: { vi: `${p.text} > 100%`, en: `${p.text} > 100%` },
        }),
      );
      continue;
    }
    const part = role(r, "part");
    const whole = role(r, "whole");
    if (!part || !whole || part.value === undefined || whole.value === undefined || !(whole.value > 0)) continue;
    const P = (x: Reading): Interval => range(pq, x);
    const given = (x: Reading): Interval => {
      const [lo, hi] = ratio(range(quantity(part, ctx.byId), x), range(quantity(whole, ctx.byId), x));
      return [lo * 100, hi * 100];
    };
    const sev = severityOf(judge(P, given), r.certainty);
    if (!sev) continue;
    const exp = (part.value / whole.value) * 100;
    const u = shown(whole);
    const arith = {
      vi: `${fmt(part.value / u.scale, "vi")} ÷ ${fmt(whole.value / u.scale, "vi")} = ${fmt(roundLike(exp, p), "vi")}%, không phải ${p.text}`,
      en: `${fmt(part.value / u.scale, "en")} ÷ ${fmt(whole.value / u.scale, "en")} = ${fmt(roundLike(exp, p), "en")}%, not ${p.text}`,
    };
    out.push(
      finding("share.of-whole", sev, { vi: `${part.text} trên tổng ${whole.text}: ${arith.vi}.`, en: `${part.text} of the whole ${whole.text}: ${arith.en}.` }, r, [p, part, whole], {
        expected: roundLike(exp, p),
        found: p.value,
        arithmetic: arith,
      }),
    );
  }
  return out;
}
