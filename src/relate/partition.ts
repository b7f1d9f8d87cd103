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
 *   "doanh nghiệp tư nhân 12 đơn vị, công ty cổ phần 431 đơn vị"  → disjoint (legal forms, by the part's own noun)
 *   "7 đồng chí: 1 Bí thư, 2 Phó Bí thư và 5 Ủy viên"             → disjoint (posts in one body); "1 Bí thư và 2 Phó
 *                                                                   Bí thư" alone are some of the 7 (partialSplit)
 */
import { fold } from "../text/fold.js";
import { ATTRIBUTES, FRAME_WORDS, NEGATIONS, NOUN_PARTITIONS, PARTITIONS, type NounPartition, type Partition } from "../lexicon/partitions.js";
import { PhraseList, foldedWords, type Fig, type RelateCtx } from "./context.js";
import { lastStop } from "./words.js";
import { kindUnder, type Kind } from "./kinds.js";
import type { Item } from "./list.js";
import { rangesSplit } from "./ranges.js";
import { pairedQualifiers } from "./pair-qualifiers.js";
import { named } from "../text/rx.js";
import { ATTRIBUTE_STARTS } from "../lexicon/kinds.js";

/** Words that open what is said of a part ("đạt", "có", "được"): relate/partition.ts partsOverlap. */
const PREDICATE: ReadonlySet<string> = new Set(ATTRIBUTE_STARTS.map((w) => fold(w)));

const DIMENSIONS = [...PARTITIONS, ...NOUN_PARTITIONS].map((p: Partition | NounPartition) => {
  // a value's class: itself, or the first value of its group of names for one class
  const cls = new Map<string, string>();
  for (const g of p.same ?? []) for (const v of g) cls.set(foldedWords(v).join(" "), foldedWords(g[0]!).join(" "));
  const base = "base" in p && p.base ? p.base.map((w) => foldedWords(w)) : undefined;
  const key = (w: string) => cls.get(foldedWords(w).join(" ")) ?? foldedWords(w).join(" ");
  const inner = new Set("inner" in p && p.inner ? p.inner.map(key) : []);
  const joins = new Set("joins" in p && p.joins ? p.joins.map(key) : []);
  const complete = joins.size && p.complete ? p.complete.map((g) => key(g[0]!)) : [];
  return { name: p.name, noun: NOUN_PARTITIONS.includes(p as NounPartition), values: new PhraseList(p.values), base, inner, joins, complete, classOf: (v: string) => cls.get(v) ?? v };
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

/**
 * Posts of one body: the words around the post in each part's noun ("Bí thư chi bộ", "Phó Bí thư
 * Đảng ủy", "Tỉnh ủy viên") name one body or none.
 */
function oneBody(items: readonly Item[], posts: PhraseList): boolean {
  const bodies = new Set<string>();
  for (const it of items) {
    // (the noun and what follows it: a figure's noun may stop short, "45 đồng chí Bí thư chi" of "… chi bộ")
    const ws = [...foldedWords(it.g.noun), ...it.after.split(" ").filter(Boolean)];
    const at = posts.find(ws);
    if (!at) continue;
    const before = ws.slice(0, at.i).filter((w) => !ADDRESS.has(w));
    const after = ws.slice(at.i + at.n);
    if (before.length || after.length) bodies.add(`${before.join(" ")}|${after.join(" ")}`);
  }
  return bodies.size <= 1;
}
/** Words of address before a post ("đồng chí Bí thư chi bộ"): no body. */
const ADDRESS = new Set(["đồng", "chí", "đ/c", "các", "những"].map((w) => fold(w)));

/** A part's label, its whole noun and its clause: what names it by its own noun. */
function ownWords(it: Item): string[] {
  return descriptor(it, { head: "", bases: [], elided: true, people: false, known: false });
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

/**
 * The dimension that gives each part a value of its own (its index in DIMENSIONS), or -1. The
 * partitions by nouns read each part's whole noun (`own`): "7 thành viên" of "9 thành viên: 1 Chủ
 * tịch, 1 Phó Chủ tịch và 7 thành viên" names the plain members.
 */
function splitBy(items: readonly Item[], descs: readonly (readonly string[])[], own: readonly (readonly string[])[]): number {
  // (a dimension with no value in some part cannot be one: only those with a word starting a value in every part are read)
  const touched = new Uint16Array(DIMENSIONS.length);
  const seen = new Uint8Array(DIMENSIONS.length);
  for (const [list, noun] of [[descs, false], [own, true]] as const)
    for (const ws of list) {
      seen.fill(0);
      for (const w of ws) for (const k of DIMENSIONS_BY_FIRST.get(w) ?? []) if (!seen[k] && DIMENSIONS[k]!.noun === noun) {
        seen[k] = 1;
        touched[k]!++;
      }
    }
  for (let k = 0; k < DIMENSIONS.length; k++) {
    if (touched[k] !== descs.length) continue;
    const d = DIMENSIONS[k]!;
    const vals = (d.noun ? own : descs).map((ws) => [...new Set(valuesIn(ws, d.values).map(d.classOf))]);
    if (!vals.every((v) => v.length === 1) || new Set(vals.map((v) => v[0])).size !== vals.length || (d.base && !oneBody(items, d.values))) continue;
    // (a value that joins the dimension only beside all of its complete classes)
    if (d.joins.size && vals.some((v) => d.joins.has(v[0]!)) && !d.complete.every((c) => vals.some((v) => v[0] === c))) continue;
    return k;
  }
  return -1;
}

export function partsOverlap(rc: RelateCtx, items: readonly Item[], whole: Fig, closed = false): PartsOverlap {
  if (items.length < 2) return "unknown";
  // "dưới 30 tuổi …, từ 30 đến 50 tuổi …, trên 50 tuổi …": ranges of one qualifier, apart or overlapping
  const ranged = rangesSplit(items);
  if (ranged) return ranged;
  const wk = whole.kinds;
  const descs = items.map((it) => descriptor(it, wk[0]!));
  // one dimension, a different value for each part
  const own = items.map(ownWords);
  const by = splitBy(items, descs, own);
  if (by >= 0) return headsWithin(rc, items, own, whole, DIMENSIONS[by]!, closed) ? "overlapping" : "disjoint";
  // "128 bác sĩ, 246 điều dưỡng, 41 dược sĩ và 112 người thuộc các chức danh khác": the last part is the
  // others of the dimension the parts before it split by (two or more, one value each)
  if (items.length >= 3 && othersPart(items[items.length - 1]!, descs[descs.length - 1]!) && splitBy(items.slice(0, -1), descs.slice(0, -1), own.slice(0, -1)) >= 0) return "disjoint";
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
  // "7.380 tờ khai xuất khẩu và 5.240 tờ khai nhập khẩu": a pair of qualifiers of one noun (pair-qualifiers.ts)
  if (pairedQualifiers(items)) return "disjoint";
  // attributes of two dimensions: the same people described twice
  const dims = new Set<string>();
  for (const ws of descs) for (const a of ATTRS) if (a.values.find(ws)) dims.add(a.name);
  if (dims.size >= 2) return "overlapping";
  // "Trong 24 xã có 18 xã đạt chuẩn nông thôn mới, 12 xã có hệ thống giao thông đạt chuẩn": each part
  // told by what is said of it, a different verb each (a negation is told apart above): attributes
  if (!closed && descs.every((ws) => PREDICATE.has(ws[0] ?? "")) && new Set(descs.map((ws) => ws[0])).size === descs.length) return "overlapping";
  // distinct kinds of the whole: khoa, viện, trung tâm of đơn vị; tập thể, cá nhân
  const heads = items.map((it) => it.g.kind);
  const distinct = new Set(heads.map((h) => h.head)).size === heads.length;
  // (strictly narrower than the whole: "hộ" or "hộ kinh doanh" is no kind of "hộ kinh doanh cá thể", it names it more broadly)
  if (distinct && heads.every((h) => h.known && !h.people && !h.elided && wk.some((w) => kindUnder(h, w) && h.head !== w.head && !w.bases.includes(h.head)))) return "disjoint";
  if (distinct && wk.length > 1 && heads.every((h) => wk.some((w) => w.head === h.head))) return "disjoint";
  if (distinct && heads.some((h) => h.people) && heads.length > 1) return "overlapping";
  return "unknown";
}

/**
 * Parts told apart by their own nouns that name only some of the whole's members: posts with no
 * plain member among them ("Ban Thường vụ 7 đồng chí: 1 Bí thư và 2 Phó Bí thư" names the heads; a
 * plain member's post names the whole's body, "5 Ủy viên Ban Thường vụ", or no body), or a value
 * between two parts with no number ("1 Bí thư, Phó Bí thư và 5 Ủy viên"). Such a list is not all of
 * the whole, whatever its cue.
 */
export function partialSplit(rc: RelateCtx, items: readonly Item[], whole: Fig): boolean {
  if (items.length < 2) return false;
  const descs = items.map(ownWords);
  const d = DIMENSIONS[splitBy(items, items.map((it) => descriptor(it, whole.kinds[0]!)), descs)];
  if (!d || !d.noun) return false;
  for (let n = 1; n < items.length; n++) {
    const segments = rc.key.slice(items[n - 1]!.g.end, items[n]!.g.start).split(SEGMENT);
    // (a segment with a number is an item of a nested list: "3 Phó Bí thư, trong đó 1 Phó Bí thư thường trực, và 3 ủy viên")
    for (let k = 1; k < segments.length - 1; k++) if (!/\d/u.test(segments[k]!) && d.values.find(foldedWords(segments[k]!))) return true;
  }
  if (!d.base) return false;
  const plain = plainPost(rc, whole, d);
  return !descs.some((ws, n) => valuesIn(ws, d.values).some((v) => plain(v, items[n]!)));
}
/**
 * Whether a post is a plain member's: the base post alone ("ủy viên") or followed by the words of
 * the body the whole counts ("Ủy viên Ban Chấp hành" of "Ban Chấp hành gồm 27 đồng chí"), with
 * nothing after it in the part's noun but that body ("2 thành viên độc lập" are some of the members).
 */
function plainPost(rc: RelateCtx, whole: Fig, d: (typeof DIMENSIONS)[number]): (v: string, it: Item) => boolean {
  // the body the whole counts
  const body = new Set(wholeWords(rc, whole));
  return (v, it) => {
    const ws = v.split(" ");
    const noun = foldedWords(it.g.noun);
    const at = d.values.find(noun);
    return !!d.base?.some((b) => b.every((w, i) => ws[i] === w) && ws.slice(b.length).every((w) => body.has(w))) && (!at || noun.slice(at.i + at.n).every((w) => body.has(w)));
  };
}
/**
 * Posts with the members of an inner body ("9 Ủy viên Ban Thường vụ") beside the heads ("1 Bí thư, 2
 * Phó Bí thư"), that fit the whole when the inner body counts the heads (make it, in a closed list;
 * do not exceed it, in an open one): the list may be read so.
 */
function headsWithin(rc: RelateCtx, items: readonly Item[], own: readonly (readonly string[])[], whole: Fig, d: (typeof DIMENSIONS)[number], closed: boolean): boolean {
  if (!d.inner.size) return false;
  const plain = plainPost(rc, whole, d);
  let all = 0;
  let heads = 0;
  let inner = false;
  items.forEach((it, n) => {
    const raw = valuesIn(own[n]!, d.values)[0] ?? "";
    const x = it.g.f.value * (it.factor ?? 1);
    all += x;
    if (d.inner.has(d.classOf(raw))) inner = true;
    else if (!plain(raw, it)) heads += x;
  });
  const rest = all - heads - whole.f.value;
  return inner && heads > 0 && (closed ? Math.abs(rest) : rest) <= 1e-9 * Math.abs(whole.f.value);
}

const KHAC = fold("khác");
/** A part that counts the others ("… người thuộc các chức danh khác", "38 người còn lại"): "khác" ends what describes it, or a remainder word. */
function othersPart(it: Item, desc: readonly string[]): boolean {
  return it.remainder || desc[desc.length - 1] === KHAC;
}

/** What parts the segments of a list: ",", ";", "và", "hoặc", "cùng". */
const SEGMENT = named("partition.SEGMENT", /[,;]|\s(?:và|hoặc|cùng)\s/u);

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

/**
 * The first part of another kind than the whole's own noun names (in a partition by nouns): "công ty
 * cổ phần 198 đơn vị" after "công ty TNHH 400 đơn vị, trong đó …", "4 ủy viên" after "2 Phó Bí thư,
 * trong đó …". The list of the whole's parts ends before it; -1 when none. A whole named by a plain
 * member's post ("45 Ủy viên Ban Chấp hành") counts the heads too, so it ends no list.
 */
export function otherKindAt(rc: RelateCtx, items: readonly Item[], whole: Fig): number {
  const ws = wholeWords(rc, whole);
  for (const d of DIMENSIONS) {
    if (!d.noun) continue;
    const own = [...new Set(valuesIn(ws, d.values).map(d.classOf))];
    if (own.length !== 1 || d.joins.has(own[0]!)) continue;
    if (d.base?.some((b) => b.every((w, i) => own[0]!.split(" ")[i] === w))) continue;
    const at = items.findIndex((it) => {
      const v = valuesIn(ownWords(it), d.values).map(d.classOf);
      return v.length > 0 && !v.includes(own[0]!);
    });
    if (at >= 0) return at;
  }
  return -1;
}

/** What names a whole: its noun and its clause before it ("Ban Chấp hành gồm 27 đồng chí", "công ty TNHH 400 đơn vị"). */
export function wholeWords(rc: RelateCtx, whole: Fig): string[] {
  const s = rc.sentences[whole.sent];
  const before = rc.key.slice(Math.max(s ? s.start : 0, whole.start - 80), whole.start);
  return foldedWords(`${before.slice(lastStop(before, ",;:(") + 1)} ${whole.noun}`);
}
