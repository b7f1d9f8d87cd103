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
import { named, src } from "../text/rx.js";
import { ATTRIBUTES, FRAME_WORDS } from "../lexicon/partitions.js";
import { foldedWords, PhraseList, type Fig, type RelateCtx } from "./context.js";
import { lastStop } from "./words.js";
import type { Item } from "./list.js";
import { colonOpen } from "./colon-open.js";
import { partsOverlap, wholeWords } from "./partition.js";
import { plain, type ShapeCue } from "./shape-cues.js";

/** A colon cue; `near` when the colon is right after the whole's noun phrase. */
export interface ColonCue extends ShapeCue {
  near: boolean;
}

/** Right after the whole: up to three words in small letters, then a colon not before a digit. */
const NEAR = named("colon-cue.NEAR", /^((?: [\p{Ll}\p{M}]+){0,3}):(?!\d)/u);

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
const SERIES_ITEM = named("colon-cue.SERIES_ITEM", /^\s*(?:(?:vào\s+|trong\s+)?năm\s+(?:19|20)\d\d(?!\d)|(?:19|20)\d\d(?!\d)\s*(?:[:(,]|là|có|đạt))/u);
/** A whole told over several years: its items by year are its parts. */
// (built with src: the key is folded, and "nhiệm kỳ", "lũy kế" fold to "nhiệm kì", "luĩ kế")
const SPAN_WHOLE = named("colon-cue.SPAN_WHOLE", new RegExp(src`(?:năm\s+qua|giai\s+đoạn|nhiệm\s+kỳ|từ\s+năm|trong\s+\d+\s+năm|(?<!\d)\d+\s+năm\s+(?:qua|gần\s+đây)|lũy\s+kế|cộng\s+dồn|tổng\s+cộng|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)`, "u"));

/** The first ":" in s[from, to), or -1 (a bounded search: indexOf would read on to the end of s). */
export function colonAt(s: string, from: number, to: number): number {
  for (let i = from, n = Math.min(to, s.length); i < n; i++) if (s.charCodeAt(i) === 58) return i;
  return -1;
}

/** Between the whole and the colon: no number, no clause end, at most one comma (then a short phrase). */
const COLON_GAP = named("colon-cue.COLON_GAP", /^(?:\s+[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*){0,12}(?:\s*,(?:\s+[\p{L}\p{M}]+){1,4})?\s*$/u);
/** Words before a colon that give examples or the largest parts, not all of them. */
const EXAMPLE_WORDS = ["nhiều nhất", "cao nhất", "lớn nhất", "ít nhất", "thấp nhất", "chủ yếu", "điển hình", "tiêu biểu", "nổi bật", "đáng chú ý", "trong đó", "trong số đó", "ví dụ", "chẳng hạn", "đứng đầu", "dẫn đầu"];
const EXAMPLES = named("colon-cue.EXAMPLES", new RegExp(src`(?:^|[^\p{L}\p{M}])(?:${EXAMPLE_WORDS}|như(?!\s+sau))(?![\p{L}\p{M}])`, "u"));
/** A label: up to six words, no number. */
const LABEL = named("colon-cue.LABEL", /^\s*(?:[,;]\s*)?(?:và\s+)?[\p{L}\p{M}][\p{L}\p{M}\s\-–]{0,60}$/u);

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

/** Right before the colon: "chia theo xã", "phân theo giới tính" (after a comma). */
const SPLIT_BY = named("colon-cue.SPLIT_BY", /,\s*(?:chia|phân)\s+theo\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?\s*$/u);
/** Qualifications: a list of some people's degrees or titles tells of some of them, not of all. */
const QUALIFIED = new PhraseList(ATTRIBUTES.filter(([name]) => name === "degree" || name === "title").flatMap(([, vs]) => vs));
const FRAMES = new PhraseList(FRAME_WORDS);
/** Words a list item's label may start with that say nothing of it. */
const GLUE = new Set(["và", "hoặc", "có", "là", "trong", "đó", "gồm", "cụ", "thể", "số"].map((w) => fold(w)));

/**
 * A colon list that tells of some of its whole, not all of it (read as an open list):
 *   "subset": "86 giáo viên: giáo viên dạy giỏi cấp tỉnh 12 người, giáo viên dạy giỏi cấp huyện 30 người"
 *       (each item the whole's noun, one qualifier shared by all which the whole's clause does not hold,
 *       then a frame word with a value of each: the parts of a subset), "45 bác sĩ: trình độ sau đại học 30 người, chuyên khoa II 8 người"
 *       (qualifications, which some of them hold, unless one dimension tells the parts apart:
 *       "trình độ thạc sĩ 12 người, trình độ đại học 40 người, trình độ cao đẳng 8 người");
 *   "units": "85 cán bộ, chiến sĩ: Đội Cảnh sát hình sự 15 đồng chí, Đội Cảnh sát giao thông 20 đồng chí"
 *       (sub-units by name, no count of them given: some of the units, each apart from the others).
 *   "subset" too (colon-open.ts): items under the whole that are awards or distinctions ("48 công chức: 12
 *       công chức được khen thưởng, 3 công chức bị kỷ luật"), or number-first items leaving a quarter of it out.
 * Null when the items may be all of it ("45 nhân viên: bác sĩ 12 người, điều dưỡng 28 người, …",
 * "50 đơn vị: đơn vị cấp tỉnh 20, đơn vị cấp huyện 30": a frame word shared is no qualifier).
 */
export function colonSome(rc: RelateCtx, items: readonly Item[], whole: Fig, cueAt: number): "subset" | "units" | null {
  if (items.length < 2) return null;
  // "300 hộ nghèo, chia theo xã: xã A 120 hộ, …": a split by one attribute is all of the whole
  if (SPLIT_BY.test(rc.key.slice(whole.end, cueAt))) return null;
  // (the whole's clause, its noun and the words after it to the colon)
  const own = new Set([...wholeWords(rc, whole), ...foldedWords(rc.key.slice(whole.end, cueAt))]);
  const told = items.map((it) => [...it.label.split(" ").filter((w) => w && !GLUE.has(w)), ...foldedWords(it.g.noun)]);
  // a qualification the whole's clause does not hold, the parts not told apart by one dimension
  // ("trình độ thạc sĩ 12 người, trình độ đại học 40 người, …" may be all of them)
  if (told.some((ws) => ws.some((_, i) => QUALIFIED.at(ws, i) > 0 && ws.slice(i, i + QUALIFIED.at(ws, i)).some((w) => !own.has(w)))) && partsOverlap(rc, items, whole, true) !== "disjoint") return "subset";
  // the whole's noun again in each item, then the same qualifier in all of them
  const head = whole.kind.head ? whole.kind.head.split(" ") : [];
  const rests = told.map((ws) => (head.length && head.every((w, k) => ws[k] === w) ? ws.slice(head.length) : null));
  if (rests.every((r): r is string[] => !!r)) {
    let n = 0;
    while (rests.every((r) => n < r.length - 1 && r[n] === rests[0]![n])) n++;
    // (a qualifier, then a frame word whose values tell the items apart: "dạy giỏi | cấp tỉnh", "hoạt
    // động hiệu quả | loại khá"; with no frame the shared words may tell each item's own part: "ba thành
    // viên phụ trách sản xuất, hai thành viên phụ trách dịch vụ")
    const shared = rests[0]!.slice(0, n);
    const frame = shared.findIndex((_, k) => k > 0 && FRAMES.at(shared, k) > 0);
    if (frame > 0 && shared.slice(0, frame).some((w) => !own.has(w) && !GLUE.has(w))) return "subset";
  }
  // each item a sub-unit by its name: a capitalised word after the label's first
  if (items.every((it, k) => NAMED_UNIT.test(segment(rc, k ? items[k - 1]!.g.end : cueAt, it.g.start)))) return "units";
  // awards or distinctions of some, or a selection leaving much of the whole out (colon-open.ts)
  return colonOpen(rc, items, whole, cueAt) ? "subset" : null;
}

/** A label that names a unit: a word, then a capitalised one ("Đội Cảnh sát hình sự", "Chi bộ A", "Công an huyện Tiên Yên"). */
const NAMED_UNIT = named("colon-cue.NAMED_UNIT", /^[\p{L}\p{M}]+(?:\s+[\p{Ll}\p{M}]+)*\s+\p{Lu}[\p{L}\p{M}\s]*$/u);
/** The label before an item: its segment of the list, after the last "," ";" ":" and a "và". */
function segment(rc: RelateCtx, from: number, to: number): string {
  const t = rc.norm.slice(from, to);
  return t.slice(lastStop(t, ",;:") + 1).trim().replace(/^và\s+/u, "");
}
