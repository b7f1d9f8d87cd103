/**
 * Two figures of one thing, each with its own year, the later year first, then the change:
 *
 *   "Năm 2023 kết nạp 64 đảng viên, năm 2022 kết nạp 58 đảng viên, tăng 6 đảng viên (10,3%)"
 *       value 64 (2023), base 58 (2022): not value 58
 *   "Năm 2023 có 38 vụ cháy, năm 2022 có 45 vụ, giảm 15,6%"          value 38, base 45
 *
 * The finders take the figure right before the change as its value; here that figure is the
 * earlier year's, the base, and the value is the figure before it, of the later year. In the order
 * of time ("Năm 2022 … 58 …, năm 2023 … 64 …, tăng 6 …") nothing changes. Only a relation with a
 * value and no base, whose value's clause opens with its own year ("…, năm 2022 …", "…, cùng kỳ
 * năm 2022 …") right after the figure before, of the same measure and a later year.
 */
import { figById, figMember, type Fig, type RelateCtx } from "./context.js";
import { yearOf } from "./anchor.js";
import { measureCompatible } from "./kinds.js";
import type { RelationGrowth } from "../schema.js";
import { named } from "../text/rx.js";

type GrowthRel = Omit<RelationGrowth, "id">;

/** Between the later year's figure and the earlier one's: a comma, the earlier year, its verb. */
const NEXT_YEAR = named("relate.growth-years.NEXT_YEAR", /^\s*[,;]\s*(?:còn\s+|trong\s+khi\s+)?(?:cùng\s+kì\s+)?năm\s+(\d{4})(?!\d)([^\d,;:()%]{0,40})$/u);
const COMPARED = named("relate.growth-years.COMPARED", /(?:^|[^\p{L}\p{M}])(?:so|với|hơn|từ|lên|xuống)(?![\p{L}\p{M}])/u);

export function yearPairs(rc: RelateCtx, out: GrowthRel[]): void {
  for (let k = 0; k < out.length; k++) {
    const r = out[k]!;
    if (r.measure !== "rate" && r.measure !== "delta-rate") continue;
    const vi = r.members.findIndex((m) => m.role === "value");
    if (vi < 0 || r.members.some((m) => m.role === "base" || m.role === "value-alt" || m.role === "base-alt")) continue;
    const id = r.members[vi]!.figure;
    const v = id === undefined ? undefined : figById(rc, id);
    const w = v ? rc.figs[v.i - 1] : undefined;
    if (!v || !w || w.sent !== v.sent || w.change || v.change || w.f.kind === "percent" || w.f.per || w.f.range) continue;
    const m = NEXT_YEAR.exec(rc.key.slice(w.end, v.start));
    if (!m || COMPARED.test(m[2]!)) continue;
    const wy = yearOf(rc, w);
    if (wy === undefined || wy <= Number(m[1])) continue;
    if (measureCompatible(w.f, v.f, w.kinds, v.kind) !== "yes") continue;
    const members = r.members.slice();
    members.splice(vi, 1, figMember(rc, "value", w), figMember(rc, "base", v as Fig, { label: `năm ${m[1]}` }));
    const missing = (r.missing ?? []).filter((x) => x !== "base" && x !== "value");
    const next: GrowthRel = { ...r, members, rule: "relate.growth.year-pair" };
    if (missing.length) next.missing = missing;
    else delete next.missing;
    out[k] = next;
  }
}
