/**
 * Colon lists: the one cue a colon after a figure gives it as a whole (src/relate/breakdown.ts reads
 * it as a closed list whose whole the shape fixes).
 *
 *   "58 người: 31 cán bộ, 12 doanh nhân, 6 phóng viên …", "3 phần: …"
 *       the colon right after the whole's noun phrase (up to three words in small letters), any items
 *   "63 giáo viên đạt danh hiệu giáo viên dạy giỏi: cấp tỉnh 6 người; cấp huyện 18 người; …"
 *   "128.800 người …, phân theo khu vực: thành thị 42.300 người, nông thôn 86.100 người."
 *       a colon further in the whole's clause, then two or more items each a label, a number and one
 *       noun shared by all, to the end of the clause
 *
 * Not: "còn 250 hộ: năm 2022 là 300 hộ, …" (the same thing in other years), a capital before the colon
 * ("420.000đ Đá chẻ: …", "2 người chết - Ảnh: …"), examples ("48 lớp, nhiều nhất là: …"), a colon past
 * another figure.
 */
import { fold } from "../text/fold.js";
import { src } from "../text/rx.js";
import type { Fig, RelateCtx } from "./context.js";
import { plain, type ShapeCue } from "./shape-cues.js";

/** A colon cue; `near` when the colon is right after the whole's noun phrase. */
export interface ColonCue extends ShapeCue {
  near: boolean;
}

/** Right after the whole: up to three words in small letters, then a colon not before a digit. */
const NEAR = /^((?: [\p{Ll}\p{M}]+){0,3}):(?!\d)/u;

/** The colon cue of a whole, or null: the colon right after its noun phrase, or a labelled list further in its clause. */
export function colonCue(rc: RelateCtx, g: Fig): ColonCue | null {
  const c = colonAt(rc.norm, g.end, g.end + 40) >= 0 ? NEAR.exec(rc.norm.slice(g.end, g.end + 40)) : null;
  if (c) {
    // "còn 250 hộ: năm 2022 là 300 hộ, năm 2023 là 270 hộ": the same thing in other years, no parts (unless
    // the whole spans the years: "trong 3 năm qua", "giai đoạn 2021-2023", "lũy kế"; quarters and months of
    // a year are its parts)
    const s = rc.sentences[g.sent];
    const after = g.end + c[0].length;
    if (!SERIES_ITEM.test(rc.key.slice(after, after + 24)) || SPAN_WHOLE.test(rc.key.slice(s ? s.start : 0, after))) return { at: g.end + c[1]!.length, end: after, closed: true, text: ":", whole: g, near: true };
  }
  const l = labelledColonCue(rc, g);
  return l && { ...l, near: false };
}

/** A list item labelled by a calendar year ("năm 2022 là …", "2023: …"). */
const SERIES_ITEM = /^\s*(?:(?:vào\s+|trong\s+)?năm\s+(?:19|20)\d\d(?!\d)|(?:19|20)\d\d(?!\d)\s*(?:[:(,]|là|có|đạt))/u;
/** A whole told over several years: its items by year are its parts. */
// (built with src: the key is folded, and "nhiệm kỳ", "lũy kế" fold to "nhiệm kì", "luĩ kế")
const SPAN_WHOLE = new RegExp(src`(?:năm\s+qua|giai\s+đoạn|nhiệm\s+kỳ|từ\s+năm|trong\s+\d+\s+năm|\d+\s+năm\s+(?:qua|gần\s+đây)|lũy\s+kế|cộng\s+dồn|tổng\s+cộng|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)`, "u");

/** The first ":" in s[from, to), or -1 (a bounded search: indexOf would read on to the end of s). */
export function colonAt(s: string, from: number, to: number): number {
  for (let i = from, n = Math.min(to, s.length); i < n; i++) if (s.charCodeAt(i) === 58) return i;
  return -1;
}

/** Between the whole and the colon: no number, no clause end, at most one comma (then a short phrase). */
const COLON_GAP = /^(?:\s+[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*){0,12}(?:\s*,(?:\s+[\p{L}\p{M}]+){1,4})?\s*$/u;
/** Words before a colon that give examples or the largest parts, not all of them. */
const EXAMPLE_WORDS = ["nhiều nhất", "cao nhất", "lớn nhất", "ít nhất", "thấp nhất", "chủ yếu", "điển hình", "tiêu biểu", "nổi bật", "đáng chú ý", "trong đó", "trong số đó", "ví dụ", "chẳng hạn", "đứng đầu", "dẫn đầu"];
const EXAMPLES = new RegExp(src`(?:^|[^\p{L}\p{M}])(?:${EXAMPLE_WORDS}|như(?!\s+sau))(?![\p{L}\p{M}])`, "u");
/** A label: up to six words, no number. */
const LABEL = /^\s*(?:[,;]\s*)?(?:và\s+)?[\p{L}\p{M}][\p{L}\p{M}\s\-–]{0,60}$/u;

/** "63 giáo viên …: cấp tỉnh 6 người; cấp huyện 18 người; cấp trường 41 người.": the cue at the colon. */
function labelledColonCue(rc: RelateCtx, g: Fig): ShapeCue | null {
  if (!plain(g) || g.f.value <= 1) return null;
  const norm = rc.norm;
  const s = rc.sentences[g.sent];
  if (!s) return null;
  // (in the 100 characters after the whole, inside its sentence: an unbounded search from every figure
  // of a long text with no colon was quadratic)
  const colon = colonAt(norm, g.end, Math.min(s.end, g.end + 101));
  if (colon < 0) return null;
  const next = rc.figs[g.i + 1];
  if (!next || next.start < colon || !COLON_GAP.test(norm.slice(g.end, colon))) return null;
  // "48 lớp tập huấn, nhiều nhất là: huyện Tiên Yên 12 lớp, …": examples, not the parts
  if (EXAMPLES.test(rc.key.slice(g.end, colon))) return null;
  const items: Fig[] = [];
  let from = colon + 1;
  for (let h: Fig | undefined = next; h && h.sent === g.sent; h = rc.figs[h.i + 1]) {
    const label = norm.slice(from, h.start);
    if (!LABEL.test(label) || label.trim().split(/\s+/).length > 7) break;
    if (!plain(h)) return null;
    items.push(h);
    from = h.end;
  }
  if (items.length < 2) return null;
  const noun = fold(items[0]!.f.noun ?? "");
  if (!noun || items.some((h) => fold(h.f.noun ?? "") !== noun)) return null;
  // (the list ends its clause: what follows the last item is no more of it)
  if (!/^\s*(?:[.;]|$)/u.test(norm.slice(from, Math.min(s.end, from + 3)))) return null;
  return { at: colon, end: colon + 1, closed: true, text: ":", whole: g };
}
