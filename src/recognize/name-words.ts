/**
 * The words of a name candidate: a capitalised run split into tokens, and the tests read on one
 * word (case classes, Vietnamese syllable shape, foreign personal names).
 *
 *   "Phạm QuangHuy"  → "Phạm" "Quang" "Huy" (a glued capital splits a word of syllables)
 *   "Jean-Claude"    → one token (foreignWord); "Nội-Hải" → two (capitalised syllables)
 *   "Nguyễn"         → isSyllable; "Google", "Fujisaki" → not
 */
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { isHigh, isLow } from "./name-run.js";
import { lexicon, T_ODD, type Tokens } from "../text/tokens.js";
import { unitClass } from "./phrase.js";
import { named } from "../text/rx.js";

export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Lexicon id of `key` (0: in no word list): the document token's when the two are one. */
  id: number;
  /** Index of the document token that is this token whole (same start and end), or -1 (a part of a glued or hyphenated word). */
  ti: number;
  /**
   * All capitals ("THU", not "A"), computed once, on first use (isCaps): 1 yes, 0 no, -1 not yet.
   * Every token is made with the field, and it holds a small integer only, so that tokens keep one
   * shape (a field added on first use gave them two maps, and undefined turning into a boolean
   * changes the field's type: either way the readers of tokens deopted, "wrong map").
   */
  caps: number;
}

/**
 * fold(t.text) of a token of `doc`: its slice of doc.key when no letter or mark stands on either
 * side of it in the text (doc.key is foldNfc(doc.norm), which folds each run of letters and marks
 * on its own, and the token is then a whole run), else folded anew ("Huy" of a glued "QuangHuy").
 */
export function tokenFold(doc: Doc, t: Token): string {
  const norm = doc.norm;
  const whole = (t.start === 0 || !(unitClass(norm.charCodeAt(t.start - 1)) & 2) && !isLow(norm.charCodeAt(t.start - 1))) && (t.end >= norm.length || (!(unitClass(norm.charCodeAt(t.end)) & 2) && !isHigh(norm.charCodeAt(t.end))));
  // (t.text read and fold called on every path, fold("") a cache hit: a rare branch that read t.text
  // and called fold met no type feedback in optimised code, and deopted tokenFold and its inliners
  // mayBeAmong, foldedWords and recognizePeople)
  const text = t.text;
  const folded = fold(whole ? "" : text);
  return whole ? t.key : folded;
}

/**
 * `spec`: read names as before the token table was used (tests compare the two): every word split
 * by its characters, places and fixed names looked up by their joined folded words, names joined.
 */
export const nameReading = { spec: false };

/** A word of a foreign personal name: a capital then lower case, hyphenated parts allowed ("Jean-Claude", "Jung-sook"), an Ê Đê or Jrai "H'" before it ("H'Lan"). */
const FOREIGN_WORD = named("name-words.FOREIGN_WORD", /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u);

/** Per BMP code unit: 1 = \p{Lu}, 2 = \p{Ll}, 4 = toUpperCase changes it; 128 = not read yet. Surrogates: 0. */
const CASE = new Uint8Array(65536).fill(128);
const IS_LU = named("name-words.IS_LU", /^\p{Lu}$/u);
const IS_LL = named("name-words.IS_LL", /^\p{Ll}$/u);
function caseOf(c: number): number {
  let f = CASE[c]!;
  if (f === 128) {
    const ch = String.fromCharCode(c);
    CASE[c] = f = c >= 0xd800 && c <= 0xdfff ? 0 : (IS_LU.test(ch) ? 1 : 0) | (IS_LL.test(ch) ? 2 : 0) | (ch.toUpperCase() !== ch ? 4 : 0);
  }
  return f;
}
/**
 * FOREIGN_WORD.test(word), read over the units' case classes; with a surrogate in the word, the
 * pattern itself. `nameReading.spec`: always the pattern.
 */
export function foreignWord(word: string): boolean {
  const n = word.length;
  for (let k = 0; k < n; k++) if ((word.charCodeAt(k) & 0xf800) === 0xd800 || nameReading.spec) return FOREIGN_WORD.test(word);
  let p = 0;
  // (?:\p{Lu}['’])?\p{Lu}\p{Ll}+
  if (n >= 2 && caseOf(word.charCodeAt(0)) & 1 && (word.charCodeAt(1) === 39 || word.charCodeAt(1) === 0x2019)) p = 2;
  if (!(caseOf(word.charCodeAt(p)) & 1)) return false;
  p++;
  if (p >= n || !(caseOf(word.charCodeAt(p)) & 2)) return false;
  while (p < n && caseOf(word.charCodeAt(p)) & 2) p++;
  // (?:-\p{Lu}?\p{Ll}+)*$
  while (p < n && word.charCodeAt(p) === 45) {
    p++;
    if (p < n && caseOf(word.charCodeAt(p)) & 1) p++;
    if (p >= n || !(caseOf(word.charCodeAt(p)) & 2)) return false;
    while (p < n && caseOf(word.charCodeAt(p)) & 2) p++;
  }
  return p === n;
}

/** Vietnamese syllable shape (folded): onset, vowel nucleus, coda. Rejects "Google", "Fujisaki". */
const SYLLABLE = named("name-words.SYLLABLE", /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}(?:ch|ng|nh|[cmnpt])?$/u);

