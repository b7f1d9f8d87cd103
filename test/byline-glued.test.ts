/**
 * The signature glued on at the end of a post ("… vẫn đang trình chiếu Trần An"): byline.ts
 * gluedMatch tries GLUED (sticky) only where a match can start (the start, or white space no
 * further back than the fourth space from the end). It must give what GLUED.exec gives, on random
 * tails of lower-case and capitalised words, spaces of every kind, stops and astral letters.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { GLUED, gluedMatch } from "../src/recognize/byline.js";
import { expectEqual } from "./helpers/expect-fast.js";

const WORDS = ["trình", "chiếu", "ở", "a\u0301", "x", "Trần", "An", "Hải", "Nam", "Đỗ", "Ánh", "ABC", "Tr.", ".", "-", "𝐀n", "𝑎", "2017"];
const SEPS = [" ", " ", " ", " ", "", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", ", "];
const run = (min: number, max: number, words: string[], seps = SEPS) =>
  fc.array(fc.tuple(fc.constantFrom(...seps), fc.constantFrom(...words)), { minLength: min, maxLength: max }).map((ps) => ps.map(([sep, w]) => sep + w).join(""));
/** Separators near the end: mostly one space, as in a signature. */
const NEAR = [" ", " ", " ", " ", " ", "", "  ", "\u00a0", "\n"];
// a random run, then often a lower-case word and one to four capitalised ones (what GLUED looks for)
const tail = fc
  .tuple(fc.oneof(fc.constant(""), run(1, 12, WORDS)), fc.oneof(fc.constant(""), run(1, 2, ["trình", "chiếu", "ở", "a\u0301"], NEAR)), fc.oneof(fc.constant(""), run(1, 4, ["Trần", "An", "Hải", "Đỗ", "ABC", "𝐀n"], NEAR)))
  .map(([a, b, c]) => (a + b + c).slice(-60));
const view = (m: RegExpExecArray | null) => (m ? [m.index, m[0], m[1], m[2]] : null);

describe("gluedMatch", () => {
  test("the match of GLUED.exec, on random tails", () => {
    let found = 0;
    fc.assert(
      fc.property(tail, (s) => {
        const want = view(GLUED.exec(s));
        expectEqual(view(gluedMatch(s)), want, JSON.stringify(s));
        if (want) found++;
      }),
      { numRuns: 4000, seed: 25 },
    );
    // matches are reached, not only misses
    expect(found).toBeGreaterThan(100);
  });

  test("real values", () => {
    expect(gluedMatch("các bộ phim vẫn đang trình chiếu Trần An")?.[2]).toBe("Trần An");
    expect(gluedMatch("chiếu Trần Văn An")?.[1]).toBe("chiếu");
    expect(gluedMatch("trình\nchiếu Trần Văn An")?.index).toBe(5);
    expect(gluedMatch("đang trình chiếu Hai Ba Bốn Năm")).toBeNull();
    expect(gluedMatch("Trần An")).toBeNull();
  });
});
