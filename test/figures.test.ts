/**
 * Overlap removal between figure kinds (src/recognize/figures.ts).
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { removeOverlaps } from "../src/recognize/figures.js";
import { parseReport } from "../src/index.js";
import type { FigureHit } from "../src/recognize/types.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

const lo = (h: FigureHit) => h.numStart ?? h.start;
const hi = (h: FigureHit) => h.numEnd ?? h.end;
const collide = (a: FigureHit, b: FigureHit) =>
  lo(a) < hi(b) && lo(b) < hi(a) && !(a.kind === b.kind && a.rule === b.rule && a.value !== b.value && a.start === b.start);

const hit = fc
  .record({ start: fc.nat(60), len: fc.integer({ min: 1, max: 12 }), kind: fc.constantFrom("money", "percent", "measure", "count"), value: fc.nat(3), rule: fc.constantFrom("a", "b") })
  // hand-made hits: only what overlap removal reads (kind, rule, value, where), hence the cast
  .map((r) => ({ start: r.start, end: r.start + r.len, kind: r.kind, value: r.value, rule: r.rule }) as unknown as FigureHit);

describe("removeOverlaps", () => {
  test("kept hits never collide, and every dropped hit collides with a kept one", () => {
    fc.assert(
      fc.property(fc.array(hit, { maxLength: 30 }), (hs) => {
        const kept = removeOverlaps(hs);
        for (let i = 0; i < kept.length; i++) for (let j = i + 1; j < kept.length; j++) expectIs(collide(kept[i]!, kept[j]!), false);
        for (const h of hs) if (!kept.includes(h)) expectIs(kept.some((k) => collide(k, h)), true);
        expectEqual(kept.map((k) => k.start), [...kept.map((k) => k.start)].sort((a, b) => a - b));
      }),
      { numRuns: 2000 },
    );
  });
  test("money beats a count of the same number; a percent beats a count", () => {
    const kinds = (t: string) => parseReport(t).figures.map((f) => f.kind);
    expect(kinds("Doanh thu đạt 3,5 tỷ đồng.")).toEqual(["money"]);
    expect(kinds("Tỷ lệ đạt 95% học sinh.")).toEqual(["percent"]);
  });
});
