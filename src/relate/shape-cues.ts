/**
 * Lists a cue word does not open, told by their shape alone (src/relate/breakdown.ts reads them as cues
 * whose whole the shape fixes):
 *
 *   "chủ trì 05 đề tài khoa học (02 đề tài cấp Nhà nước, 04 đề tài cấp Bộ)"   a bracket right after the
 *       whole that opens on a number, each item the whole's noun with a qualifier (an open list)
 *   "63 giáo viên đạt danh hiệu giáo viên dạy giỏi: cấp tỉnh 6 người; cấp huyện 18 người; …"
 *   "128.800 người …, phân theo khu vực: thành thị 42.300 người, nông thôn 86.100 người."
 *       a colon in the whole's clause, then two or more items each a label, a number and one noun
 *       shared by all, to the end of the clause (a closed list)
 *
 * Not: a bracket of one item ("120 cán bộ (80 nữ)"), items of other nouns ("(80 nữ, 50 đảng viên)"),
 * labels holding a number ("năm 2023 là 300 hộ"), a change ("tăng 20 hộ"), a colon past another figure.
 */
import { fold } from "../text/fold.js";
import { src } from "../text/rx.js";
import type { Fig, RelateCtx } from "./context.js";

export interface ShapeCue {
  at: number;
  end: number;
  closed: boolean;
  text: string;
  whole: Fig;
}

/** A plain count: the only kind these shapes read. */
const plain = (g: Fig | undefined): g is Fig => !!g && g.f.kind === "count" && !g.change && !g.f.range && !g.f.per && g.f.of === undefined;

/** Between two items of a number-first bracket list: a separator ("," ";" "và"). */
const NUMBER_FIRST_GAP = /^\s*(?:[,;]\s*(?:và\s+)?|và\s+)$/u;

/** "05 đề tài khoa học (02 đề tài cấp Nhà nước, 04 đề tài cấp Bộ)": the cue at the bracket's inside. */
export function bracketCue(rc: RelateCtx, g: Fig): ShapeCue | null {
  if (!plain(g) || g.f.value <= 1) return null;
  const key = rc.key;
  const open = /^\s?\(\s?/u.exec(key.slice(g.end, g.end + 3));
  if (!open) return null;
  const inside = g.end + open[0].length;
  const items: Fig[] = [];
  for (let h = rc.figs[g.i + 1]; h && h.sent === g.sent; h = rc.figs[h.i + 1]) {
    const gap = key.slice(items.length ? items[items.length - 1]!.end : inside, h.start);
    if (items.length ? !NUMBER_FIRST_GAP.test(gap) : h.start !== inside) break;
    if (!plain(h) || !h.kind.head || h.kind.head !== g.kind.head) return null;
    items.push(h);
  }
  // two or more items, and the bracket closes right after the last
  if (items.length < 2 || !/^\s*\)/u.test(key.slice(items[items.length - 1]!.end, items[items.length - 1]!.end + 3))) return null;
  return { at: inside, end: inside, closed: false, text: "(", whole: g };
}

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
export function labelledColonCue(rc: RelateCtx, g: Fig): ShapeCue | null {
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
