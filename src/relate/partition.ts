/**
 * Whether the parts of a list can overlap.
 *
 *   "03 đề tài chuyển tiếp và 03 đề tài mở mới"             → disjoint (one dimension, two values)
 *   "khối hành chính 3.152 người; khối doanh nghiệp 5.417"   → disjoint (frame "khối", two classes)
 *   "12 khoa, 4 viện, 8 trung tâm" of "38 đơn vị"           → disjoint (distinct kinds of the whole)
 *   "15 tập thể và 27 cá nhân" of "42 tập thể và cá nhân"    → disjoint
 *   "80 nữ, 60 đảng viên và 45 người có trình độ thạc sĩ"    → overlapping (sex, party, degree)
 *   "614 giảng viên, 188 nhân viên, 201 tiến sĩ, 395 thạc sĩ" → overlapping (job and degree)
 *   "9 cá nhân nhận Bằng khen … và 20 cá nhân nhận Giấy khen" → disjoint (award)
 *   "684 hộ nghèo, 402 hộ cận nghèo và 254 hộ mới thoát nghèo" → disjoint (poverty)
 */
import { fold } from "../text/fold.js";
import { ATTRIBUTES, FRAME_WORDS, NEGATIONS, PARTITIONS } from "../lexicon/partitions.js";
import { PhraseList, foldedWords, type Fig } from "./context.js";
import { kindUnder, type Kind } from "./kinds.js";
import type { Item } from "./list.js";

const DIMENSIONS = PARTITIONS.map((p) => {
  // a value's class: itself, or the first value of its group of names for one class
  const cls = new Map<string, string>();
  for (const g of p.same ?? []) for (const v of g) cls.set(foldedWords(v).join(" "), foldedWords(g[0]!).join(" "));
  return { name: p.name, scale: !!p.scale, values: new PhraseList(p.values), classOf: (v: string) => cls.get(v) ?? v };
});
/** First word of a value → the dimensions (indexes in DIMENSIONS) with a value starting with it. */
const DIMENSIONS_BY_FIRST = new Map<string, number[]>();
DIMENSIONS.forEach((d, k) => {
  for (const w of d.values.firsts()) {
    const l = DIMENSIONS_BY_FIRST.get(w) ?? [];
    l.push(k);
    DIMENSIONS_BY_FIRST.set(w, l);
  }
});
const NEGATION = new Set(NEGATIONS.map((w) => fold(w)));
const FRAMES = new PhraseList(FRAME_WORDS);
const ATTRS = ATTRIBUTES.map(([name, vs]) => ({ name, values: new PhraseList(vs) }));

/** Folded words that describe a part beyond the whole's noun: its noun, its label, its clause. */
export function descriptor(it: Item, whole: Kind): string[] {
  const noun = foldedWords(it.g.noun);
  const hw = whole.head ? whole.head.split(" ") : [];
  let k = 0;
  while (k < hw.length && noun[k] === hw[k]) k++;
  const label = it.label.split(" ").filter((w) => w && !/^(?:và|hoặc|có|là|trong|đó|gồm|cụ|thể)$/u.test(w));
  return [...label, ...noun.slice(k), ...it.after.split(" ").filter(Boolean)];
}

/** Values of one dimension in some words (longest phrases, no overlaps). */
function valuesIn(words: readonly string[], list: PhraseList): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const n = list.at(words, i);
    if (n) {
      out.push(words.slice(i, i + n).join(" "));
      i += n;
    } else i++;
  }
  return out;
}

export type PartsOverlap = "disjoint" | "overlapping" | "unknown";

export function partsOverlap(items: readonly Item[], whole: Fig): PartsOverlap {
  if (items.length < 2) return "unknown";
  const wk = whole.kinds;
  const descs = items.map((it) => descriptor(it, wk[0]!));
  // one dimension, a different value for each part (a dimension with no value in some part
  // cannot be one: only those with a word starting a value in every part are read)
  const touched = new Uint16Array(DIMENSIONS.length);
  const seen = new Uint8Array(DIMENSIONS.length);
  for (const ws of descs) {
    seen.fill(0);
    for (const w of ws) for (const k of DIMENSIONS_BY_FIRST.get(w) ?? []) if (!seen[k]) {
      seen[k] = 1;
      touched[k]!++;
    }
  }
  for (let k = 0; k < DIMENSIONS.length; k++) {
    if (touched[k] !== descs.length) continue;
    const d = DIMENSIONS[k]!;
    const vals = descs.map((ws) => [...new Set(valuesIn(ws, d.values).map(d.classOf))]);
    if (vals.every((v) => v.length === 1) && new Set(vals.map((v) => v[0])).size === vals.length) return "disjoint";
  }
  // "680 hộ có con …" | "700 hộ không có con …": a qualifier and its negation
  if (descs.length === 2 && negationOf(descs[0]!, descs[1]!)) return "disjoint";
  // "khối X", "vốn X", "đất X" with a different X each
  const framed = descs.map((ws) => {
    for (let i = 0; i < Math.min(ws.length, 6); i++) {
      const n = FRAMES.at(ws, i);
      if (n) return ws.slice(i, i + n + 3).join(" ");
    }
    return "";
  });
  if (framed.every(Boolean) && new Set(framed).size === framed.length) return "disjoint";
  // attributes of two dimensions: the same people described twice
  const dims = new Set<string>();
  for (const ws of descs) for (const a of ATTRS) if (a.values.find(ws)) dims.add(a.name);
  if (dims.size >= 2) return "overlapping";
  // distinct kinds of the whole: khoa, viện, trung tâm of đơn vị; tập thể, cá nhân
  const heads = items.map((it) => it.g.kind);
  const distinct = new Set(heads.map((h) => h.head)).size === heads.length;
  // (strictly narrower than the whole: "hộ" or "hộ kinh doanh" is no kind of "hộ kinh doanh cá thể", it names it more broadly)
  if (distinct && heads.every((h) => h.known && !h.people && !h.elided && wk.some((w) => kindUnder(h, w) && h.head !== w.head && !w.bases.includes(h.head)))) return "disjoint";
  if (distinct && wk.length > 1 && heads.every((h) => wk.some((w) => w.head === h.head))) return "disjoint";
  if (distinct && heads.some((h) => h.people) && heads.length > 1) return "overlapping";
  return "unknown";
}

/** Whether one description is the other with a negation word put in ("không", "chưa"), and says something. */
function negationOf(a: readonly string[], b: readonly string[]): boolean {
  const [long, short] = a.length === b.length + 1 ? [a, b] : b.length === a.length + 1 ? [b, a] : [null, null];
  if (!long || !short || !short.length) return false;
  for (let i = 0; i < long.length; i++) {
    if (!NEGATION.has(long[i]!)) continue;
    if (long.slice(0, i).concat(long.slice(i + 1)).every((w, k) => w === short[k])) return true;
  }
  return false;
}
