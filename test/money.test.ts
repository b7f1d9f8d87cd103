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
    [3_247_000_000, "VND", ["3,247 tỉ đồng", "3,247 tỷ đồng", "3,247 tỷ VNĐ", "3,247 tỷ VND"]],
    [172_520_000_000_000, "VND", ["172.520 tỷ đồng", "172.520 tỷ"]],
    [1_250_000_000, "VND", ["1 tỷ 250 triệu đồng", "một tỷ hai trăm năm mươi triệu đồng"]],
    [2_500_000, "VND", ["2,5 triệu đồng", "hai triệu rưỡi đồng", "2.500.000 đồng", "2.500.000đ", "2.500.000 ₫", "2,5 tr đồng", "2,5 trđ", "2,5 tr.đ", "2 500 000 đồng"]],
    [500_000, "VND", ["500 nghìn đồng", "500 ngàn đồng", "500.000 đồng", "500k đồng"]],
    [134e12, "VND", ["134 ngàn tỷ đồng", "134 nghìn tỷ đồng"]],
    [192e9, "VND", ["192tỷđồng", "192 tỷđồng"]],
    [125e9, "VND", ["125 tỷ", "vốn 125 tỷ, tăng"]],
    [1e9, "VND", ["một tỷ đồng", "một tỉ đồng"]],
    [5e6, "USD", ["5 triệu USD", "5 triệu đô la Mỹ", "$5 triệu", "US$ 5 triệu", "USD 5 triệu"]],
    [200, "USD", ["200 đô la", "200 đôla", "200 USD"]],
    [0.073, "USD", ["7,3 cent"]],
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
    const text = "thu về khoảng 7.230 tỷ đồng trong năm";
    const [h] = money(text);
    expect(text.slice(h!.start, h!.end)).toBe("khoảng 7.230 tỷ đồng");
    expect(text.slice(h!.numStart!, h!.numEnd!)).toBe("7.230 tỷ");
    expect(h).toMatchObject({ approx: true, bound: "about" });
  });
  test.each([
    ["hơn 9 tỷ đồng", 9e9, "lower"],
    ["trên 6,3 triệu đồng", 6.3e6, "lower"],
    ["gần 29 triệu đồng", 29e6, "about"],
    ["dưới 5.000 tỷ đồng", 5e12, "upper"],
  ] as const)("%s", (text, value, bound) => expect(money(text)[0]).toMatchObject({ value, approx: true, bound }));
  test("rates keep their denominators", () => {
    expect(money("45 triệu đồng/người/tháng")[0]).toMatchObject({ value: 45e6, per: ["người", "tháng"] });
    expect(money("4,4 triệu đồng/người/ tháng")[0]).toMatchObject({ value: 4.4e6, per: ["người", "tháng"] });
    expect(money("khoảng 7,3 cent/kWh")[0]).toMatchObject({ value: 0.073, currency: "USD", per: ["kWh"], approx: true });
  });
  test.each([
    ["18-22 cent/kWh", [0.18, 0.22], "USD"],
    ["3,5 - 3,7 triệu đồng/người/tháng", [3.5e6, 3.7e6], "VND"],
    ["50 - 100 nghìn đồng/người", [50_000, 100_000], "VND"],
    ["300.000 - 500.000đ/suất", [300_000, 500_000], "VND"],
    ["từ 21.000 đến 23.000 tỷ đồng", [21e12, 23e12], "VND"],
    ["700-800 tỉ đồng", [700e9, 800e9], "VND"],
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
    "10,61 tỷ m3 khí",
    "11,11 tỷ kWh điện",
    "7 tỷ người",
    "34 triệu hồ sơ",
    "Hội đồng nhân dân",
    "ngày 20/12/2022 đồng thời",
    "đạt 217%",
  ])("%s", (text) => expect(money(text)).toEqual([]));
});

describe("money: text that lost its spaces", () => {
  test.each([
    ["quỹ tỉnh Hội5 tỷ đồng/năm", 5e9, ["năm"]],
    ["mức hỗ trợ là300 triệu đồng/năm", 300e6, ["năm"]],
  ] as const)("%s", (text, value, per) => expect(money(text)).toEqual([expect.objectContaining({ value, currency: "VND", per })]));
  test("an identifier glued to digits is not money", () => expect(money("mã MB24 và CO2")).toEqual([]));
});

describe("money: words that only look like currencies", () => {
  test.each(["3 đô thị loại I", "Km 5 Yên Bái", "3 kíp trực", "2 đồng sáng lập"])("%s", (text) => expect(money(text)).toEqual([]));
  test("all capitals still read", () => expect(money("THU 5 TỶ ĐỒNG")).toEqual([expect.objectContaining({ value: 5e9, currency: "VND" })]));
});

describe("money: any input", () => {
  const pieces = ["1", "1.615", "3,247", "-", "/", " ", "\n", "tỷ", "tỉ", "triệu", "nghìn", "đồng", "đ", "USD", "$", "cent", "người", "tháng", "hơn", "khoảng", "Yên", "chí", "trở lên", "a", "2"];
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
    ["lương tăng từ 4,2 triệu lên 4,68 triệu đồng", [4.2e6, 4.68e6]],
    ["giảm từ 120 tỷ xuống 100 tỷ đồng", [120e9, 100e9]],
    ["từ 500 nghìn lên 1 triệu đồng", [5e5, 1e6]],
    ["từ 4,2 lên 4,68 triệu đồng", [4.2e6, 4.68e6]],
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
  test.each(["có 10 triệu đoàn viên", "khoảng 34 triệu hồ sơ", "dân số 100 triệu.", "vốn 5 triệu cổ phần"])("%s is not money", (text) =>
    expect(money(text)).toEqual([]),
  );
});
