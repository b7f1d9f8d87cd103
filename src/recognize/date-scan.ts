/**
 * Scanning helpers shared by the date recognisers: a left word edge tested in code (no leading
 * lookbehind, which makes V8 try a pattern at every position), and a pattern anchored at the end
 * of a short text tried only at its last word starts.
 */
import type { Doc } from "../text/normalize.js";
import { named, rx } from "../text/rx.js";
import { WORD, cls } from "../text/chars.js";
import { T_ODD, T_WORD } from "../text/tokens.js";
import { freshTokens } from "../text/words.js";
import { markedTokens } from "./number-tokens.js";

const LMN = named("date-scan.LMN", /[\p{L}\p{M}\p{N}]/u);

/** A year of 19xx or 20xx, not followed by a word character or a separator and a digit (sticky). */
const BARE_YEAR = named("date.bare-year", new RegExp(rx`(?<y>(?:19|20)\d\d)(?![\p{L}\p{M}\p{N}]|[/.,]\d)`.source, "uy"));
const NOT_BEFORE_YEAR = named("date-scan.NOT_BEFORE_YEAR", /[\p{L}\p{M}\p{N}/.,]/u);

/**
 * Where a bare year starts ("2017" in "năm 2017", "(2012-2016)"): the matches of BARE_YEAR over
 * the whole key with no letter, mark, digit, "/", "." or "," before them. Such a match starts a
 * word token (four digits inside a token have a digit or letter before them, and hide no token
 * start), so BARE_YEAR is tried there only; in a token of odd letters (a character above
 * U+FFFF, which the test of the unit before reads as no letter) at each position.
 */
export function bareYears(doc: Doc): number[] {
  const key = doc.key;
  const tt = freshTokens(doc);
  const out: number[] = [];
  let from = 0;
  const tryAt = (at: number): void => {
    const c = key.charCodeAt(at);
    if (at < from || (c !== 49 && c !== 50)) return;
    BARE_YEAR.lastIndex = at;
    if (!BARE_YEAR.test(key)) return;
    from = at + 4;
    if (!(at > 0 && NOT_BEFORE_YEAR.test(key[at - 1]!))) out.push(at);
  };
  // (only marked tokens, number-tokens.ts: those with a digit or an odd letter are)
  const marked = markedTokens(doc);
  for (let mi = 0; mi < marked.length; mi++) {
    const ti = marked[mi]!;
    const f = tt.flags[ti]!;
    if (!(f & T_WORD)) continue;
    if (f & T_ODD) for (let at = tt.start[ti]!; at < tt.end[ti]!; at++) tryAt(at);
    else tryAt(tt.start[ti]!);
  }
  return out;
}

/** Whether the code point before `at` is a letter, mark or digit. */
export function wordCharBefore(s: string, at: number): boolean {
  if (at <= 0) return false;
  const c = s.charCodeAt(at - 1);
  // (a unit's class from the table of text/chars.ts, WORD being \p{L}, \p{M} and \p{N}: the
  // comparisons by range it replaces had branches few texts reach, first taken after V8 had
  // optimised the callers, which it then threw away)
  if (c < 0xdc00 || c > 0xdfff || at < 2) return (cls(c) & WORD) !== 0;
  return LMN.test(String.fromCodePoint(s.codePointAt(at - 2)!));
}

/**
 * The matches of a global pattern that start at a left word edge: the same matches as the
 * pattern with (?<![\p{L}\p{M}\p{N}]) in front, found without trying it at every position.
 */
export function* edged(s: string, re: RegExp, from = 0): Generator<RegExpExecArray> {
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (wordCharBefore(s, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
    re.lastIndex = m.index + Math.max(1, m[0].length);
  }
}

/**
 * re.exec(s) for a pattern written `${L}…$` (sticky here: flags "uy") whose matches span at most
 * `maxWords` runs of letters and digits: a match starts at a word start, so only the last
 * `maxWords` word starts are tried, leftmost first, instead of every position of `s`.
 * `firsts`: the words (folded, all letters) every match starts with, each followed in the pattern by
 * no letter or digit: a start whose run of letters and digits is none of them is passed over.
 */
export function execAtEnd(re: RegExp, s: string, maxWords: number, firsts?: ReadonlySet<string>): RegExpExecArray | null {
  // the word starts of the last string asked about are kept: callers test several patterns on one
  if (s !== lastEndText || lastEndWords < maxWords) {
    lastEndStarts.length = 0;
    let i = s.length;
    let inWord = false;
    for (; i > 0; i--) {
      const w = wordCharBefore(s, i);
      if (w === inWord) continue;
      if (inWord) {
        lastEndStarts.push(i);
        if (lastEndStarts.length === maxWords) break;
      }
      inWord = w;
    }
    if (i === 0 && inWord && lastEndStarts.length < maxWords) lastEndStarts.push(0);
    lastEndText = s;
    lastEndWords = maxWords;
  }
  for (let k = Math.min(maxWords, lastEndStarts.length) - 1; k >= 0; k--) {
    const st = lastEndStarts[k]!;
    if (firsts) {
      let e = st;
      while (e < s.length && wordCharBefore(s, e + 1)) e++;
      if (!firsts.has(s.slice(st, e))) continue;
    }
    re.lastIndex = st;
    const m = re.exec(s);
    if (m) return m;
  }
  return null;
}
let lastEndText = "";
let lastEndWords = 0;
const lastEndStarts: number[] = [];
