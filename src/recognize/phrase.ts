/**
 * Word-list look-ups at a position, without regex alternations (a big alternation of phrases is
 * slow to prove safe and slow to run): lists become sets of folded phrases and the text is read
 * word by word from the position.
 *
 *   phraseAt(doc, i, TITLES)     → end of the longest listed phrase starting at i ("phó chủ tịch"), or -1
 *   phraseBefore(doc, i, WORDS)  → start of the longest listed phrase ending at i, or -1
 * Words are runs of letters; "Giám đốcSở" reads as "giám đốc" + "sở" (a lower-case
 * letter followed by a capital splits a glued word).
 */
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { escapeRe, named } from "../text/rx.js";
import { IdTrie } from "../text/id-trie.js";
import { T_DIGITS, T_ODD, T_WORD, tokenAt, type Tokens } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";

export class PhraseSet {
  readonly set: ReadonlySet<string>;
  /** Every prefix of a listed phrase, in whole words: reading stops when none continues. */
  readonly prefixes: ReadonlySet<string>;
  /** Last words of listed phrases. */
  readonly suffixes: ReadonlySet<string>;
  readonly maxWords: number;
  /** First characters of listed phrases (folded): a position starting with another one is no match. */
  readonly firsts: ReadonlySet<string>;
  /** The same as code units: firstCodes[c] is 1 when a listed phrase starts with c. */
  readonly firstCodes: Uint8Array;
  /** The phrases as tries over the lexicon ids of their words, read forwards and backwards. */
  readonly forward: IdTrie;
  readonly backward: IdTrie;
  /** A listed word of 40 letters or more (phraseBefore reads at most 40): such lists are read by characters. */
  readonly longWords: boolean;
  constructor(list: readonly string[]) {
    const folded = list.map((w) => fold(w).trim().replace(/\s+/g, " ")).filter(Boolean);
    this.set = new Set(folded);
    const prefixes = new Set<string>();
    for (const w of folded) {
      const ws = w.split(" ");
      for (let i = 1; i <= ws.length; i++) prefixes.add(ws.slice(0, i).join(" "));
    }
    this.prefixes = prefixes;
    this.suffixes = new Set(folded.map((w) => w.split(" ").pop()!));
    this.maxWords = Math.max(1, ...folded.map((w) => w.split(" ").length));
    this.firsts = new Set(folded.map((w) => w[0]!));
    this.firstCodes = new Uint8Array(65536);
    for (const w of folded) this.firstCodes[w.charCodeAt(0)] = 1;
    // a phrase with a word that is not a run of letters and marks ("đ/c") is never read by the
    // word readers below (their words are such runs): it has no path in the tries
    const readable = folded.map((w) => w.split(" ")).filter((ws) => ws.every((x) => LETTER_RUN.test(x)));
    this.longWords = folded.some((w) => w.split(" ").some((x) => x.length >= 40));
    this.forward = new IdTrie(readable);
    this.backward = new IdTrie(readable.map((ws) => [...ws].reverse()));
  }
  has(phrase: string): boolean {
    return this.set.has(phrase);
  }
}
const LETTER_RUN = named("phrase.LETTER_RUN", /^[\p{L}\p{M}]+$/u);

/** Word sequences as a trie over lexicon ids: text/id-trie.ts (name.ts and org.ts read it from here). */
export { IdTrie } from "../text/id-trie.js";
const RUN = named("phrase.word", /[\p{L}\p{M}]+/uy);
const GLUE = named("phrase.GLUE", /[\p{Ll}\p{M}]\p{Lu}/u);
/** End of one word starting at p in norm (stops at a lower→upper transition), or p. */
function wordEnd(norm: string, key: string, p: number): number {
  RUN.lastIndex = p;
  if (!RUN.test(norm)) return p;
  const e = RUN.lastIndex;
  if (e - p < 2) return e;
  // a capital inside the word differs from its folded key: no difference, no glue (saves a slice)
  let i = p + 1;
  while (i < e && norm.charCodeAt(i) === key.charCodeAt(i)) i++;
  if (i === e) return e;
  const g = GLUE.exec(norm.slice(p + 1, e));
  return g ? p + 1 + g.index + 1 : e;
}

