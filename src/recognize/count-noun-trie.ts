/**
 * The longest listed counted noun (category.ts CATEGORY) at a position: "126 nhiệm vụ" → "nhiệm vụ",
 * "12 cán bộ, công chức" → "cán bộ, công chức", "35.214hội viên" → "hội viên".
 *
 * Two readings, the same result (property-tested in test/count-noun-trie.test.ts):
 *   listedNounInKey  reads words off the folded key with a pattern and grows the phrase as a string
 *   listedNounAt     walks a trie over folded word ids on the document's token table (tokens.ts),
 *                    with no slice and no string built; where the tokens do not cut the text as the
 *                    pattern does (a word glued to digits, "CNVC-LĐ", "đ/c", an odd token) it hands
 *                    the call to listedNounInKey.
 *
 * The walk: from `at` (after up to three spaces, tabs or opening quotes when `lead`), one word at
 * a time, each joined to the last by one or two spaces with a comma right after the word or not;
 * it stops at the first phrase that no listed noun starts with, and keeps the longest listed one.
 */
import type { Doc } from "../text/normalize.js";
import { IdTrie } from "../text/id-trie.js";
import { T_DIGITS, T_ODD, T_WORD, tokenAt } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { unitAt } from "../text/chars.js";
import { CATEGORY } from "./category.js";
import { named } from "../text/rx.js";

export interface ListedNoun {
  start: number;
  end: number;
  /** The listed noun, folded ("cán bộ, công chức"). */
  noun: string;
}

