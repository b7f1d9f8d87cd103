/**
 * execAtEnd (date-scan.ts) with the first words of a pattern passes over word starts whose word is
 * none of them: the same match as trying every one of the last word starts, for the patterns that
 * pass their first words (date.prefix, date.weak-cue in date.ts; date.weak-year, date.after,
 * date.target, date.future in date-year.ts), on random texts of the words of their sources.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { fold } from "../src/text/fold.js";
import { registry } from "../src/text/rx.js";
import { execAtEnd } from "../src/recognize/date-scan.js";
import "../src/recognize/date.js";
import { AFTER_FIRSTS, TARGET_FIRSTS, WEAK_YEAR_FIRSTS } from "../src/recognize/year-cues.js";
import { DAY_WORDS, PARTS_OF_DAY, WEAK_DATE_CUES, WEEKDAYS } from "../src/lexicon/dates.js";
import { expectEqual } from "./helpers/expect-fast.js";

const sticky = (name: string) => new RegExp(registry.find((r) => r.name === name)!.re.source, "uy");
const firsts = (ws: readonly string[]) => new Set(ws.map((w) => fold(w).split(" ")[0]!));
const WORDS = [...PARTS_OF_DAY, ...DAY_WORDS, ...WEEKDAYS, ...WEAK_DATE_CUES, "thứ", "chủ nhật", "Thứ", "ngàyx", "sángnay", "5", "x", "𝐀", ",", "(", "nay"].map(fold);
/** The words written in a pattern's source ("đến", "năm", "kiến", …), folded as the key is. */
const sourceWords = (name: string) => [...new Set(registry.find((r) => r.name === name)!.re.source.replace(/\\[pPk]\{[^}]*\}|\\./g, " ").match(/[\p{Ll}\p{M}]{2,}/gu) ?? [])];
/** Random texts of a pattern's words and some others, ending in a space as the text before a date or a year does. */
const PHRASES: Record<string, string[]> = { "date.after": ["cùng kỳ", "cùng thời điểm", "so với cuối", "so với Tết", "cùng kỳ năm"].map(fold) };
const textOf = (name: string) =>
  fc
    .array(fc.constantFrom(...WORDS, ...sourceWords(name), ...sourceWords(name), ...(PHRASES[name] ?? []), "phục", "tuyển", "(", " ", "  ", ", ", "\n"), { maxLength: 12 })
    .map((ps) => `${ps.join(" ")} `);

describe("execAtEnd with first words", () => {
  for (const [name, words, max] of [
    ["date.prefix", ["thứ", "chủ", ...PARTS_OF_DAY, ...DAY_WORDS], 8],
    ["date.weak-cue", WEAK_DATE_CUES, 3],
    ["date.weak-year", [...WEAK_YEAR_FIRSTS], 9],
    ["date.after", [...AFTER_FIRSTS], 6],
    ["date.target", [...TARGET_FIRSTS], 8],
    ["date.future", ["sẽ", "dự", "kế", "hạn", "chậm", "ngày"], 7],
  ] as const) {
    test(name, () => {
      const re = sticky(name);
      // (a test that never matches proves nothing: count the texts it matched)
      let matched = 0;
      const fs = firsts(words);
      fc.assert(
        fc.property(textOf(name), (s) => {
          const a = execAtEnd(re, s, max);
          const b = execAtEnd(re, s, max, fs);
          expectEqual(b && [b.index, b[0]], a && [a.index, a[0]]);
          if (a) matched++;
        }),
        { numRuns: 3000 },
      );
      expect(matched).toBeGreaterThan(50);
    });
  }
});
