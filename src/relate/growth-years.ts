/**
 * Two figures of one thing, each with its own period, the later one first, then the change:
 *
 *   "Năm 2023 kết nạp 64 đảng viên, năm 2022 kết nạp 58 đảng viên, tăng 6 đảng viên (10,3%)"
 *       value 64 (2023), base 58 (2022): not value 58
 *   "Năm 2023 có 38 vụ cháy, năm 2022 có 45 vụ, giảm 15,6%"          value 38, base 45
 *   "Quý I/2025 thu 1.240 tỷ đồng, quý I/2024 thu 1.100 tỷ đồng, tăng 140 tỷ đồng (12,7%)"
 *   "Tháng 10/2024 tiếp nhận 380 hồ sơ, tháng 10/2023 tiếp nhận 450 hồ sơ, giảm 70 hồ sơ"
 *   "6 tháng đầu năm 2024 xảy ra 38 vụ tai nạn, cùng kỳ năm 2023 xảy ra 45 vụ, giảm 7 vụ (15,6%)"
 *
 * The finders take the figure right before the change as its value; here that figure is the
 * earlier period's, the base, and the value is the figure before it, of the later period. In the
 * order of time ("Năm 2022 … 58 …, năm 2023 … 64 …, tăng 6 …") nothing changes. Only a relation with
 * a value and no base, whose value's clause opens with its own period ("…, năm 2022 …", "…, cùng kỳ
 * năm 2022 …", "…, quý I/2024 …") right after the figure before (and its noun), of the same measure
 * and a later period: a later year, or the same year and a later quarter or month (a quarter against
 * a quarter, a month against a month; "cùng kỳ" and "năm" compare years only).
 *
 * A second change whose subject is another year (growth-years-subject.ts).
 */
import { figById, figMember, type Fig, type RelateCtx } from "./context.js";
import { yearOf } from "./anchor.js";
import { measureCompatible } from "./kinds.js";
import type { RelationGrowth } from "../schema.js";
import { named } from "../text/rx.js";

type GrowthRel = Omit<RelationGrowth, "id">;

/**
 * Between the later period's figure and the earlier one's: the first figure's noun running on, a
 * comma, the earlier period ("năm 2022", "cùng kỳ năm 2022", "quý I/2024", "tháng 10 năm 2023"), its
 * verb.
 */
const NEXT_PERIOD = named(
  "relate.growth-years.NEXT_PERIOD",
  /^(?:\s+[\p{L}\p{M}]+){0,6}?\s*[,;]\s*(?:còn\s+|trong\s+khi\s+)?(?:cùng\s+kì\s+)?(năm\s+(\d{4})|(quí|tháng)\s+(iv|i{1,3}|\d{1,2})\s*(?:\/|năm\s+)(\d{4}))(?!\d)([^\d,;:()%]{0,40})$/u,
);
const COMPARED = named("relate.growth-years.COMPARED", /(?:^|[^\p{L}\p{M}])(?:so|với|hơn|từ|lên|xuống)(?![\p{L}\p{M}])/u);
/** A quarter or a month of a year before a figure: "Quý I/2025", "tháng 10 năm 2024". */
const PART = named("relate.growth-years.PART", /(?:^|[^\p{L}\p{M}])(quí|tháng)\s+(iv|i{1,3}|\d{1,2})\s*(?:\/|năm\s+)(\d{4})(?!\d)/gu);
/** Words before a period that make it a basis, not the figure's own ("so với quý I/2024"). */
const BASIS_BEFORE = named("relate.growth-years.BASIS_BEFORE", /(?:so|với|hơn|từ|trước)(?:\s+cùng\s+kì)?\s*$/u);

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const subOf = (s: string) => ROMAN[s] ?? Number(s);

/** The quarter or month a figure is told of, from its sentence before it (the last one named, not a basis). */
function partOf(rc: RelateCtx, g: Fig): { unit: string; sub: number; year: number } | undefined {
  const s = rc.sentences[g.sent];
  const from = Math.max(s ? s.start : 0, g.start - 200);
  const text = rc.key.slice(from, g.start);
  let got: { unit: string; sub: number; year: number } | undefined;
  PART.lastIndex = 0;
  for (let m = PART.exec(text); m; m = PART.exec(text)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (BASIS_BEFORE.test(text.slice(Math.max(0, at - 30), at))) continue;
    got = { unit: m[1]!, sub: subOf(m[2]!), year: Number(m[3]) };
  }
  return got;
}

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
    const m = NEXT_PERIOD.exec(rc.key.slice(w.end, v.start));
    if (!m || COMPARED.test(m[6]!) || !later(rc, w, m)) continue;
    // (the earlier period, in the text's own words: "năm 2022", "quý I/2024")
    const periodEnd = v.start - m[6]!.length;
    const label = rc.norm.slice(periodEnd - m[1]!.length, periodEnd);
    if (measureCompatible(w.f, v.f, w.kinds, v.kind) !== "yes") continue;
    const members = r.members.slice();
    members.splice(vi, 1, figMember(rc, "value", w), figMember(rc, "base", v as Fig, { label }));
    const missing = (r.missing ?? []).filter((x) => x !== "base" && x !== "value");
    const next: GrowthRel = { ...r, members, rule: "relate.growth.year-pair" };
    if (missing.length) next.missing = missing;
    else delete next.missing;
    out[k] = next;
  }
}

/** Whether w's period is later than the one NEXT_PERIOD read before v. */
function later(rc: RelateCtx, w: Fig, m: RegExpExecArray): boolean {
  if (m[2]) {
    const wy = yearOf(rc, w) ?? partOf(rc, w)?.year;
    return wy !== undefined && wy > Number(m[2]);
  }
  const wp = partOf(rc, w);
  if (!wp || wp.unit !== m[3]) return false;
  const [vy, vs] = [Number(m[5]), subOf(m[4]!)];
  return wp.year > vy || (wp.year === vy && wp.sub > vs);
}
