/**
 * The two-signature digest items of byline.ts ("… tốt hơn. Lê An - Hải Nam LĐLĐ …"): pairMatches
 * tries the pattern only where a " - " fixes its start; it must find what a global scan of the
 * pattern over the whole text finds, on random texts of names, stops, spaces and dashes.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import "../src/recognize/byline.js";
import { pairMatches } from "../src/recognize/byline.js";
import { registry } from "../src/text/rx.js";
import { expectEqual } from "./helpers/expect-fast.js";

const PAIR = registry.find((r) => r.name === "person.byline-pair")!.re;
const viaScan = (s: string) => [...s.matchAll(new RegExp(PAIR.source, "gu"))].map((m) => [m.index, m[0]]);
const viaDash = (s: string) => pairMatches(s).map((m) => [m.index, m[0]]);

const PIECES = ["Lê", "An", "Hải", "Nam", "Đỗ", "Ánh", "ABC", "an", "x", ".", "!", "”", "\"", "…", ",", " ", "  ", "   ", "    ", "\n", " - ", "-", " -", "𝐀", "𝑎", "Á\u0301"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(""));

describe("byline pairs", () => {
  test("pairMatches finds the matches of a global scan", () => {
    fc.assert(fc.property(text, (s) => {
      expectEqual(viaDash(s), viaScan(s));
    }), { numRuns: 3000 });
  });
  test("examples", () => {
    const s = "tốt hơn. Lê An - Hải Nam LĐLĐ tỉnh. Đỗ Ánh - Lê Nam Thái";
    expect(viaDash(s)).toEqual(viaScan(s));
    expect(viaDash(s).length).toBe(2);
  });
});
