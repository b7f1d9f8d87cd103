/**
 * fraction.over / fraction.percent — "A/B" with A > B, and its rate against A ÷ B.
 *
 *   "19/17 xã về đích nông thôn mới"             → error: 19 > 17
 *   "1.161/1.048 người, đạt tỷ lệ 90,27%"        → error: 1.161 > 1.048 (and 1.048 ÷ 1.161 = 90,27%: swapped)
 *   "45/60 học sinh đỗ (tỷ lệ 80%)"              → error: 45 ÷ 60 = 75%, không phải 80%
 *   "2/3 đơn vị (tỷ lệ 66,6%)"                   → consistent (a cut, not a rounding)
 *   "1.152/1.000 tỷ đồng, bằng 115,2% dự toán"   → no fraction: actual of plan (plan.ts)
 */
import type { Finding } from "../schema.js";
import { judge, quantity, range, type Interval, type Reading } from "./precision.js";
import { finding, fmt, role, roundLike, severityOf, type CheckCtx } from "./util.js";

export function checkFractions(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.relations) {
    if (r.kind !== "fraction") continue;
    const fr = role(r, "fraction");
    if (!fr || fr.value === undefined || fr.of === undefined || !(fr.of > 0)) continue;
    const f = fr.figure ? ctx.byId.get(fr.figure) : undefined;
    const p = role(r, "percent");
    const a = fr.value;
    const b = fr.of;
    if (a > b && !f?.approx && !f?.bound) {
      const swapped = p?.value !== undefined && Math.abs((b / a) * 100 - p.value) <= 1;
      const arith = { vi: `${fmt(a, "vi")} > ${fmt(b, "vi")}`, en: `${fmt(a, "en")} > ${fmt(b, "en")}` };
      const note = swapped ? { vi: ` (${fmt(b, "vi")} ÷ ${fmt(a, "vi")} = ${p!.text}: hai số bị đảo)`, en: ` (${fmt(b, "en")} ÷ ${fmt(a, "en")} = ${p!.text}: the numbers are swapped)` } : { vi: "", en: "" };
      out.push(
        finding(
          "fraction.over",
          r.certainty === "explicit" ? "error" : "warning",
          { vi: `${fr.text}: phần lớn hơn tổng, ${arith.vi}${note.vi}.`, en: `${fr.text}: the part is larger than the whole, ${arith.en}${note.en}.` },
          r,
          [fr, p],
          { expected: `≤ ${b}`, found: a, arithmetic: arith },
        ),
      );
      continue;
    }
    if (!p || p.value === undefined) continue;
    const given = (): Interval => [(a / b) * 100, (a / b) * 100];
    const sev = severityOf(judge((x: Reading) => range(quantity(p, ctx.byId), x), given), r.certainty);
    if (!sev) continue;
    const exp = roundLike((a / b) * 100, p);
    const arith = { vi: `${fmt(a, "vi")} ÷ ${fmt(b, "vi")} = ${fmt(exp, "vi")}%, không phải ${p.text}`, en: `${fmt(a, "en")} ÷ ${fmt(b, "en")} = ${fmt(exp, "en")}%, not ${p.text}` };
    out.push(finding("fraction.percent", sev, { vi: `${fr.text}: ${arith.vi}.`, en: `${fr.text}: ${arith.en}.` }, r, [p, fr], { expected: exp, found: p.value, arithmetic: arith }));
  }
  return out;
}
