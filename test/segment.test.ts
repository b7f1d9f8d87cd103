/**
 * The token-based paragraphs() and sentences() against the regex reading they replaced
 * (test/helpers/segment-reference.ts), on random texts made of the pieces that decide a break.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { paragraphs, sentences } from "../src/text/segment.js";
import { referenceParagraphs, referenceSentences } from "./helpers/segment-reference.js";

const PIECES = [
  "Hội", "nghị", "Lan", "an", "A", "V", "Đ/c", "TS", "PGS.TS", "v.v", "TP", "Tp", "ông", "3", "2017", "3,5", "1.000", "٣", "𝐀", "ǅ",
  ".", ".", ".", "!", "?", "…", ";", ":", ",", "\"", "”", "’", ")", "“", "‘", "(", "-",
  " ", " ", " ", "  ", "\n", "\n\n", " \n ", "\t", "\u2028", "\u00a0",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(""));

describe("segment on tokens", () => {
  test("paragraphs and sentences equal the regex reading", () => {
    fc.assert(
      fc.property(text, (s) => {
        const d = makeDoc(s);
        expect(paragraphs(d)).toEqual(referenceParagraphs(d));
        expect(sentences(d)).toEqual(referenceSentences(d));
      }),
      { numRuns: 300, seed: 14 },
    );
  });
  test("captions, abbreviations, semicolons, quotes", () => {
    const split = (s: string) => {
      const d = makeDoc(s);
      return sentences(d).map((x) => [d.norm.slice(x.start, x.end), x.caption]);
    };
    expect(split("(Ảnh: Hội nghị tổng kết).\nTS. Lan nói: “Tốt.” Sau đó; Hội nghị bế mạc… 3 người về.")).toEqual([
      ["(Ảnh: Hội nghị tổng kết).", true],
      ["TS. Lan nói: “Tốt.”", false],
      ["Sau đó; Hội nghị bế mạc…", false],
      ["3 người về.", false],
    ]);
    expect(split("Nguyễn V. A. Trần được khen;.")).toEqual([["Nguyễn V. A. Trần được khen;.", false]]);
  });
});
