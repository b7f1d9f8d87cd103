/**
 * A growth's percent after a list of parts: "Sản lượng thủy sản đạt 42.000 tấn, trong đó khai thác
 * 30.000 tấn, nuôi trồng 12.000 tấn, bằng 105% so với cùng kỳ (40.000 tấn)" may be of the whole (here)
 * or of the last part; growth.ts tries both when the base is stated (the whole as the value, the
 * part as "value-alt").
 */
import { fold } from "../text/fold.js";
import type { Fig, RelateCtx } from "./context.js";
import { statedAfter, type Basis } from "./anchor.js";
import { measureCompatible } from "./kinds.js";

/**
 * "Sản lượng thủy sản đạt 42.000 tấn, trong đó khai thác 30.000 tấn, nuôi trồng 12.000 tấn, bằng
 * 105% so với cùng kỳ": a figure that closes a list of parts (after "trong đó", "gồm") after
 * another part; the percent after it may be of the whole (here) or of that part.
 */
const BREAKDOWN_LEAD = /(?:^|[^\p{L}\p{M}])(?:trong\s+đó|bao\s+gồm|gồm)(?![\p{L}\p{M}])[^;.()]*$/u;
export function lastOfBreakdown(rc: RelateCtx, g: Fig): boolean {
  const prev = rc.figs[g.i - 1];
  if (!prev || prev.sent !== g.sent || prev.f.kind === "percent" || prev.change || g.change) return false;
  if (!/^\s*,\s*[^\d,;:()]{1,40}$/u.test(rc.key.slice(prev.end, g.start))) return false;
  // (or both told in the same noun whose kind is not known: "150.000 lượt, khám dịch vụ 36.000 lượt")
  const c = measureCompatible(prev.f, g.f, prev.kinds, g.kind);
  if (c !== "yes" && !(c === "unknown" && g.f.kind === "count" && !!g.f.noun && fold(prev.f.noun ?? "") === fold(g.f.noun))) return false;
  const s = rc.sentences[g.sent];
  return BREAKDOWN_LEAD.test(rc.key.slice(Math.max(s ? s.start : 0, prev.start - 80), prev.start));
}

/**
 * The whole of the list a last part closes, when the percent after it names its base with the
 * figure stated ("…, nuôi trồng 12.000 tấn, bằng 105% so với cùng kỳ (40.000 tấn)" → 42.000 tấn):
 * the whole of the breakdown found with that part, of its measure.
 */
export function wholeOfList(rc: RelateCtx, last: Fig, basis: Basis, sent: number): Fig | undefined {
  const b = statedAfter(rc, basis.end, sent);
  if (!b || measureCompatible(last.f, b.f, last.kinds, b.kind) !== "yes") return undefined;
  for (const r of rc.found) {
    if (r.kind !== "breakdown" || !r.members.some((m) => m.role !== "whole" && m.figure === last.f.id)) continue;
    const w = r.members.find((m) => m.role === "whole");
    const g = w?.figure ? rc.figs.find((x) => x.f.id === w.figure) : undefined;
    return g && g !== b && g.f.value > last.f.value && w!.value === g.f.value && measureCompatible(g.f, last.f, g.kinds, last.kind) === "yes" ? g : undefined;
  }
  return undefined;
}
