/**
 * Shapes from the audit M of archive posts (issue 14): one title shared by a list of names, before
 * the list ("N <title> gồm các ông, bà: A, B và C") or after it ("bổ sung A, …; B, … làm <title>");
 * a mixed plural address ("các ông, bà") giving Bà or Ông by the middle name.
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { names, people, posts } from "./helpers/people.js";

const honorifics = (text: string, name: string) => people(text).find((p) => p.name === name)?.honorifics ?? null;

describe("a title before a list of its holders", () => {
  const text = "Hiện Cục Hải quan có 3 Phó cục trưởng gồm các ông, bà: Lạc Văn Quyết, Tôn Thị Mơ và Đàm Quang Vĩnh. Bà Mơ phụ trách nghiệp vụ.";
  test.each(["Lạc Văn Quyết", "Tôn Thị Mơ", "Đàm Quang Vĩnh"])("%s gets the title", (name) => {
    expect(posts(text, name)).toEqual(["Phó cục trưởng"]);
  });
  test("the mixed address: Bà for a name with 'Thị', Ông for the others", () => {
    expect(honorifics(text, "Lạc Văn Quyết")).toEqual(["Ông"]);
    expect(honorifics(text, "Tôn Thị Mơ")).toEqual(["Bà"]);
    expect(honorifics(text, "Đàm Quang Vĩnh")).toEqual(["Ông"]);
  });
  test("after 'các' and 'là', each honorific written", () => {
    const t = "Hội Nông dân tỉnh có các Phó chủ tịch là ông Mạc Văn Tý, ông Khổng Minh Đạt và bà La Thị Nhàn.";
    expect(names(t).map((n) => posts(t, n))).toEqual([["Phó chủ tịch"], ["Phó chủ tịch"], ["Phó chủ tịch"]]);
  });
  test("a title with no number or plural word before it is one person's", () => {
    const t = "Đoàn kiểm tra do trưởng đoàn Mạc Văn Tý dẫn đầu gồm ông Khổng Minh Đạt và bà La Thị Nhàn.";
    expect(posts(t, "Khổng Minh Đạt")).toEqual([]);
    expect(posts(t, "La Thị Nhàn")).toEqual([]);
  });
  test("a count of things before 'gồm' gives no title", () => {
    const t = "Đoàn có 3 xe gồm: xe của ông Mạc Văn Tý và ông Khổng Minh Đạt.";
    expect(posts(t, "Mạc Văn Tý")).toEqual([]);
  });
});

describe("a list of names, each with its own post, then the post they are named to", () => {
  const text =
    "Hội đồng trường bổ sung ông Lạc Văn Quyết, Chánh Văn phòng Sở; bà Tôn Thị Mơ, Trưởng phòng Đào tạo, ông Đàm Quang Vĩnh và bà Kha Thị Yến, Phó trưởng phòng Tài vụ làm thành viên Hội đồng trường Cao đẳng Y tế.";
  test("each name: its own post, then the shared one", () => {
    expect(posts(text, "Lạc Văn Quyết")).toEqual(["Chánh Văn phòng | Văn phòng Sở", "thành viên | Hội đồng trường Cao đẳng Y tế"]);
    expect(posts(text, "Tôn Thị Mơ")).toEqual(["Trưởng phòng | Phòng Đào tạo", "thành viên | Hội đồng trường Cao đẳng Y tế"]);
    expect(posts(text, "Đàm Quang Vĩnh")).toEqual(["thành viên | Hội đồng trường Cao đẳng Y tế"]);
    expect(posts(text, "Kha Thị Yến")).toEqual(["Phó trưởng phòng | Phòng Tài vụ", "thành viên | Hội đồng trường Cao đẳng Y tế"]);
  });
  test("one name after an appointing verb", () => {
    expect(posts("Đại hội đã bầu ông Mạc Văn Tý làm Chủ tịch Hội Cựu chiến binh xã.", "Mạc Văn Tý")).toEqual(["Chủ tịch | Hội Cựu chiến binh xã"]);
  });
  test("another verb before the list: no shared post", () => {
    const t = "Hội đồng trường cảm ơn ông Lạc Văn Quyết, bà Tôn Thị Mơ làm việc tận tụy; ông Đàm Quang Vĩnh làm thành viên Ban kiểm soát.";
    expect(posts(t, "Lạc Văn Quyết")).toEqual([]);
    expect(posts(t, "Tôn Thị Mơ")).toEqual([]);
  });
});
