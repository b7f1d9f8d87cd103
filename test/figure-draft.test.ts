// The figures the phases read are FigureDrafts (src/relate/figure-draft.ts): one object shape for
// every figure, whatever its kind and keys, and the public figure made from one is the figure the
// old code made, key for key and in the same order. The oracle is that old code: toFigure building
// the figure key by key from the hit, and link and fillFigureLinks setting keys on it later.
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";
import { adding, compared, FigureDraft, publish, withBasisFigure, type LateKey } from "../src/relate/figure-draft.js";
import { PHASES, Work } from "../src/report/phases.js";
import { none } from "../src/text/lists.js";
import type { FigureHit } from "../src/recognize/types.js";
import type { Figure } from "../src/schema.js";

setFlagsFromString("--allow-natives-syntax");
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

/** The figure as toFigure made it before the drafts: key by key, those the hit gives. */
function oldFigure(h: FigureHit, i: number, span: { start: number; end: number }, text: string): Record<string, unknown> {
  const f = { id: `f${i + 1}`, kind: h.kind, value: h.value, span, text, rule: h.rule } as Record<string, unknown>;
  if (h.kind === "money") f.currency = h.currency;
  else if (h.kind === "measure") f.unit = h.unit;
  else if (h.kind === "count") {
    f.category = h.category;
    if (h.of !== undefined) f.of = h.of;
  }
  if (h.approx) f.approx = true;
  if (h.bound) f.bound = h.bound;
  if (h.range) f.range = h.range;
  if (h.kind === "money" && h.per?.length) f.per = h.per;
  if (h.kind === "count" && h.noun) f.noun = h.noun;
  if (h.estimated) f.estimated = true;
  if (h.ambiguous) f.ambiguous = true;
  if (h.relation || h.basis) {
    const comparison: Record<string, unknown> = {};
    if (h.relation) comparison.relation = h.relation;
    if (h.basis) comparison.basis = h.basis;
    f.comparison = comparison;
  }
  return f;
}

const LATE: readonly Exclude<LateKey, "comparison">[] = ["estimated", "subject", "parent", "children", "breakdown", "refersTo"];
const valueOf = (k: LateKey, n: number): unknown => (k === "estimated" ? true : k === "children" ? [`f${n}`] : k === "breakdown" ? "partial" : `x${n}`);
/** What is set later: a key; a comparison as link sets it (relation, basis); a basis figure as fillFigureLinks does. */
type Later = LateKey | { rel?: "đạt" | "vượt"; basis?: "kế hoạch" | "cùng kỳ" } | "basisFigure";
const laterArb: fc.Arbitrary<Later> = fc.oneof(
  fc.constantFrom(...LATE),
  fc.record({ rel: fc.constantFrom("đạt", "vượt"), basis: fc.constantFrom("kế hoạch", "cùng kỳ") }, { requiredKeys: [] }),
  fc.constant("basisFigure" as const),
);

const hitArb: fc.Arbitrary<FigureHit> = fc
  .record(
    {
      kind: fc.constantFrom("money", "percent", "measure", "count"),
      value: fc.integer({ min: 0, max: 1e6 }),
      currency: fc.constantFrom("VND", "USD"),
      unit: fc.constantFrom("km", "tấn"),
      category: fc.constantFrom("task", "personnel"),
      of: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
      approx: fc.option(fc.boolean(), { nil: undefined }),
      bound: fc.option(fc.constantFrom("about", "lower", "upper"), { nil: undefined }),
      range: fc.option(fc.record({ from: fc.integer(), to: fc.integer() }), { nil: undefined }),
      per: fc.option(fc.array(fc.constantFrom("người", "tháng"), { maxLength: 2 }), { nil: undefined }),
      noun: fc.option(fc.constantFrom("", "cán bộ", "nhiệm vụ"), { nil: undefined }),
      estimated: fc.option(fc.boolean(), { nil: undefined }),
      ambiguous: fc.option(fc.boolean(), { nil: undefined }),
      relation: fc.option(fc.constantFrom("đạt", "tăng"), { nil: undefined }),
      basis: fc.option(fc.constantFrom("kế hoạch", "cùng kỳ"), { nil: undefined }),
    },
    { requiredKeys: ["kind", "value", "currency", "unit", "category"] },
  )
  .map((h) => ({ ...h, start: 0, end: 5, rule: "test" }) as unknown as FigureHit);

