/**
 * Measures: value with scale applied, unit as written (superscripts flattened), ranges, bounds.
 */
import { describe, expect, test } from "vitest";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { inferConvention } from "../src/recognize/number.js";
import { recognizeMeasure } from "../src/recognize/measure.js";
import type { FigureHit } from "../src/recognize/types.js";

function measure(text: string): FigureHit[] {
  const doc = makeDoc(text);
  return recognizeMeasure({ doc, sentences: sentences(doc), convention: inferConvention(doc).convention });
}

describe("measure: value and unit", () => {
  const table: [number, string, string[]][] = [
    [2e6, "tấn", ["2 triệu tấn than", "hai triệu tấn"]],
    [577_000, "tấn", ["577 ngàn tấn", "577 nghìn tấn", "577.000 tấn"]],
    [1.061e10, "m3", ["10,61 tỷ m3 khí", "10,61 tỷ m 3 khí", "10,61 tỷ m³"]],
    [1000, "m2", ["1.000m2", "1.000 m2", "1.000 m²", "1.000 mét vuông"]],
    [2, "ha", ["2ha", "2 ha", "hai ha", "2 héc-ta"]],
    [1.111e10, "kWh", ["11,11 tỷ kWh"]],
    [1_063_100_000, "Sm3", ["1.063,1 triệu Sm3"]],
    [45, "độ C", ["45 độ C"]],
    [120, "km", ["120 km", "120km"]],
    [50, "MW", ["50 MW", "50MW"]],
    [30, "lít", ["30 lít"]],
  ];
  for (const [value, unit, phrasings] of table)
    test.each(phrasings)(`%s = ${value} ${unit}`, (p) => expect(measure(p)).toEqual([expect.objectContaining({ kind: "measure", value, unit })]));
});

describe("measure: ranges and qualifiers", () => {
  test("khoảng 4-5ha → two approx figures", () => {
    const hits = measure("khoảng 4-5ha");
    expect(hits.map((h) => [h.value, h.unit, h.approx])).toEqual([
      [4, "ha", true],
      [5, "ha", true],
    ]);
  });
  test("1,8-2 tấn, and not the denominator after '/'", () => {
    expect(measure("phát thải 1,8-2 tấn CO2/1 tấn thép").map((h) => h.value)).toEqual([1.8, 2]);
  });
  test("khoảng 600.000 tấn", () => expect(measure("khoảng 600.000 tấn")[0]).toMatchObject({ value: 600_000, approx: true, bound: "about" }));
});

describe("measure: not measures", () => {
  test.each(["đường dây 500kV", "26 năm", "trên 35 tuổi", "6 tháng đầu năm", "5 mẫu đơn", "3 máy", "20 học sinh", "8h30", "Quận 1"])("%s", (text) =>
    expect(measure(text)).toEqual([]),
  );
});

describe("measure: the unit of a rate", () => {
  test("1 tấn … 2 tấn in one sentence", () => expect(measure("Cứ 1 tấn thép sản xuất ra thải 2 tấn CO2.").map((h) => h.value)).toEqual([2]));
  test("1 tấn alone stays", () => expect(measure("Thu gom 1 tấn rác.").map((h) => h.value)).toEqual([1]));
});

describe("measure: a unit left out after a scale word", () => {
  test("takes the unit of the measure just before", () => {
    const hits = measure("Nhu cầu năm nay là 12 triệu tấn. Hai nhà máy làm được khoảng 8 triệu nên phải đầu tư thêm.");
    expect(hits.map((h) => [h.value, h.unit, h.approx ?? false])).toEqual([
      [12e6, "tấn", false],
      [8e6, "tấn", true],
    ]);
  });
  test.each([
    "Sản lượng đạt 920.000 tấn. Năm tới có 3 triệu lao động việc làm.",
    "Thu gom 5 tấn rác. Sau đó tăng lên 2 triệu.",
    "Có 3 triệu người.",
  ])("not when a noun follows, the earlier measure is small, or there is none: %s", (text) =>
    expect(measure(text).filter((h) => h.rule === "measure.elided")).toEqual([]),
  );
});
