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
  }
  has(phrase: string): boolean {
    return this.set.has(phrase);
  }
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /[\p{Ll}\p{M}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

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

/**
 * End of the longest phrase of `ps` starting at `pos` on a word edge, or -1.
 * `glued`: the phrase may be followed directly by a capitalised word ("đốcSở").
 */
export function phraseAt(doc: Doc, pos: number, ps: PhraseSet, glued = true): number {
  const { norm, key } = doc;
  if (!ps.firsts.has(key[pos]!)) return -1;
  let wc = words.get(doc);
  if (!wc) words.set(doc, (wc = { ends: new Int32Array(norm.length + 1), keys: new Map() }));
  if (pos > 0 && isWordChar(norm[pos - 1]) && !(UPPER.test(norm[pos] ?? "") && LOWER.test(norm[pos - 1]!))) return -1;
  let best = -1;
  let p = pos;
  let phrase = "";
  for (let n = 0; n < ps.maxWords; n++) {
    if (n > 0) {
      let q = p;
      while (q < norm.length && q - p < 3 && (norm[q] === " " || norm[q] === "\t")) q++;
      if (q === p && !(UPPER.test(norm[p] ?? "") && LOWER.test(norm[p - 1] ?? ""))) break;
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
    if (ps.has(phrase) && (!isWordChar(norm[p]) || (glued && UPPER.test(norm[p]!)))) best = p;
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
    while (b > 0 && e - b < 40 && LETTER.test(key[b - 1]!)) b--;
    if (b === e) break;
    phrase = n ? `${key.slice(b, e)} ${phrase}` : key.slice(b, e);
    s = b;
    if (n === 0 && !ps.suffixes.has(phrase)) break;
    if (ps.has(phrase) && !isWordChar(key[b - 1])) best = b;
  }
  return best;
}

/** A letter, mark or digit right before `i` (the left word edge test, done in JS: a regex that starts with a lookbehind is slow). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
export function wordBefore(s: string, i: number): boolean {
  return i > 0 && WORD_CHAR.test(s[i - 1]!);
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
