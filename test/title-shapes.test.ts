/**
 * Title shapes from the blind audit I (session 28): a board named by a verb after a shared head
 * ("trưởng ban chỉ đạo …"; two such boards of one person are two posts, audit J), a post joined by ", kiêm" / ", đồng thời là", a post after a short
 * back-reference ("ông Dương, …", "ông Dương khi là …"), and "đại diện đến từ X là ông Y".
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const positions = (text: string, name: string) =>
  parseReport(text).people.find((x) => x.name === name)?.positions.map((x) => [x.title, x.org]) ?? null;

describe("a board named by a verb after a shared head", () => {
  test("'trưởng ban chỉ đạo' in lower case: the org is the board, with its head", () => {
    expect(positions("Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh, trưởng ban chỉ đạo phòng chống thiên tai tỉnh cho biết.", "Nguyễn Văn Hùng")).toEqual([
      ["Phó Chủ tịch", "UBND tỉnh"],
      ["trưởng ban", "Ban chỉ đạo phòng chống thiên tai tỉnh"],
    ]);
  });
  test("'phó trưởng ban tổ chức'", () => {
    expect(positions("Bà Lê Thị Mai - phó trưởng ban tổ chức giải đấu, cho biết.", "Lê Thị Mai")).toEqual([["phó trưởng ban", "Ban tổ chức giải đấu"]]);
  });
  test("the task after the board's kind is read as its name ('xây dựng' is no end there)", () => {
    expect(positions("Ông Lê Văn An, Trưởng ban chỉ đạo xây dựng nông thôn mới huyện, phát biểu.", "Lê Văn An")).toEqual([
      ["Trưởng ban", "Ban chỉ đạo xây dựng nông thôn mới huyện"],
    ]);
  });
  test("a steering board named by its number", () => {
    expect(positions("Phó Thủ tướng Trần Văn Bình, Trưởng Ban Chỉ đạo 127 quốc gia tới dự.", "Trần Văn Bình")).toEqual([
      ["Phó Thủ tướng", null],
      ["Trưởng Ban", "Ban Chỉ đạo 127 quốc gia"],
    ]);
  });
  test("a second 'Trưởng ban' post of a steering board is kept beside the first, in a later mention too", () => {
    expect(positions("Ông Phạm Văn Hải, Trưởng ban Tuyên giáo Huyện ủy cho biết. Ông Hải, Trưởng ban chỉ đạo phòng chống dịch huyện, nói thêm.", "Phạm Văn Hải")).toEqual([
      ["Trưởng ban", "Ban Tuyên giáo Huyện ủy"],
      ["Trưởng ban", "Ban chỉ đạo phòng chống dịch huyện"],
    ]);
  });
  test("one unit written two ways stays one post ('Phòng GD-ĐT', 'Phòng Giáo dục')", () => {
    expect(positions("Ông Võ Văn Tâm - Trưởng phòng GD-ĐT huyện Kỳ Anh ký công văn. Ông Võ Văn Tâm, Trưởng phòng Giáo dục huyện Kỳ Anh cho biết thêm.", "Võ Văn Tâm")).toEqual([
      ["Trưởng phòng", "Phòng GD-ĐT huyện Kỳ Anh"],
    ]);
  });
  test("'chỉ đạo' after a title that names no board stays the verb", () => {
    expect(positions("Ông Trần Văn Nam, Chủ tịch UBND huyện chỉ đạo các xã khắc phục hậu quả.", "Trần Văn Nam")).toEqual([["Chủ tịch", "UBND huyện"]]);
  });
  test("'Tuyển sinh' inside a board's name", () => {
    expect(positions("Đại tá Lê Văn Hòa, Trưởng Ban Tuyển sinh và Đào tạo Học viện Lục quân, phát biểu.", "Lê Văn Hòa")).toEqual([
      ["Trưởng Ban", "Ban Tuyển sinh và Đào tạo Học viện Lục quân"],
    ]);
  });
});

describe("a post joined after a comma", () => {
  test("', kiêm'", () => {
    expect(positions("Ông Nguyễn Văn Hùng, Trưởng ban Tuyên giáo Tỉnh ủy, kiêm Phó Chủ tịch UBND tỉnh, cho biết.", "Nguyễn Văn Hùng")).toEqual([
      ["Trưởng ban", "Ban Tuyên giáo Tỉnh ủy"],
      ["Phó Chủ tịch", "UBND tỉnh"],
    ]);
  });
  test("', đồng thời là'", () => {
    expect(positions("Ông Trần Văn Bình, Trưởng Ban Dân vận Huyện ủy, đồng thời là Trưởng ban chỉ đạo xây dựng nông thôn mới huyện, phát biểu.", "Trần Văn Bình")).toEqual([
      ["Trưởng Ban", "Ban Dân vận Huyện ủy"],
      ["Trưởng ban", "Ban chỉ đạo xây dựng nông thôn mới huyện"],
    ]);
  });
});

describe("a post after a short back-reference", () => {
  test("'ông Dương khi là Chủ tịch kiêm Giám đốc điều hành …'", () => {
    expect(positions("Ông Trần Văn Dương bị khởi tố. Ông Dương khi là Chủ tịch kiêm Giám đốc điều hành Công ty Cổ phần Sao Mai đã ký hợp đồng.", "Trần Văn Dương")).toEqual([
      ["Chủ tịch", null],
      ["Giám đốc điều hành", "Công ty Cổ phần Sao Mai"],
    ]);
  });
  test("'ông Dương, khi còn là …'", () => {
    expect(positions("Ông Trần Văn Dương bị khởi tố. Ông Dương, khi còn là Tổng giám đốc Công ty Cổ phần Sao Mai, đã ký hợp đồng.", "Trần Văn Dương")).toEqual([
      ["Tổng giám đốc", "Công ty Cổ phần Sao Mai"],
    ]);
  });
  test("an apposition closed by a comma", () => {
    expect(positions("Ông Lê Văn Erdem bị bắt. Ông Erdem, nguyên Thứ trưởng Bộ Tư pháp, bị bắt cùng vợ.", "Lê Văn Erdem")).toEqual([["nguyên Thứ trưởng", "Bộ Tư pháp"]]);
  });
  test("'Theo ông X, <title> …' opens what X said: no post", () => {
    expect(positions("Ông Rex Tillerson đến Hà Nội. Theo ông Tillerson, Tổng thống Trump vẫn đang cân nhắc.", "Rex Tillerson")).toEqual([]);
    // (a post closed only by a dash after "Theo ông X" is not his: the "Theo" rule's own case)
    expect(positions("Ông Nguyễn Văn Hùng đến Hà Nội. Theo ông Hùng, Giám đốc Sở Tư pháp - cơ quan chủ trì đã đồng ý.", "Nguyễn Văn Hùng")).toEqual([]);
  });
  test("'Theo ông X, <title> <org>, …': an apposition closed by a comma is his", () => {
    expect(positions("Ông Nguyễn Văn Hùng bị khởi tố. Theo ông Hùng, Phó Giám đốc Sở Tài chính, số tiền này đã được nộp lại.", "Nguyễn Văn Hùng")).toEqual([
      ["Phó Giám đốc", "Sở Tài chính"],
    ]);
  });
  test("a post that runs on into the clause is not his: no post", () => {
    expect(positions("Ông Nguyễn Văn Comey bị cách chức. Sau khi cách chức ông Comey, Giám đốc Sở Y tế đã họp báo.", "Nguyễn Văn Comey")).toEqual([]);
  });
});

describe("'là' between a post and the name", () => {
  test("'đại diện đến từ <org> là ông <name>'", () => {
    expect(positions("Tham dự buổi lễ có đại diện đến từ Sở Công Thương tỉnh là ông Phạm Văn Long.", "Phạm Văn Long")).toEqual([["đại diện", "Sở Công Thương tỉnh"]]);
  });
  test("'<title> <org> là ông <name>'", () => {
    expect(positions("Các văn bản do Phó chủ tịch UBND quận Lê Chân là ông Trần Hữu Xuân ký.", "Trần Hữu Xuân")).toEqual([["Phó chủ tịch", "UBND quận Lê Chân"]]);
  });
  test("not a post owned by the noun before it ('người phát ngôn của Tổng thống Nga là ông …')", () => {
    expect(positions("Tuy nhiên, người phát ngôn của Tổng thống Nga là ông Dmitry Peskov cho biết.", "Dmitry Peskov") ?? []).not.toContainEqual(["Tổng thống", "Nga"]);
  });
});

/** The reviewer's repros of session 28 (s28-fixtit): wrong posts, and false positions.conflict errors. */
const conflicts = (text: string) => parseReport(text).findings.filter((f) => f.rule === "positions.conflict");

