/**
 * A growth's percent after a list of parts: "Sản lượng thủy sản đạt 42.000 tấn, trong đó khai thác
 * 30.000 tấn, nuôi trồng 12.000 tấn, bằng 105% so với cùng kỳ (40.000 tấn)" may be of the whole (here)
 * or of the last part; growth.ts tries both when the base is stated (the whole as the value, the
 * part as "value-alt").
 */
import { fold } from "../text/fold.js";
import { figById, type Fig, type RelateCtx } from "./context.js";
import { statedAfter, type Basis } from "./anchor.js";
import { measureCompatible } from "./kinds.js";
import { named } from "../text/rx.js";

/**
 * "Sản lượng thủy sản đạt 42.000 tấn, trong đó khai thác 30.000 tấn, nuôi trồng 12.000 tấn, bằng
 * 105% so với cùng kỳ": a figure that closes a list of parts (after "trong đó", "gồm") after
 * another part; the percent after it may be of the whole (here) or of that part.
 */
const BREAKDOWN_LEAD = named("growth-list.BREAKDOWN_LEAD", /(?:^|[^\p{L}\p{M}])(?:trong\s+đó|bao\s+gồm|gồm)(?![\p{L}\p{M}])[^;.()]*$/u);
/** Between two parts: a comma ("30.000 tấn, nuôi trồng") or "và" ("90.000 lượt BHYT và 30.000 lượt"). */
const PART_JOIN = named("growth-list.PART_JOIN", /^(?:\s*,\s*[^\d,;:()]{1,40}|[^\d,;:()]{0,30}?(?:,\s*)?(?<![\p{L}\p{M}])và\s+[^\d,;:()]{0,40})$/u);
/** Between a whole and its only part: "3.150 đoàn viên, trong đó 1.800 đoàn viên nữ". */
const SOLE_PART = named("growth-list.SOLE_PART", /^[^\d,;:()]{0,30}?,\s*(?:trong\s+đó|bao\s+gồm|gồm)(?![\p{L}\p{M}])[^\d,;:()]{0,40}$/u);
function sameMeasure(prev: Fig, g: Fig): boolean {
  // (or both told in the same noun whose kind is not known: "150.000 lượt, khám dịch vụ 36.000 lượt")
  const c = measureCompatible(prev.f, g.f, prev.kinds, g.kind);
  return c === "yes" || (c === "unknown" && g.f.kind === "count" && !!g.f.noun && fold(prev.f.noun ?? "") === fold(g.f.noun));
}
function prevInSentence(rc: RelateCtx, g: Fig): Fig | undefined {
  const prev = rc.figs[g.i - 1];
  return !prev || prev.sent !== g.sent || prev.f.kind === "percent" || prev.change || g.change ? undefined : prev;
}
/**
 * "Công đoàn có 3.150 đoàn viên, trong đó 1.800 đoàn viên nữ, tăng 5% so với năm 2023 (3.000 đoàn
 * viên)": the whole a figure is the only part of, told just before it; the percent after the part
 * may be of either.
 */
function soleWhole(rc: RelateCtx, g: Fig): Fig | undefined {
  const prev = prevInSentence(rc, g);
  if (!prev || prev.f.value <= g.f.value || !SOLE_PART.test(rc.key.slice(prev.end, g.start))) return undefined;
  return sameMeasure(prev, g) ? prev : undefined;
}
export function lastOfBreakdown(rc: RelateCtx, g: Fig): boolean {
  if (soleWhole(rc, g)) return true;
  const prev = prevInSentence(rc, g);
  if (!prev || !PART_JOIN.test(rc.key.slice(prev.end, g.start)) || !sameMeasure(prev, g)) return false;
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
  const sole = soleWhole(rc, last);
  if (sole) return sole !== b && measureCompatible(sole.f, b.f, sole.kinds, b.kind) === "yes" ? sole : undefined;
  for (const r of rc.found) {
    if (r.kind !== "breakdown" || !r.members.some((m) => m.role !== "whole" && m.figure === last.f.id)) continue;
    const w = r.members.find((m) => m.role === "whole");
    const g = w?.figure ? figById(rc, w.figure) : undefined;
    return g && g !== b && g.f.value > last.f.value && w!.value === g.f.value && measureCompatible(g.f, last.f, g.kinds, last.kind) === "yes" ? g : undefined;
  }
  return undefined;
}
