/**
 * One finding for one mistake: two classes told with their shares right after their whole ("2.000 hội viên,
 * nam 900 người (45%), nữ 1.100 người (65%)", relate/share-classes.ts) are read twice — each share against
 * its count (share.of-whole) and the two shares against 100 (percent-total.sum). When a share is wrong, the
 * sum is wrong for that reason alone: the share's finding says which figure, the sum's is dropped.
 *
 *   "nam 900 người (45%), nữ 1.100 người (65%)"   share.of-whole on 65% only (1.100 ÷ 2.000 = 55%)
 *   "nam 900 người (45%), nữ 1.000 người (50%)"   percent-total.sum kept (each share fits its count; 95 ≠ 100)
 */
import type { Finding } from "../schema.js";
import type { CheckCtx } from "./util.js";

const RANK: Record<Finding["severity"], number> = { error: 2, warning: 1, info: 0 };

export function onePerMistake(ctx: CheckCtx, out: Finding[]): Finding[] {
  let drop: Set<Finding> | undefined;
  for (const f of out) {
    if (f.rule !== "percent-total.sum" || !f.relation) continue;
    const r = ctx.relations.find((x) => x.id === f.relation);
    if (!r || r.rule !== "relate.percent-total.classes") continue;
    const shares = r.members.filter((m) => m.role === "share").map((m) => m.figure);
    const said = out.some(
      (g) =>
        g.rule === "share.of-whole" &&
        RANK[g.severity] >= RANK[f.severity] &&
        ctx.relations.some((x) => x.id === g.relation && x.rule === "relate.share.classes" && x.members.some((m) => m.role === "percent" && shares.includes(m.figure))),
    );
    if (said) (drop ??= new Set()).add(f);
  }
  return drop ? out.filter((f) => !drop!.has(f)) : out;
}
