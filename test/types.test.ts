/**
 * Types that narrow (issue 11): `Figure` is a discriminated union on `kind`, rule ids are literal
 * unions from one list each. The `// @ts-expect-error` lines are checked by `tsc --noEmit` (run by
 * `npm test` before vitest): if a wrong combination ever type-checks, the directive is unused and
 * the suite fails.
 */
import { describe, expect, expectTypeOf, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import {
  parseReport,
  Figure,
  Finding,
  FINDING_RULES,
  VALUE_RULES,
  type CountFigure,
  type FigureOf,
  type FindingRule,
  type MoneyFigure,
  type Report,
  type RuleOf,
  type ValueRule,
} from "../src/index.js";

const span = { start: 0, end: 3 };

describe("Figure narrows on kind", () => {
  test("inside a case, the kind's own fields have their own types", () => {
    const describeFigure = (f: Figure): string => {
      switch (f.kind) {
        case "money":
          expectTypeOf(f.currency).toEqualTypeOf<string>();
          expectTypeOf(f.per).toEqualTypeOf<string[] | undefined>();
          expectTypeOf(f.rule).toEqualTypeOf<RuleOf<"money">>();
          return `${f.value} ${f.currency}`;
        case "measure":
          expectTypeOf(f.unit).toEqualTypeOf<string>();
          return `${f.value} ${f.unit}`;
        case "count":
          expectTypeOf(f.category).toEqualTypeOf<CountFigure["category"]>();
          expectTypeOf(f.of).toEqualTypeOf<number | undefined>();
          return `${f.value} ${f.noun ?? f.category}`;
        case "percent":
          expectTypeOf(f.refersTo).toEqualTypeOf<string | undefined>();
          return `${f.value}%`;
        default:
          // every kind is handled: nothing is left
          expectTypeOf(f).toEqualTypeOf<never>();
          return "";
      }
    };
    expect(describeFigure({ id: "f1", kind: "money", value: 3, currency: "VND", span, text: "3 đồng", rule: "money.currency" })).toBe("3 VND");
  });

  test("read from any figure, another kind's field is optional (undefined on the others)", () => {
    expectTypeOf<Figure["currency"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Figure["category"]>().toEqualTypeOf<CountFigure["category"] | undefined>();
    expectTypeOf<FigureOf<"money">>().toEqualTypeOf<MoneyFigure>();
    expectTypeOf<FigureOf<"count">["currency"]>().toEqualTypeOf<undefined>();
  });

  test("a wrong combination does not compile", () => {
    const ok: Figure = { id: "f1", kind: "count", value: 3, category: "task", span, text: "3 nhiệm vụ", rule: "count.noun" };
    // @ts-expect-error a count has no currency
    const countWithCurrency: Figure = { id: "f1", kind: "count", value: 3, category: "task", currency: "VND", span, text: "3", rule: "count.noun" };
    // @ts-expect-error money needs its currency
    const moneyWithout: Figure = { id: "f1", kind: "money", value: 3, span, text: "3", rule: "money.currency" };
    // @ts-expect-error a measure needs its unit
    const measureWithout: Figure = { id: "f1", kind: "measure", value: 3, span, text: "3", rule: "measure.unit" };
    // @ts-expect-error a count needs its category
    const countWithout: Figure = { id: "f1", kind: "count", value: 3, span, text: "3", rule: "count.noun" };
    // @ts-expect-error a percent has no unit
    const percentWithUnit: Figure = { id: "f1", kind: "percent", value: 3, unit: "m", span, text: "3%", rule: "percent.sign" };
    // @ts-expect-error a money figure is not made by a count rule
    const wrongRule: Figure = { id: "f1", kind: "money", value: 3, currency: "VND", span, text: "3", rule: "count.noun" };
    // @ts-expect-error no such rule
    const noRule: Figure = { id: "f1", kind: "percent", value: 3, span, text: "3%", rule: "percent.guess" };
    // @ts-expect-error no such kind
    const noKind: Figure = { id: "f1", kind: "ratio", value: 3, span, text: "3", rule: "percent.sign" };
    // @ts-expect-error only a percent refers to another figure
    const refers: Figure = { id: "f1", kind: "money", value: 3, currency: "VND", refersTo: "f2", span, text: "3", rule: "money.currency" };
    expect([ok, countWithCurrency, moneyWithout, measureWithout, countWithout, percentWithUnit, wrongRule, noRule, noKind, refers]).toHaveLength(10);
  });

  test("the schema refuses at run time what the type refuses", () => {
    const base = { id: "f1", value: 3, span, text: "3" };
    expect(Figure.safeParse({ ...base, kind: "count", category: "task", rule: "count.noun" }).success).toBe(true);
    expect(Figure.safeParse({ ...base, kind: "count", category: "task", currency: "VND", rule: "count.noun" }).success).toBe(false);
    expect(Figure.safeParse({ ...base, kind: "money", rule: "money.currency" }).success).toBe(false);
    expect(Figure.safeParse({ ...base, kind: "money", currency: "VND", rule: "count.noun" }).success).toBe(false);
    expect(Figure.safeParse({ ...base, kind: "measure", unit: "m", rule: "measure.unit" }).success).toBe(true);
    expect(Figure.safeParse({ ...base, kind: "percent", refersTo: "f2", rule: "percent.sign" }).success).toBe(true);
    expect(Figure.safeParse({ ...base, kind: "ratio", rule: "percent.sign" }).success).toBe(false);
  });
});

describe("rule ids are literal unions from one list each", () => {
  test("types", () => {
    expectTypeOf<Finding["rule"]>().toEqualTypeOf<FindingRule>();
    expectTypeOf<Report["dates"][number]["rule"]>().toEqualTypeOf<RuleOf<"date">>();
    expectTypeOf<Report["people"][number]["positions"][number]["rule"]>().toEqualTypeOf<RuleOf<"position">>();
    expectTypeOf<Report["people"][number]["mentions"][number]["rule"]>().toEqualTypeOf<RuleOf<"mention">>();
    expectTypeOf<Report["organizations"][number]["rule"]>().toEqualTypeOf<RuleOf<"organization">>();
    expectTypeOf<"money.currency">().toMatchTypeOf<ValueRule>();
    // @ts-expect-error no such finding rule
    const f: FindingRule = "breakdown.total";
    // @ts-expect-error a date rule is not a position rule
    const p: RuleOf<"position"> = "date.year";
    expect([f, p]).toHaveLength(2);
  });

  test("no id is listed twice, every id names its family", () => {
    const all = Object.values(VALUE_RULES).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(FINDING_RULES).size).toBe(FINDING_RULES.length);
    for (const r of [...all, ...FINDING_RULES]) expect(r).toMatch(/^[a-z]+(?:-[a-z]+)?\.[a-z0-9-]+$/);
    for (const r of VALUE_RULES.money) expect(r.startsWith("money.")).toBe(true);
    for (const r of VALUE_RULES.date) expect(r.startsWith("date.")).toBe(true);
  });

  test("every listed id is made somewhere in the source (no dead ids)", () => {
    const read = (dir: string): string =>
      readdirSync(dir, { withFileTypes: true })
        .map((e) => (e.isDirectory() ? read(`${dir}/${e.name}`) : e.name.endsWith(".ts") ? readFileSync(`${dir}/${e.name}`, "utf8") : ""))
        .join("\n");
    const recognise = read("src/recognize");
    for (const r of Object.values(VALUE_RULES).flat()) expect(recognise, r).toContain(`"${r}"`);
    const check = read("src/check");
    for (const r of FINDING_RULES) expect(check, r).toContain(`"${r}"`);
  });

  test("a parsed report uses the rules of each value's own kind", () => {
    const text =
      "Năm 2022, Viện đã thực hiện 03 nhiệm vụ cấp Bộ, doanh thu đạt 3,5 tỷ đồng, bằng 117% kế hoạch, xây dựng 1.200 m2 nhà xưởng. PGS.TS. Nguyễn Văn An, Viện trưởng Viện Hóa học, chủ trì hội nghị ngày 15/12/2022.";
    const r = parseReport(text);
    expect(new Set(r.figures.map((f) => f.kind))).toEqual(new Set(["count", "money", "percent", "measure"]));
    for (const f of r.figures) expect((VALUE_RULES[f.kind] as readonly string[]).includes(f.rule), `${f.kind} ${f.rule}`).toBe(true);
    expect(r.dates.length).toBeGreaterThan(0);
    for (const d of r.dates) expect((VALUE_RULES.date as readonly string[]).includes(d.rule)).toBe(true);
    const money = r.figures.find((f): f is MoneyFigure => f.kind === "money");
    expect(money?.currency).toBe("VND");
    expect(money?.value).toBe(3.5e9);
  });
});
