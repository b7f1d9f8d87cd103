/**
 * checkReport's public face: a Report in (public types only), findings out; anything else is a
 * TypeError that says what was wrong. Relations are part of the Report and validate.
 */
import { describe, expect, test } from "vitest";
import { checkReport, parseReport, Report, RelationRecord, Finding } from "../src/index.js";

describe("checkReport", () => {
  test("runs on a report alone and gives the findings parseReport gave", () => {
    const r = parseReport("Trường có 12 đơn vị, gồm 5 khoa và 8 trung tâm. Ngày 31/02/2023, trường họp.");
    expect(checkReport(r)).toEqual(r.findings);
    expect(r.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["breakdown.sum", "dates.impossible"]);
  });
  test("a report that went through JSON is checked the same", () => {
    const r = parseReport("Doanh thu đạt 4 tỷ đồng, bằng 180% kế hoạch (kế hoạch được giao 2 tỷ đồng).");
    expect(checkReport(JSON.parse(JSON.stringify(r)) as Report)).toEqual(r.findings);
  });
  test.each([
    ["a string", "Doanh thu đạt 4 tỷ đồng"],
    ["null", null],
    ["an array", []],
    ["a report without relations", (() => {
      const { relations: _r, ...rest } = parseReport("Có 3 người.");
      return rest;
    })()],
  ])("%s: a TypeError naming the problem", (_name, value) => {
    expect(() => checkReport(value as unknown as Report)).toThrow(TypeError);
    expect(() => checkReport(value as unknown as Report)).toThrow(/checkReport: expected a Report from parseReport\(\)/);
  });
  test("every relation and finding validates; findings name their relation and state the arithmetic", () => {
    const r = parseReport("Hội có 250 hội viên, trong đó 300 hội viên nữ. Lợi nhuận đạt 120 tỷ đồng, tăng 30% so với cùng kỳ năm trước (100 tỷ đồng).");
    for (const x of r.relations) expect(RelationRecord.safeParse(x).success).toBe(true);
    const errors = r.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.rule)).toEqual(["breakdown.part", "growth.rate"]);
    for (const f of errors) {
      expect(Finding.safeParse(f).success).toBe(true);
      expect(r.relations.find((x) => x.id === f.relation)).toBeDefined();
      expect(f.arithmetic?.vi).toBeTruthy();
    }
    expect(errors[1]!.arithmetic).toEqual({ vi: "120 ÷ 100 = 1,2: tăng 20%, không phải tăng 30%", en: "120 ÷ 100 = 1.2: a rise of 20%, not a rise of 30%" });
  });
});
