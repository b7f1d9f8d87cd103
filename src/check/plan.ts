/**
 * plan.ratio / plan.direction — a percent of plan against the actual and the plan stated, and
 * the direction the text claims.
 *
 *   "đạt 4 tỷ đồng, bằng 180% kế hoạch (kế hoạch được giao 2 tỷ đồng)" → error: 4 ÷ 2 = 200%, không phải 180%
 *   "đạt 4 tỷ đồng, bằng 203% kế hoạch 2 tỷ đồng"                        → consistent (4,06 ÷ 2 rounds so)
 *   "đạt 3.918 triệu kWh, vượt 17,4% kế hoạch (3.650 triệu kWh)"         → error: 107,3%, i.e. vượt 7,3%
 *   "đạt 95% kế hoạch, vượt kế hoạch đề ra"                              → error: "vượt" under 100%
 *   "đạt 96,3 tỷ đồng, hoàn thành vượt kế hoạch (104 tỷ đồng)"            → error: 96,3 < 104
 *   "bằng 101,9% kế hoạch …, là chỉ tiêu duy nhất không đạt kế hoạch"    → error: "không đạt" at 101,9%
 */
import type { Finding, RelationPlan } from "../schema.js";
import { judge, quantity, range, ratio, type Interval, type Reading } from "./precision.js";
import { finding, fmt, role, roundLike, severityOf, shown, type CheckCtx } from "./util.js";

export function checkPlan(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.relations) {
    if (r.kind !== "plan") continue;
    const actual = role(r, "actual");
    const plan = role(r, "plan");
    const pct = role(r, "percent");
    let rate: number | undefined; // percent of plan the figures give
    if (actual?.value !== undefined && plan?.value !== undefined && plan.value > 0) rate = (actual.value / plan.value) * 100;
    if (actual && plan && pct && rate !== undefined && actual.value !== undefined && plan.value !== undefined) {
      const A = (x: Reading) => range(quantity(actual, ctx.byId), x);
      const B = (x: Reading) => range(quantity(plan, ctx.byId), x);
      const P = (x: Reading): Interval => range(quantity(pct, ctx.byId), x);
      const given = (x: Reading): Interval => {
        const [lo, hi] = ratio(A(x), B(x));
        return [lo * 100, hi * 100];
      };
      // "vượt 17%" is 117% of plan; some writers mean the whole rate ("vượt 117%"): either fits
      const asExcess = (x: Reading): Interval => {
        const [lo, hi] = P(x);
        return [lo + 100, hi + 100];
      };
      const asShortfall = (x: Reading): Interval => {
        const [lo, hi] = P(x);
        return [100 - hi, 100 - lo];
      };
      let v = judge(r.excess ? asExcess : r.shortfall ? asShortfall : P, given);
      if (r.excess && v !== "ok") {
        const w = judge(P, given);
        if (w === "ok" || (w === "doubtful" && v === "contradiction")) v = w;
      }
      const sev = severityOf(v, r.certainty);
      if (sev) {
        const exp = roundLike(r.excess ? rate - 100 : r.shortfall ? 100 - rate : rate, pct);
        const u = shown(actual);
        const a = {
          vi: `${fmt(actual.value / u.scale, "vi")} ÷ ${fmt(plan.value / u.scale, "vi")} = ${fmt(rate, "vi", 1)}%${r.excess ? `, tức vượt ${fmt(rate - 100, "vi", 1)}%` : ""}, không phải ${r.excess ? "vượt " : ""}${pct.text.replace(/^\s+/, "")}`,
          en: `${fmt(actual.value / u.scale, "en")} ÷ ${fmt(plan.value / u.scale, "en")} = ${fmt(rate, "en", 1)}%${r.excess ? `, ${fmt(rate - 100, "en", 1)}% above plan` : ""}, not ${r.excess ? "above by " : ""}${pct.text.replace(/^\s+/, "")}`,
        };
        out.push(
          finding(
            "plan.ratio",
            sev,
            { vi: `${actual.text} so với kế hoạch ${plan.text}: ${a.vi}.`, en: `${actual.text} against the plan of ${plan.text}: ${a.en}.` },
            r,
            [pct, actual, plan],
            { expected: exp, found: pct.value!, arithmetic: a },
          ),
        );
      }
    }
    out.push(...direction(ctx, r, rate));
  }
  return out;
}

function direction(ctx: CheckCtx, r: RelationPlan, rate: number | undefined): Finding[] {
  if (!r.direction || !r.directionCue) return [];
  const pct = role(r, "percent");
  const actual = role(r, "actual");
  const plan = role(r, "plan");
  // the rate as stated, else as the figures give it
  let stated: number | undefined;
  let tol = 0;
  if (pct?.value !== undefined) {
    stated = r.excess ? 100 + pct.value : r.shortfall ? 100 - pct.value : pct.value;
    const [lo, hi] = range(quantity(pct, ctx.byId), "coarse");
    tol = Math.max(pct.value - lo, hi - pct.value);
  } else if (rate !== undefined && actual && plan) {
    const [lo, hi] = ratio(range(quantity(actual, ctx.byId), "coarse"), range(quantity(plan, ctx.byId), "coarse"));
    stated = rate;
    tol = Math.max(rate - lo * 100, hi * 100 - rate);
  }
  if (stated === undefined) return [];
  const over = r.direction === "over";
  const wrong = over ? stated + tol < 100 : stated - tol >= 100;
  if (!wrong) return [];
  // one A/B figure ("172/150 đảng viên") is both the actual and the plan: named once
  const oneFigure = !!actual && !!plan && actual.span.start === plan.span.start && actual.span.end === plan.span.end;
  const what = pct
    ? { vi: `tỉ lệ là ${pct.text}`, en: `the rate is ${pct.text}` }
    : oneFigure
      ? { vi: `${actual!.text} là ${fmt(stated, "vi", 1)}% kế hoạch`, en: `${actual!.text} is ${fmt(stated, "en", 1)}% of plan` }
      : { vi: `${actual!.text} so với ${plan!.text} là ${fmt(stated, "vi", 1)}%`, en: `${actual!.text} against ${plan!.text} is ${fmt(stated, "en", 1)}%` };
  const a = over
    ? { vi: `${fmt(stated, "vi", 1)}% < 100%`, en: `${fmt(stated, "en", 1)}% < 100%` }
    : { vi: `${fmt(stated, "vi", 1)}% ≥ 100%`, en: `${fmt(stated, "en", 1)}% ≥ 100%` };
  const claim = over ? { vi: "vượt kế hoạch", en: "above plan" } : { vi: "không đạt kế hoạch", en: "plan not reached" };
  return [
    finding(
      "plan.direction",
      r.certainty === "explicit" ? "error" : "warning",
      { vi: `Văn bản nói "${r.directionCue.text}" nhưng ${what.vi}: ${a.vi}.`, en: `The text says "${r.directionCue.text}" (${claim.en}), but ${what.en}: ${a.en}.` },
      r,
      [pct, actual, plan],
      { expected: over ? "> 100" : "< 100", found: Math.round(stated * 10) / 10, arithmetic: a, spans: [r.directionCue.span, ...[pct, actual, plan].filter((m) => !!m).map((m) => m!.span)] },
    ),
  ];
}