describe("a steering board cut short to its kind", () => {
  test("'Trưởng ban chỉ đạo của Chính phủ về …': no org 'Ban chỉ đạo' that matches every board, no conflict", () => {
    const text =
      "Phó Thủ tướng Vương Đình Huệ - Trưởng ban chỉ đạo của Chính phủ về tái cơ cấu doanh nghiệp nhà nước cho biết. Phó Thủ tướng Vương Đình Huệ, Phó trưởng ban chỉ đạo xây dựng nông thôn mới Trung ương, phát biểu.";
    expect(positions(text, "Vương Đình Huệ")).toEqual([
      ["Phó Thủ tướng", null],
      ["Trưởng ban", null],
      ["Phó trưởng ban", "Ban chỉ đạo xây dựng nông thôn mới Trung ương"],
    ]);
    expect(conflicts(text)).toEqual([]);
  });
  test("'Phó trưởng ban chỉ đạo các chương trình …' beside another steering board: no conflict", () => {
    const text =
      "Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh, Trưởng ban chỉ đạo phòng chống thiên tai tỉnh, Phó trưởng ban chỉ đạo các chương trình mục tiêu quốc gia, phát biểu.";
    expect(positions(text, "Nguyễn Văn Hùng")).toEqual([
      ["Chủ tịch", "UBND tỉnh"],
      ["Trưởng ban", "Ban chỉ đạo phòng chống thiên tai tỉnh"],
      ["Phó trưởng ban", null],
    ]);
    expect(conflicts(text)).toEqual([]);
  });
  test("'Ban Chỉ đạo' alone is not every steering board: no conflict with a named one", () => {
    const text =
      "Phó Thủ tướng Vương Đình Huệ, Trưởng Ban Chỉ đạo chủ trì cuộc họp. Phó Thủ tướng Vương Đình Huệ, Phó trưởng Ban Chỉ đạo xây dựng nông thôn mới Trung ương, phát biểu.";
    expect(positions(text, "Vương Đình Huệ")).toEqual([
      ["Phó Thủ tướng", null],
      ["Trưởng Ban", "Ban Chỉ đạo"],
      ["Phó trưởng Ban", "Ban Chỉ đạo xây dựng nông thôn mới Trung ương"],
    ]);
    expect(conflicts(text)).toEqual([]);
  });
  test("the kind alone kept in capitals or closed by punctuation ('Ban Tổ chức', 'Ban tổ chức,')", () => {
    expect(positions("Ông Nguyễn Thanh Bình, Phó trưởng Ban Tổ chức đề nghị ông Đỗ Đức Duy sớm tiếp cận công việc.", "Nguyễn Thanh Bình")).toEqual([["Phó trưởng Ban", "Ban Tổ chức"]]);
    expect(positions("Ông Lê Văn Hải, Chủ tịch UBND tỉnh, Trưởng Ban tổ chức, nhấn mạnh: lễ hội thành công.", "Lê Văn Hải")).toEqual([
      ["Chủ tịch", "UBND tỉnh"],
      ["Trưởng Ban", "Ban tổ chức"],
    ]);
  });
  test("'Trưởng phòng kiểm tra hồ sơ của 20 doanh nghiệp': a verb's counted object is no board", () => {
    expect(positions("Ông Nguyễn Văn Hùng, Trưởng phòng kiểm tra hồ sơ của 20 doanh nghiệp.", "Nguyễn Văn Hùng")).toEqual([["Trưởng phòng", null]]);
  });
  test("two steering boards of one person in two mentions: two posts", () => {
    const text =
      "Ông Lê Minh Tâm, Phó Chủ tịch UBND tỉnh, Trưởng ban chỉ đạo phòng chống thiên tai tỉnh cho biết mưa còn kéo dài. Chiều cùng ngày, ông Lê Minh Tâm, Trưởng ban chỉ đạo xây dựng nông thôn mới tỉnh, kiểm tra các xã.";
    expect(positions(text, "Lê Minh Tâm")).toEqual([
      ["Phó Chủ tịch", "UBND tỉnh"],
      ["Trưởng ban", "Ban chỉ đạo phòng chống thiên tai tỉnh"],
      ["Trưởng ban", "Ban chỉ đạo xây dựng nông thôn mới tỉnh"],
    ]);
  });
  test("one steering board named again in fewer words: one post", () => {
    const text = "Ông Lê Minh Tâm, Trưởng ban chỉ đạo phòng chống thiên tai tỉnh cho biết mưa lớn. Ông Lê Minh Tâm, Trưởng ban chỉ đạo phòng chống thiên tai nói thêm.";
    expect(positions(text, "Lê Minh Tâm")).toEqual([["Trưởng ban", "Ban chỉ đạo phòng chống thiên tai tỉnh"]]);
  });
  test("'trưởng ban chỉ đạo các đơn vị thực hiện …': 'các' after the kind opens the verb's object", () => {
    expect(positions("Bà Đỗ Thu Hà, Phó Chủ tịch UBND huyện, trưởng ban chỉ đạo các đơn vị thực hiện nghiêm chỉ thị.", "Đỗ Thu Hà")).toEqual([
      ["Phó Chủ tịch", "UBND huyện"],
      ["trưởng ban", null],
    ]);
  });
  test("'trưởng ban chỉ đạo các xã khẩn trương …': the verb's object is no board", () => {
    expect(positions("Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện, trưởng ban chỉ đạo các xã khẩn trương khắc phục hậu quả.", "Nguyễn Văn Hùng")).toEqual([
      ["Phó Chủ tịch", "UBND huyện"],
      ["trưởng ban", null],
    ]);
  });
});

