/**
 * Money: value in the currency's base unit, currency, approx/bound, per, range.
 * Tables of phrasings written for these tests; negatives must yield no money.
 */
import { describe, expect, test } from "vitest";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { inferConvention } from "../src/recognize/number.js";
import { recognizeMoney } from "../src/recognize/money.js";
import type { FigureHit } from "../src/recognize/types.js";

function money(text: string): FigureHit[] {
  const doc = makeDoc(text);
  return recognizeMoney({ doc, sentences: sentences(doc), convention: inferConvention(doc).convention });
}

describe("money: value and currency", () => {
  const table: [number, string, string[]][] = [
    [4_518_000_000, "VND", ["4,518 tỉ đồng", "4,518 tỷ đồng", "4,518 tỷ VNĐ", "4,518 tỷ VND"]],
    [164_380_000_000_000, "VND", ["164.380 tỷ đồng", "164.380 tỷ"]],
    [1_250_000_000, "VND", ["1 tỷ 250 triệu đồng", "một tỷ hai trăm năm mươi triệu đồng"]],
    [2_500_000, "VND", ["2,5 triệu đồng", "hai triệu rưỡi đồng", "2.500.000 đồng", "2.500.000đ", "2.500.000 ₫", "2,5 tr đồng", "2,5 trđ", "2,5 tr.đ", "2 500 000 đồng"]],
    [500_000, "VND", ["500 nghìn đồng", "500 ngàn đồng", "500.000 đồng", "500k đồng"]],
    [128e12, "VND", ["128 ngàn tỷ đồng", "128 nghìn tỷ đồng"]],
    [192e9, "VND", ["192tỷđồng", "192 tỷđồng"]],
    [125e9, "VND", ["125 tỷ", "vốn 125 tỷ, tăng"]],
    [1e9, "VND", ["một tỷ đồng", "một tỉ đồng"]],
    [5e6, "USD", ["5 triệu USD", "5 triệu đô la Mỹ", "$5 triệu", "US$ 5 triệu", "USD 5 triệu"]],
    [200, "USD", ["200 đô la", "200 đôla", "200 USD"]],
    [0.068, "USD", ["6,8 cent"]],
    [3e6, "EUR", ["3 triệu euro", "3 triệu EUR"]],
    [100_000, "JPY", ["100 nghìn yên"]],
    [5e6, "CNY", ["5 triệu nhân dân tệ"]],
  ];
  for (const [value, currency, phrasings] of table)
    test.each(phrasings)(`%s = ${value} ${currency}`, (p) => {
      const hits = money(p);
      expect(hits).toHaveLength(1);
      expect(hits[0]).toMatchObject({ kind: "money", value, currency });
    });
});

describe("money: spans, qualifiers, rates, ranges", () => {
  test("the span covers qualifier, number and currency", () => {
    const text = "thu về khoảng 6.140 tỷ đồng trong năm";
    const [h] = money(text);
    expect(text.slice(h!.start, h!.end)).toBe("khoảng 6.140 tỷ đồng");
    expect(text.slice(h!.numStart!, h!.numEnd!)).toBe("6.140 tỷ");
    expect(h).toMatchObject({ approx: true, bound: "about" });
  });
  test.each([
    ["hơn 8 tỷ đồng", 8e9, "lower"],
    ["trên 5,8 triệu đồng", 5.8e6, "lower"],
    ["gần 27 triệu đồng", 27e6, "about"],
    ["dưới 6.000 tỷ đồng", 6e12, "upper"],
  ] as const)("%s", (text, value, bound) => expect(money(text)[0]).toMatchObject({ value, approx: true, bound }));
  test("rates keep their denominators", () => {
    expect(money("42 triệu đồng/người/tháng")[0]).toMatchObject({ value: 42e6, per: ["người", "tháng"] });
    expect(money("4,7 triệu đồng/người/ tháng")[0]).toMatchObject({ value: 4.7e6, per: ["người", "tháng"] });
    expect(money("khoảng 6,8 cent/kWh")[0]).toMatchObject({ value: 0.068, currency: "USD", per: ["kWh"], approx: true });
  });
  test.each([
    ["16-21 cent/kWh", [0.16, 0.21], "USD"],
    ["4,2 - 4,6 triệu đồng/người/tháng", [4.2e6, 4.6e6], "VND"],
    ["60 - 120 nghìn đồng/người", [60_000, 120_000], "VND"],
    ["250.000 - 450.000đ/suất", [250_000, 450_000], "VND"],
    ["từ 18.000 đến 19.500 tỷ đồng", [18e12, 19.5e12], "VND"],
    ["600-900 tỉ đồng", [600e9, 900e9], "VND"],
  ] as const)("range %s", (text, values, currency) => {
    const hits = money(text);
    expect(hits.map((h) => h.value)).toEqual(values);
    for (const h of hits) expect(h).toMatchObject({ currency, range: { from: values[0], to: values[1] } });
  });
  test("estimated", () => expect(money("dự kiến doanh thu đạt 500 tỷ đồng")[0]).toMatchObject({ value: 500e9, estimated: true }));
});

