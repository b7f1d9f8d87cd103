/**
 * plan.ratio / plan.direction — a percent of plan against the actual and the plan stated.
 *
 *   "đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ đồng"         → consistent
 *   "đạt 3 tỷ đồng, bằng 120% kế hoạch 2 tỷ đồng"         → error: 3/2 = 150%, not 120%
 *   "doanh thu đạt 95% kế hoạch, vượt kế hoạch đề ra"      → error: "vượt" with less than 100%
 *   "không đạt kế hoạch (đạt 105%)"                        → error: "không đạt" with 100% or more
 * Tolerance follows the precision written: "3 tỷ" may be 2,5–3,5 tỷ, "150%" 149,5–150,5%.
 */
import type { Finding } from "../schema.js";
import { named, rx } from "../text/rx.js";
import { finding, fmt, inexact, norm, ratioInterval, halfUnit, roundLike, type CheckCtx } from "./util.js";

const PLAN_BASIS = /^(kế hoạch|chỉ tiêu|dự toán|mục tiêu)/;
const RATIO_RELATIONS = new Set(["đạt", "bằng", "hoàn thành", "không đạt", "vượt", undefined]);
const OVER = named("check.plan-over", rx`vượt\s+(?:mức\s+)?(?:kế\s+hoạch|chỉ\s+tiêu)`);
const UNDER = named("check.plan-under", rx`(?:không|chưa)\s+(?:đạt|hoàn\s+thành)\s+(?:kế\s+hoạch|chỉ\s+tiêu)`);

export function checkPlan(ctx: CheckCtx): Finding[] {
  const out: Finding[] = [];
  const planPercents = ctx.report.figures.filter(
    (f) => f.kind === "percent" && (PLAN_BASIS.test(norm(f.comparison?.basis)) || (f.comparison?.basisFigure && RATIO_RELATIONS.has(f.comparison.relation) && f.comparison.relation !== undefined)),
  );
  for (const p of planPercents) {
    const c = p.comparison!;
    if (c.relation && !RATIO_RELATIONS.has(c.relation)) continue;
    const a = p.refersTo ? ctx.byId.get(p.refersTo) : undefined;
    const b = c.basisFigure ? ctx.byId.get(c.basisFigure) : undefined;
    if (a && b && a.kind !== "percent" && b.value > 0 && !["tăng", "giảm", "vượt"].includes(a.comparison?.relation ?? "")) {
      const [lo, hi] = ratioInterval(a, b);
      const h = 2 * halfUnit(p); // one unit of the last digit: rounded or cut
      const ok = (x: number) => x >= lo * 100 - h && x <= hi * 100 + h;
      const found = p.value;
      const fits = ok(found) || (c.relation === "vượt" && ok(found + 100));
      if (!fits) {
        const expected = roundLike((a.value / b.value) * 100, p);
        out.push(
          finding(
            "plan.ratio",
            inexact(a) || inexact(b) || inexact(p) ? "warning" : "error",
            `${a.text} so với kế hoạch ${b.text} là ${fmt(expected, "vi")}%, không phải ${p.text}.`,
            `${a.text} against the plan of ${b.text} is ${fmt(expected, "en")}%, not ${p.text}.`,
            [p, a, b],
            { expected, found },
          ),
        );
      }
    }
    if (c.relation === "không đạt" && p.value >= 100) {
      out.push(
        finding("plan.direction", "error", `"Không đạt" kế hoạch nhưng tỉ lệ là ${p.text} (từ 100% trở lên).`, `"Not reached" the plan, but the rate is ${p.text} (100% or more).`, [p], { expected: "< 100", found: p.value }),
      );
    }
  }
  // phrases "vượt kế hoạch" / "không đạt kế hoạch" near a percent of plan in the same sentence
  const bySentence = new Map<number, typeof planPercents>();
  for (const p of planPercents) {
    const si = ctx.sentenceOf(p.span.start);
    bySentence.set(si, [...(bySentence.get(si) ?? []), p]);
  }
  const phrases = (re: RegExp, kind: "over" | "under") => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.doc.key))) {
      const at = m.index;
      const end = at + m[0].length;
      // a number right after "vượt" is the excess ("vượt 17% kế hoạch"): not this phrase
      const span = ctx.doc.span(at, end);
      const si = ctx.sentenceOf(span.start);
      let best: (typeof planPercents)[number] | undefined;
      let bestD = 61;
      for (const p of bySentence.get(si) ?? []) {
        const d = p.span.start >= span.end ? p.span.start - span.end : span.start >= p.span.end ? span.start - p.span.end : 0;
        if (d < bestD) {
          bestD = d;
          best = p;
        }
      }
      if (!best || best.comparison?.relation === "vượt") continue;
      // "vượt kế hoạch 5%": the percent after the phrase is the excess, not the rate
      if (kind === "over" && best.span.start >= span.end && !/đạt|bằng|hoàn thành/.test(ctx.input.slice(span.end, best.span.start).normalize("NFC").toLowerCase())) continue;
      if (kind === "over" && best.value < 100)
        out.push(
          finding("plan.direction", "error", `"Vượt kế hoạch" nhưng chỉ đạt ${best.text}.`, `"Above plan", but only ${best.text} of the plan.`, [best], {
            spans: [span, best.span],
            expected: "> 100",
            found: best.value,
          }),
        );
      if (kind === "under" && best.value >= 100 && best.comparison?.relation !== "không đạt")
        out.push(
          finding("plan.direction", "error", `"Không đạt kế hoạch" nhưng tỉ lệ là ${best.text}.`, `"Plan not reached", but the rate is ${best.text}.`, [best], {
            spans: [span, best.span],
            expected: "< 100",
            found: best.value,
          }),
        );
    }
    re.lastIndex = 0;
  };
  phrases(OVER, "over");
  phrases(UNDER, "under");
  return out;
}