describe("'<title> <org> là ông <name>' unless the word before it owns the title", () => {
  test("'Người ký thay Chủ tịch UBND tỉnh là ông …': only his own post, no conflict", () => {
    const text = "Người ký thay Chủ tịch UBND tỉnh là ông Nguyễn Văn Hùng, Phó Chủ tịch UBND tỉnh.";
    expect(positions(text, "Nguyễn Văn Hùng")).toEqual([["Phó Chủ tịch", "UBND tỉnh"]]);
    expect(conflicts(text)).toEqual([]);
  });
  test.each([
    ["Vợ Giám đốc Sở Y tế là bà Lê Thị Mai.", "Lê Thị Mai"],
    ["Con trai Chủ tịch UBND tỉnh là ông Trần Văn Bình.", "Trần Văn Bình"],
    ["Trợ lý Bộ trưởng Bộ Công Thương là ông Lê Văn Nam.", "Lê Văn Nam"],
    ["Đối tượng hành hung Chủ tịch UBND xã là ông Phạm Văn Tư.", "Phạm Văn Tư"],
    ["Người tố cáo Giám đốc Công ty Sao Mai là ông Đỗ Văn Hải.", "Đỗ Văn Hải"],
    ["Chú Hiệu trưởng Trường THPT Nguyễn Du là ông Đỗ Văn Giang.", "Đỗ Văn Giang"],
    ["Bà nội Chi cục trưởng Chi cục Thuế là bà Lý Thị Hoa.", "Lý Thị Hoa"],
    ["Thư ký riêng Chủ tịch UBND tỉnh là ông Nguyễn Văn Nam.", "Nguyễn Văn Nam"],
    ["Luật sư bào chữa cho Giám đốc Công ty ABC là ông Trần Văn Tú.", "Trần Văn Tú"],
    ["Theo người phát ngôn Tổng thống Nga là ông Dmitry Peskov, cuộc gặp sẽ diễn ra.", "Dmitry Peskov"],
  ])("the post of the noun or verb before it: %s", (text, name) => {
    expect(positions(text, name)).toEqual([]);
  });
  test.each([
    ["Hiện nay Giám đốc Sở Y tế là bà Trần Thị Bình.", "Trần Thị Bình", ["Giám đốc", "Sở Y tế"]],
    ["Trong khi đó Chủ tịch UBND huyện là ông Lê Văn Cường.", "Lê Văn Cường", ["Chủ tịch", "UBND huyện"]],
    ["Khi ấy Trưởng Công an xã là ông Phạm Văn Dũng.", "Phạm Văn Dũng", ["Trưởng Công an", "Công an xã"]],
    ["Bị cáo khai rằng Giám đốc Công ty TNHH Minh Long là ông Đỗ Văn Hải.", "Đỗ Văn Hải", ["Giám đốc", "Công ty TNHH Minh Long"]],
    ["Ông Trần Văn An cho biết Giám đốc Sở Tài chính là ông Lê Văn Nam đã ký.", "Lê Văn Nam", ["Giám đốc", "Sở Tài chính"]],
  ])("after an adverb or a verb of saying the post is the named one's: %s", (text, name, post) => {
    expect(positions(text, name)).toEqual([post]);
  });
  test("after 'và': 'ông X và đại diện đến từ Masan là ông …'", () => {
    expect(positions("Tham dự có ông Nguyễn Đức Tài và đại diện đến từ Masan là ông Phạm Trung Lâm.", "Phạm Trung Lâm")).toEqual([["đại diện", "Masan"]]);
  });
  test("after a number: 'bổ nhiệm 2 Phó Chủ tịch HĐQT là ông …'", () => {
    expect(positions("Công ty đã bổ nhiệm 2 Phó Chủ tịch HĐQT là ông Nguyễn Văn Hùng và ông Trần Văn Bình.", "Nguyễn Văn Hùng")).toEqual([["Phó Chủ tịch", "HĐQT"]]);
  });
});

