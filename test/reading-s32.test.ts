/**
 * Reading shapes of round 32 (helper readfix), left from the rounds before: an organisation followed
 * by an approximate duration.
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";
import { posts } from "./helpers/people.js";

describe("an organisation followed by an approximate duration or amount ends before it", () => {
  test.each([
    ["Ông Trịnh Văn Cường từng làm Giám đốc Sở Tài chính - Kế hoạch Hải Dương hơn 5 năm.", "Trịnh Văn Cường", ["Giám đốc | Sở Tài chính - Kế hoạch Hải Dương"]],
    ["Bà Lê Thị Hoa giữ chức Phó Giám đốc Sở Y tế Nam Định gần 10 năm trước khi nghỉ hưu.", "Lê Thị Hoa", ["Phó Giám đốc | Sở Y tế Nam Định"]],
    ["Ông Phan Quốc Bảo làm Chủ tịch UBND tỉnh Hà Nam khoảng hai năm thì chuyển công tác.", "Phan Quốc Bảo", ["Chủ tịch | UBND tỉnh Hà Nam"]],
    ["Ông Vũ Đình Khánh, Hiệu trưởng Trường THPT Trần Phú suốt 12 năm, vừa nghỉ hưu.", "Vũ Đình Khánh", ["Hiệu trưởng | Trường THPT Trần Phú"]],
  ])("%s", (text, name, want) => expect(posts(text, name)).toEqual(want));

  test.each([
    // a number that names the body stays in it ("Quận 3", "Bệnh viện 108")
    ["Ông Đặng Minh Tú, Chủ tịch UBND Quận 3, cho biết quận có 14 phường.", "Đặng Minh Tú", ["Chủ tịch | UBND Quận 3"]],
    ["Bà Hồ Thị Ngân, Giám đốc Bệnh viện 108, cho biết bệnh viện đã mổ 20 ca.", "Hồ Thị Ngân", ["Giám đốc | Bệnh viện 108"]],
  ])("as before: %s", (text, name, want) => expect(posts(text, name)).toEqual(want));

  test("the duration's count is no figure, the figure after it is", () => {
    const r = parseReport("Ông Trịnh Văn Cường làm Giám đốc Sở Y tế Hải Dương hơn 5 năm, đã xây mới 12 trạm y tế.");
    expect(r.figures.filter((f) => f.kind === "count").map((f) => f.value)).toEqual([12]);
  });
});
