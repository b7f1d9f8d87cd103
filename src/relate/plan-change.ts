/**
 * A change that is itself what a plan asks for: "giảm được 162 hộ nghèo, đạt 92% chỉ tiêu (150 hộ)",
 * "phát triển thêm 85 hội viên, đạt 106% kế hoạch" — the count of what was done, no stock beside it.
 * Not "doanh thu đạt 50 tỷ đồng, tăng 10 tỷ đồng, đạt 105% kế hoạch" (a stock before the change: the
 * plan is the stock's), nor "tăng 10 tỷ đồng so với năm trước, đạt …" (a change over a base).
 *
 * And a plan named by a shorter noun than the actual: "162 hộ nghèo … (150 hộ)".
 */
import { named, src } from "../text/rx.js";
import type { Fig, RelateCtx } from "./context.js";
import { measureCompatible } from "./kinds.js";

const BASE_BETWEEN = named("plan-change.BASE_BETWEEN", new RegExp(src`(?<![\p{L}\p{M}])so\s+(?:với|cùng)(?![\p{L}\p{M}])`, "u"));

/** Whether a change figure is the count done against a plan whose percent `p` follows it. */
export function changeDone(rc: RelateCtx, a: Fig, p: Fig): boolean {
  if (!a.change || a.f.kind === "percent" || a.negative) return false;
  // no base between the change and the percent
  if (BASE_BETWEEN.test(rc.key.slice(a.end, p.start))) return false;
  // no stock of the same measure before it in its sentence: the change would be of that stock
  for (let j = a.i - 1; j >= 0; j--) {
    const g = rc.figs[j]!;
    if (g.sent !== a.sent) break;
    if (g.f.kind !== "percent" && measureCompatible(g.f, a.f, g.kinds, a.kind) !== "no") return false;
  }
  return true;
}

/** The plan counts what the actual counts: the same kind, or the actual a kind of the plan's noun ("150 hộ" of "hộ nghèo"). */
export function planCompatible(actual: Fig, plan: Fig): boolean {
  if (measureCompatible(actual.f, plan.f, actual.kinds, plan.kind) === "yes") return true;
  return actual.f.kind === "count" && measureCompatible(plan.f, actual.f, plan.kinds, actual.kind) === "yes";
}
