/**
 * The pieces under makeDoc's pass (units.ts, the reused buffers of normalize.ts and tokens.ts)
 * against what they stand for: the unit table against chars.ts and fold.ts, unitsOf against
 * charCodeAt, and makeDoc on long texts and one call after another against the reference makeDoc
 * (test/helpers/normalize-reference.ts) — the cases the short texts of normalize.test.ts do not
 * reach (buffers reused, grown and given up, token tables copied out of a shared slab).
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { cls, foldUnit, LETTER, MARK, SWAP, swapUnit, UPPER } from "../src/text/chars.js";
import { toneRole } from "../src/text/fold.js";
import { makeDoc } from "../src/text/normalize.js";
import { BAEI, copyUnits, LF, LOWISH, LOWLET, OFF, SURR, TOU, UNKNOWN, unitOf, unitsOf } from "../src/text/units.js";
import { referenceMakeDoc } from "./helpers/normalize-reference.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

describe("unit table", () => {
  test("each entry is the unit's fold (or what a swap makes it) and class bits, with the bits the pass derives from them", () => {
    const units = [...Array.from({ length: 0x3100 }, (_, c) => c), 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfe20, 0xfeff, 0xff21, 0xff41, 0xffff];
    const wrong: string[] = [];
    for (const c of units) {
      const e = unitOf(c);
      const k = cls(c);
      const f = foldUnit(c);
      const want = {
        fold: k & SWAP ? swapUnit(c) : f, // a one-for-one swap holds the unit it becomes
        cls: k & 0x1ff,
        unknown: 0,
        surr: c >= 0xd800 && c < 0xe000,
        lowish: !!(k & (LETTER | MARK)) && !(k & UPPER),
        lowlet: !!(k & LETTER) && !(k & UPPER),
        lf: c === 0x0a,
        tou: !!(k & LETTER) && toneRole(f) === 1,
        baei: !!(k & LETTER) && toneRole(f) === 2,
      };
      const got = { fold: e >>> 16, cls: e & 0x1ff, unknown: e & UNKNOWN, surr: !!(e & SURR), lowish: !!(e & LOWISH), lowlet: !!(e & LOWLET), lf: !!(e & LF), tou: !!(e & TOU), baei: !!(e & BAEI) };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`U+${c.toString(16)}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
  });
  test("tone roles: a toned o/u may give its tone to a bare a/e/i (y folds to i)", () => {
    for (const ch of "òóỏõọÒÙúủũụ") expect(unitOf(ch.charCodeAt(0)) & TOU, ch).toBeTruthy();
    for (const ch of "aeiyAEIY") expect(unitOf(ch.charCodeAt(0)) & BAEI, ch).toBeTruthy();
    for (const ch of "oôơưàáâăb") expect(unitOf(ch.charCodeAt(0)) & (TOU | BAEI), ch).toBe(0);
    for (const ch of "\u00a0\u2013\u200b\u2126") expect(unitOf(ch.charCodeAt(0)) & OFF, ch).toBeTruthy();
  });
});

describe("unitsOf", () => {
  const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((a) => String.fromCharCode(...a));
  test("the units of the string and a 0 after them, lone surrogates too, whatever came before", () => {
    fc.assert(
      fc.property(anyUnits, anyUnits, (a, b) => {
        unitsOf(a);
        const u = unitsOf(b);
        for (let i = 0; i < b.length; i++) expectIs(u[i], b.charCodeAt(i));
        expectIs(u[b.length], 0);
        // the copy where there is no Node Buffer (a browser) gives the same units
        const c = new Uint16Array(b.length);
        copyUnits(b, c);
        expectEqual(c, u.subarray(0, b.length));
      }),
      { numRuns: 200, seed: 14 },
    );
  });
  test("a text longer than the reused buffer gets its own", () => {
    const long = "Hà Nội ".repeat(40_000);
    const u = unitsOf(long);
    expect(u.length).toBeGreaterThan(long.length);
    expect(String.fromCharCode(...u.subarray(long.length - 7, long.length + 1))).toBe("Hà Nội \0");
    const short = unitsOf("ab");
    expect([short[0], short[1], short[2]]).toEqual([0x61, 0x62, 0]);
  });
});

describe("makeDoc on long texts and one call after another", () => {
  /**
   * Pieces of real-looking text, with the units that leave the plain path now and then. No lone
   * surrogate: the reference's decoder turned one into U+FFFD in a long text (see below).
   */
  const PIECES = ["Hoà", "thuỷ", "Quý", "khoẻ", " ", "\n", ", ", ".", "3,247 tỉ", "2016–2020", "\u00a0", "o\u0300", "\u200b", "\r\n", "PGS.TS.", "đốcSở", "😀", "((", "…", "UBND"];
  const same = (s: string) => {
    const a = makeDoc(s);
    const b = referenceMakeDoc(s);
    expect(a.norm).toBe(b.norm);
    expect(a.key).toBe(b.key);
    const ends = [0, 1, a.norm.length >> 1, a.norm.length - 1, a.norm.length].filter((x) => x >= 0);
    for (const i of ends) for (const j of ends) if (j >= i) expect(a.span(i, j)).toEqual(b.span(i, j));
    for (const pos of ends) expect(a.normAt(pos)).toBe(b.normAt(pos));
    return a;
  };
  test("texts past the reused buffers' sizes (512, 262,144 units), in any order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }), fc.constantFrom(1, 40, 600)), { minLength: 1, maxLength: 4 }), (texts) => {
        for (const [pieces, times] of texts) same(pieces.join("").repeat(times));
      }),
      { numRuns: 10, seed: 14 },
    );
    // swaps on the plain path (written over the unit copy), before and after a unit that makes norm part
    same("Hà\u00a0Nội\u00a0–\tthuỷ\u202fð\r".repeat(100));
    same("Hà\u00a0Nội –\u00a0".repeat(50) + "o\u0300\u200b" + "\u3000Ðà\u2013\r\n".repeat(50));
    // and one past 262,144 units between two short ones
    same("Thuỷ");
    same("Hoà thuỷ,\u00a0khoẻ o\u0300 2016–2020.\r\n".repeat(9000));
    same("Quý 3,247 tỉ");
  });
  test("a lone surrogate in a long text stays as it is in norm and key (as in short ones)", () => {
    const s = "Hoà \ud800 thuỷ\udc00. ".repeat(100);
    const d = makeDoc(s);
    expect(d.norm).toBe(s);
    expect(d.key).toBe("hoà \ud800 thuỉ\udc00. ".repeat(100));
    expect(makeDoc("Hoà \ud800").key).toBe("hoà \ud800");
  });
  test("a text of punctuation only (more tokens than the builder first holds)", () => {
    const s = ".,;:()".repeat(5000);
    const d = same(s);
    expect(d.tokens.count).toBe(s.length);
    expect(d.tokens.start[29_999]).toBe(29_999);
  });
  test("a token table stays as it was while later documents are made (its slab is shared)", () => {
    const first = makeDoc("Phó Giám đốc Sở: 3,247 tỉ đồng, (2016–2020).");
    const copy = (d: typeof first) => ({ n: d.tokens.count, s: [...d.tokens.start.subarray(0, d.tokens.count)], e: [...d.tokens.end.subarray(0, d.tokens.count)], f: [...d.tokens.flags.subarray(0, d.tokens.count)], id: [...d.tokens.id.subarray(0, d.tokens.count)] });
    const before = copy(first);
    for (let k = 0; k < 3000; k++) makeDoc(`Hội nghị lần thứ ${k}: ${"x".repeat(k % 200)}.`);
    makeDoc("a".repeat(100_000));
    expect(copy(first)).toEqual(before);
    expect(before.n).toBe(17);
  });
});
