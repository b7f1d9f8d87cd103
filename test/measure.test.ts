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
    [3e6, "tấn", ["3 triệu tấn than", "ba triệu tấn"]],
    [486_000, "tấn", ["486 ngàn tấn", "486 nghìn tấn", "486.000 tấn"]],
    [9.42e9, "m3", ["9,42 tỷ m3 khí", "9,42 tỷ m 3 khí"]],
    [9.42e9, "m³", ["9,42 tỷ m³"]],
    [1000, "m2", ["1.000m2", "1.000 m2"]],
    // a unit spelled in words is reported as written (GOLD.md), not as its symbol
    [1000, "mét vuông", ["1.000 mét vuông"]],
    [20, "mét", ["20 mét", "hai mươi mét"]],
    [5, "ki-lô-mét", ["5 ki-lô-mét"]],
    [1000, "m²", ["1.000 m²"]],
    [40, "g", ["40g đạn chì", "40 g"]],
    [2, "ha", ["2ha", "2 ha", "hai ha"]],
    [2, "héc-ta", ["2 héc-ta"]],
    [1.235e10, "kWh", ["12,35 tỷ kWh"]],
    [1_148_600_000, "Sm3", ["1.148,6 triệu Sm3"]],
    [45, "độ C", ["45 độ C"]],
    [120, "km", ["120 km", "120km"]],
    [50, "MW", ["50 MW", "50MW"]],
    [30, "lít", ["30 lít"]],
  ];
  for (const [value, unit, phrasings] of table)
    test.each(phrasings)(`%s = ${value} ${unit}`, (p) => expect(measure(p)).toEqual([expect.objectContaining({ kind: "measure", value, unit })]));
});

describe("measure: ranges and qualifiers", () => {
  test("khoảng 3-4ha → two approx figures", () => {
    const hits = measure("khoảng 3-4ha");
    expect(hits.map((h) => [h.value, h.unit, h.approx])).toEqual([
      [3, "ha", true],
      [4, "ha", true],
    ]);
  });
  test("1,6-1,9 tấn, and not the denominator after '/'", () => {
    expect(measure("thải ra 1,6-1,9 tấn xỉ/1 tấn quặng").map((h) => h.value)).toEqual([1.6, 1.9]);
  });
  test("khoảng 450.000 tấn", () => expect(measure("khoảng 450.000 tấn")[0]).toMatchObject({ value: 450_000, approx: true, bound: "about" }));
});

describe("measure: not measures", () => {
  test.each(["đường dây 500kV", "26 năm", "trên 35 tuổi", "6 tháng đầu năm", "5 mẫu đơn", "3 máy", "20 học sinh", "8h30", "Quận 1"])("%s", (text) =>
    expect(measure(text)).toEqual([]),
  );
});

describe("measure: the unit of a rate", () => {
  test.each([
    ["Cứ 1 tấn quặng cho ra 2 tấn xỉ.", [2]],
    ["1 tấn mía ép được 90 lít nước.", [90]],
    ["Mỗi 1 ha cho thu 6 tấn lúa.", [6]],
  ] as const)("a bare 1 opening a rate: %s", (text, values) => expect(measure(text).map((h) => h.value)).toEqual(values));
  test.each([
    ["Thu gom 1 tấn rác.", [1]],
    ["Thu hoạch 1 tấn lúa và 2 tấn ngô.", [1, 2]],
    ["Kho nhận 1 tấn gạo, xuất 3 tấn ngô.", [1, 3]],
  ] as const)("a 1 inside the sentence stays: %s", (text, values) => expect(measure(text).map((h) => h.value)).toEqual(values));
});

