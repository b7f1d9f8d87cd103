/**
 * Shapes from the blind audit G (issue 13): a scale word that starts a compound noun ("tỷ lệ"), a
 * legal document's number and year ("Nghị định 24/2014"), a birth year in brackets between a name
 * and its post, and the post held now ("nay là", "hiện là").
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const figures = (text: string) => parseReport(text).figures.map((f) => [f.kind, f.value]);
const positions = (text: string, name: string) => {
  const p = parseReport(text).people.find((x) => x.name === name);
  return p ? p.positions.map((x) => [x.title, x.org]) : null;
};

describe("a scale word that starts a compound noun is no scale", () => {
  test.each([
    ["Hội đồng quản trị chia cổ tức năm 2016 tỷ lệ 12% bằng tiền mặt.", [["percent", 12]]],
    ["Cổ đông nhận cổ tức 2015 tỉ lệ 20%.", [["percent", 20]]],
    ["Năm 2016 tỷ trọng dịch vụ đạt 41%.", [["percent", 41]]],
  ])("%s", (text, want) => expect(figures(text)).toEqual(want));

  test("a scale word before another noun still scales", () => {
    expect(figures("Doanh thu đạt 12 tỷ đồng, lợi nhuận 3 tỷ.")).toEqual([
      ["money", 12e9],
      ["money", 3e9],
    ]);
  });
});

describe("a legal document's number and year is no part of a whole", () => {
  test.each([
    "Theo Nghị định 37/2015, mỗi sở có không quá 3 phó giám đốc.",
    "Thực hiện Thông tư số 19/2016 của Bộ Tài chính, các đơn vị đã rà soát.",
    "Căn cứ Quyết định 1650/2017 của UBND tỉnh về việc phê duyệt.",
  ])("%s", (text) => expect(parseReport(text).figures.filter((f) => f.kind === "count" && f.of !== undefined)).toEqual([]));

  test("a pair with a noun and no document name is still counted", () => {
    const f = parseReport("Huyện đã hỗ trợ 56/1017 hộ nghèo làm nhà.").figures;
    expect(f.map((x) => [x.value, x.kind === "count" ? x.of : undefined])).toEqual([[56, 1017]]);
  });
});

describe("a birth year or an age in brackets between the name and the post", () => {
  test.each([
    ["Sở đã kỷ luật ông Lý Văn Toàn (SN 1971) - Trưởng phòng Quản lý đô thị với hình thức khiển trách.", "Lý Văn Toàn", [["Trưởng phòng", "Phòng Quản lý đô thị"]]],
    ["Bà Đinh Thị Hạnh (sinh năm 1968), Phó Giám đốc Trung tâm Y tế huyện, cho biết.", "Đinh Thị Hạnh", [["Phó Giám đốc", "Trung tâm Y tế huyện"]]],
    ["Ông Võ Quốc Huy (52 tuổi), Chủ tịch UBND xã Tân Lập, đã nhận lỗi.", "Võ Quốc Huy", [["Chủ tịch", "UBND xã Tân Lập"]]],
  ] as const)("%s", (text, name, want) => expect(positions(text, name)).toEqual(want));

  test("the unit 'Bảo vệ chính trị nội bộ' is read whole", () => {
    expect(positions("Ông Tạ Quang Minh, Trưởng ban Bảo vệ chính trị nội bộ Đảng ủy Khối, phát biểu.", "Tạ Quang Minh")).toEqual([
      ["Trưởng ban", "Ban Bảo vệ chính trị nội bộ Đảng ủy Khối"],
    ]);
  });
});

describe("a former post, then the post held now", () => {
  test.each([
    ["Người ký văn bản là ông Hà Văn Lực - Chủ tịch UBND huyện Mường Tè nay là Bí thư Huyện ủy Mường Tè.", "Hà Văn Lực", [["Chủ tịch", "UBND huyện Mường Tè"], ["Bí thư", "Huyện ủy Mường Tè"]]],
    ["Bà Mai Thị Sen, nguyên Giám đốc Sở Tư pháp, hiện là Phó Chủ tịch HĐND tỉnh, phát biểu.", "Mai Thị Sen", [["nguyên Giám đốc", "Sở Tư pháp"], ["Phó Chủ tịch", "HĐND tỉnh"]]],
  ] as const)("%s", (text, name, want) => expect(positions(text, name)).toEqual(want));
});

const names = (text: string) => parseReport(text).people.map((p) => p.name);
const counts = (text: string) => parseReport(text).figures.flatMap((f) => (f.kind === "count" ? [[f.value, f.category]] : []));

describe("names: family names, kingdoms, a connective after a caption, a name inside an institute's", () => {
  test.each([
    ["Giám đốc Sở Tài chính Hà Nội Khuất Minh Đức phát biểu.", ["Khuất Minh Đức"]],
    ["Trường hợp tác với Đại học Oxford, Vương quốc Anh từ năm 2015.", []],
    ["Ông Vương Quốc Bảo, Chủ tịch Hội Nông dân xã, phát biểu.", ["Vương Quốc Bảo"]],
    ["Thứ trưởng Bộ Tài chính Trần Văn Hiếu Tuy nhiên các quy định vẫn còn hiệu lực.", ["Trần Văn Hiếu"]],
  ] as const)("%s", (text, want) => expect(names(text)).toEqual(want));

  test("a post in brackets after a name goes to that name, not to a name inside the institute's", () => {
    const r = parseReport("Bà Lê Thị Mai (nguyên Phó Chủ tịch nước, Chủ tịch danh dự Viện Trần Văn Giàu) phát biểu.");
    expect(r.people.map((p) => [p.name, p.positions.map((x) => x.title)])).toEqual([["Lê Thị Mai", ["nguyên Phó Chủ tịch nước", "Chủ tịch danh dự"]]]);
  });
});

describe("bylines and credits", () => {
  test("a byline written twice is one person with no form of address", () => {
    const r = parseReport("Công ty chia cổ tức 20% bằng tiền mặt. Minh Anh  Minh Anh  \n");
    expect(r.people.map((p) => [p.name, p.honorifics])).toEqual([["Minh Anh", []]]);
  });
  test("a credit with no colon before a form of address and the next name", () => {
    expect(names("Toàn cảnh buổi lễ. Ảnh Quốc Việt Ông Lê Văn Tám phát biểu.")).toEqual(["Quốc Việt", "Lê Văn Tám"]);
  });
});

describe("counted units and events", () => {
  test.each([
    ["Cục Thuế đã gửi công văn tới 12 phòng, 18 Chi cục Thuế trực thuộc.", [[12, "organization"], [18, "organization"]]],
    ["Trung tâm đã tổ chức 7 hội chợ việc làm và 3 lễ hội văn hóa.", [[7, "event"], [3, "event"]]],
  ] as const)("%s", (text, want) => expect(counts(text)).toEqual(want));
});

describe("an organisation keeps the dashes as written", () => {
  test("an en dash", () => {
    const r = parseReport("Ông Lê Văn Hòa, Phó Giám đốc Sở Văn hóa – Thể thao tỉnh, phát biểu.");
    expect(r.people[0]!.positions[0]!.org).toBe("Sở Văn hóa – Thể thao tỉnh");
  });
});

describe("a run of days joined by 'đến'", () => {
  test.each([
    ["Từ ngày 8 đến 12-7, tại Huế, diễn ra trại hè khoa học.", "2017-07-08"],
    ["Hội chợ mở cửa từ ngày 3 tới 6/9 tại Cần Thơ.", "2017-09-03"],
  ])("%s", (text, want) => expect(parseReport(text, { referenceDate: "2017" }).event.date).toBe(want));

  test("a run of months before a full date is no run of days", () => {
    const r = parseReport("Từ tháng 3 đến 31-12-2016, cảng vụ tiếp nhận 9.000 hồ sơ.", { referenceDate: "2017" });
    expect(r.dates.map((d) => d.value)).toContain("2016-12-31");
    expect(r.dates.map((d) => d.value)).not.toContain("2016-12-03");
  });
});

describe("a count right after a place's name", () => {
  test.each([
    ["Nhật Bản đã bàn giao cho Cảnh sát biển Việt Nam 4 xuồng cao tốc.", [[4, "other"]]],
    ["Trong cuộc bỏ phiếu, Hà Lan 184 phiếu, Ba Lan 190 phiếu.", [[184, "other"], [190, "other"]]],
  ] as const)("%s", (text, want) => expect(counts(text)).toEqual(want));

  test.each([
    "Viện 95 luôn hoàn thành nhiệm vụ được giao.",
    "Trận đấu với Hà Nội 1 khi ấy rất khó khăn.",
  ])("a number inside a name stays out: %s", (text) => expect(counts(text)).toEqual([]));
});
