/**
 * execAtEnd (date-scan.ts) with the first words of a pattern passes over word starts whose word is
 * none of them: the same match as trying every one of the last word starts, for the patterns that
 * pass their first words (date.prefix, date.weak-cue in date.ts), on random texts of their words.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { fold } from "../src/text/fold.js";
import { registry } from "../src/text/rx.js";
import { execAtEnd } from "../src/recognize/date-scan.js";
import "../src/recognize/date.js";
import { DAY_WORDS, PARTS_OF_DAY, WEAK_DATE_CUES, WEEKDAYS } from "../src/lexicon/dates.js";

const sticky = (name: string) => new RegExp(registry.find((r) => r.name === name)!.re.source, "uy");
const firsts = (ws: readonly string[]) => new Set(ws.map((w) => fold(w).split(" ")[0]!));
const WORDS = [...PARTS_OF_DAY, ...DAY_WORDS, ...WEEKDAYS, ...WEAK_DATE_CUES, "thứ", "chủ nhật", "Thứ", "ngàyx", "sángnay", "5", "x", "𝐀", ",", "(", "nay"].map(fold);
const text = fc.array(fc.constantFrom(...WORDS, " ", "  ", ", ", "\n"), { maxLength: 14 }).map((ps) => ps.join(" "));

describe("execAtEnd with first words", () => {
  for (const [name, words, max] of [
    ["date.prefix", ["thứ", "chủ", ...PARTS_OF_DAY, ...DAY_WORDS], 8],
    ["date.weak-cue", WEAK_DATE_CUES, 3],
  ] as const) {
    test(name, () => {
      const re = sticky(name);
      const fs = firsts(words);
      fc.assert(
        fc.property(text, (s) => {
          const a = execAtEnd(re, s, max);
          const b = execAtEnd(re, s, max, fs);
          expect(b && [b.index, b[0]]).toEqual(a && [a.index, a[0]]);
        }),
        { numRuns: 3000 },
      );
    });
  }
});
