/**
 * Figure shapes from reports of other genres (issue 13): ranges whose low end drops the high
 * end's zero groups, multipliers written as a range, grain and land units. Sentences written
 * for these tests; each row says what parseReport must read, and rows that must stay as they are.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const figs = (text: string) =>
  parseReport(text).figures.map((f) => [f.kind, f.value, f.kind === "money" ? f.currency : f.kind === "measure" ? f.unit : f.category]);

describe("a range's low end shares the high end's thousands", () => {
  test.each([
    ["Giá bán mỗi con vịt từ 40 - 60.000 đồng.", [["money", 40_000, "VND"], ["money", 60_000, "VND"]]],
    ["Mức thu nhập của công nhân từ 5 - 7.000.000 đồng.", [["money", 5_000_000, "VND"], ["money", 7_000_000, "VND"]]],
  ] as const)("%s", (text, expected) => expect(figs(text)).toEqual(expected));
  test.each([
    // the low end far below the high end, or both small: kept as written
    ["Vé vào cửa từ 1 - 50.000 đồng tùy đối tượng.", [["money", 1, "VND"], ["money", 50_000, "VND"]]],
    ["Mỗi lớp có từ 30 - 45 học sinh.", [["count", 30, "training"], ["count", 45, "training"]]],
  ] as const)("kept: %s", (text, expected) => expect(figs(text)).toEqual(expected));
});

describe("a multiplier written as a range is no count", () => {
  test("gấp 2 - 3 lần", () => {
    expect(figs("Sản lượng năm nay tăng gấp 3 - 4 lần so với năm trước.")).toEqual([]);
  });
  test("a count of times is still a count", () => {
    expect(figs("Đoàn đã kiểm tra 3 lần tại các cơ sở.").length).toBe(1);
  });
});

describe("grain and land units", () => {
  test.each([
    ["Mỗi vụ hợp tác xã thu 2.000 - 3.000 giạ lúa.", [["measure", 2000, "giạ"], ["measure", 3000, "giạ"]]],
    ["Năng suất lúa bình quân đạt 1,2 tấn/công.", [["measure", 1.2, "tấn/công"]]],
    ["Ruộng cho 2 tạ/sào, cao hơn năm ngoái.", [["measure", 2, "tạ/sào"]]],
  ] as const)("%s", (text, expected) => expect(figs(text)).toEqual(expected));
});

describe("abbreviated counted nouns of headlines", () => {
  test.each([
    ["Hà Nội: 40 BV tham gia mạng lưới bệnh viện vệ tinh", [["count", 40, "organization"]]],
    ["Năm nay thêm 9 TYT xã đạt chuẩn quốc gia.", [["count", 9, "organization"]]],
  ] as const)("%s", (text, expected) => expect(figs(text)).toEqual(expected));
});

describe("a bare 'triệu' ending its clause after a money word or verb earlier in the clause", () => {
  test.each([
    ["Số tiền hỗ trợ mỗi gia đình là 150 triệu.", [["money", 150_000_000, "VND"]]],
    ["Giá trị gói thầu là 850 triệu, do xã làm chủ đầu tư.", [["money", 850_000_000, "VND"]]],
    ["Đối tượng đã chiếm đoạt của 12 người 300 triệu.", [["count", 12, "other"]]],
    // no money word in the clause: people, not đồng
    ["Dân số cả nước năm nay đạt 93 triệu.", []],
    ["Số tiền thu được rất lớn. Lượt xem video đạt 3 triệu.", []],
  ] as const)("%s", (text, expected) => expect(figs(text)).toEqual(expected));
});

describe("'năm' before an abbreviated counted noun is five", () => {
  test("the parts of a whole of hospitals add up", () => {
    const r = parseReport("Giải thưởng chọn từ 35 BV, gồm hai BV cấp bộ, 20 BV tuyến thành phố, năm BV tuyến huyện, tám BV tư nhân.");
    expect(r.figures.map((f) => f.value)).toEqual([35, 2, 20, 5, 8]);
    expect(r.findings.filter((f) => f.rule === "breakdown.sum")).toEqual([]);
  });
});
