/**
 * Reading shapes of round 32 (helper readfix), left from the rounds before: a foreign body's head
 * written with its country, an organisation followed by an approximate duration.
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";
import { people, posts } from "./helpers/people.js";

const honorifics = (text: string, name: string) => people(text).find((p) => p.name === name)?.honorifics ?? null;

describe("a foreign body's head with its country: the country is the organisation or its end", () => {
  test.each([
    // a country of two words whose last is also a village word ("bản")
    ["Chiều qua, Thủ tướng Nhật Bản Kenji Morita đã tiếp đoàn doanh nghiệp.", "Kenji Morita", ["Thủ tướng | Nhật Bản"]],
    ["Đại sứ Nhật Bản Hiroshi Tanabe trao học bổng cho sinh viên.", "Hiroshi Tanabe", ["Đại sứ | Nhật Bản"]],
    // "Ngoại trưởng" is a post, the country after it its organisation
    ["Ngoại trưởng Nga Pavel Orlov cho biết hai bên sẽ nối lại đàm phán.", "Pavel Orlov", ["Ngoại trưởng | Nga"]],
    ["Hôm 3/2, Ngoại trưởng Mỹ John Keller đã tới Seoul.", "John Keller", ["Ngoại trưởng | Mỹ"]],
    ["Ngoại trưởng Daniel Brooks nói rằng hai nước sẽ hợp tác.", "Daniel Brooks", ["Ngoại trưởng"]],
    ["Cựu Ngoại trưởng Pháp Alain Mercier đã phát biểu tại diễn đàn.", "Alain Mercier", ["Cựu Ngoại trưởng | Pháp"]],
    // "Bộ Ngoại giao" is one name ("giao" is no verb here), the country at its end
    ["Bộ trưởng Bộ Ngoại giao Mỹ Peter Lawson đã gặp người đồng cấp.", "Peter Lawson", ["Bộ trưởng | Bộ Ngoại giao Mỹ"]],
    ["Người phát ngôn Bộ Ngoại giao Đào Thị Mai Lan trả lời báo chí.", "Đào Thị Mai Lan", ["Người phát ngôn | Bộ Ngoại giao"]],
    ["Thứ trưởng Bộ Ngoại giao Lương Văn Hải chủ trì hội nghị.", "Lương Văn Hải", ["Thứ trưởng | Bộ Ngoại giao"]],
    // "Anh" after a title and before a foreign name is the country, not a form of address
    ["Thủ tướng Anh Helen Ward đã tới Brussels để đàm phán.", "Helen Ward", ["Thủ tướng | Anh"]],
    ["Bộ trưởng Quốc phòng Anh Mark Fenton thăm căn cứ hải quân.", "Mark Fenton", ["Bộ trưởng | Quốc phòng Anh"]],
  ])("%s", (text, name, want) => expect(posts(text, name)).toEqual(want));

  test.each([
    ["Thủ tướng Anh Helen Ward đã tới Brussels để đàm phán.", "Helen Ward", []],
    ["Ngoại trưởng Anh Oliver Grant gặp anh Nguyễn Văn Bình tại sứ quán.", "Oliver Grant", []],
    // a form of address all the same: before a Vietnamese name, or opening a sentence
    ["Ngoại trưởng Anh Oliver Grant gặp anh Nguyễn Văn Bình tại sứ quán.", "Nguyễn Văn Bình", ["Anh"]],
    ["Anh Ryu Jaesung đến từ Hàn Quốc cho biết đã học tiếng Việt hai năm.", "Ryu Jaesung", ["Anh"]],
  ])("honorifics: %s (%s)", (text, name, want) => expect(honorifics(text, name)).toEqual(want));

  test.each([
    // a list of heads of state: each title and country goes to the name after it, not to the name before
    ["Đoàn gặp Phó Tổng thống Mỹ Brian Cole, Ngoại trưởng Mỹ Ethan Ward và Bộ trưởng Thương mại Mỹ Lucas Hart.", [["Brian Cole", ["Phó Tổng thống | Mỹ"]], ["Ethan Ward", ["Ngoại trưởng | Mỹ"]], ["Lucas Hart", ["Bộ trưởng | Thương mại Mỹ"]]]],
    ["Trong cuộc gặp với Tổng thống Felipe Mora, Thủ tướng Anh Grace Hollis nói hai nước sẽ ký hiệp định.", [["Felipe Mora", ["Tổng thống"]], ["Grace Hollis", ["Thủ tướng | Anh"]]]],
    // a ministry of a field, and a country of two or more words after it
    ["Ra đón có Thứ trưởng Bộ Ngoại giao Liên bang Nga Oleg Petrov, Đại sứ Liên bang Nga tại Việt Nam Ivan Sokolov.", [["Oleg Petrov", ["Thứ trưởng | Bộ Ngoại giao Liên bang Nga"]], ["Ivan Sokolov", ["Đại sứ | Liên bang Nga tại Việt Nam"]]]],
    ["Ra đón có Thứ trưởng Bộ Ngoại giao Anton Volkov, Đại sứ Belarus tại Việt Nam Pavel Lenski.", [["Anton Volkov", ["Thứ trưởng | Bộ Ngoại giao"]], ["Pavel Lenski", ["Đại sứ | Belarus tại Việt Nam"]]]],
  ])("%s", (text, want) => {
    for (const [name, p] of want as [string, string[]][]) expect(posts(text as string, name)).toEqual(p);
  });

  test("a brand after a firm's legal form is no country: the post stays with the name before it", () => {
    expect(posts("Chị Lê Thị Hạnh – Chủ tịch công đoàn Công ty TNHH Canon Việt Nam cho biết, năm nay công nhân đi làm đủ.", "Lê Thị Hạnh")).toEqual(["Chủ tịch | công đoàn Công ty TNHH Canon Việt Nam"]);
  });

  test.each([
    ["Tổng thống đồng ý song Bộ Ngoại giao và Quốc hội Mỹ lại phản đối.", ["Bộ Ngoại giao", "Quốc hội Mỹ"]],
    ["Hai nước ký bản ghi nhớ giữa Bộ Tư pháp, Bộ Ngoại giao và Bộ Y tế của hai bên.", ["Bộ Tư pháp", "Bộ Ngoại giao", "Bộ Y tế"]],
    // a series of fields closed by "và" stays one name
    ["Ông Trần Văn Bình, Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh, cho biết.", ["Sở Lao động, Thương binh và Xã hội tỉnh"]],
    ["Ông Lê Văn Cường, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, nói.", ["Bộ Văn hóa, Thể thao và Du lịch"]],
  ])("a unit's head after 'và' opens another unit: %s", (text, want) => expect(parseReport(text).organizations.map((o) => o.name)).toEqual(want));

  test("a role, 'người' and a country before a foreign name", () => {
    expect(people("Trong bộ phim của đạo diễn người Mỹ Owen Fraser, Tổng thống Nga Boris Orlov nói về chiến tranh.").map((p) => p.name)).toEqual(["Owen Fraser", "Boris Orlov"]);
  });

  test("'giao' as a verb after the ministry's name still ends it", () => {
    expect(posts("Thứ trưởng Bộ Ngoại giao Lương Văn Hải giao nhiệm vụ cho các vụ.", "Lương Văn Hải")).toEqual(["Thứ trưởng | Bộ Ngoại giao"]);
  });
});

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

  test.each([
    ["Theo quyết định, bà Mai Thị Hòa sẽ đảm nhiệm chức vụ Vụ trưởng Vụ Tài chính các ngân hàng kể từ ngày 3/2.", "Mai Thị Hòa", ["Vụ trưởng | Vụ Tài chính các ngân hàng"]],
    ["Ông Lý Văn Sang làm Giám đốc Trung tâm y tế huyện kể từ tháng 5.", "Lý Văn Sang", ["Giám đốc | Trung tâm y tế huyện"]],
  ])("'kể từ' (since) ends it too: %s", (text, name, want) => expect(posts(text, name)).toEqual(want));

  test("the duration's count is no figure, the figure after it is", () => {
    const r = parseReport("Ông Trịnh Văn Cường làm Giám đốc Sở Y tế Hải Dương hơn 5 năm, đã xây mới 12 trạm y tế.");
    expect(r.figures.filter((f) => f.kind === "count").map((f) => f.value)).toEqual([12]);
  });
});
