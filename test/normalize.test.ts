/**
 * The one pass of normalize.ts against the makeDoc and foldNfc it replaced
 * (test/helpers/normalize-reference.ts), and its token table against a plain regex reading.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { foldNfc } from "../src/text/fold.js";
import { lexicon, T_CAP, T_DIGITS, T_GAP, T_LETTERS, T_LINE, T_ODD, T_UPPER, T_WORD, tokenAt } from "../src/text/tokens.js";
import { referenceFoldNfc, referenceMakeDoc } from "./helpers/normalize-reference.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

/**
 * Pieces of text the pass treats differently: plain and Vietnamese letters (NFC and NFD), the
 * one-for-one swaps, removed units, CR LF, joining and non-joining marks, digits, punctuation,
 * astral letters and symbols, lone surrogates.
 */
const PIECES = [
  "a", "A", "o", "y", "Y", "q", "u", "à", "Hoà", "hoà", "Thuỷ", "Ỷ", "tỷ", "quý", "khoẻ", "Đ", "đ", "ư", "ơ",
  "o\u0300", "a\u0301", "e\u0302\u0301", "u\u031b\u0323", "\u0300", "\u0301", "\u0323", "x\u0301", "ð\u0301", "\u20d0", "\ufe20", "\u0e31", "\u093c",
  " ", "  ", "\n", "\r", "\r\n", "\t", "\u00a0", "\u202f", "\u3000", "\u2028",
  "–", "—", "\u2212", "\u2011", "-", "ð", "Ð", "\u0189",
  "\u200b", "\u200d", "\ufeff", "\u00ad",
  "1", "9", "0", "²", "½", ".", ",", "%", "/", "(", ")", "“", "”", ":",
  "😀", "𝐀", "𝟙", "\ud800", "\udc00",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(""));
const CONFIG = { numRuns: 200, seed: 14 };

describe("makeDoc: one pass, same doc as before", () => {
  test("norm, key, spans and normAt equal the reference's", () => {
    fc.assert(
      fc.property(text, (s) => {
        const a = makeDoc(s);
        const b = referenceMakeDoc(s);
        expectIs(a.norm, b.norm);
        expectIs(a.key, b.key);
        for (let pos = 0; pos <= s.length + 1; pos++) expectIs(a.normAt(pos), b.normAt(pos));
        for (let i = 0; i <= a.norm.length; i++) for (let j = i; j <= a.norm.length; j++) expectEqual(a.span(i, j), b.span(i, j));
      }),
      CONFIG,
    );
  });
  test("the key is foldNfc of norm, one unit for one", () => {
    fc.assert(
      fc.property(text, (s) => {
        const d = makeDoc(s);
        expectIs(d.key, foldNfc(d.norm));
        expect(d.key).toHaveLength(d.norm.length);
      }),
      CONFIG,
    );
  });
  test("foldNfc equals the reference on long strings too (the decoder path)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES.filter((p) => !/[\ud800-\udfff]/.test(p) || p.length === 2)), { minLength: 300, maxLength: 400 }), (a) => {
        const s = a.join("").normalize("NFC");
        expectIs(foldNfc(s), referenceFoldNfc(s));
      }),
      { numRuns: 50, seed: 14 },
    );
  });
  test("one-for-one swaps keep the identity map", () => {
    const d = makeDoc("Ngày 5/3\u00a0– 2016\u20132020\tđạt 3,5\u202ftỷ; ðồng");
    expect(d.norm).toBe("Ngày 5/3 - 2016-2020 đạt 3,5 tỷ; đồng");
    for (let i = 0; i <= d.norm.length; i++) {
      expectEqual(d.span(i, d.norm.length), { start: i, end: d.norm.length });
      expectIs(d.normAt(i), i);
    }
  });
});

describe("token table", () => {
  /** Tokens as a regex reads them: runs of letters, marks and digits, or one other non-space character. */
  const expected = (norm: string) =>
    [...norm.matchAll(/[\p{L}\p{M}\p{N}]+|\S/gu)].map((m, i, all) => {
      const t = m[0];
      const prevEnd = i > 0 ? all[i - 1]!.index + all[i - 1]![0].length : 0;
      const gapText = norm.slice(prevEnd, m.index);
      const word = /^[\p{L}\p{M}\p{N}]/u.test(t);
      const letters = [...t].filter((c) => /\p{L}/u.test(c));
      let f = 0;
      if (word) f |= T_WORD;
      if (word && letters.length) f |= T_LETTERS;
      if (word && /\p{N}/u.test(t)) f |= T_DIGITS;
      if (word && /^\p{Lu}/u.test(t)) f |= T_CAP;
      if (word && letters.length && letters.every((c) => /\p{Lu}/u.test(c))) f |= T_UPPER;
      if (gapText.length) f |= T_GAP;
      if (i === 0 || gapText.includes("\n")) f |= T_LINE;
      // a capital right after a letter that is not one or a mark, or a character above U+FFFF
      const cps = [...t];
      if (word && cps.some((c, k) => c.length === 2 || (k > 0 && /\p{Lu}/u.test(c) && /[\p{L}\p{M}]/u.test(cps[k - 1]!) && !/\p{Lu}/u.test(cps[k - 1]!)))) f |= T_ODD;
      return { start: m.index, end: m.index + t.length, f };
    });
  test("start, end and flags equal a regex reading of norm", () => {
    fc.assert(
      fc.property(text, (s) => {
        const d = makeDoc(s);
        const t = d.tokens;
        const got = Array.from({ length: t.count }, (_, i) => ({ start: t.start[i], end: t.end[i], f: t.flags[i] }));
        expectEqual(got, expected(d.norm));
      }),
      CONFIG,
    );
  });
  test("ids are the lexicon's ids of the folded tokens", () => {
    for (const w of ["hoà", "tỉ", "thuỉ", "đồng", ".", "-", "1", "😀"]) lexicon.intern(w);
    fc.assert(
      fc.property(text, (s) => {
        const d = makeDoc(s);
        const t = d.tokens;
        for (let i = 0; i < t.count; i++) expectIs(t.id[i], lexicon.lookup(d.key.slice(t.start[i], t.end[i])));
      }),
      CONFIG,
    );
    const d = makeDoc("Hòa Thuỷ tỷ");
    expect([...d.tokens.id.subarray(0, d.tokens.count)]).toEqual(["hoà", "thuỉ", "tỉ"].map((w) => lexicon.lookup(w)));
    expect(d.tokens.id[0]).toBeGreaterThan(0);
  });
  test("a real sentence", () => {
    const d = makeDoc("Phó Giám đốc UBND: 3,247 tỉ đồng\nTP. Hồ Chí Minh");
    const t = d.tokens;
    const words = Array.from({ length: t.count }, (_, i) => d.norm.slice(t.start[i], t.end[i]));
    expect(words).toEqual(["Phó", "Giám", "đốc", "UBND", ":", "3", ",", "247", "tỉ", "đồng", "TP", ".", "Hồ", "Chí", "Minh"]);
    expect(t.flags[3]! & T_UPPER).toBeTruthy();
    expect(t.flags[0]! & T_CAP).toBeTruthy();
    expect(t.flags[2]! & T_CAP).toBe(0);
    expect(t.flags[10]! & T_LINE).toBeTruthy();
    expect(t.flags[6]! & T_GAP).toBe(0);
    expect(tokenAt(t, d.norm.indexOf("247"))).toBe(7);
    expect(tokenAt(t, d.norm.indexOf(" tỉ"))).toBe(8);
  });
});