describe("measure: a unit left out after a scale word", () => {
  test.each([
    ["Sản lượng năm ngoái là 5 triệu tấn. Năm nay chỉ còn 4 triệu nên phải nhập thêm.", [5e6, 4e6]],
    ["Kho chứa 750.000 tấn. Sang năm nâng lên 1,2 triệu.", [750_000, 1.2e6]],
  ] as const)("takes the unit of the measure just before: %s", (text, values) => {
    const hits = measure(text);
    expect(hits.map((h) => h.value)).toEqual(values);
    expect(hits.map((h) => h.unit)).toEqual(["tấn", "tấn"]);
    expect(hits[1]!.rule).toBe("measure.elided");
  });
  test.each([
    "Kho chứa 750.000 tấn. Năm tới có 3 triệu lao động việc làm.",
    "Thu gom 5 tấn rác. Sau đó tăng lên 2 triệu.",
    "Có 3 triệu người.",
    // not of the same order: 400 times the measure
    "Kho chứa 5.000 tấn. Doanh thu đạt 2 triệu.",
    // another amount with a scale word stands between them
    "Sản lượng đạt 5 triệu tấn, nộp thuế 3 tỷ đồng, còn lãi 2 triệu.",
  ])("not when a noun follows, the amounts differ in order, another amount intervenes, or there is none: %s", (text) =>
    expect(measure(text).filter((h) => h.rule === "measure.elided")).toEqual([]),
  );
});

describe("measure: units that are also counted nouns", () => {
  test.each([
    ["sản lượng 1,6 triệu thùng/ngày", 1.6e6],
    ["khai thác 700.000 thùng/ngày", 700_000],
    ["bán 500 thùng dầu thô", 500],
    ["dự trữ tăng 2,9 triệu thùng", 2.9e6],
  ] as const)("%s → thùng", (text, value) => expect(measure(text)).toEqual([expect.objectContaining({ value, unit: "thùng" })]));
  test.each(["tặng 3 thùng mì", "50 thùng hàng", "2 thùng rác", "5 Thùng Đỏ"])("%s is no measure", (text) => expect(measure(text)).toEqual([]));
});

describe("measure: a one-letter unit in capitals", () => {
  test.each(["giải đấu 3M", "xe BKS 76M-1210", "tên lửa 3M-14"])("%s is no measure", (text) => expect(measure(text)).toEqual([]));
  test("lower case stays", () => expect(measure("dài 3m")).toEqual([expect.objectContaining({ value: 3, unit: "m" })]));
});

describe("measure: compound units and the units lexicon", () => {
  test.each([
    ["Nồng độ amoni trong nước thải lên tới 4,5mg/l.", 4.5, "mg/l"],
    ["Hàm lượng bụi đo được 210 µg/m3 vào giờ cao điểm.", 210, "µg/m3"],
    ["Đoạn cao tốc cho phép chạy tối đa 100 km/h.", 100, "km/h"],
    ["Tàu đạt vận tốc 12 km/giờ khi ra khơi.", 12, "km/giờ"],
    ["Nhà máy xử lý 1.200 tấn/ngày rác sinh hoạt.", 1200, "tấn/ngày"],
    ["Trạm cấp nước công suất 30.000 m3/ngày đêm.", 30_000, "m3/ngày đêm"],
    ["Năng suất lúa bình quân đạt 58 tạ/ha.", 58, "tạ/ha"],
    ["Lưu lượng về hồ khoảng 850 m3/s.", 850, "m3/s"],
    ["Mạch của bệnh nhân lên 160 lần/phút.", 160, "lần/phút"],
    ["Huyết áp tụt còn 70 mmHg.", 70, "mmHg"],
    ["Đường huyết đo được 12 mmol/l.", 12, "mmol/l"],
    ["Đội tàu hoạt động cách bờ 20 hải lý.", 20, "hải lý"],
    ["Mỗi viên chứa 500 mg hoạt chất.", 500, "mg"],
    ["Tiếng ồn tại công trường vượt 85 dB.", 85, "dB"],
    ["Đường truyền đạt 100 Mbps.", 100, "Mbps"],
    ["Tốc độ tải xuống 300Mb/s.", 300, "Mb/s"],
    ["Bộ nhớ trong 64 GB.", 64, "GB"],
  ] as const)("%s", (text, value, unit) => expect(measure(text)).toEqual([expect.objectContaining({ kind: "measure", value, unit })]));
  test("a range with a compound unit: two figures", () =>
    expect(measure("tần số tim 180-220 l/p").map((h) => [h.value, h.unit])).toEqual([
      [180, "l/p"],
      [220, "l/p"],
    ]));
  test.each([
    ["Lợn xuất chuồng nặng 100 kg/con.", 100, "kg"],
    ["Mỗi hộ nghèo được cấp 15 kg/người.", 15, "kg"],
  ] as const)("over a counted noun the unit stays: %s", (text, value, unit) => expect(measure(text)).toEqual([expect.objectContaining({ value, unit })]));
});
