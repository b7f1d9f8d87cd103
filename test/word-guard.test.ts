/**
 * word-guard.ts FirstWords answers from the token table whether an entry of a list can start at a
 * position; measure.ts (units) and money.ts (scale words and currencies) skip their patterns where
 * it says no. Checked here: wherever it says no, the pattern `^(?:${words(list)})` with the
 * loosest right edge the callers use (no letter, mark or digit after) matches nothing in the slice
 * the callers give it — at every position of random texts made of the entries' pieces, their
 * letters in both cases, digits glued to them, and what the tokens cut otherwise (marks, astral
 * letters, "²", "-", "/", "$", white space of all kinds).
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { rx, words } from "../src/text/rx.js";
import { FirstWords, firstTokenOf } from "../src/recognize/word-guard.js";
import { NUM_WORDS } from "../src/recognize/number-grammar.js";
import { mayStartCurrency } from "../src/recognize/money.js";
import { CONTEXT_UNITS, UNITS } from "../src/lexicon/units.js";
import { CURRENCIES, SCALES_BEFORE_CURRENCY } from "../src/lexicon/currency.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

const LISTS: [string, string[], number][] = [
  ["units", [...UNITS.map(([w]) => w), ...CONTEXT_UNITS.map(([w]) => w)], 24],
  ["currencies", CURRENCIES.map(([w]) => w), 60],
];
const OTHER = ["1", "35", " ", " ", "  ", "\t", "\n", "\u00a0", "-", "/", ".", ",", "$", "²", "³", "%", "\u0301", "𝐀", "😀", "𝟏", "x", "A", "người", "tỷ", "đồng"];

describe("FirstWords: a no is never a match of the list's pattern", () => {
  for (const [name, list, reach] of LISTS) {
    const pieces = [...new Set(list.flatMap((w) => [w, w.toUpperCase(), ...w.split(/(?=[^\p{L}\p{M}])|(?<=[^\p{L}\p{M}])/u)]))];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...OTHER)), { maxLength: 14 }).map((ps) => ps.join(""));
    const guard = new FirstWords(list);
    const re = new RegExp(rx`^${words(list)}(?![\p{L}\p{M}\p{N}])`.source, "u");
    test(`${name}: at every position, with the callers' reach`, () => {
      fc.assert(
        fc.property(text, fc.nat(4), (s, back) => {
          const doc = makeDoc(s);
          for (let p = 0; p <= doc.key.length; p++) {
            // the caller's slice starts at or a little before p (the spaces before the word)
            const from = Math.max(0, p - back);
            if (!guard.mayStartAt(doc, p, from + reach)) expectIs(re.exec(doc.key.slice(p, from + reach)), null);
          }
        }),
        { numRuns: 2000 },
      );
    });
  }
  test("money: mayStartCurrency's no is never a match of the currency pattern (a scale word, maybe glued to the currency)", () => {
    const list = [...SCALES_BEFORE_CURRENCY.map(([w]) => w), ...CURRENCIES.map(([w]) => w)];
    const pieces = [...new Set(list.flatMap((w) => [w, w.toUpperCase(), ...w.split(" ")]))];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...OTHER)), { maxLength: 14 }).map((ps) => ps.join(""));
    const re = new RegExp(
      rx`^(?:(?<scale>${words(SCALES_BEFORE_CURRENCY.map(([w]) => w))}) *)?(?<cur>${words(CURRENCIES.map(([w]) => w))})(?![\p{L}\p{M}\p{N}$])`.source,
      "u",
    );
    fc.assert(
      fc.property(text, fc.nat(4), (s, back) => {
        const doc = makeDoc(s);
        for (let p = 0; p <= doc.key.length; p++) {
          const limit = Math.max(0, p - back) + 60;
          if (!mayStartCurrency(doc, p, limit)) expectIs(re.exec(doc.key.slice(p, limit)), null);
        }
      }),
      { numRuns: 2000 },
    );
    expect(mayStartCurrency(makeDoc("192 tỷđồng"), 4, 64)).toBe(true);
    expect(mayStartCurrency(makeDoc("192 người"), 4, 64)).toBe(false);
  });
  test("firstTokenOf = the first token makeDoc cuts, for every entry of the lists guarded", () => {
    const guarded = [...LISTS.flatMap(([, list]) => list), ...SCALES_BEFORE_CURRENCY.map(([w]) => w), ...NUM_WORDS.list];
    for (const e of guarded) {
      const d = makeDoc(e.trim());
      expectEqual([e, firstTokenOf(e)], [e, d.key.slice(d.tokens.start[0]!, d.tokens.end[0]!)]);
    }
    expect(firstTokenOf("Mét vuông")).toBe("mét");
    expect(firstTokenOf("%")).toBe("%");
    expect(firstTokenOf("nhịp/phút")).toBe("nhịp");
  });
  test("real text", () => {
    const units = new FirstWords(LISTS[0]![1]);
    const doc = makeDoc("5 kg, 35km và 2 mét vuông, 3 người");
    const at = (w: string) => doc.key.indexOf(w);
    expect(units.mayStartAt(doc, at("kg"))).toBe(true);
    expect(units.mayStartAt(doc, at("km"))).toBe(true); // glued to the digits: maybe
    expect(units.mayStartAt(doc, at("mét"))).toBe(true);
    expect(units.mayStartAt(doc, at("người"))).toBe(false);
    expect(units.mayStartAt(doc, at(" người"))).toBe(false); // white space
    expect(units.mayStartAt(doc, doc.key.length)).toBe(false);
    // a word cut by the end of the caller's slice: what is left of it may be a unit ("kgx" → "kg")
    const cut = makeDoc("5 kgx");
    expect(units.mayStartAt(cut, 2)).toBe(false);
    expect(units.mayStartAt(cut, 2, 4)).toBe(true);
  });
});