describe("FigureDraft", () => {
  test("published, a figure is the old figure: the same keys, values and order, whatever keys are set later and in what order", () => {
    fc.assert(
      fc.property(hitArb, fc.array(laterArb, { maxLength: 10 }), (h, late) => {
        const span = { start: 0, end: 5 };
        const old = oldFigure(h, 0, span, "12345");
        const draft = new FigureDraft(h, "f1", span, "12345", h.rule);
        const d = draft as unknown as Figure;
        late.forEach((k, n) => {
          // as link and fillFigureLinks do: adding() before each assignment
          if (typeof k === "object") {
            const { rel, basis } = k;
            if (!rel && !basis) return;
            old.comparison = { ...(old.comparison as object), ...(rel ? { relation: rel } : {}), ...(basis ? { basis } : {}) };
            adding(d, "comparison");
            d.comparison = compared(d, rel, basis);
          } else if (k === "basisFigure") {
            old.comparison = { ...(old.comparison as object), basisFigure: `f${n}` };
            adding(d, "comparison");
            d.comparison = withBasisFigure(d, `f${n}`);
          } else {
            old[k] = valueOf(k, n);
            adding(d, k);
            (d as unknown as Record<string, unknown>)[k] = valueOf(k, n);
          }
        });
        const pub = publish(draft);
        expectEqual(Object.keys(pub), Object.keys(old).filter((k) => old[k] !== undefined));
        expectIs(JSON.stringify(pub), JSON.stringify(old));
        expectIs(Object.values(pub).includes(undefined), false);
        if (pub.comparison) expectIs(Object.getPrototypeOf(pub.comparison), Object.prototype);
      }),
      { numRuns: 400 },
    );
  });

  test("adding() leaves a plain figure as it is; compared() and withBasisFigure() give it plain comparisons", () => {
    const f = { id: "f1", kind: "percent", value: 3, comparison: { basis: "kế hoạch" } } as unknown as Figure;
    adding(f, "subject");
    expect(Object.keys(f)).toEqual(["id", "kind", "value", "comparison"]);
    const c = compared(f, "đạt", undefined);
    expect(Object.keys(c)).toEqual(["basis", "relation"]);
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(withBasisFigure(f, "f2")).toEqual({ basis: "kế hoạch", basisFigure: "f2" });
  });

  test("the figures of the seed and of a text of every kind: one map for the phases, the public keys once published", () => {
    const texts = [
      readFileSync(new URL("../fixtures/seed.txt", import.meta.url), "utf8"),
      "Doanh thu từ 3,9 triệu đến 4,35 triệu đồng/người/tháng, khoảng 120 cán bộ; 12/15 chỉ tiêu; tăng 12,5% so với năm 2016; 500 tấn hàng, ước đạt 3 tỷ đồng, bằng 150% kế hoạch.",
    ];
    const all: Figure[] = [];
    for (const text of texts) {
      const w = new Work(text, {}, none());
      for (const p of PHASES.slice(0, PHASES.length - 1)) p(w);
      all.push(...w.figures);
      PHASES[PHASES.length - 1]!(w);
      // the Report holds the public figures: plain objects, no undefined value
      for (const f of w.report.figures) {
        expect(f).not.toBeInstanceOf(FigureDraft);
        expect(Object.values(f).includes(undefined)).toBe(false);
      }
    }
    expect(new Set(all.map((f) => f.kind)).size).toBe(4);
    expect(new Set(all.map((f) => Object.keys(f).join(","))).size).toBe(1);
    for (const f of all) expect(sameMap(f, all[0]!)).toBe(true);
    // and their comparisons: stated by the hit ("so với năm 2016"), found by link ("bằng 150% kế hoạch")
    const comparisons = all.map((f) => f.comparison).filter((c) => c !== undefined);
    expect(comparisons.length).toBeGreaterThanOrEqual(2);
    for (const c of comparisons) expect(sameMap(c, comparisons[0]!)).toBe(true);
  });
});
