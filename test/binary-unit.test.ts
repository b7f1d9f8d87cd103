/**
 * test/helpers/binary.ts's unit, the one the property tests' "binary" strings are made of: one
 * code point, any but a surrogate, and its way back (what fast-check shrinks by) the inverse of its
 * way there. (Checked when it was written: from seeds 20261206, 1 and 42, 3,000 samples of
 * fc.string({ unit: "binary" }) at maxLength 200, 40 and none, and the shrinks of failing
 * properties, were the same as binaryString's; that comparison costs the ~1.1 s it saves.)
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { binaryString, binaryUnit } from "./helpers/binary.js";

const known = (v: unknown): number => {
  // the unit is a nat mapped both ways: canShrinkWithoutContext asks the way back
  const arb = binaryUnit as unknown as { canShrinkWithoutContext(v: unknown): boolean };
  return arb.canShrinkWithoutContext(v) ? 1 : 0;
};

describe("binaryUnit", () => {
  test("every value is one code point, not a surrogate; strings of it keep their length bounds", () => {
    const values = fc.sample(binaryUnit, { seed: 1, numRuns: 5000 });
    expect(values.filter((s) => [...s].length !== 1 || (s.codePointAt(0)! >= 0xd800 && s.codePointAt(0)! <= 0xdfff))).toEqual([]);
    // not only the first plane: the sample reaches past U+FFFF and past the surrogates
    expect(values.some((s) => s.codePointAt(0)! > 0xffff)).toBe(true);
    expect(values.some((s) => s.codePointAt(0)! >= 0xe000 && s.codePointAt(0)! <= 0xffff)).toBe(true);
    const lengths = fc.sample(binaryString({ minLength: 2, maxLength: 7 }), { seed: 2, numRuns: 500 }).map((s) => [...s].length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(7);
  });

  test("its way back accepts exactly its values: the edges of both ranges, and nothing else", () => {
    for (const cp of [0, 0x41, 0xd7ff, 0xe000, 0xffff, 0x10000, 0x10ffff]) expect(known(String.fromCodePoint(cp)), cp.toString(16)).toBe(1);
    for (const v of ["\ud800", "\udfff", "ab", "", 65, null, "\ud83d\ude00x"]) expect(known(v), JSON.stringify(v)).toBe(0);
  });

  test("a failing property shrinks to the smallest counterexample", () => {
    const r = fc.check(fc.property(binaryString({ maxLength: 200 }), (s) => !/[\u0100-\uffff]/.test(s)), { seed: 20_261_206 });
    expect(r.failed).toBe(true);
    expect(r.counterexample).toEqual(["\u0100"]);
  });
});
