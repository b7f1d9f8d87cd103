/**
 * share.of-whole / share.over-100 — "chiếm N%" against the part and the whole.
 *
 *   "52 đại biểu, trong đó có 16 đại biểu nữ (chiếm 35,7%)"  → error: 16 ÷ 52 = 30,8%, không phải 35,7%
 *   "lao động nữ chiếm 106,2%"                               → error: a share of one whole above 100%
 *   "công suất sử dụng giường bệnh đạt 108%"                 → no share ("đạt" is a rate, not "chiếm")
 */
import type { Finding } from "../schema.js";
import { judge, quantity, range, ratio, type Interval, type Reading } from "./precision.js";
import { finding, fmt, role, roles, roundLike, severityOf, shown, type CheckCtx } from "./util.js";

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
    let sev = severityOf(judge(P, given), r.certainty);
    if (!sev) continue;
    // "…, 200 tin về kinh tế; đã giải quyết 290 tin, đạt 90,6%": the list's last part tried as the whole too
    const tried: { vi: string[]; en: string[] } = { vi: [], en: [] };
    let fits = false;
    for (const w2 of roles(r, "whole-alt")) {
      if (w2.value === undefined || !(w2.value > 0)) continue;
      const v2 = judge(P, (x) => {
        const [lo, hi] = ratio(range(quantity(part, ctx.byId), x), range(quantity(w2, ctx.byId), x));
        return [lo * 100, hi * 100];
      });
      if (v2 === "ok") fits = true;
      else if (v2 === "doubtful") sev = "warning";
      tried.vi.push(`${part.text} trên ${w2.text}: ${fmt(roundLike((part.value / w2.value) * 100, p), "vi")}%`);
      tried.en.push(`${part.text} of ${w2.text}: ${fmt(roundLike((part.value / w2.value) * 100, p), "en")}%`);
    }
    if (fits) continue;
    const also = { vi: tried.vi.length ? ` (cũng đã thử ${tried.vi.join("; ")})` : "", en: tried.en.length ? ` (also tried ${tried.en.join("; ")})` : "" };
    const exp = (part.value / whole.value) * 100;
    const u = shown(whole);
    const arith = {
      vi: `${fmt(part.value / u.scale, "vi")} ÷ ${fmt(whole.value / u.scale, "vi")} = ${fmt(roundLike(exp, p), "vi")}%, không phải ${p.text}${also.vi}`,
      en: `${fmt(part.value / u.scale, "en")} ÷ ${fmt(whole.value / u.scale, "en")} = ${fmt(roundLike(exp, p), "en")}%, not ${p.text}${also.en}`,
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
