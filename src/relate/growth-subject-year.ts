/**
 * A change whose subject is another year than its value's: the value is that year's figure.
 *
 *   "Tổng thu năm 2024 đạt 1.236 tỷ đồng, tăng 12,4% so với năm 2023 (1.100 tỷ đồng); năm 2023
 *    tăng 10% so với năm 2022 (1.000 tỷ đồng)"
 *       the second change is of 2023: value 1.100 (the base told for "năm 2023"), not 1.236 (2024)
 *   "Sản lượng năm 2024 đạt 52.800 tấn, tăng 10% so với năm 2023 (48.000 tấn), còn năm 2023 tăng
 *    20% so với năm 2022 (40.000 tấn)"                                  value 48.000
 *
 * The finders take the nearest figure before the change as its value. When the change's own
 * clause (after ";" or ",") names its year ("năm 2023 tăng …") and that figure is of another year,
 * the value is the one figure of the same measure earlier in the sentence told for that year
 * ("so với năm 2023 (1.100 tỷ đồng)", "năm 2023: 1.100 tỷ đồng"); with none or several, the value
 * is left out (missing: not checked) rather than compared against the wrong year.
 */
import { figById, figMember, type Fig, type RelateCtx } from "./context.js";
import { yearOf } from "./anchor.js";
import { measureCompatible } from "./kinds.js";
import type { RelationGrowth } from "../schema.js";
import { named } from "../text/rx.js";

type GrowthRel = Omit<RelationGrowth, "id">;

/** The change's clause, after its opening ";" or "," up to the change: its year first ("còn năm 2023", "riêng năm 2023"). */
const CLAUSE_YEAR = named("relate.growth-subject-year.CLAUSE_YEAR", /^\s*(?:(?:còn|riêng)\s+)?năm\s+(\d{4})(?!\d)(?:\s+[\p{L}\p{M}]+){0,4}?\s+(?:tăng|giảm)(?![\p{L}\p{M}])[^\d]{0,20}$/u);
/** A figure told for a year right before it: "năm 2023 (", "năm 2023 là", "năm 2023: ". */
const TOLD_FOR = named("relate.growth-subject-year.TOLD_FOR", /năm\s+(\d{4})\s*(?:\(|:|là|đạt|có)\s*$/u);

export function subjectYears(rc: RelateCtx, out: GrowthRel[]): void {
  for (let k = 0; k < out.length; k++) {
    const r = out[k]!;
    if (r.measure !== "rate" && r.measure !== "delta-rate" && r.measure !== "delta") continue;
    const vi = r.members.findIndex((m) => m.role === "value");
    const cm = r.members.find((m) => m.role === "rate" || m.role === "delta");
    const c = cm?.figure === undefined ? undefined : figById(rc, cm.figure);
    if (!c || r.members.some((m) => m.role === "value-alt")) continue;
    const vm = r.members[vi];
    const v = vm?.figure === undefined ? undefined : figById(rc, vm.figure);
    if (vi >= 0 && (!v || v.start >= c.start)) continue;
    const baseId = r.members.find((m) => m.role === "base")?.figure;
    const base = baseId === undefined ? undefined : figById(rc, baseId);
    // (what the value must be measured in: the value found, or the base)
    const like = v ?? base;
    const s = rc.sentences[c.sent];
    const from = v ? v.end : s ? s.start : 0;
    const between = rc.key.slice(from, c.start);
    const cut = Math.max(between.lastIndexOf(";"), between.lastIndexOf(","));
    const clause = cut < 0 ? null : CLAUSE_YEAR.exec(between.slice(cut + 1));
    if (!like || !clause) continue;
    const year = Number(clause[1]);
    const clauseAt = from + cut;
    if (v) {
      const vy = yearOf(rc, v);
      if (vy === undefined || vy === year) continue;
    }
    const told: Fig[] = [];
    // (the figures of the sentence before the change's clause)
    for (const g of rc.figs) {
      if (g.sent !== c.sent || g.start >= clauseAt) continue;
      if (g === v || g === base || g.change || g.f.kind !== like.f.kind || measureCompatible(g.f, like.f, g.kinds, like.kind) !== "yes") continue;
      const m = TOLD_FOR.exec(rc.key.slice(Math.max(0, g.start - 16), g.start));
      if (m && Number(m[1]) === year) told.push(g);
    }
    if (vi < 0 && told.length !== 1) continue;
    const members = r.members.slice();
    if (told.length === 1) members.splice(vi < 0 ? 0 : vi, vi < 0 ? 0 : 1, figMember(rc, "value", told[0]!));
    else members.splice(vi, 1);
    const missing = [...(r.missing ?? []).filter((x) => x !== "value"), ...(told.length === 1 ? [] : ["value"])];
    const next: GrowthRel = { ...r, members };
    if (missing.length) next.missing = missing;
    else delete next.missing;
    out[k] = next;
  }
}