describe("a post after a short reference, followed by another person's name", () => {
  test.each([
    ["Ông Nguyễn Văn Hùng bị khởi tố. Làm việc với ông Hùng, Giám đốc Sở Tư pháp, bà Lê Thị Mai cho biết sẽ xem xét."],
    ["Ông Nguyễn Văn Hùng bị khởi tố. Trả lời ông Hùng, Giám đốc Sở Tư pháp, ông Trần Văn Bình cho biết sẽ xem xét."],
    ["Ông Nguyễn Văn Hùng bị khởi tố. Làm việc với ông Hùng, Giám đốc Sở Tư pháp - ông Trần Văn Bình cho biết sẽ xem xét."],
  ])("not his: %s", (text) => {
    expect(positions(text, "Nguyễn Văn Hùng")).toEqual([]);
  });
  test("two posts of one head of two words ('tiểu ban'), one a board named by a verb: two posts", () => {
    expect(
      positions("Ông Lê Văn An, Trưởng tiểu ban Tuyên truyền Đại hội cho biết. Ông Lê Văn An, Trưởng tiểu ban chỉ đạo phòng chống dịch huyện, phát biểu.", "Lê Văn An"),
    ).toEqual([
      ["Trưởng tiểu ban", "Tiểu ban Tuyên truyền Đại hội"],
      ["Trưởng tiểu ban", "Tiểu ban chỉ đạo phòng chống dịch huyện"],
    ]);
  });
  test("closed by a comma and the clause goes on: his", () => {
    expect(positions("Ông Nguyễn Văn Hùng bị khởi tố. Ông Hùng, Giám đốc Sở Tư pháp, đã ký văn bản.", "Nguyễn Văn Hùng")).toEqual([["Giám đốc", "Sở Tư pháp"]]);
  });
});
