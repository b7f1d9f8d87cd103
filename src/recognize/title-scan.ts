/**
 * Where titles start: the title pattern (TITLE) tried at the word tokens after a separator where a
 * title start is spelled: the tokens whose word may start a title (judged once per lexicon id in
 * title-first.ts), listed by the people index in its one walk of the token table.
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
import { idTable } from "../text/id-trie.js";
import { freshTokens } from "../text/words.js";
import { merged, peopleIndex } from "./people-index.js";
import { StartSet, trieSource, wordBefore } from "./phrase.js";
import { ONE_WORD, TITLE_STARTS, titleFirstId, UnitTrie } from "./title-first.js";
import { TITLES, TITLE_ABBREVIATIONS, TITLE_PREFIXES, TITLE_SUFFIXES } from "../lexicon/titles.js";
import { none } from "../text/lists.js";

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
/**
 * Whether TITLE may match at the word token i (starting at b) of doc (`precise`; off: the quick
 * test of the first units, as before): by the judgement of its word (title-first.ts), and for a
 * word in no list, by a one-word title start glued to more letters.
 */
export function titleMayStart(doc: Doc, t: Tokens, i: number, b: number, precise = true): boolean {
  const key = doc.key;
  if (b + 1 >= key.length) return false;
  if (!precise) return mayStart(key, b);
  const id = t.id[i]!;
  if (id === 0) return mayStart(key, b) && ONE_WORD.prefixAt(key, b);
  return titleFirstId(id);
}
const SEP_CHAR = named("title-scan.SEP_CHAR", new RegExp(`^[${SEPARATORS}]$`, "u"));
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
  // (with `precise` only the tokens of the people index's list are tried, and at each of them
  // titleMayStart holds but for its end-of-text test: test/people-index.test.ts)
  const tryAt = (i: number, b: number): RegExpExecArray | null => {
    if (precise ? b + 1 >= key.length || !MATCH_HEADS.prefixAt(key, b) : !titleMayStart(doc, t, i, b, false)) return null;
    TITLE.lastIndex = b;
    return TITLE.exec(key);
  };
  /** The match at word token i, if it starts after a separator at or after `from` (or at 0 when `from` is 0). */
  const visit = (i: number): RegExpExecArray | null => {
    const b = t.start[i]!;
    if (b === 0) return from === 0 ? tryAt(i, 0) : null;
    const c = key.charCodeAt(b - 1);
    if ((c & 0xfc00) === 0xdc00) {
      // a surrogate pair before: an emoji separator is two units
      if (b - 2 < from || (key.charCodeAt(b - 2) & 0xfc00) !== 0xd800 || !SEP_CHAR.test(key.slice(b - 2, b))) return null;
    } else if (b - 1 < from || !sepUnit(c)) return null;
    return tryAt(i, b);
  };
  // the first token whose separator (the unit before it) is at or after `from`: with `precise`,
  // of the tokens the people index lists as possible title starts (peopleIndex titles: the word
  // tokens whose word may start a title, title-first.ts), read in the walk it makes anyway; else
  // of every token with a letter
  const first = tokenAt(t, from);
  let m: RegExpExecArray | null;
  if (precise) {
    const list = peopleIndex(doc).titles;
    for (let k = firstAtOrAfter(list, first); k < list.length; k++) if ((m = visit(list[k]!))) return m;
  } else {
    const { flags, count } = t;
    for (let i = first; i < count; i++) if (flags[i]! & T_LETTERS && (m = visit(i))) return m;
  }
  return null;
}

/** The first index k of a sorted list with list[k] >= x (list.length when none). */
function firstAtOrAfter(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Title abbreviations as written: "PCT", "Phó GĐ", "TGĐ" (read by findTitles in title.ts). */
const ABBR = named(
  "person.title-abbr",
  new RegExp(`(?:${Object.keys(TITLE_ABBREVIATIONS).sort((a, b) => b.length - a.length).map((k) => k.replace(".", "\\.")).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "gu"),
);
/** ABBR tried (sticky) at one position. */
const ABBR_AT = named("title-scan.ABBR_AT", new RegExp(ABBR.source, "uy"));
/** First units of the abbreviations: a match starts with one (each a capital: test/people-scans.test.ts). */
export const ABBR_FIRST = new Uint8Array(65536);
for (const k of Object.keys(TITLE_ABBREVIATIONS)) ABBR_FIRST[k.charCodeAt(0)] = 1;
/**
 * The lexicon ids of the abbreviations' first words, folded: their first run of letters, marks
 * and digits ("pct", "phó" of "Phó GĐ", "p" of "P.TGĐ", "chánh" of "Chánh VP"). A match at the
 * start of a word token of plain letters is followed by no letter, mark or digit, so that token
 * (a maximal run of them) is the abbreviation's first run as written, and its id is one of these.
 */
export const ABBR_FIRST_IDS = idTable(Object.keys(TITLE_ABBREVIATIONS).map((k) => lexicon.intern(fold(/^[\p{L}\p{M}\p{N}]+/u.exec(k)![0]))));
/**
 * The matches of a global scan of norm with ABBR that start a word (no letter, mark or digit
 * before), each searched for after the last one: as ABBR.exec in a loop that steps one unit past a
 * match inside a word. Such a match starts a word token, or lies inside a token of odd letters
 * (after a letter above U+FFFF, no word character to the edge test): ABBR is tried there only.
 * Every abbreviation starts with a capital, so the word tokens are those starting with one
 * (T_CAP): the index's capitalised and odd tokens are read, not the whole table, and of the
 * capitalised tokens of plain letters only those with the id of an abbreviation's first word
 * (ABBR_FIRST_IDS): most capitalised words ("Phòng", "Tỉnh", names) are passed over by their id.
 * `scan`: the global scan itself (the specification).
 */
export function abbrMatches(doc: Doc, scan = false): RegExpExecArray[] {
  const norm = doc.norm;
  // (a list for objects from the start: an empty [] took another map when the first match came, and optimised code deopted, "wrong map")
  const out: RegExpExecArray[] = none();
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
  const firstIds = ABBR_FIRST_IDS;
  for (const i of merged(ix.caps, ix.odd)) {
    if (t.flags[i]! & T_ODD) for (let p = t.start[i]!; p < t.end[i]!; p++) tryAt(p);
    else if (t.id[i]! < firstIds.length && firstIds[t.id[i]!] === 1) tryAt(t.start[i]!);
  }
  return out;
}