/** The last answer of tokenStarting: readers ask about one position for several lists in a row (readOrg: heads, fields, legal forms, stops, titles). */
let lastTable: Tokens | null = null;
let lastPos = -1;
let lastIndex = -1;
/** Index of the token starting at `pos`, or -1. */
function tokenStarting(t: Tokens, pos: number): number {
  if (t === lastTable && pos === lastPos) return lastIndex;
  const i = tokenAt(t, pos);
  lastTable = t;
  lastPos = pos;
  return (lastIndex = i < t.count && t.start[i] === pos ? i : -1);
}
/** Index of the token ending at `pos`, or -1. */
function tokenEnding(t: Tokens, pos: number): number {
  if (pos <= 0) return -1;
  const i = tokenAt(t, pos - 1);
  return i < t.count && t.end[i] === pos ? i : -1;
}
/** A word token a reader may take whole: letters and marks only, none glued on or above U+FFFF. */
const PLAIN = (f: number) => (f & (T_WORD | T_DIGITS | T_ODD)) === T_WORD;

/**
 * End of the longest phrase of `ps` starting at `pos` on a word edge, or -1.
 * `glued`: the phrase may be followed directly by a capitalised word ("đốcSở").
 *
 * Read on the token table: from a plain word token (see PLAIN) the words are tokens, joined by
 * one to three spaces, and matched by id. Elsewhere (not a token start, a token with digits, a
 * glued capital or an astral letter on the way) by characters: {@link phraseAtChars}, the
 * specification, which test/phrase.test.ts compares this with.
 */
export function phraseAt(doc: Doc, pos: number, ps: PhraseSet, glued = true): number {
  if (!ps.firstCodes[doc.key.charCodeAt(pos)]) return -1;
  const t = freshTokens(doc);
  const i = tokenStarting(t, pos);
  if (i < 0) return phraseAtChars(doc, pos, ps, glued);
  const f0 = t.flags[i]!;
  if (!(f0 & T_WORD)) return -1; // punctuation: no word starts here
  if (!PLAIN(f0) || ps.longWords) return phraseAtChars(doc, pos, ps, glued);
  const norm = doc.norm;
  const trie = ps.forward;
  let node = trie.next(0, t.id[i]!);
  if (node < 0) return -1;
  let best = trie.isEnd(node) ? t.end[i]! : -1;
  for (let j = i + 1; j < t.count; j++) {
    // one to three spaces, then a word token
    const gs = t.end[j - 1]!;
    const ge = t.start[j]!;
    if (ge - gs < 1 || ge - gs > 3) break;
    let k = gs;
    while (k < ge && norm.charCodeAt(k) === 32) k++;
    if (k < ge) break;
    const f = t.flags[j]!;
    if (!(f & T_WORD)) break;
    if (!PLAIN(f)) return phraseAtChars(doc, pos, ps, glued);
    node = trie.next(node, t.id[j]!);
    if (node < 0) break;
    if (trie.isEnd(node)) best = t.end[j]!;
  }
  return best;
}

/** {@link phraseAt} by characters (the specification; also the way for words the token table does not hold whole). */
export function phraseAtChars(doc: Doc, pos: number, ps: PhraseSet, glued = true): number {
  const { norm, key } = doc;
  if (!ps.firstCodes[key.charCodeAt(pos)]) return -1;
  // (class bits of single code units: the same as the regex tests of one-character strings)
  if (pos > 0 && unitClass(norm.charCodeAt(pos - 1)) & 6 && !(unitClass(norm.charCodeAt(pos)) & 1 && unitClass(norm.charCodeAt(pos - 1)) & 8)) return -1;
  let best = -1;
  let p = pos;
  let phrase = "";
  for (let n = 0; n < ps.maxWords; n++) {
    if (n > 0) {
      let q = p;
      while (q < norm.length && q - p < 3 && (norm.charCodeAt(q) === 32 || norm.charCodeAt(q) === 9)) q++;
      if (q === p && !(p < norm.length && unitClass(norm.charCodeAt(p)) & 1 && unitClass(norm.charCodeAt(p - 1)) & 8)) break;
      p = q;
    }
    const e = wordEnd(norm, key, p);
    if (e === p) break;
    const w = key.slice(p, e);
    phrase = n ? `${phrase} ${w}` : w;
    p = e;
    if (!ps.prefixes.has(phrase)) break;
    if (ps.set.has(phrase) && (p >= norm.length || !(unitClass(norm.charCodeAt(p)) & 6) || (glued && unitClass(norm.charCodeAt(p)) & 1))) best = p;
  }
  return best;
}

