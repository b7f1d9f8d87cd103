/**
 * Library guards (issue 12): parseReport tolerates null options, and fold handles keys longer
 * than TextDecoder takes at once (it threw on ~135M characters).
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/report/parse.js";
import { fold } from "../src/text/fold.js";

describe("guards", () => {
  test("parseReport(text, null) reads the text as with no options", () => {
    const text = "Đạt 3 tỷ đồng, bằng 150% kế hoạch.";
    const r = parseReport(text, null);
    expect(r.figures.map((f) => f.text)).toEqual(parseReport(text).figures.map((f) => f.text));
    expect(r.warnings).toEqual([]);
  });

  test("fold over more than one decoder piece (16M units): a surrogate pair across the boundary stays whole", () => {
    const piece = 1 << 24;
    const big = "a".repeat(piece - 1) + "😀" + " Hoà THUỶ tỷ";
    const folded = fold(big);
    expect(folded.length).toBe(big.length);
    expect(folded.slice(piece - 1, piece + 1)).toBe("😀");
    expect(folded.slice(piece + 1)).toBe(fold(" Hoà THUỶ tỷ"));
  });
});