describe("money: not money", () => {
  test.each([
    "2 đồng chí được khen thưởng",
    "3 đ/c tham dự",
    "hàng chục tỷ đồng",
    "hàng trăm triệu đồng",
    "9,42 tỷ m3 khí",
    "12,35 tỷ kWh điện",
    "7 tỷ người",
    "27 triệu hồ sơ",
    "Hội đồng nhân dân",
    "ngày 20/12/2022 đồng thời",
    "đạt 184%",
  ])("%s", (text) => expect(money(text)).toEqual([]));
});

describe("money: text that lost its spaces", () => {
  test.each([
    ["quỹ của Hội4 tỷ đồng/năm", 4e9, ["năm"]],
    ["mức thưởng là250 triệu đồng/năm", 250e6, ["năm"]],
  ] as const)("%s", (text, value, per) => expect(money(text)).toEqual([expect.objectContaining({ value, currency: "VND", per })]));
  test("an identifier glued to digits is not money", () => expect(money("mã MB24 và CO2")).toEqual([]));
});

describe("money: words that only look like currencies", () => {
  test.each(["3 đô thị loại I", "Km 5 Yên Bái", "3 kíp trực", "2 đồng sáng lập"])("%s", (text) => expect(money(text)).toEqual([]));
  test("all capitals still read", () => expect(money("THU 5 TỶ ĐỒNG")).toEqual([expect.objectContaining({ value: 5e9, currency: "VND" })]));
});

describe("money: any input", () => {
  const pieces = ["1", "2.418", "4,518", "-", "/", " ", "\n", "tỷ", "tỉ", "triệu", "nghìn", "đồng", "đ", "USD", "$", "cent", "người", "tháng", "hơn", "khoảng", "Yên", "chí", "trở lên", "a", "2"];
  test("never throws; values finite and positive; spans inside the text", async () => {
    const fc = await import("fast-check");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        for (const h of money(text)) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(text.length);
          expect(h.start).toBeLessThanOrEqual(h.numStart!);
          expect(h.numEnd!).toBeLessThanOrEqual(h.end);
          expect(Number.isFinite(h.value) && h.value >= 0).toBe(true);
          expect(h.currency).toMatch(/^[A-Z]{3}$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("money: từ X lên Y", () => {
  test.each([
    ["lương tăng từ 3,9 triệu lên 4,35 triệu đồng", [3.9e6, 4.35e6]],
    ["giảm từ 120 tỷ xuống 100 tỷ đồng", [120e9, 100e9]],
    ["từ 500 nghìn lên 1 triệu đồng", [5e5, 1e6]],
    ["từ 3,9 lên 4,35 triệu đồng", [3.9e6, 4.35e6]],
  ] as const)("%s", (text, values) => expect(money(text).map((h) => h.value)).toEqual(values));
});

describe("money: a bare triệu/nghìn", () => {
  test.each([
    ["lương 5 triệu/tháng", 5e6],
    ["hỗ trợ 500 nghìn/người", 5e5],
    ["kinh phí 500 triệu.", 500e6],
    ["bị phạt 10 triệu, ngoài ra", 10e6],
    ["trị giá gần 800 triệu và", 800e6],
  ] as const)("%s", (text, value) => expect(money(text)).toEqual([expect.objectContaining({ value, currency: "VND" })]));
  test.each(["có 10 triệu đoàn viên", "khoảng 27 triệu hồ sơ", "dân số 100 triệu.", "vốn 5 triệu cổ phần"])("%s is not money", (text) =>
    expect(money(text)).toEqual([]),
  );
});

describe("money: a title's number before the amount", () => {
  test.each([
    ["phim Toy Story 3 - 1,067 tỷ USD", [1.067e9]],
    ["phim Harry Potter Vol. 2 - 796,7 triệu USD", [796.7e6]],
  ] as const)("%s", (text, values) => expect(money(text).map((h) => h.value)).toEqual(values));
  test("a plain range stays", () => expect(money("giá từ 300.000 đến 2,4 triệu đồng").map((h) => h.value)).toEqual([300_000, 2.4e6]));
});
