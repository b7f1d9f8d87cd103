/**
 * Shapes from the blind audit H (issue 13): degrees written in full, joined by dashes or in lower
 * case; "làm" between an organisation and the post taken up; the post held now in brackets
 * ("(hiện đang là …)"); "đăng ký" and "khám, chữa bệnh" inside a unit's name; funds and police units
 * counted as organisations; "24/24h" round the clock.
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const person = (text: string, name: string) => parseReport(text).people.find((x) => x.name === name);
const positions = (text: string, name: string) => person(text, name)?.positions.map((x) => [x.title, x.org]) ?? null;
const counts = (text: string) =>
  parseReport(text).figures.flatMap((f) => (f.kind === "count" ? [[f.value, f.category, f.of ?? null]] : []));

describe("degrees written in full", () => {
  test("joined by dashes", () => {
    const p = person("Phát biểu tại buổi lễ, Giáo sư – Tiến sĩ Trần Văn Bình cảm ơn các đơn vị.", "Trần Văn Bình");
    expect(p?.honorifics).toEqual(["GS", "TS"]);
  });
  test("a dash before an honour written in full", () => {
    const p = person("Buổi lễ có Phó Giáo sư - Thầy thuốc Nhân dân Lê Thị Hoa tham dự.", "Lê Thị Hoa");
    expect(p?.honorifics).toEqual(["PGS", "TTND"]);
  });
  test("in lower case, joined by a comma", () => {
    const p = person("Theo giáo sư, tiến sĩ khoa học Phạm Quốc Hùng, ngành cần thêm kỹ sư.", "Phạm Quốc Hùng");
    expect(p?.honorifics).toEqual(["GS", "TSKH"]);
  });
  test("an abbreviation before a dash is not read across it", () => {
    const p = person("Đội tuyển TS - Nguyễn Văn Hải về nhất.", "Nguyễn Văn Hải");
    expect(p?.honorifics ?? []).toEqual([]);
  });
});

describe("the post held now and the post taken up", () => {
  test("'làm' ends the organisation of the post held before", () => {
    expect(positions("Ban Thường vụ điều động đồng chí Lê Văn Tâm, Chánh Văn phòng Huyện ủy làm Bí thư Đảng ủy xã Tân Hòa.", "Lê Văn Tâm")).toEqual([
      ["Chánh Văn phòng", "Văn phòng Huyện ủy"],
      // (the post taken up after the appointing verb and "làm" is his too: audit M, people-shared-title.ts)
      ["Bí thư", "Đảng ủy xã Tân Hòa"],
    ]);
  });
  test("'việc làm' stays in a unit's name", () => {
    expect(positions("Ông Trần Minh Đức, Giám đốc Trung tâm Dịch vụ việc làm tỉnh Nam Định, cho biết.", "Trần Minh Đức")).toEqual([
      ["Giám đốc", "Trung tâm Dịch vụ việc làm tỉnh Nam Định"],
    ]);
  });
  test("the post held now in brackets", () => {
    expect(positions("Tỉnh phê bình bà Vũ Thị Lan – nguyên Chủ tịch UBND huyện Kim Sơn (hiện đang là Phó Giám đốc Sở Xây dựng).", "Vũ Thị Lan")).toEqual([
      ["nguyên Chủ tịch", "UBND huyện Kim Sơn"],
      ["Phó Giám đốc", "Sở Xây dựng"],
    ]);
  });
});

describe("words inside a unit's name", () => {
  test("'đăng ký' does not end it at 'ký'", () => {
    expect(positions("Tỉnh giao ông Lý Văn Sơn làm giám đốc Văn phòng Đăng ký đất đai tỉnh Hà Nam.", "Lý Văn Sơn")).toEqual([
      ["giám đốc", "Văn phòng Đăng ký đất đai tỉnh Hà Nam"],
    ]);
  });
  test("'khám, chữa bệnh' keeps its comma", () => {
    expect(positions("Ông Hà Quang Minh, Phó Cục trưởng Cục Quản lý Khám, chữa bệnh cho biết.", "Hà Quang Minh")).toEqual([
      ["Phó Cục trưởng", "Cục Quản lý Khám, chữa bệnh"],
    ]);
  });
});

describe("counts", () => {
  test("funds and police units by level are organisations", () => {
    expect(counts("Công ty gửi thư mời tới 12 quỹ đầu tư và ký quy chế với 5 Công an tỉnh lân cận.")).toEqual([
      [12, "organization", null],
      [5, "organization", null],
    ]);
  });
  test("'24/24h' is round the clock, not 24 of 24", () => {
    expect(counts("Lực lượng trực 24/24h trên 9 tuyến đường.")).toEqual([[9, "other", null]]);
  });
  test("'24/24 xã' is still a pair", () => {
    expect(counts("Đến nay 24/24 xã đạt chuẩn.")).toEqual([[24, "other", 24]]);
  });
});

describe("deputies and schools", () => {
  test("deputy heads of an office are personnel", () => {
    expect(counts("Văn phòng Sở hiện có ba phó chánh văn phòng và hai phó trưởng phòng.")).toEqual([
      [3, "personnel", null],
      [2, "personnel", null],
    ]);
  });
  test("a name after 'chuyên' is a school's", () => {
    const people = parseReport("Các trường có nhiều thí sinh đỗ: THPT chuyên Hùng Vương (40 thí sinh), chuyên Trần Văn Giàu (18 thí sinh).").people;
    expect(people.map((p) => p.name)).toEqual([]);
  });
});

describe("a place in brackets between a post and the name", () => {
  test.each([
    ["Chủ tịch Hội Cựu chiến binh xã Đông Hòa (huyện Tây Sơn, Bình Định) Lê Văn Tám cho biết hội có 120 hội viên.", "Lê Văn Tám", [["Chủ tịch", "Hội Cựu chiến binh xã Đông Hòa"]]],
    ["Phó Chủ tịch UBND quận Ba Đình (TP. Hà Nội) Trần Thị Mai phát biểu.", "Trần Thị Mai", [["Phó Chủ tịch", "UBND quận Ba Đình"]]],
  ])("%s", (text, name, want) => expect(positions(text, name)).toEqual(want));
  test("a bracket that is no place does not join them", () => {
    expect(positions("Giám đốc Công ty Minh Phát (thành lập 2005) Đỗ Văn Hùng cho biết.", "Đỗ Văn Hùng") ?? []).toEqual([]);
  });
});

describe("a range with a qualifier before its upper end", () => {
  test("'từ A đến hơn B' gives both ends", () => {
    const f = parseReport("Mỗi hộ còn nợ từ 300 triệu đến hơn 500 triệu đồng.").figures;
    expect(f.map((x) => [x.kind, x.value])).toEqual([
      ["money", 300e6],
      ["money", 500e6],
    ]);
  });
  test("a year before 'tới hơn B' is no lower end", () => {
    const f = parseReport("Giá bình quân giảm so với năm 2015 tới hơn 4.200 USD mỗi tấn.").figures;
    expect(f.map((x) => [x.kind, x.value])).toEqual([["money", 4200]]);
  });
});

describe("'ĐB' before a name", () => {
  test("a deputy at question time is a person with the post as written", () => {
    expect(positions("Trả lời ĐB Lê Thị Thu Hà (Nghệ An), Bộ trưởng cho biết sẽ rà soát.", "Lê Thị Thu Hà")).toEqual([["ĐB", null]]);
    expect(positions("ĐBQH Đỗ Văn Nam (Hải Phòng) đề nghị làm rõ.", "Đỗ Văn Nam")).toEqual([["ĐBQH", null]]);
  });
  test("'ĐB' alone is no person", () => {
    expect(parseReport("Nhiều ĐB cho rằng cần sửa luật.").people).toEqual([]);
  });
});

describe("the time a post was held is no end of the chain", () => {
  test.each([
    ["Ông Trần Văn Hùng, Thành viên Hội đồng quản trị từ năm 2009, Chủ tịch Ủy ban Rủi ro của ngân hàng.", "Trần Văn Hùng", [["Thành viên", "Hội đồng quản trị"], ["Chủ tịch", "Ủy ban Rủi ro"]]],
    ["Bà Lê Thị Hoa, Giám đốc Sở Tài chính từ tháng 3/2015, Phó Bí thư Đảng ủy khối cho biết.", "Lê Thị Hoa", [["Giám đốc", "Sở Tài chính"], ["Phó Bí thư", "Đảng ủy khối"]]],
  ])("%s", (text, name, want) => expect(positions(text, name)).toEqual(want));
});

describe("agreements are counted", () => {
  test.each([
    ["Bộ sẽ trình 6 Hiệp định hợp tác với các nước bạn.", [[6, "other", null]]],
    ["Công ty đã ký 4 biên bản ghi nhớ về du lịch.", [[4, "other", null]]],
  ])("%s", (text, want) => expect(counts(text)).toEqual(want));
});