/** isSyllable's answers by word (the same words come back in every post: "Nguyễn", "Văn", "Hà"); cleared when large. */
const SYLLABLES = new Map<string, boolean>();
export function isSyllable(word: string): boolean {
  let r = SYLLABLES.get(word);
  if (r === undefined) {
    if (SYLLABLES.size >= 50_000) SYLLABLES.clear();
    SYLLABLES.set(word, (r = SYLLABLE.test(word.toLowerCase())));
  }
  return r;
}

/** A unit of \p{Lu} in norm[s, e), or a surrogate (a letter above U+FFFF, read by the regex): /\p{Ll}\p{Lu}/u may match a word only then. */
function innerCapital(norm: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = norm.charCodeAt(i);
    if (unitClass(c) & 1 || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/**
 * Split a capitalised run into tokens; a glued "QuangHuy" becomes two. The run starts at the
 * document token `first` of `toks`: a token that is a document token takes its id.
 */
export function tokenize(doc: Doc, start: number, text: string, toks: Tokens, first: number): Token[] {
  const key = doc.key;
  const out: Token[] = [];
  let pos = start;
  let j = first;
  const push = (s: number, t: string) => {
    const e = s + t.length;
    const k = key.slice(s, e);
    while (j < toks.count && toks.end[j]! <= s) j++;
    const whole = j < toks.count && toks.start[j] === s && toks.end[j] === e;
    out.push({ start: s, end: e, text: t, key: k, id: whole ? toks.id[j]! : lexicon.lookup(k), ti: whole ? j : -1, caps: -1 });
  };
  // the words between single spaces (as text.split(" "), without the array)
  for (let ws = 0; ws <= text.length; ) {
    let we = text.indexOf(" ", ws);
    if (we < 0) we = text.length;
    const word = text.slice(ws, we);
    ws = we + 1;
    // a word that is one document token with no capital glued on (T_ODD) is one token, the
    // document's: no "-" in it, and no lower-case letter before a capital to split at
    const e0 = pos + word.length;
    while (j < toks.count && toks.end[j]! <= pos) j++;
    if (!nameReading.spec && j < toks.count && toks.start[j] === pos && toks.end[j] === e0 && !(toks.flags[j]! & T_ODD)) {
      out.push({ start: pos, end: e0, text: word, key: key.slice(pos, e0), id: toks.id[j]!, ti: j, caps: -1 });
      pos = e0 + 1;
      continue;
    }
    // "Jean-Claude", "Sung-ho" (a lower-case part) stay one (foreign) token; "Nội-Hải" (capitalised
    // Vietnamese syllables) is two
    const hy = word.includes("-") ? word.split("-") : null;
    if (hy && hy.every((h) => isSyllable(h) && /^\p{Lu}/u.test(h))) {
      for (const h of hy) {
        push(pos, h);
        pos += h.length + 1;
      }
      continue;
    }
    const w = word;
    // only a word with a capital after its first letter can be glued (a capital differs from the key)
    let i = pos + 1;
    const e = pos + w.length;
    while (i < e && doc.norm.charCodeAt(i) === key.charCodeAt(i)) i++;
    const parts = i < e && (nameReading.spec || innerCapital(doc.norm, pos + 1, e)) && /\p{Ll}\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w) ? w.split(/(?<=\p{Ll})(?=\p{Lu})/u) : [w];
    const ok = parts.length > 1 && parts.every((p) => isSyllable(p) && /^\p{Lu}\p{Ll}*$/u.test(p));
    for (const p of ok ? parts : [w]) {
      push(pos, p);
      pos += p.length;
    }
    pos += 1;
  }
  return out;
}

/** All capitals (see Token.caps); a second unit that upper case changes says no at once (the whole text would change too). */
export const isCaps = (t: Token): boolean => {
  if (t.caps < 0) t.caps = t.text.length > 1 && !(caseOf(t.text.charCodeAt(1)) & 4) && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text) ? 1 : 0;
  return t.caps === 1;
};

/** The tokens' texts joined by single spaces: their slice of the text when one space stands between each (the texts are slices of norm). */
export function joined(norm: string, toks: Token[]): string {
  let slice = true;
  for (let k = 1; k < toks.length; k++) if (toks[k]!.start !== toks[k - 1]!.end + 1 || norm.charCodeAt(toks[k - 1]!.end) !== 32) slice = false;
  // (textsJoined called on every path, on two empty texts when the slice is the answer, which
  // joins nothing and makes no string: called in the rare branch alone, it met no call feedback in
  // optimised code and deopted candidate, which inlines joined; a primer at load did not help)
  const texts = textsJoined(slice ? TWO_EMPTY : toks);
  return slice ? norm.slice(toks[0]!.start, toks[toks.length - 1]!.end) : texts;
}
/** Two tokens of no text, of the tokens' shape (see joined). */
const TWO_EMPTY: Token[] = [
  { start: 0, end: 0, text: "", key: "", id: 0, ti: -1, caps: -1 },
  { start: 0, end: 0, text: "", key: "", id: 0, ti: -1, caps: -1 },
];
/** toks.map((t) => t.text).join(" ") as a loop (optimised code met map and join with no feedback, and deopted). */
function textsJoined(toks: Token[]): string {
  let s = toks.length ? toks[0]!.text : "";
  for (let k = 1; k < toks.length; k++) s += " " + toks[k]!.text;
  return s;
}
