/**
 * The public door: types come from the Zod schemas, the package ships ES modules and JSON Schema.
 */
import { describe, expect, expectTypeOf, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { z } from "zod";
import * as api from "../src/index.js";
import { parseReport, toFacts, Report, Facts, Figure, type Person } from "../src/index.js";
import type { Identical } from "./helpers/identical.js";

describe("public API", () => {
  test("exports", () => {
    for (const name of ["parseReport", "toFacts", "checkReport", "Report", "Facts", "Figure", "Person", "Finding", "fold"])
      expect(api).toHaveProperty(name);
  });
  test("types are inferred from the schemas", () => {
    // (not expectTypeOf(parseReport).returns.toEqualTypeOf<…>(): the same check, ~1 s more of tsc's CPU)
    const report: Identical<ReturnType<typeof parseReport>, z.infer<typeof Report>> = true;
    const facts: Identical<ReturnType<typeof toFacts>, z.infer<typeof Facts>> = true;
    expect([report, facts]).toEqual([true, true]);
    expectTypeOf<Person["honorifics"]>().toEqualTypeOf<string[]>();
    expectTypeOf<z.infer<typeof Figure>["span"]>().toEqualTypeOf<{ start: number; end: number }>();
  });
  test("JSON Schema of the report", () => {
    const js = z.toJSONSchema(Report) as { properties: Record<string, unknown> };
    expect(Object.keys(js.properties)).toEqual(expect.arrayContaining(["people", "figures", "findings", "warnings"]));
  });
  test("a report always validates", () => {
    expect(Report.safeParse(parseReport("Hội nghị tổng kết năm 2022.")).success).toBe(true);
  });
});

// The built package (npm ci runs `prepare`, which builds dist/): ES modules, which CommonJS code
// loads with require() too (Node ≥ 20.19), and the published schema.
describe.skipIf(!existsSync("dist/index.js"))("built package", () => {
  test("require() works and parses", () => {
    const require = createRequire(import.meta.url);
    const cjs = require("../dist/index.js") as typeof api;
    expect(typeof cjs.parseReport).toBe("function");
    expect(cjs.parseReport("").warnings[0]?.code).toBe("input.empty");
  });
  test("dist/report.schema.json is published", () => {
    const schema = JSON.parse(readFileSync("dist/report.schema.json", "utf8"));
    expect(schema.type).toBe("object");
    expect(schema.properties.figures.type).toBe("array");
  });
});
