/**
 * Shapes from the audit K of archive posts (issue 14): a historical name that ends a school's name
 * after an older school head ("Trường PTCS …") is the school's, and the title before it goes to the
 * person before the comma; a photo credit that runs into the next caption, or a name written twice,
 * is the credit alone; the posts after a party membership (", đảng viên Chi bộ X (…), nguyên …")
 * are read; a pen name after a writer's role with a post after it is a person.
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { names, people, posts } from "./helpers/people.js";


describe("a historical name ending a school's name", () => {
  test.each([
    ["Ông Đỗ Minh Tâm, Chủ tịch Hội đồng quản trị Trường PTCS Lê Văn Hưu (Thanh Hóa) phát biểu tại hội nghị.", "Chủ tịch | Hội đồng quản trị Trường PTCS Lê Văn Hưu"],
    ["Bà Lê Thu Hà, Hiệu trưởng Trường Phổ thông Nguyễn Bỉnh Khiêm cho biết học sinh đã sẵn sàng.", "Hiệu trưởng | Trường Phổ thông Nguyễn Bỉnh Khiêm"],
    ["Ông Trịnh Văn Long, Hiệu trưởng Trường Cao đẳng Nguyễn Tất Thành, đã ký quyết định.", "Hiệu trưởng | Trường Cao đẳng Nguyễn Tất Thành"],
  ])("%s", (text, post) => {
    const found = people(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.positions.map((x) => `${x.title} | ${x.org}`)).toEqual([post]);
  });
  test("a person's name after a school head that is no school word is still read", () => {
    expect(names("Hội đồng quản trị đã họp, ông Nguyễn Văn Hải, Chủ tịch HĐQT, chủ trì.")).toEqual(["Nguyễn Văn Hải"]);
  });
});

describe("a photo credit that runs on", () => {
  test("into the next caption, credited alone elsewhere in the post", () => {
    const text =
      "Các em nhỏ biểu diễn văn nghệ. Ảnh: Hoàng Lâm Vui Tết Trung thu là hoạt động được nhà trường tổ chức hằng năm. " +
      "Phụ huynh tham gia cùng các em. Ảnh: Hoàng Lâm Ban giám hiệu cũng trao quà cho các em.";
    expect(names(text)).toEqual(["Hoàng Lâm"]);
  });
  test("a name written twice before a second signature", () => {
    expect(names("Các em nhận quà của nhà trường. Ảnh: Hoàng Lâm Hoàng Lâm - Minh Đức")).toEqual(["Hoàng Lâm", "Minh Đức"]);
  });
  test("a signature line with a name written twice", () => {
    expect(names("Các em nhận quà của nhà trường. Ảnh: Chu Lâm Ban giám hiệu trao quà. Chu Lâm Chu Lâm - Minh Đức")).toEqual(["Chu Lâm", "Minh Đức"]);
  });
  test("a credit of three syllables stays whole", () => {
    expect(names("Các em nhận quà của nhà trường. Ảnh: Nguyễn Văn Minh Ban giám hiệu trao quà.")).toEqual(["Nguyễn Văn Minh"]);
  });
});

describe("posts after a party membership", () => {
  test("a cell and its committee in brackets", () => {
    const text = "Kỷ luật cảnh cáo ông Trần Văn Bình, đảng viên Chi bộ thôn Đông Hòa (Đảng ủy xã Tân An), nguyên Huyện ủy viên, Phó chủ tịch UBND huyện Tư Nghĩa, nhiệm kỳ 2005 - 2010.";
    expect(posts(text, "Trần Văn Bình")).toEqual(["nguyên Huyện ủy viên", "Phó chủ tịch | UBND huyện Tư Nghĩa"]);
  });
  test("a cell and its committee after a comma", () => {
    const text = "Khiển trách ông Lý Quốc Huy, đảng viên Chi bộ Phòng Cảnh sát giao thông (PC67), Đảng ủy Công an tỉnh Quảng Nam, nguyên Ủy viên Ban Thường vụ Huyện ủy, Trưởng Công an huyện.";
    expect(posts(text, "Lý Quốc Huy")).toEqual(["nguyên Ủy viên | Ban Thường vụ Huyện ủy", "Trưởng Công an | Công an huyện"]);
  });
  test("no post after the membership: none read from the next sentence", () => {
    const text = "Ông Trần Văn Bình, đảng viên Chi bộ 4, bị khai trừ. Bà Lê Thị Hoa, Chủ tịch UBND xã, cho biết.";
    expect(posts(text, "Trần Văn Bình")).toEqual([]);
    expect(posts(text, "Lê Thị Hoa")).toEqual(["Chủ tịch | UBND xã"]);
  });
});

describe("a pen name after a writer's role", () => {
  test.each([
    "Nhà báo Minh Hữu, Chủ tịch Hội Nhà báo Việt Nam cho biết các tác phẩm đều đạt chất lượng.",
    "Theo nhà báo Minh Hữu, Chủ tịch Hội Nhà báo Việt Nam, các tác phẩm đều đạt chất lượng.",
  ])("%s", (text) => expect(posts(text, "Minh Hữu")).toEqual(["Chủ tịch | Hội Nhà báo Việt Nam"]));
  test("no post after it: no person", () => {
    expect(names("Nhà thơ Minh Hữu cho biết tập thơ mới sẽ ra mắt.")).toEqual([]);
  });
});