/**
 * Start of the longest phrase of `ps` ending exactly at `end`, or -1: words of letters and marks
 * read backwards in the folded key over spaces (at most 200 characters back from `end`).
 * On the token table where the words are tokens; by characters ({@link phraseBeforeChars})
 * where they are not.
 */
export function phraseBefore(doc: Doc, end: number, ps: PhraseSet): number {
  const t = freshTokens(doc);
  let j = tokenEnding(t, end);
  if (j < 0 || !PLAIN(t.flags[j]!) || ps.longWords) return phraseBeforeChars(doc.key, end, ps);
  const key = doc.key;
  const trie = ps.backward;
  let node = trie.next(0, t.id[j]!);
  if (node < 0) return -1;
  let best = trie.isEnd(node) ? t.start[j]! : -1;
  for (j--; j >= 0; j--) {
    // spaces only, the word before them ending at most 200 characters before `end`
    const gs = t.end[j]!;
    const ge = t.start[j + 1]!;
    if (ge === gs || end - gs > 200) break;
    let k = gs;
    while (k < ge && key.charCodeAt(k) === 32) k++;
    if (k < ge) break;
    const f = t.flags[j]!;
    if (!(f & T_WORD)) break;
    // a word with digits ends the reading (its letters after the digits are no phrase's word: a
    // digit before them); so does one of 40 letters or more (no listed word is that long)
    if (f & T_DIGITS || t.end[j]! - t.start[j]! >= 40) break;
    if (f & T_ODD) return phraseBeforeChars(key, end, ps);
    node = trie.next(node, t.id[j]!);
    if (node < 0) break;
    if (trie.isEnd(node)) best = t.start[j]!;
  }
  return best;
}
/** {@link phraseBefore} by characters on the folded key (the specification). */
export function phraseBeforeChars(key: string, end: number, ps: PhraseSet): number {
  let best = -1;
  let s = end;
  let phrase = "";
  for (let n = 0; n < ps.maxWords; n++) {
    let e = s;
    if (n > 0) {
      while (e > 0 && end - e < 200 && (key[e - 1] === " " || key[e - 1] === "\t")) e--;
      if (e === s) break;
    }
    let b = e;
    while (b > 0 && e - b < 40 && unitClass(key.charCodeAt(b - 1)) & 2) b--;
    if (b === e) break;
    phrase = n ? `${key.slice(b, e)} ${phrase}` : key.slice(b, e);
    s = b;
    if (n === 0 && !ps.suffixes.has(phrase)) break;
    if (ps.set.has(phrase) && !(b > 0 && unitClass(key.charCodeAt(b - 1)) & 6)) best = b;
  }
  return best;
}

