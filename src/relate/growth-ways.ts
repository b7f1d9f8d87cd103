/**
 * One change told two ways side by side: as a ratio to its base and as a rate, with no base figure
 * needed to hold them to each other (115% of the base is a rise of 15%).
 *
 *   "đạt 1.150 tỷ đồng, bằng 115% so với cùng kỳ, tăng 25%"      ratio 115%, rate +25%: 15 ≠ 25
 *   "đạt 1.150 tỷ đồng, bằng 85% so với cùng kỳ (giảm 15%)"      ratio 85%, rate −15%: right
 *   "đạt 1.150 tỷ đồng, tăng 15% so với cùng kỳ (bằng 115%)"     the rate first, the ratio after it
 * The value is a figure of its own (not a percent: "tỷ lệ …, bằng 95% so với …" is no ratio), the
 * first percent has a basis that is an earlier period (not a plan), and the second follows it right
 * after its basis (", tăng", "(tăng", ", tức tăng", ", bằng") and ends its clause (a second basis of
 * its own would be another change). Rule relate.growth.two-ways (check/growth-ways.ts).
 */
import { named } from "../text/rx.js";
import { anchorOf, basisAfter } from "./anchor.js";
import { cueOf, figMember, guard, type RelateCtx } from "./context.js";
import type { RelationGrowth } from "../schema.js";

const RATIO_BEFORE = guard(named("growth-ways.RATIO_BEFORE", /(?:^|[^\p{L}\p{M}])(?:bằng|đạt)(?:\s+(?:được|mức|ở\s+mức))?\s*$/u), ["bằng", "đạt"]);
const RATE_BEFORE = guard(named("growth-ways.RATE_BEFORE", /(?:^|[^\p{L}\p{M}])(?:tăng|giảm)(?:\s+(?:được|thêm))?\s*$/u), ["tăng", "giảm"]);
/** From the first percent's basis to the second percent: one separator, a linking word, the second's verb. */
const THEN_RATE = named("growth-ways.THEN_RATE", /^\s*[,(]\s*(?:(?:tức|hai)(?:\s+là)?\s+|tương\s+(?:ứng|đương)(?:\s+với)?\s+)?(tăng|giảm)(?:\s+(?:được|thêm))?\s*$/u);
const THEN_RATIO = named("growth-ways.THEN_RATIO", /^\s*[,(]\s*(?:(?:tức|hai)(?:\s+là)?\s+|tương\s+(?:ứng|đương)(?:\s+với)?\s+)?(?:bằng|đạt)\s*$/u);
/** After the second percent: its clause ends. */
const ENDS = named("growth-ways.ENDS", /^\s*(?:[).,;]|$)/u);
/** Words of a level, not an amount, between the value and the first percent ("tỷ lệ", "lãi suất"). */
const LEVEL_BETWEEN = named("growth-ways.LEVEL_BETWEEN", /(?:^|[^\p{L}\p{M}])(?:tăng|giảm|vượt|chiếm|lãi\s+suất|tỉ\s+lệ|tỉ\s+trọng|tốc\s+độ)(?![\p{L}\p{M}])/u);

export function twoWays(rc: RelateCtx): Omit<RelationGrowth, "id">[] {
  const out: Omit<RelationGrowth, "id">[] = [];
  const key = rc.key;
  for (let i = 0; i + 1 < rc.figs.length; i++) {
    const q = rc.figs[i]!;
    const p = rc.figs[i + 1]!;
    if (q.f.kind !== "percent" || p.f.kind !== "percent" || q.sent !== p.sent || q.f.range || p.f.range) continue;
    const s = rc.sentences[q.sent];
    const before = key.slice(Math.max(s ? s.start : 0, q.start - 30), q.start);
    const ratioFirst = RATIO_BEFORE.test(before) && !q.change;
    if (!ratioFirst && !RATE_BEFORE.test(before)) continue;
    const basis = basisAfter(rc, q.end, s ? s.end : key.length);
    if (!basis || basis.kind !== "base" || basis.end > p.start) continue;
    const gap = key.slice(basis.end, p.start);
    const m = (ratioFirst ? THEN_RATE : THEN_RATIO).exec(gap);
    if (!m || !ENDS.test(key.slice(p.end, p.end + 3))) continue;
    const value = anchorOf(rc, q.i);
    if (!value || value.f.kind === "percent" || value.change || LEVEL_BETWEEN.test(key.slice(value.end, q.start).replace(/(?:tăng|giảm)\s*$/u, ""))) continue;
    const [ratio, rate] = ratioFirst ? [q, p] : [p, q];
    const down = ratioFirst ? m[1] === "giảm" : /giảm(?:\s+(?:được|thêm))?\s*$/u.test(before);
    out.push({
      kind: "growth",
      certainty: "explicit",
      cue: cueOf(rc, basis.start, basis.end),
      members: [figMember(rc, "value", value), figMember(rc, "ratio", ratio), figMember(rc, "rate", rate)],
      rule: "relate.growth.two-ways",
      direction: down ? "down" : "up",
      measure: "rate",
      basis: basis.text,
    });
  }
  return out;
}
