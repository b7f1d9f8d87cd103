/**
 * check/numbers.ts passes over a figure written without both a dot and a comma before it tests
 * the two styles' patterns ("1.000,5" and "2,500.5" each hold both), and looks for the English
 * style only once the Vietnamese one is found. Checked against the reading it replaced (every
 * figure through both patterns), on random reports' figures written with digits, dots and commas.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { parseReport } from "../src/index.js";
import { checkNumbers } from "../src/check/numbers.js";
import { makeCtx } from "../src/check/util.js";
import type { Figure } from "../src/schema.js";
import { expectEqual } from "./helpers/expect-fast.js";

const written = (f: Figure) => /\d(?:[\d.,]*\d)?/.exec(f.text)?.[0];
/** The two styles found as before: every figure through both patterns. */
function oracle(figures: readonly Figure[]): [string | undefined, string | undefined] {
  const vi = figures.find((f) => /\d\.\d{3},\d/.test(written(f) ?? ""));
  const en = figures.find((f) => /\d,\d{3}\.\d/.test(written(f) ?? ""));
  return [vi?.id, en?.id];
}

const NUMBER = fc.constantFrom("1.000,5", "2,500.5", "1.245", "3,247", "12", "1.000.000", "2,500,000.75", "0,5", "7.5", "1.234,56", "9,876.54");
const UNIT = fc.constantFrom(" tỷ đồng", " tấn", "%", " người", " đơn vị", " triệu đồng");
const text = fc.array(fc.tuple(NUMBER, UNIT), { minLength: 1, maxLength: 6 }).map((xs) => "Năm 2017, công ty đạt " + xs.map(([n, u]) => n + u).join(", ") + ".");

describe("checkNumbers' guard: the mixed-style finding as before", () => {
  test("random texts: a numbers.mixed finding exactly when both styles are written", () => {
    let mixed = 0;
    fc.assert(
      fc.property(text, (s) => {
        const report = parseReport(s);
        const [vi, en] = oracle(report.figures);
        const found = checkNumbers(makeCtx(report, s)).filter((f) => f.rule === "numbers.mixed");
        if (vi && en) {
          mixed++;
          expectEqual(found.map((f) => f.figures), [[vi, en]], s);
        } else expectEqual(found, [], s);
      }),
      { numRuns: 300, seed: 25 },
    );
    expect(mixed).toBeGreaterThan(20);
  });
});
