/**
 * Percent: value as a number of percent, ranges, bounds, relation word and basis.
 */
import { describe, expect, test } from "vitest";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { inferConvention } from "../src/recognize/number.js";
import { recognizePercent } from "../src/recognize/percent.js";
import type { FigureHit } from "../src/recognize/types.js";

function percent(text: string): FigureHit[] {
  const doc = makeDoc(text);
  return recognizePercent({ doc, sentences: sentences(doc), convention: inferConvention(doc).convention });
}

describe("percent: values", () => {
  const table: [number, string[]][] = [
    [6.2, ["6,2%", "6,2 %", "6,2 phần trăm", "6,2％"]],
    [184, ["184%", "184 %"]],
    [0.27, ["0,27%"]],
    [0.037, ["0,037%", "nợ xấu chỉ 0,037% tổng dư nợ"]],
    [50, ["năm mươi phần trăm", "50 phần trăm"]],
    [100, ["100% học viên", "một trăm phần trăm"]],
    [93.58, ["93,58%"]],
    // a decimal separator left dangling before the sign
    [71, ["71,%", "chiếm khoảng 71,% số hộ"]],
  ];
  for (const [value, phrasings] of table)
    test.each(phrasings)(`%s = ${value}`, (p) => expect(percent(p)).toEqual([expect.objectContaining({ kind: "percent", value })]));
});

describe("percent: ranges and bounds", () => {
  test.each([
    ["40-45%", [40, 45]],
    ["2 - 19%", [2, 19]],
    ["từ 20 đến 25%", [20, 25]],
  ] as const)("%s → two figures", (text, values) => {
    const hits = percent(text);
    expect(hits.map((h) => h.value)).toEqual(values);
    for (const h of hits) expect(h.range).toEqual({ from: values[0], to: values[1] });
  });
  test.each([
    ["trên 10% GDP", 10, "lower"],
    ["hơn 40% dân số", 40, "lower"],
    ["tối thiểu 5% vốn", 5, "lower"],
    ["khoảng 10%", 10, "about"],
    ["từ 10% trở lên", 10, "lower"],
    ["đạt 70% trở lên", 70, "lower"],
  ] as const)("%s", (text, value, bound) => expect(percent(text)[0]).toMatchObject({ value, approx: true, bound }));
  test("the span of a bound after the figure", () => {
    const text = "đạt 80% trở lên.";
    const [h] = percent(text);
    expect(text.slice(h!.start, h!.end)).toBe("80% trở lên");
  });
  test("no qualifier, not approx", () => expect(percent("đạt 86,1%")[0]!.approx).toBeUndefined());
});

describe("percent: relation and basis", () => {
  test.each([
    ["đạt 184% so với kế hoạch", "đạt", "kế hoạch"],
    ["tăng 5% so với năm 2019", "tăng", "năm 2019"],
    ["vượt 13% kế hoạch năm", "vượt", "kế hoạch năm"],
    ["giảm 38,5% so với cùng kỳ", "giảm", "cùng kỳ"],
    ["chiếm 16,3%", "chiếm", undefined],
    ["bằng 104% kế hoạch", "bằng", "kế hoạch"],
    ["tăng lên 60%", "tăng", undefined],
  ] as const)("%s", (text, relation, basis) => {
    const [h] = percent(text);
    expect(h!.relation).toBe(relation);
    expect(h!.basis).toBe(basis);
  });
});

describe("percent: not percent", () => {
  test.each(["tỷ lệ 70:30", "gấp rưỡi", "bằng 1/3 so với năm trước", "năm 2022", "5 triệu đồng", "ngày 20/12%"])("%s", (text) =>
    expect(percent(text)).toEqual([]),
  );
});

describe("percent: implied", () => {
  test("a fractional share of the plan", () => expect(percent("đạt 121,6 chỉ tiêu")).toEqual([expect.objectContaining({ value: 121.6, rule: "percent.implied" })]));
  test.each(["đạt 15 chỉ tiêu", "121,6 chỉ tiêu", "đạt 2,5 triệu"])("%s is not", (t) => expect(percent(t)).toEqual([]));
});
