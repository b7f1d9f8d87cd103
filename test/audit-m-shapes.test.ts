/**
 * Shapes from blind reading audit M of archive posts: one title shared by a list of names, before
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

describe("a post after a verb, away from the name", () => {
  test("a post named by 'chức vụ', then 'cho' and the name", () => {
    const text = "Bộ Công Thương bổ nhiệm chức vụ Vụ trưởng Vụ Thị trường châu Phi cho ông Kiều Văn Sính.";
    expect(posts(text, "Kiều Văn Sính")).toEqual(["Vụ trưởng | Vụ Thị trường châu Phi"]);
  });
  test("without 'chức vụ' a post before 'cho' is not the named one's", () => {
    const text = "Ông Kiều Văn Sính gửi lời chúc mừng. Phó Vụ trưởng Vụ Thị trường châu Phi trao quà cho ông Ninh Văn Lộc.";
    expect(posts(text, "Ninh Văn Lộc")).toEqual([]);
  });
  test.each([
    ["Ông Kiều Văn Sính phát biểu. Ông Sính từng có thời gian giữ chức vụ Cục phó Cục Xúc tiến thương mại.", "Cục phó | Cục Xúc tiến thương mại"],
    ["Ông Kiều Văn Sính phát biểu. Từ năm 2012, ông Sính được điều chuyển giữ chức vụ Phó cục trưởng Cục Hóa chất.", "Phó cục trưởng | Cục Hóa chất"],
    ["Ông Kiều Văn Sính phát biểu. Sau khi ông Sính được phân công làm Bí thư Đảng ủy khối, công việc thay đổi.", "Bí thư | Đảng ủy khối"],
  ])("a short reference as the subject: %s", (text, post) => expect(posts(text, "Kiều Văn Sính")).toEqual([post]));
  test("a short reference, then a verb far after it in a quote: no post", () => {
    const text = "Ông Kiều Văn Sính phát biểu. Ông Sính nhấn mạnh: “Các đề xuất của nhiều nước về việc mở rộng khối thương mại đúng lúc khi Lào giữ chức Chủ tịch khối”.";
    expect(posts(text, "Kiều Văn Sính")).toEqual([]);
  });
});

describe("a post after a verb of giving is the subject's only after 'được'", () => {
  test("the subject hands over the appointment: no post", () => {
    const text = "Thứ trưởng Kiều Văn Sính trao quyết định bổ nhiệm Cục trưởng Cục Hóa chất tại buổi lễ.";
    expect(posts(text, "Kiều Văn Sính")).toEqual(["Thứ trưởng"]);
  });
  test("'về bổ nhiệm': no post", () => {
    const text = "Bà Ninh Thị Lụa không làm đúng quy định về bổ nhiệm tổ trưởng, tổ phó tổ bộ môn.";
    expect(posts(text, "Ninh Thị Lụa")).toEqual([]);
  });
  test("'được bổ nhiệm': the post", () => {
    const text = "Bà Ninh Thị Lụa vừa được bổ nhiệm giữ chức Phó giám đốc Sở Tư pháp.";
    expect(posts(text, "Ninh Thị Lụa")).toEqual(["Phó giám đốc | Sở Tư pháp"]);
  });
});

describe("'<Title Org>, <honorific> <Name>' after a time phrase", () => {
  test("'sáng nay (day)', then the title and the name", () => {
    const text = "Sau vụ việc, sáng nay (12/4), Giám đốc Sở Y tế Hà Giang, ông Lục Văn Khoa đã xin lỗi người bệnh.";
    expect(posts(text, "Lục Văn Khoa")).toEqual(["Giám đốc | Sở Y tế Hà Giang"]);
  });
  test("after another name's post and a comma, the title is that name's", () => {
    const text = "Làm việc với ông Kiều Văn Sính, Giám đốc Sở Y tế Hà Giang, ông Lục Văn Khoa cho biết.";
    expect(posts(text, "Lục Văn Khoa")).toEqual([]);
    expect(posts(text, "Kiều Văn Sính")).toEqual(["Giám đốc | Sở Y tế Hà Giang"]);
  });
});

describe("'Vụ phó', 'Cục phó' as titles", () => {
  test("before the unit, as after a name", () => {
    expect(posts("Ông Kiều Văn Sính, Vụ phó Vụ Pháp chế, cho biết.", "Kiều Văn Sính")).toEqual(["Vụ phó | Vụ Pháp chế"]);
  });
  test("'nhiệm vụ' before 'phó' opens no 'Vụ phó'", () => {
    expect(posts("Ông Kiều Văn Sính nhận nhiệm vụ phó chủ tịch xã từ tháng 5.", "Kiều Văn Sính")?.join()).not.toMatch(/vụ phó/i);
  });
});

describe("degrees written in full, chained with a comma or a dash", () => {
  test.each([
    ["Sáng 4/3, Thạc sĩ, dược sĩ Âu Thị Liên, Trưởng khoa Dược Bệnh viện tỉnh, cho biết.", "Âu Thị Liên", ["ThS", "DS"]],
    ["Theo Tiến sĩ - kiến trúc sư Mã Văn Đông, quy hoạch cần sửa.", "Mã Văn Đông", ["TS", "KTS"]],
  ])("%s", (text, name, hons) => expect(honorifics(text, name)).toEqual(hons));
  test("a lower-case trade alone stays no honorific", () => {
    expect(honorifics("Theo bác sĩ Âu Thị Liên, bệnh nhân đã ổn định.", "Âu Thị Liên")).toEqual([]);
  });
  test("a form of address before a lower-case trade keeps none chained (as before)", () => {
    expect(honorifics("Ông Mã Văn Đông gặp bà bác sĩ Âu Thị Liên.", "Âu Thị Liên")).toEqual([]);
  });
});

describe("two titles joined by a dash share the organisation after the second", () => {
  test("in brackets after the name", () => {
    const text = "Ông Mã Văn Đông (Phó chủ tịch - Tổng thư ký Hội Luật gia tỉnh) phát biểu.";
    expect(posts(text, "Mã Văn Đông")).toEqual(["Phó chủ tịch | Hội Luật gia tỉnh", "Tổng thư ký | Hội Luật gia tỉnh"]);
  });
  test("before the name", () => {
    const text = "Phó chủ tịch - Tổng thư ký Hội Luật gia tỉnh Mã Văn Đông dự họp.";
    expect(posts(text, "Mã Văn Đông")).toEqual(["Phó chủ tịch | Hội Luật gia tỉnh", "Tổng thư ký | Hội Luật gia tỉnh"]);
  });
  test("joined by a comma, the first keeps no organisation", () => {
    const text = "Ông Mã Văn Đông, Phó chủ tịch, Tổng thư ký Hội Luật gia tỉnh phát biểu.";
    expect(posts(text, "Mã Văn Đông")).toEqual(["Phó chủ tịch", "Tổng thư ký | Hội Luật gia tỉnh"]);
  });
});

describe("'Ông là …' opening a sentence: the post of the man named last before it", () => {
  test("a post, its terms, then another post after a comma", () => {
    const text =
      "Ông Mã Văn Đông sinh năm 1960, quê tỉnh Cà Mau. Ông là Ủy viên Ban Chấp hành Trung ương Đảng các khóa XI; XII, đại biểu Quốc hội khóa XIV.";
    expect(posts(text, "Mã Văn Đông")).toEqual(["Ủy viên | Ban Chấp hành Trung ương Đảng", "đại biểu | Quốc hội"]);
  });
  test("'Bà là' for the woman named last", () => {
    const text = "Bà Âu Thị Liên sinh năm 1971 tại Bến Tre. Bà là Giám đốc Hợp tác xã Thành Công.";
    expect(posts(text, "Âu Thị Liên")).toEqual(["Giám đốc | Hợp tác xã Thành Công"]);
  });
  test("'Bà là' after a man named last: no one's", () => {
    const text = "Ông Mã Văn Đông dự họp. Bà là Giám đốc Hợp tác xã Thành Công.";
    expect(posts(text, "Mã Văn Đông")).toEqual([]);
  });
  test("'Ủy viên Ban Chấp hành X' and 'Ủy viên X' are one post", () => {
    const text = "Ông Mã Văn Đông, Ủy viên Trung ương Đảng, phát biểu. Ông là Ủy viên Ban Chấp hành Trung ương Đảng khóa XII.";
    expect(posts(text, "Mã Văn Đông")).toEqual(["Ủy viên | Trung ương Đảng"]);
  });
});
