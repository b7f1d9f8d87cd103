/**
 * The letter and space tests of the figure and date scans read a unit's class from the table of
 * src/text/chars.ts (issue 14, the warm-up: their comparisons by range had branches few texts
 * reach, first taken after V8 had optimised their callers). Each is checked here against the
 * reading it replaced (the references below, the old code): on every UTF-16 unit alone, on
 * surrogate pairs, and at every position of random texts of letters, marks, digits, spaces,
 * surrogates and other scripts.
 */
import { describe, test } from "vitest";
import fc from "fast-check";
import { isLetterOrMark, isSpace, letterRunEnd, spacedWordEnd } from "../src/recognize/count-words.js";
import { wordBefore } from "../src/recognize/number-context.js";
import { isDigitAt } from "../src/recognize/number-convention.js";
import { wordCharBefore } from "../src/recognize/date-scan.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LMN = /[\p{L}\p{M}\p{N}]/u;

function isSpaceRef(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
function letterRunEndRef(s: string, at: number): number {
  let i = at;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f)) {
      i++;
      continue;
    }
    if (c < 0x80) break;
    const cp = s.codePointAt(i)!;
    if (!LETTER_OR_MARK.test(String.fromCodePoint(cp))) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
// (the old spacedWordEnd; its letter test, isLetterOrMark, is the one it still calls: only the
// second space's step changed)
function spacedWordEndRef(key: string, at: number, cap: number): number {
  const limit = Math.min(key.length, at + cap);
  let i = at;
  if (key.charCodeAt(i) !== 32) return -1;
  i++;
  if (key.charCodeAt(i) === 32) i++;
  const s = i;
  while (i < limit && isLetterOrMark(key, i)) i++;
  return i > s ? i : -1;
}
function wordCharBeforeRef(s: string, at: number): boolean {
  if (at <= 0) return false;
  const c = s.charCodeAt(at - 1);
  if (c < 0x80) {
    const l = c | 32;
    return (l >= 97 && l <= 122) || (c >= 48 && c <= 57);
  }
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f)) return true;
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) return LMN.test(String.fromCodePoint(s.codePointAt(at - 2)!));
  return LMN.test(s[at - 1]!);
}
function isLetterAtRef(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  return LETTER_OR_MARK.test(s[i]!);
}
/** number-context's wordBefore as it read, without its memo. */
function wordBeforeRef(key: string, pos: number, k: number): { w: string; s: number } | undefined {
  const list: { w: string; s: number }[] = [];
  let at = pos;
  while (list.length <= k) {
    let j = at;
    while (j > 0 && key.charCodeAt(j - 1) === 32) j--;
    let q = j;
    while (q > 0 && isLetterAtRef(key, q - 1)) q--;
    if (j === at || q === j || (q > 0 && isDigitAt(key, q - 1))) break;
    list.push({ w: key.slice(q, j), s: q });
    at = q;
  }
  return list[k];
}

/** Units of every kind the scans meet, surrogate halves and pairs among them. */
const UNITS = [
  "a", "Z", "đ", "ệ", "ữ", "ß", "µ", "ª", "\u0301", "\u0323", "\u20d0", "7", "٣", "Ⅻ", "½", " ", " ", "\u00a0", "\u2003", "\u3000", "\t", "\n",
  ".", ",", "-", "/", "×", "÷", "…", "“", "α", "Ж", "中", "ا", "ँ", "\ud835\udc00", "\ud83d\ude00", "\ud800\udf30", "\ud835", "\udc00", "\uffff",
];
const texts = fc.array(fc.constantFrom(...UNITS), { maxLength: 14 }).map((a) => a.join(""));

describe("char-class scans read as before", () => {
  test("isSpace on every unit, and off the string (-1, NaN)", () => {
    for (let c = 0; c < 0x10000; c++) expectIs(isSpace(c), isSpaceRef(c), `U+${c.toString(16)}`);
    expectIs(isSpace(-1), false);
    expectIs(isSpace(NaN), false);
  });

  test("letterRunEnd, spacedWordEnd and wordCharBefore on every unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      expectIs(letterRunEnd(s, 1), letterRunEndRef(s, 1), `U+${c.toString(16)}`);
      expectIs(wordCharBefore(s, 2), wordCharBeforeRef(s, 2), `U+${c.toString(16)}`);
      expectIs(spacedWordEnd(` ${s}`, 0, 20), spacedWordEndRef(` ${s}`, 0, 20), `U+${c.toString(16)}`);
    }
  });

  test("wordBefore's letters on every unit alone", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `x${String.fromCharCode(c)}y 5`;
      for (let k = 0; k < 2; k++) expectEqual(wordBefore(s, s.length - 1, k), wordBeforeRef(s, s.length - 1, k), `U+${c.toString(16)} k ${k}`);
    }
  });

  test("at every position of random texts", () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 30 }), (s, cap) => {
        for (let at = 0; at <= s.length; at++) {
          expectIs(letterRunEnd(s, at), letterRunEndRef(s, at));
          expectIs(wordCharBefore(s, at), wordCharBeforeRef(s, at));
          expectIs(spacedWordEnd(s, at, cap), spacedWordEndRef(s, at, cap));
          for (let k = 0; k < 3; k++) expectEqual(wordBefore(s, at, k), wordBeforeRef(s, at, k));
        }
      }),
      { numRuns: 400 },
    );
  });
});
