/**
 * Where titles start: the title pattern (TITLE) tried at the word tokens after a separator where a
 * title start is spelled, the first word judged once per lexicon id.
 *
 *   "… ông A, Phó Giám đốc Sở Y tế"   → "phó giám đốc" (at "Phó": a separator before, a title start spelled)
 *   "Trường Đại học …"                 → not tried ("trường" shares its first units with "trưởng", is no start)
 *   "nguyênGiám đốc", "Giám đốcSở"     → tried: a one-word start glued to more letters, a capital glued on
 * findTitles (title.ts) reads the organisation after each.
 */
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { named } from "../text/rx.js";
import { lexicon, T_LETTERS, T_ODD, tokenAt, type Tokens } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { merged, peopleIndex } from "./people-index.js";
import { StartSet, trieSource, unitClass, wordBefore } from "./phrase.js";
import { TITLES, TITLE_ABBREVIATIONS, TITLE_PREFIXES, TITLE_SUFFIXES } from "../lexicon/titles.js";

/**
 * Characters that may stand right before a title (spaces, punctuation, symbols, emoji: no letter,
 * mark or digit). Matching one of them first is much faster than a lookbehind at every position.
 */
const SEPARATORS = String.raw`\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u02c2-\u02c5\u02d2-\u02df\u02e5-\u02eb\u02ed\u02ef-\u02ff\u2000-\u206f\u2100-\u2101\u2103-\u2106\u2108-\u2109\u2114\u2116-\u2118\u211e-\u2123\u2125\u2127\u2129\u212e\u213a-\u213b\u2140-\u2144\u214a-\u214d\u214f\u2190-\u23ff\u2500-\u2775\u2794-\u27bf\u3000-\u3004\u3008-\u3020\u3030\u3036-\u3037\u303d-\u303f\ufe30-\ufe4f\uff00-\uff0f\uff1a-\uff20\u{1f000}-\u{1f0ff}\u{1f10d}-\u{1faff}`;
/** A folded alternation with single spaces (longest first). */
const alt = (list: readonly string[]) =>
  [...new Set(list.map((w) => fold(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|");
/**
 * "Phó Viện trưởng", "nguyên Giám đốc", "P.Giám đốc", "Q. Trưởng phòng", "Phó Thủ tướng thường trực".
 * Matched (sticky) only where nextTitle() finds a left edge — the start of the text or one of the
 * SEPARATORS — and a title start (a prefix, "phó", "p." or a title) spelled there: the same
 * matches as a global scan of `(?<lead>^|[SEPARATORS])` + this pattern, without a `u`-flag scan
 * over every character.
 */
const TITLE_STARTS: readonly string[] = [...TITLE_PREFIXES, "phó", "p.", ...TITLES].map((t) => fold(t));
const TITLE = named(
  "person.title",
  new RegExp(
    `(?:(?<pre>${alt(TITLE_PREFIXES)})[ ]?)?(?:(?<pho>phó|p\\.)[ ]?)?(?<base>${trieSource(TITLES.map((t) => fold(t)), " ")})(?: (?<suf>${alt(TITLE_SUFFIXES)}))?`,
    "uy",
  ),
);
/** First two code units of every title start (all are two characters or longer). */
const STARTS = new StartSet(TITLE_STARTS);
/**
 * And the third: a match starts with a whole title start written as listed (prefix, "phó" or a
 * title: literals, spaces too), so the units at its start are the first three of one of them, or
 * the two of a start of two. Tables by a hash of the units: a collision only costs a try.
 */
const hash2 = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) & 0xffff;
const hash3 = (a: number, b: number, c: number): number => (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c) & 0xfffff;
const TWO_ONLY = new Uint8Array(0x10000);
const THREE = new Uint8Array(0x100000);
for (const w of TITLE_STARTS) {
  if (w.length === 2) TWO_ONLY[hash2(w.charCodeAt(0), w.charCodeAt(1))] = 1;
  else THREE[hash3(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] = 1;
}
/** The first units of a title start: may one start at b? (quick, a collision only costs a closer look) */
const mayStart = (key: string, b: number): boolean => {
  const c1 = key.charCodeAt(b);
  const c2 = key.charCodeAt(b + 1);
  return STARTS.may(c1, c2) && (TWO_ONLY[hash2(c1, c2)] === 1 || THREE[hash3(c1, c2, key.charCodeAt(b + 2))] === 1);
};
/**
 * Where TITLE may match, by the word at b (a match starts with a title start spelled whole: a
 * prefix, "phó", "p." or a title, as listed). The word is either the first word of a title start
 * ("giám" of "giám đốc", "p" of "p.") or begins with a one-word title start glued to more letters
 * ("phógiám đốc", "trưởngBan"). Words of the lexicon are judged once per id; a word in no list
 * (id 0) is no first word (those are listed) and is read for a glued one-word start.
 */
const firstRun = (w: string): string => {
  let e = 0;
  while (e < w.length && unitClass(w.charCodeAt(e)) & 6) e++;
  return w.slice(0, e);
};
/** Title starts of one word (letters only): a word that begins with one may start a match. */
class UnitTrie {
  /** Per code unit: its column in the table + 1 (0: the unit is in no listed word). */
  private readonly column = new Uint8Array(65536);
  private readonly width: number;
  /** Per node and column: the child node (0: none; the root is node 0 and never a child). */
  private readonly table: Int32Array;
  private readonly ends: Uint8Array;
  constructor(words: readonly string[]) {
    const kids: Map<number, number>[] = [new Map()];
    const ends: number[] = [0];
    let width = 0;
    for (const w of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        if (this.column[c] === 0) {
          if (width === 255) throw new Error("UnitTrie: too many distinct units");
          this.column[c] = ++width;
        }
        let next = kids[node]!.get(c);
        if (next === undefined) {
          next = kids.length;
          kids.push(new Map());
          ends.push(0);
          kids[node]!.set(c, next);
        }
        node = next;
      }
      ends[node] = 1;
    }
    this.width = width;
    this.ends = Uint8Array.from(ends);
    this.table = new Int32Array(kids.length * width);
    for (let node = 0; node < kids.length; node++) for (const [c, child] of kids[node]!) this.table[node * width + this.column[c]! - 1] = child;
  }
  /** Whether a listed word is a prefix of s from b. */
  prefixAt(s: string, b: number): boolean {
    let node = 0;
    for (let i = b; i < s.length; i++) {
      const col = this.column[s.charCodeAt(i)]!;
      if (col === 0) return false;
      node = this.table[node * this.width + col - 1]!;
      if (node === 0) return false;
      if (this.ends[node] === 1) return true;
    }
    return false;
  }
}
const ONE_WORD = new UnitTrie(TITLE_STARTS.filter((w) => firstRun(w) === w));
/** First units of the one-word title starts: a word in no list (id 0) starts a title only with one (ONE_WORD.prefixAt). */
const ONE_WORD_FIRST = new Uint8Array(65536);
for (const w of TITLE_STARTS) if (firstRun(w) === w) ONE_WORD_FIRST[w.charCodeAt(0)] = 1;
/**
 * The first MATCH_HEAD units of every string TITLE matches (the whole string when shorter):
 * prefix, "phó" or "p." (each with or without the space after it), a title, a suffix after a
 * space. A match at b starts with one of them, so TITLE is tried only where one is spelled:
 * "đại học", "chủ trì", "tổng kết" are passed over without a regex run.
 */
const MATCH_HEAD = 8;
const MATCH_HEADS = ((): UnitTrie => {
  const out = new Set<string>();
  const pres = ["", ...TITLE_PREFIXES.map((p) => fold(p)).flatMap((p) => [p, `${p} `])];
  const phos = ["", "phó", "phó ", "p.", "p. "];
  const sufs = TITLE_SUFFIXES.map((x) => ` ${fold(x)}`);
  const bases = new Set(TITLES.map((t) => fold(t)));
  for (const pre of pres)
    for (const pho of phos)
      for (const base of bases) {
        const s = pre + pho + base;
        if (s.length >= MATCH_HEAD) out.add(s.slice(0, MATCH_HEAD));
        else for (const suf of ["", ...sufs]) out.add((s + suf).slice(0, MATCH_HEAD));
      }
  return new UnitTrie([...out]);
})();
const FIRST_IDS = new Set(TITLE_STARTS.map((w) => lexicon.intern(firstRun(w))));
/** Per lexicon id: 1 = its word may start a title, 2 = not, 0 = not judged yet. */
let judged = new Uint8Array(1024);
/** No judgement (the reading without `precise`). */
const NONE_JUDGED = new Uint8Array(0);
/** Whether TITLE may match at the word token i (starting at b) of doc (`precise`; off: the quick test of the first units, as before). */
export function titleMayStart(doc: Doc, t: Tokens, i: number, b: number, precise = true): boolean {
  const key = doc.key;
  if (b + 1 >= key.length) return false;
  if (!precise) return mayStart(key, b);
  const id = t.id[i]!;
  if (id === 0) return mayStart(key, b) && ONE_WORD.prefixAt(key, b);
  if (id >= judged.length) {
    const grown = new Uint8Array(Math.max(id + 1, judged.length * 2));
    grown.set(judged);
    judged = grown;
  }
  let f = judged[id]!;
  if (f === 0) judged[id] = f = FIRST_IDS.has(id) || ONE_WORD.prefixAt(lexicon.word(id), 0) ? 1 : 2;
  return f === 1;
}
const SEP_CHAR = new RegExp(`^[${SEPARATORS}]$`, "u");
/** Per BMP code unit: 1 = a separator, 0 = not, 2 = not read yet. */
const SEP_TAB = new Uint8Array(65536).fill(2);
const sepUnit = (c: number): boolean => {
  let f = SEP_TAB[c]!;
  if (f === 2) SEP_TAB[c] = f = c >= 0xd800 && c <= 0xdfff ? 0 : SEP_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  return f === 1;
};
/**
 * The next title after a separator at or after `from` (or at the start of the text when `from` is
 * 0): its match, starting at the title. Every title starts with a letter (the lists say so), so
 * it starts a word token whose unit before is a separator: the token table is walked instead of
 * every character.
 */
export function nextTitle(doc: Doc, from: number, precise = true): RegExpExecArray | null {
  const key = doc.key;
  const t = freshTokens(doc);
  const tryAt = (i: number, b: number): RegExpExecArray | null => {
    if (!titleMayStart(doc, t, i, b, precise) || (precise && !MATCH_HEADS.prefixAt(key, b))) return null;
    TITLE.lastIndex = b;
    return TITLE.exec(key);
  };
  // the first token whose separator (the unit before it) is at or after `from`
  // (the table's arrays and the judgements read from locals: a judgement made after the table of
  // judgements grew is read again by titleMayStart, never missed)
  const { flags, id: ids, start: starts, count } = t;
  const seen = precise ? judged : NONE_JUDGED;
  for (let i = tokenAt(t, from); i < count; i++) {
    if (!(flags[i]! & T_LETTERS)) continue;
    const id = ids[i]!;
    const b = starts[i]!;
    // (a word judged before as no title start, or a word in no list whose first unit starts no
    // one-word title start: passed over before its separator is read)
    if (id !== 0 ? seen[id] === 2 : precise && ONE_WORD_FIRST[key.charCodeAt(b)] === 0) continue;
    if (b === 0) {
      if (from === 0) {
        const m = tryAt(i, 0);
        if (m) return m;
      }
      continue;
    }
    const c = key.charCodeAt(b - 1);
    if ((c & 0xfc00) === 0xdc00) {
      // a surrogate pair before: an emoji separator is two units
      if (b - 2 < from || (key.charCodeAt(b - 2) & 0xfc00) !== 0xd800 || !SEP_CHAR.test(key.slice(b - 2, b))) continue;
    } else if (b - 1 < from || !sepUnit(c)) continue;
    const m = tryAt(i, b);
    if (m) return m;
  }
  return null;
}

/** Title abbreviations as written: "PCT", "Phó GĐ", "TGĐ" (read by findTitles in title.ts). */
const ABBR = named(
  "person.title-abbr",
  new RegExp(`(?:${Object.keys(TITLE_ABBREVIATIONS).sort((a, b) => b.length - a.length).map((k) => k.replace(".", "\\.")).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "gu"),
);
/** ABBR tried (sticky) at one position. */
const ABBR_AT = new RegExp(ABBR.source, "uy");
/** First units of the abbreviations: a match starts with one (each a capital: test/people-scans.test.ts). */
export const ABBR_FIRST = new Uint8Array(65536);
for (const k of Object.keys(TITLE_ABBREVIATIONS)) ABBR_FIRST[k.charCodeAt(0)] = 1;
/**
 * The matches of a global scan of norm with ABBR that start a word (no letter, mark or digit
 * before), each searched for after the last one: as ABBR.exec in a loop that steps one unit past a
 * match inside a word. Such a match starts a word token, or lies inside a token of odd letters
 * (after a letter above U+FFFF, no word character to the edge test): ABBR is tried there only.
 * Every abbreviation starts with a capital, so the word tokens are those starting with one
 * (T_CAP): the index's capitalised and odd tokens are read, not the whole table.
 * `scan`: the global scan itself (the specification).
 */
export function abbrMatches(doc: Doc, scan = false): RegExpExecArray[] {
  const norm = doc.norm;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  if (scan) {
    ABBR.lastIndex = 0;
    while ((m = ABBR.exec(norm))) {
      if (wordBefore(norm, m.index)) ABBR.lastIndex = m.index + 1;
      else out.push(m);
    }
    return out;
  }
  const t = freshTokens(doc);
  let from = 0;
  const tryAt = (p: number): void => {
    if (p < from || !ABBR_FIRST[norm.charCodeAt(p)] || wordBefore(norm, p)) return;
    ABBR_AT.lastIndex = p;
    if ((m = ABBR_AT.exec(norm))) {
      out.push(m);
      from = ABBR_AT.lastIndex;
    }
  };
  const ix = peopleIndex(doc);
  for (const i of merged(ix.caps, ix.odd)) {
    if (t.flags[i]! & T_ODD) for (let p = t.start[i]!; p < t.end[i]!; p++) tryAt(p);
    else tryAt(t.start[i]!);
  }
  return out;
}
