/**
 * Library guards (issue 12): parseReport tolerates null options, and fold handles keys longer
 * than TextDecoder takes at once (it threw on ~135M characters; that size is tried by
 * scripts/faults.mjs, here the pieces are made small).
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/report/parse.js";
import { unitsToString } from "../src/text/fold.js";

describe("guards", () => {
  test("parseReport(text, null) reads the text as with no options", () => {
    const text = "Đạt 3 tỷ đồng, bằng 150% kế hoạch.";
    const r = parseReport(text, null);
    expect(r.figures.map((f) => f.text)).toEqual(parseReport(text).figures.map((f) => f.text));
    expect(r.warnings).toEqual([]);
  });

  test("units decoded in pieces (as fold does past 16M units): a surrogate pair across a boundary stays whole", () => {
    // the pieces are 16M units in fold; 1,000 here, so the test costs nothing
    const text = "a".repeat(999) + "😀" + " Hoà THUỶ tỷ " + "b".repeat(2500) + "😀".repeat(600);
    const units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    for (const chunk of [1000, 1001, 999, 7]) expect(unitsToString(units, units.length, false, chunk), `pieces of ${chunk}`).toBe(text);
  });
});
