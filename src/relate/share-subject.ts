/**
 * The figure a share ("…, chiếm N% tổng …") is told of, when the figure right before the percent
 * is said of another thing: a change, a difference, another period's figure or the plan's.
 *
 *   "Thu phí 150 tỷ đồng, giảm 20 tỷ đồng so với năm trước, chiếm 15% tổng thu"   → 150 (20 is the change)
 *   "Số hộ cận nghèo 300 hộ, ít hơn năm trước là 25 hộ, chiếm 2% tổng số hộ"       → 300 (25 the difference)
 *   "Số hộ cận nghèo 300 hộ, năm 2023 là 325 hộ, chiếm 2% tổng số hộ"              → 300 (325 another year's)
 *   "Thu thuế 640 tỷ đồng, dự toán giao 600 tỷ đồng, chiếm 64% tổng thu"           → 640 (600 the plan)
 *   "Thu thuế 640 tỷ đồng, so với cùng kỳ năm trước là 560 tỷ đồng, chiếm 64%"      → 640 (560 the base)
 *   "Năm 2023 có 325 hộ, năm 2024 là 300 hộ, chiếm 2%"                               → 300 (the later year: the year told of)
 * The figure stepped back to is the one before that aside clause in the sentence, of the same
 * measure, with only its noun phrase and a comma between; with none, the part stays as found.
 */
import { measureCompatible } from "./kinds.js";
import type { Fig, RelateCtx } from "./context.js";
import { named } from "../text/rx.js";

/** The lead of an aside clause (folded key: "kì", "quí"): a comparison, a past period, the plan. */
const ASIDE_LEAD = named(
  "share-subject.ASIDE_LEAD",
  /^\s*(?:so\s+với\s+)?(?:(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn|kém|tăng|giảm|vượt|hụt|chênh\s+lệch|cùng\s+kì|năm\s+trước|năm\s+ngoái|kì\s+trước|quí\s+trước|tháng\s+trước|đầu\s+năm|cuối\s+năm\s+trước|đầu\s+nhiệm\s+kì|nhiệm\s+kì\s+trước|kế\s+hoạch|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu)(?![\p{L}\p{M}])[^,;:()]{0,40}$/u,
);
/** "năm 2023 là 510 hộ": another year's figure when the clause before tells no earlier year. */
const YEAR_LEAD = named("share-subject.YEAR_LEAD", /^\s*(?:trong\s+|(?<base>so\s+với\s+))?năm\s+(\d{4})(?![\p{L}\p{M}\p{N}])[^\d,;:()]{0,24}$/u);
const YEAR_IN = named("share-subject.YEAR_IN", /(?<![\p{L}\p{M}])năm\s+(\d{4})(?!\d)/gu);
/** Between the subject and the aside clause: its noun phrase, one comma (no figure, no other clause mark). */
const NOUN_GAP = named("share-subject.NOUN_GAP", /^[^\d,;:()]{0,40},\s*$/u);

/** Whether a figure is told aside of another (a change, a difference, a past period, the plan); its clause lead. */
function asideLead(rc: RelateCtx, g: Fig): number | undefined {
  const s = rc.sentences[g.sent];
  const from = Math.max(s ? s.start : 0, g.start - 60);
  const before = rc.key.slice(from, g.start);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf("("), before.lastIndexOf(";"), before.lastIndexOf(":"));
  if (cut < 0 || before[cut] !== ",") return undefined;
  const lead = before.slice(cut + 1);
  const at = from + cut + 1;
  if (g.change || ASIDE_LEAD.test(lead)) return at;
  const y = YEAR_LEAD.exec(lead);
  if (!y) return undefined;
  if (y.groups?.base) return at;
  // "Năm 2023 có 325 hộ, năm 2024 là 300 hộ": the later year is the one told of
  const earlier = rc.key.slice(Math.max(s ? s.start : 0, at - 80), at);
  for (const m of earlier.matchAll(YEAR_IN)) if (Number(m[1]) < Number(y[2])) return undefined;
  return at;
}

/** The figure a "chiếm" share is told of, given the figure found right before its percent. */
export function shareSubject(rc: RelateCtx, part: Fig): Fig {
  let g = part;
  for (let n = 0; n < 3; n++) {
    const at = asideLead(rc, g);
    if (at === undefined) return g;
    const prev = rc.figs[g.i - 1];
    if (!prev || prev.sent !== g.sent || prev.f.kind === "percent" || prev.f.of !== undefined || prev.f.range) return part;
    if (!NOUN_GAP.test(rc.key.slice(prev.end, at))) return part;
    if (measureCompatible(prev.f, part.f, prev.kinds, part.kind) === "no") return part;
    g = prev;
  }
  return part;
}