/** Per UTF-16 code unit: 1 = \p{Lu}, 2 = [\p{L}\p{M}], 4 = \p{N}, 8 = [\p{Ll}\p{M}]; 128 = not read yet (filled on first use). Surrogates: 0. */
const CLS = new Uint8Array(65536).fill(128);
const IS_LU = named("phrase.IS_LU", /^\p{Lu}$/u);
const IS_LM = named("phrase.IS_LM", /^[\p{L}\p{M}]$/u);
const IS_N = named("phrase.IS_N", /^\p{N}$/u);
const IS_LL_M = named("phrase.IS_LL_M", /^[\p{Ll}\p{M}]$/u);
/** The class bits (see CLS) of one character (a code point). */
export const classOf = (ch: string): number => (IS_LU.test(ch) ? 1 : 0) | (IS_LM.test(ch) ? 2 : 0) | (IS_N.test(ch) ? 4 : 0) | (IS_LL_M.test(ch) ? 8 : 0);
/** The class bits of a code unit: a lone surrogate is none of them (as a one-unit string tested with a `u` regex). */
export const unitClass = (c: number): number => {
  const f = CLS[c]!;
  return f & 128 ? (CLS[c] = c >= 0xd800 && c <= 0xdfff ? 0 : classOf(String.fromCharCode(c))) : f;
};
/** A letter, mark or digit right before `i` (the left word edge test, done in JS: a regex that starts with a lookbehind is slow). */
export function wordBefore(s: string, i: number): boolean {
  // past the end: true, as the regex test of `undefined` (the word "undefined") was
  return i > 0 && (i > s.length || (unitClass(s.charCodeAt(i - 1)) & 6) !== 0);
}

interface TrieNode {
  end: boolean;
  kids: Map<string, TrieNode>;
}
/**
 * A word list as a regex source factored into a trie ("ban(?:\s+chấp\s+hành)?|bộ…"): the same
 * longest-first matching as a sorted alternation, but each position is dispatched on one
 * character instead of trying every word. Spaces in phrases become `space`.
 */
export function trieSource(list: readonly string[], space = "\\s+"): string {
  const root: TrieNode = { end: false, kids: new Map() };
  for (const w of new Set(list)) {
    let n = root;
    for (const ch of w) {
      let k = n.kids.get(ch);
      if (!k) n.kids.set(ch, (k = { end: false, kids: new Map() }));
      n = k;
    }
    n.end = true;
  }
  const emit = (n: TrieNode): string => {
    const alts = [...n.kids].map(([ch, k]) => (ch === " " ? space : escapeRe(ch)) + emit(k));
    if (!alts.length) return "";
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join("|")})`;
    if (!n.end) return body;
    return alts.length === 1 ? `(?:${body})?` : `${body}?`;
  };
  return `(?:${emit(root)})`;
}

/** The folded first words of a list of phrases ("Bằng khen" and "bằng lao động" → {"bang"}, folded). */
export function firstWordsOf(list: readonly string[]): Set<string> {
  return new Set(list.map((w) => fold(w).trim().split(/\s+/)[0]!));
}

/**
 * A quick necessary test for "a listed word starts here": its first two code units. Used to pick
 * the positions where a sticky pattern is tried (a false positive only costs a try).
 */
export class StartSet {
  /** Per first code unit: 0 = no word, 255 = any second unit, else a row of `second`. */
  private readonly first = new Uint8Array(65536);
  private readonly second: Uint8Array;
  constructor(list: readonly string[]) {
    const rows: string[] = [];
    for (const w of list) if (w.length >= 2 && !/\s/.test(w[1]!) && !rows.includes(w[0]!)) rows.push(w[0]!);
    if (rows.length > 254) throw new Error("StartSet: too many first characters");
    this.second = new Uint8Array(rows.length * 256);
    for (const w of list) {
      const c = w.charCodeAt(0);
      if (w.length < 2 || /\s/.test(w[1]!)) this.first[c] = 255;
      else {
        const k = rows.indexOf(w[0]!) + 1;
        if (this.first[c] !== 255) this.first[c] = k;
        this.second[(k - 1) * 256 + StartSet.bucket(w.charCodeAt(1))] = 1;
      }
    }
  }
  private static bucket(c: number): number {
    return (c ^ (c >> 8)) & 255;
  }
  /** May a listed word start with code units c1, c2? */
  may(c1: number, c2: number): boolean {
    const k = this.first[c1]!;
    return k === 255 || (k !== 0 && this.second[(k - 1) * 256 + StartSet.bucket(c2)] === 1);
  }
}

