/**
 * Word-list look-ups at a position, without regex alternations (a big alternation of phrases is
 * slow to prove safe and slow to run): lists become sets of folded phrases and the text is read
 * word by word from the position.
 *
 *   phraseAt(doc, i, TITLES)     → end of the longest listed phrase starting at i ("phó chủ tịch"), or -1
 *   phraseBefore(key, i, WORDS)  → start of the longest listed phrase ending at i, or -1
 * Words are runs of letters; "Giám đốcSở" reads as "giám đốc" + "sở" (a lower-case
 * letter followed by a capital splits a glued word).
 */
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { escapeRe, named } from "../text/rx.js";

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
  }
  has(phrase: string): boolean {
    return this.set.has(phrase);
  }
}


const RUN = named("phrase.word", /[\p{L}\p{M}]+/uy);
const GLUE = /[\p{Ll}\p{M}]\p{Lu}/u;
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

/** Per document: where the word at a position ends (+1; 0 = not read yet) and its folded key — read once, shared by every list. */
const words = new WeakMap<Doc, { ends: Int32Array; keys: Map<number, string> }>();
let lastDoc: Doc | null = null;
let lastWords: { ends: Int32Array; keys: Map<number, string> } | null = null;

/**
 * End of the longest phrase of `ps` starting at `pos` on a word edge, or -1.
 * `glued`: the phrase may be followed directly by a capitalised word ("đốcSở").
 */
export function phraseAt(doc: Doc, pos: number, ps: PhraseSet, glued = true): number {
  const { norm, key } = doc;
  if (!ps.firstCodes[key.charCodeAt(pos)]) return -1;
  let wc = lastDoc === doc ? lastWords! : words.get(doc);
  if (!wc) words.set(doc, (wc = { ends: new Int32Array(norm.length + 1), keys: new Map() }));
  lastDoc = doc;
  lastWords = wc;
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
    let e1 = wc.ends[p]!;
    if (e1 === 0) wc.ends[p] = e1 = wordEnd(norm, key, p) + 1;
    const e = e1 - 1;
    if (e === p) break;
    let w = wc.keys.get(p);
    if (w === undefined) wc.keys.set(p, (w = key.slice(p, e)));
    phrase = n ? `${phrase} ${w}` : w;
    p = e;
    if (!ps.prefixes.has(phrase)) break;
    if (ps.set.has(phrase) && (p >= norm.length || !(unitClass(norm.charCodeAt(p)) & 6) || (glued && unitClass(norm.charCodeAt(p)) & 1))) best = p;
  }
  return best;
}

/** Start of the longest phrase of `ps` ending exactly at `end`, or -1. */
export function phraseBefore(key: string, end: number, ps: PhraseSet): number {
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
const IS_LU = /^\p{Lu}$/u;
const IS_LM = /^[\p{L}\p{M}]$/u;
const IS_N = /^\p{N}$/u;
const IS_LL_M = /^[\p{Ll}\p{M}]$/u;
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

