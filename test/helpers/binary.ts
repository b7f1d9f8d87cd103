/**
 * `binaryString(c)` ≡ `fc.string({ unit: "binary", ...c })`: the same values from the same seed
 * (test/binary-unit.test.ts compares them), without its price.
 *
 * fast-check builds its "binary" unit (every code point but the surrogates) with mapToConstant,
 * whose way back from a character to its index is a Map of all 1,112,064 characters; the first
 * fc.string of that unit in a process builds it (to find its "dangerous strings" in the unit):
 * ~1.1 s of CPU, paid by each test worker. Here the same unit is a nat mapped by arithmetic both
 * ways, as mapToConstant's two ranges, [0, 0xd7ff] and [0xe000, 0x10ffff], describe it.
 */
import fc from "fast-check";

const LOW = 0xd800; // code points below the surrogates
const GAP = 0xe000 - 0xd800;
const COUNT = LOW + (0x10ffff - 0xe000 + 1);

function toIndex(value: unknown): number {
  if (typeof value === "string") {
    const cp = value.codePointAt(0);
    if (cp !== undefined && String.fromCodePoint(cp) === value && (cp < LOW || cp >= 0xe000)) return cp < LOW ? cp : cp - GAP;
  }
  throw new Error("Unknown value encountered cannot be built using this mapToConstant");
}

/** fast-check's "binary" string unit: one code point, any but a surrogate. */
export const binaryUnit: fc.Arbitrary<string> = fc.nat({ max: COUNT - 1 }).map((i) => String.fromCodePoint(i < LOW ? i : i + GAP), toIndex);

export const binaryString = (c: Omit<fc.StringConstraints, "unit"> = {}): fc.Arbitrary<string> => fc.string({ ...c, unit: binaryUnit });
