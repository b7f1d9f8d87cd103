/**
 * A change stated as an amount alone, against a base stated after its basis: the value, the base
 * and the delta (measure "delta"; a delta with its rate is growth.ts deltaRate).
 *
 *   "Số học sinh năm học 2024-2025 là 2.480 em, tăng 380 em so với năm học trước (2.150 em)"
 *       value 2.480 em, delta +380 em, base 2.150 em
 *   "xảy ra 47 vụ cháy, giảm 8 vụ so với năm 2023 (39 vụ)"      value 47, delta −8, base 39
 *   "đạt 4.860 tỷ đồng, tăng 540 tỷ đồng so với năm 2023 (4.320 tỷ đồng)"
 * Only with the base written after the basis ("so với … (N)", "so với … là N"): a base found by
 * year or by guess is not read for a delta. The value is the figure the change is stated of, right
 * before it (its noun phrase and glue words between); all three of one measure. When that figure is
 * a part of a list ("320 vụ vi phạm, trong đó 120 vụ về ma túy, giảm 30 vụ so với năm 2023 (350
 * vụ)"), the change may be the whole's: the whole is the other reading ("value-alt").
 */
import { figMember, guard, cueOf, type Fig, type RelateCtx } from "./context.js";
import { anchorOf, basisAfter, statedAfter } from "./anchor.js";
import { measureCompatible } from "./kinds.js";
import { wholeOfList } from "./growth-list.js";
import type { RelationGrowth, RelationMember } from "../schema.js";
import { named } from "../text/rx.js";

export type GrowthRel = Omit<RelationGrowth, "id">;

/** The change word right before the delta: "tăng 380 em", "giảm thêm 8 vụ", "ít hơn 13 vụ". */
const UP = guard(named("growth-delta.UP", /(?:^|[^\p{L}\p{M}])(?:tăng|tăng thêm|cao hơn|nhiều hơn)(?:\s*(?:khoảng|gần|hơn|trên|thêm|được))?\s*$/u), ["tăng", "hơn"]);
const DOWN = guard(named("growth-delta.DOWN", /(?:^|[^\p{L}\p{M}])(?:giảm|giảm thêm|giảm đi|thấp hơn|ít hơn)(?:\s*(?:khoảng|gần|hơn|trên|thêm|được|đi))?\s*$/u), ["giảm", "hơn"]);

/** Deltas with a stated base; `used` holds the figures other growth relations already took. */
export function deltas(rc: RelateCtx, used: ReadonlySet<Fig>): GrowthRel[] {
  const out: GrowthRel[] = [];
  const key = rc.key;
  for (const d of rc.figs) {
    if (!d.change || d.f.kind === "percent" || used.has(d) || d.f.range || d.f.per) continue;
    const s = rc.sentences[d.sent];
    const sStart = s ? s.start : 0;
    const sEnd = s ? s.end : key.length;
    const before = key.slice(Math.max(sStart, d.start - 20), d.start);
    const up = UP.test(before);
    const down = !up && DOWN.test(before);
    if (!up && !down) continue;
    const basis = basisAfter(rc, d.end, sEnd);
    if (!basis || basis.kind !== "base") continue;
    const base = statedAfter(rc, basis.end, d.sent);
    if (!base || base.change || used.has(base) || base.f.kind !== d.f.kind) continue;
    const value = anchorOf(rc, d.i);
    if (!value || value.change || value === base || value.f.kind !== d.f.kind) continue;
    if (measureCompatible(value.f, base.f, value.kinds, base.kind) !== "yes" || measureCompatible(value.f, d.f, value.kinds, d.kind) !== "yes") continue;
    // (from the change word: UP or DOWN matched, so `before` holds a letter)
    const cueAt = d.start - before.length + before.search(/\p{L}/u);
    const members: RelationMember[] = [figMember(rc, "value", value), figMember(rc, "base", base, { label: basis.text }), figMember(rc, "delta", d)];
    const whole = wholeOfList(rc, value, basis, d.sent);
    if (whole && measureCompatible(whole.f, d.f, whole.kinds, d.kind) === "yes") members.push(figMember(rc, "value-alt", whole));
    out.push({
      kind: "growth",
      certainty: "explicit",
      cue: cueOf(rc, Math.max(sStart, cueAt), d.start),
      members,
      rule: "relate.growth.delta-base",
      direction: up ? "up" : "down",
      measure: "delta",
      basis: basis.text,
    });
  }
  return out;
}
