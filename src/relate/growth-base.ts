/**
 * What growth.ts reads of a base found by its year: where a figure's clause starts, the words that
 * say little, a clause that names another place or name, and a figure of a narrower kind than the
 * value ("420 đảng viên nữ" for "840 đảng viên").
 */
import { fold } from "../text/fold.js";
import { PLACE_WORDS } from "../lexicon/relation-cues.js";
import type { Fig, RelateCtx } from "./context.js";

/** Words that say little about what an amount is. */
export const WEAK = new Set(
  ["tổng", "số", "giá", "trị", "mức", "khoảng", "năm", "các", "của", "đạt", "là", "và", "được", "với", "trong", "cả", "nay", "này", "giao", "kế", "hoạch", "dự", "kiến", "toán", "chỉ", "tiêu", "nhà", "nước", "thực", "hiện", "đó", "có"].map((w) => fold(w)),
);

/** Where a figure's clause starts before it: after the last ",", ";" or ":" of its sentence's 80 characters before it. */
export function clauseLeadStart(rc: RelateCtx, g: Fig): number {
  const s = rc.sentences[g.sent];
  const from = Math.max(s ? s.start : 0, g.start - 80);
  const lead = rc.key.slice(from, g.start);
  return from + Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";"), lead.lastIndexOf(":")) + 1;
}

/**
 * A figure told of a narrower kind than the value: the value's own words (its noun, or an amount's
 * subject) run on in the figure's with a qualifier ("420 đảng viên nữ" for "840 đảng viên", "doanh
 * thu nông sản 6 tỷ đồng" for "doanh thu đạt 9,6 tỷ đồng"): a part of what the value counts, no base
 * of it ("tổng dư nợ đạt 8.200 tỷ đồng", "doanh thu của Hợp tác xã": the run ends at a weak word).
 */
export function narrower(rc: RelateCtx, value: Fig, g: Fig): boolean {
  const own = (x: Fig) => fold((x.f.kind === "count" ? x.f.noun : x.f.subject) ?? "").split(/\s+/).filter(Boolean);
  const v = own(value).filter((w) => !WEAK.has(w));
  if (!v.length) return false;
  // a figure's words: its clause before it, then its noun (a subject read short, "thu ngân" of "thu
  // ngân sách", runs on in the value's own words, and a topic told again between the two, "lượt
  // khách du lịch … ngành du lịch … 3,68 triệu lượt khách": no qualifier)
  const words = (x: Fig) => [...fold(rc.key.slice(clauseLeadStart(rc, x), x.start)).split(/[^\p{L}\p{M}\d]+/u), ...(x.f.kind === "count" ? own(x) : [])].filter((w) => w && !/^\d/.test(w));
  const ws = words(g);
  const mine = new Set([...words(value), ...fold(rc.key.slice(g.end, Math.min(value.start, g.end + 600))).split(/[^\p{L}\p{M}\d]+/u)]);
  for (let i = 0; i + v.length < ws.length; i++) {
    let k = 0;
    while (k < v.length && ws[i + k] === v[k]) k++;
    if (k === v.length && !WEAK.has(ws[i + k]!) && !mine.has(ws[i + k]!)) return true;
  }
  return false;
}

/** Two clauses that each name a place (or each another name), none shared: "huyện Đông Anh" / "huyện Sóc Sơn". */
export function otherNames(a: Set<string>, b: Set<string>): boolean {
  if (!a.size || !b.size) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
export const PLACE_BEFORE = new Set(PLACE_WORDS.map((w) => fold(w).split(" ").pop()!));