/** One word of a noun: letters, with inner "/" or "-" ("đ/c", "CNVC-LĐ"). */
const TOKEN = named("count-noun-trie.TOKEN", /(?:đ\/c|[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)(?![\p{L}\p{M}])/uy);
/** The longest listed noun a phrase may have, in words. */
const MAX_WORDS = Math.max(...[...CATEGORY.keys()].map((w) => w.split(" ").length));
/** Every word prefix of a listed noun ("cán", "cán bộ", "cán bộ giảng"): the walk stops when none fits. */
const PREFIXES = new Set<string>();
for (const w of CATEGORY.keys()) {
  const parts = w.split(" ");
  for (let k = 1; k <= parts.length; k++) PREFIXES.add(parts.slice(0, k).join(" "));
}
/**
 * The first words of the listed nouns by their first two units (one unit: a word of one letter): the
 * first word read must be one of them, so a pair that none starts with is a quick no.
 */
const FIRST_PAIRS = new Set<number>();
const FIRST_ONE = new Set<number>();
for (const w of PREFIXES) {
  if (w.includes(" ")) continue;
  if (w.length === 1) FIRST_ONE.add(w.charCodeAt(0));
  else FIRST_PAIRS.add(w.charCodeAt(0) * 65536 + w.charCodeAt(1));
}

/** Where the noun starts after a lead (/[ \t“"'‘]{0,3}/). */
export function afterLead(key: string, at: number): number {
  let i = at;
  while (i - at < 3) {
    const c = unitAt(key, i);
    if (c === 32 || c === 9 || c === 0x201c || c === 34 || c === 39 || c === 0x2018) i++;
    else break;
  }
  return i;
}

/** The longest listed noun starting at `at` (after a lead when `lead`), read off the key; else null. */
export function listedNounInKey(key: string, at: number, lead: boolean): ListedNoun | null {
  const start = lead ? afterLead(key, at) : at;
  // (the first TOKEN read starts with these units; a listed noun's first word does too)
  const c0 = unitAt(key, start);
  if (!FIRST_PAIRS.has(c0 * 65536 + unitAt(key, start + 1)) && !FIRST_ONE.has(c0)) return null;
  let i = start;
  let best: ListedNoun | null = null;
  let phrase = "";
  let sep = "";
  for (let k = 0; k < MAX_WORDS; k++) {
    TOKEN.lastIndex = i;
    const t = TOKEN.exec(key);
    if (!t) break;
    phrase += sep + t[0];
    if (!PREFIXES.has(phrase)) break;
    i += t[0].length;
    if (CATEGORY.has(phrase)) best = { start, end: i, noun: phrase };
    // GAP: /,? {1,2}/
    let j = i;
    if (unitAt(key, j) === 44) j++;
    if (unitAt(key, j) !== 32) break;
    j += unitAt(key, j + 1) === 32 ? 2 : 1;
    sep = key.charCodeAt(i) === 44 ? ", " : " ";
    i = j;
  }
  return best;
}

/**
 * The phrases the walk can build, as a trie over word ids (id-trie.ts): a path per listed noun,
 * its steps the words, the bit set on a word that comes after a comma. A word with other
 * characters than letters and marks ("đ/c", "cnvc-lđ") is never read as one token: the walk hands
 * such text to listedNounInKey, and the trie keeps only the words before it (a path that ends no
 * listed noun: the walk must get as far as the word to hand it over).
 */
const NOUNS = [...CATEGORY.keys()];
const PATHS = NOUNS.map((w) => {
  const words: string[] = [];
  const commas: number[] = [];
  let phrase = "";
  for (const [, sep, word] of w.matchAll(/(^|, | )([^ ,]+)/g)) {
    if (!/^[\p{L}\p{M}]+$/u.test(word!)) break;
    phrase += sep! + word!;
    words.push(word!);
    commas.push(sep === ", " ? 1 : 0);
  }
  return { words, commas, whole: phrase === w };
});
const TRIE = new IdTrie(
  PATHS.map((p) => p.words),
  PATHS.map((p) => p.commas),
  PATHS.map((p, k) => (p.whole ? k : -1)),
);

/** The longest listed noun starting at `at` (after a lead when `lead`): listedNounInKey on the token table. */
export function listedNounAt(doc: Doc, at: number, lead: boolean): ListedNoun | null {
  const key = doc.key;
  const start = lead ? afterLead(key, at) : at;
  const c0 = unitAt(key, start);
  if (!FIRST_PAIRS.has(c0 * 65536 + unitAt(key, start + 1)) && !FIRST_ONE.has(c0)) return null;
  const t = freshTokens(doc);
  const count = t.count;
  let ti = tokenAt(t, start);
  // (a start inside a token: the pattern reads letters glued to digits, "35.214hội viên")
  if (ti >= count || t.start[ti] !== start) return listedNounInKey(key, at, lead);
  let node = 0;
  let comma = 0;
  let best = -1;
  let bestEnd = 0;
  for (let k = 0; k < MAX_WORDS; k++) {
    const f = t.flags[ti]!;
    if (!(f & T_WORD)) break; // punctuation: no word
    const end = t.end[ti]!;
    const after = unitAt(key, end);
    // digits, an odd token, a word that goes on with "-" and a word ("cnvc-lđ"), or "đ/": the
    // pattern's cut, not the tokens' ("đồng/lượng" is cut the same: the word, then "/")
    if (f & (T_DIGITS | T_ODD) || (after === 45 && ti + 2 < count && t.start[ti + 2] === end + 1 && t.flags[ti + 2]! & T_WORD) || (after === 47 && end - t.start[ti]! === 1 && key.charCodeAt(end - 1) === 0x111))
      return listedNounInKey(key, at, lead);
    node = TRIE.step(node, t.id[ti]!, comma);
    if (node < 0) break;
    const e = TRIE.entry(node);
    if (e >= 0) {
      best = e;
      bestEnd = end;
    }
    // the gap: a comma right after the word or not, then one or two spaces, then the next token
    let j = end;
    comma = 0;
    if (after === 44) {
      j++;
      comma = 1;
    }
    if (unitAt(key, j) !== 32) break;
    j += unitAt(key, j + 1) === 32 ? 2 : 1;
    ti += 1 + comma;
    if (ti >= count || t.start[ti] !== j) break;
  }
  return best < 0 ? null : { start, end: bestEnd, noun: NOUNS[best]! };
}
