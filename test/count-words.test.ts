/**
 * count-words.ts reads by hand what count.ts once matched with a regex: wordsAfter (WORD_AFTER, a
 * lower-case word after a number and the word after it) and loneLetterBefore (LONE_LETTER_BEFORE,
 * "m 3", "x 2"). Both checked against the regex at every position of random texts: Vietnamese and
 * Latin letters in both cases, marks, astral letters, lone surrogates, white space of all kinds.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { loneLetterBefore, WORD_AFTER, wordsAfter } from "../src/recognize/count-words.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

const PIECES = ["a", "B", "đ", "Đ", "ở", "ơ", "x", "m", "cây", "Xanh", "𝑎", "𝐀", "\u0301", "\ud800", "\udc00", "ß", "ǅ", "ª", "1", "2", "-", ".", ",", "/", " ", " ", "  ", "\t", "\n", "\u00a0", "\u3000"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((ps) => ps.join(""));
const LONE = /(?:^|[^\p{L}])(?!ở)\p{L}\s{1,2}$/u;

describe("count words read by hand agree with their patterns", () => {
  test("wordsAfter = WORD_AFTER (sticky) at every position", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (let at = 0; at <= s.length; at++) {
          WORD_AFTER.lastIndex = at;
          const m = WORD_AFTER.exec(s);
          const got = wordsAfter(s, at);
          if (!m) {
            expectIs(got, null);
            continue;
          }
          const g = m.groups!;
          const w = at + m[0].indexOf(g.w!);
          const end = at + m[0].length;
          expectEqual(got, { w, wEnd: w + g.w!.length, w2End: g.w2 ? end : w + g.w!.length });
        }
      }),
      { numRuns: 3000 },
    );
  });
  test("loneLetterBefore = LONE_LETTER_BEFORE on the 24 units before", () => {
    fc.assert(
      fc.property(text, (s) => {
        for (let at = 0; at <= s.length; at++) {
          const from = Math.max(0, at - 24);
          expectIs(loneLetterBefore(s, from, at, LONE), LONE.test(s.slice(from, at)));
        }
      }),
      { numRuns: 3000 },
    );
  });
  test("real text", () => {
    expect(wordsAfter("5 cây xanh", 1)).toEqual({ w: 2, wEnd: 5, w2End: 10 });
    expect(wordsAfter("5  Cây", 1)).toBeNull();
    expect(loneLetterBefore("m 3 khí", 0, 2, LONE)).toBe(true);
    expect(loneLetterBefore("ở 22 lĩnh vực", 0, 2, LONE)).toBe(false);
    expect(loneLetterBefore("có 3 cột", 0, 3, LONE)).toBe(false);
  });
});
