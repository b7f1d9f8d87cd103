/**
 * Zod validation is off the hot path: parseReport validates only when asked (`validate: true`
 * or BAOCAO_VALIDATE), and the test suite asks for it on every report (vitest.config.ts).
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { parseReport, validationDefault } from "../src/report/parse.js";
import { Report } from "../src/schema.js";

const TEXT = "Năm 2022, doanh thu đạt 3,5 tỷ đồng, bằng 120% kế hoạch.";
const fail = { success: false, error: { issues: [{ path: ["figures", 0, "value"], message: "made to fail" }] } } as never;
const suite = validationDefault();

afterEach(() => {
  validationDefault(suite as "throw");
  vi.restoreAllMocks();
});

describe("validation", () => {
  test("the suite runs with BAOCAO_VALIDATE=throw, and real reports validate", () => {
    expect(process.env.BAOCAO_VALIDATE).toBe("throw");
    expect(suite).toBe("throw");
    expect(Report.safeParse(parseReport(TEXT)).success).toBe(true);
  });
  test("off by default; on with validate: true", () => {
    validationDefault("");
    const spy = vi.spyOn(Report, "safeParse");
    const r = parseReport(TEXT);
    expect(spy).not.toHaveBeenCalled();
    expect(r.figures.length).toBeGreaterThan(0);
    parseReport(TEXT, { validate: true });
    expect(spy).toHaveBeenCalledTimes(1);
  });
  test("a report that does not validate gets an internal.schema warning, not an exception", () => {
    validationDefault("");
    vi.spyOn(Report, "safeParse").mockReturnValue(fail);
    const r = parseReport(TEXT, { validate: true });
    expect(r.warnings.map((w) => w.code)).toContain("internal.schema");
    expect(r.warnings.find((w) => w.code === "internal.schema")!.message).toMatch(/figures\.0\.value: made to fail/);
  });
  test("BAOCAO_VALIDATE=1 validates by default; validate: false still turns it off", () => {
    validationDefault("1");
    const spy = vi.spyOn(Report, "safeParse");
    parseReport(TEXT);
    expect(spy).toHaveBeenCalledTimes(1);
    parseReport(TEXT, { validate: false });
    expect(spy).toHaveBeenCalledTimes(1);
  });
  test("BAOCAO_VALIDATE=throw throws on a report that does not validate", () => {
    validationDefault("throw");
    vi.spyOn(Report, "safeParse").mockReturnValue(fail);
    expect(() => parseReport(TEXT)).toThrow(/BAOCAO_VALIDATE=throw.*made to fail/);
  });
});
