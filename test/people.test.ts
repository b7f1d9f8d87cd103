/**
 * People, honorifics and positions (src/recognize/people.ts): tables of phrasings written for
 * these tests (not taken from the corpus), Duckling-style — each row gives what must be read.
 */
import { describe, expect, test } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { recognizePeople } from "../src/recognize/people.js";
import type { PersonHit } from "../src/recognize/types.js";

function people(text: string): PersonHit[] {
  const doc = makeDoc(text);
  return recognizePeople({ doc, sentences: sentences(doc), convention: "vi" });
}
const names = (text: string) => people(text).map((p) => p.name);
const positions = (p: PersonHit | undefined) => (p ? p.positions.map((x) => [x.title, x.org]) : null);

describe("names and honorifics", () => {
  const table: [string, string, string[]][] = [
    ["TS. Lương Văn Khải phát biểu tại hội nghị.", "Lương Văn Khải", ["TS"]],
    ["PGS.TS. Đào Thị Mến trình bày báo cáo.", "Đào Thị Mến", ["PGS", "TS"]],
    ["PGS,TS Cù Huy Cận cho biết như vậy.", "Cù Huy Cận", ["PGS", "TS"]],
    ["Thiếu tướng, PGS.TS Kiều Văn Nam tới dự.", "Kiều Văn Nam", ["Thiếu tướng", "PGS", "TS"]],
    ["Tiến sỹ Mạc Đăng Khoa chia sẻ kinh nghiệm.", "Mạc Đăng Khoa", ["TS"]],
    ["Đến dự có đ/c Lò Văn Pá.", "Lò Văn Pá", ["Đồng chí"]],
    ["Đ/c Tạ Quang Bửu nhận nhiệm vụ mới.", "Tạ Quang Bửu", ["Đồng chí"]],
    ["Bà Huỳnh Thị Ngọc Sương tặng quà cho công nhân.", "Huỳnh Thị Ngọc Sương", ["Bà"]],
    ["Theo ông Võ Minh Triết, kết quả rất khả quan.", "Võ Minh Triết", ["Ông"]],
    ["NGƯT Nghiêm Xuân Yêm được tặng hoa.", "Nghiêm Xuân Yêm", ["NGƯT"]],
    ["Đại tá Hầu A Lềnh kiểm tra đơn vị.", "Hầu A Lềnh", ["Đại tá"]],
    ["ThS. Vương Đình Huệ bảo vệ luận văn.", "Vương Đình Huệ", ["ThS"]],
  ];
  test.each(table)("%s", (text, name, hon) => {
    const p = people(text).find((x) => x.name === name);
    expect(p?.name).toBe(name);
    expect(p?.honorifics).toEqual(hon);
  });

  test("a foreign name after a strong honorific", () => {
    expect(names("Ông Kenji Tanaka - Giám đốc văn phòng đại diện phát biểu.")).toContain("Kenji Tanaka");
  });
  test("a person introduced by name, without family name", () => {
    expect(names("Một cổ đông tên Minh Khôi đặt câu hỏi về cổ tức.")).toEqual(["Minh Khôi"]);
    expect(people("Một cổ đông tên Minh Khôi hỏi.")[0]?.roles).toEqual([]);
  });
  test("glued syllables are split", () => {
    expect(names("TS. Phạm QuangHuy báo cáo.")).toEqual(["Phạm Quang Huy"]);
  });
  test("a three-syllable name with a common family name needs no cue", () => {
    expect(names("Hội nghị có sự tham gia của Nguyễn Thị Lụa và nhiều đoàn viên.")).toEqual(["Nguyễn Thị Lụa"]);
  });
  test("variant spellings (Sĩ/Sỹ) are one person", () => {
    expect(names("Ông Lê Sĩ Hùng phát biểu. Sau đó ông Lê Sỹ Hùng trao quà.")).toEqual(["Lê Sĩ Hùng"]);
  });
  test("a name misspelt once is merged under the spelling written most", () => {
    const ps = people("Ông Đào Viết Khanh phát biểu. Ông Đào Viết Khanh cảm ơn. Ông Đào Viết Khánh trao quà.");
    expect(ps.map((p) => [p.name, p.mentions.length])).toEqual([["Đào Viết Khanh", 3]]);
  });
  test("a short reference adds its honorific", () => {
    const p = people("Ông Trịnh Văn Quyết, Chủ tịch Công ty X, cho biết. Anh Quyết nói thêm.")[0];
    expect(p?.honorifics).toEqual(["Ông", "Anh"]);
    expect(p?.mentions).toHaveLength(2);
  });
  test("plural honorific gives every listed name Đồng chí", () => {
    const ps = people("Ban Chấp hành gồm các đồng chí: Lê Văn Tám, Hà Thị Nga và Phùng Quang Thanh.");
    expect(ps.map((p) => [p.name, p.honorifics])).toEqual([
      ["Lê Văn Tám", ["Đồng chí"]],
      ["Hà Thị Nga", ["Đồng chí"]],
      ["Phùng Quang Thanh", ["Đồng chí"]],
    ]);
  });
});

describe("positions", () => {
  const table: [string, string, [string, string | null][]][] = [
    ["TS. Đặng Văn Ngữ – Phó Viện trưởng Viện Sốt rét Trung ương phát biểu.", "Đặng Văn Ngữ", [["Phó Viện trưởng", "Viện Sốt rét Trung ương"]]],
    ["Phó Viện trưởng Đặng Văn Ngữ chủ trì.", "Đặng Văn Ngữ", [["Phó Viện trưởng", null]]],
    ["Thứ trưởng Bộ Y tế Trần Thanh Sơn nhấn mạnh việc này.", "Trần Thanh Sơn", [["Thứ trưởng", "Bộ Y tế"]]],
    [
      "Đồng chí Bế Văn Đàn, Bí thư Đảng ủy, Viện trưởng Viện Hóa học phát biểu.",
      "Bế Văn Đàn",
      [["Bí thư", "Đảng ủy"], ["Viện trưởng", "Viện Hóa học"]],
    ],
    ["Bà Ngô Thị Huệ, Phó Giám đốc Sở Ngoại vụ, cho biết.", "Ngô Thị Huệ", [["Phó Giám đốc", "Sở Ngoại vụ"]]],
    ["Ông Lý Văn Tư - Phó Giám đốc phụ trách - trả lời.", "Lý Văn Tư", [["Phó Giám đốc phụ trách", null]]],
    ["Chủ tịch UBND tỉnh Thái Bình Đinh Công Tráng chỉ đạo.", "Đinh Công Tráng", [["Chủ tịch", "UBND tỉnh Thái Bình"]]],
    ["Trưởng ban Dân vận Tỉnh ủy Vi Thị Hạnh dự họp.", "Vi Thị Hạnh", [["Trưởng ban", "Ban Dân vận Tỉnh ủy"]]],
    ["P.Giám đốc Lâm Văn Bền báo cáo.", "Lâm Văn Bền", [["Phó Giám đốc", null]]],
    ["Ông Quách Tuấn Du, nguyên Giám đốc Sở Tư pháp, tới dự.", "Quách Tuấn Du", [["nguyên Giám đốc", "Sở Tư pháp"]]],
    ["Chủ tịch Công ty ABC, ông Tôn Thất Bách cho biết.", "Tôn Thất Bách", [["Chủ tịch", "Công ty ABC"]]],
    ["Hiệu trưởngTrường THPT Lê Lợi, thầy Chu Văn Biên phát biểu.", "Chu Văn Biên", [["Hiệu trưởng", "Trường THPT Lê Lợi"]]],
    [
      "Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Kha Văn Lâm tiếp đoàn.",
      "Kha Văn Lâm",
      [["Bí thư", "Huyện ủy"], ["Chủ tịch", "UBND huyện"]],
    ],
    ["Ông Mã Văn Sơn được đại hội bầu làm Chủ tịch Hội.", "Mã Văn Sơn", [["Chủ tịch", "Hội"]]],
    ["Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết.", "Đào Xuân Cơ", [["Giám đốc", "Bệnh viện Bạch Mai"]]],
    ["Bí thư thứ nhất Trung ương Đoàn Bùi Quang Vinh phát biểu.", "Bùi Quang Vinh", [["Bí thư thứ nhất", "Trung ương Đoàn"]]],
    ["Ông Kenji Sato, Tổng Giám đốc Tập đoàn ABC Hoa Kỳ, tham dự.", "Kenji Sato", [["Tổng Giám đốc", "Tập đoàn ABC Hoa Kỳ"]]],
    ["Phó Trưởng ban Thường trực Ban Dân vận Lại Văn Sáu phát biểu.", "Lại Văn Sáu", [["Phó Trưởng ban Thường trực", "Ban Dân vận"]]],
  ];
  test.each(table)("%s", (text, name, pos) => {
    expect(positions(people(text).find((x) => x.name === name))).toEqual(pos);
  });

  test("the side named first gives its organisation to a bare title", () => {
    expect(positions(people("Về phía Bộ Nội vụ, Thứ trưởng Nguyễn Văn Mười cho rằng cần cải cách.")[0])).toEqual([["Thứ trưởng", "Bộ Nội vụ"]]);
    expect(positions(people("Đại diện cho Bộ Tài chính, Thứ trưởng Lê Văn Mười nêu ý kiến.")[0])).toEqual([
      ["Đại diện", "Bộ Tài chính"],
      ["Thứ trưởng", "Bộ Tài chính"],
    ]);
  });
  test("a list after a title gives each name the title", () => {
    const ps = people("Dự có các đồng chí Phó Chủ tịch UBND tỉnh: Lê Văn Hai, Trần Thị Ba, Phạm Văn Bốn; và nhiều khách mời.");
    expect(ps.map((p) => [p.name, positions(p)])).toEqual([
      ["Lê Văn Hai", [["Phó Chủ tịch", "UBND tỉnh"]]],
      ["Trần Thị Ba", [["Phó Chủ tịch", "UBND tỉnh"]]],
      ["Phạm Văn Bốn", [["Phó Chủ tịch", "UBND tỉnh"]]],
    ]);
  });
  test("one person, one entry; a bare repeat of a title is not a second position", () => {
    const ps = people("TS. Hồ Sĩ Thoảng – Phó Viện trưởng Viện Toán học phát biểu. Phó Viện trưởng Hồ Sĩ Thoảng cho biết thêm. Đồng chí Hồ Sĩ Thoảng cảm ơn.");
    expect(ps).toHaveLength(1);
    expect(ps[0]!.honorifics).toEqual(["TS", "Đồng chí"]);
    expect(positions(ps[0])).toEqual([["Phó Viện trưởng", "Viện Toán học"]]);
    expect(ps[0]!.mentions).toHaveLength(3);
  });
  test("a title right before the next name belongs to it", () => {
    const ps = people("Tổng Giám đốc Lê Văn Một, Phó Tổng Giám đốc Đỗ Văn Hai cùng dự.");
    expect(ps.map((p) => [p.name, positions(p)])).toEqual([
      ["Lê Văn Một", [["Tổng Giám đốc", null]]],
      ["Đỗ Văn Hai", [["Phó Tổng Giám đốc", null]]],
    ]);
  });
  test("roles in the event", () => {
    const p = people("Phó Chủ tịch UBND tỉnh Lò Văn Muôn chủ trì hội nghị.")[0];
    expect(p?.roles).toEqual(["chủ trì"]);
  });
  test("mention spans point at the name", () => {
    const text = "Hôm qua, ông Đàm Văn Đức phát biểu.";
    const p = people(text)[0]!;
    expect(text.slice(p.mentions[0]!.start, p.mentions[0]!.end)).toBe("Đàm Văn Đức");
  });
});

describe("bylines and photo credits", () => {
  const table: [string, string[]][] = [
    ["Hội nghị kết thúc tốt đẹp. Minh Tâm", ["Minh Tâm"]],
    ["Hội nghị kết thúc tốt đẹp.\nThanh Hà - Quốc Huy", ["Thanh Hà", "Quốc Huy"]],
    ["Hội nghị kết thúc tốt đẹp. Tin, ảnh: HỒNG NHUNG", ["HỒNG NHUNG"]],
    ["Hội nghị kết thúc tốt đẹp. Ngọc Lan/TTXVN", ["Ngọc Lan"]],
    ["Toàn cảnh hội nghị. Ảnh: Việt Hưng Hội nghị đã thông qua nghị quyết.", ["Việt Hưng"]],
    ["Toàn cảnh hội nghị (Ảnh: Hải Đăng).", ["Hải Đăng"]],
  ];
  test.each(table)("%s", (text, expected) => expect(names(text)).toEqual(expected));
});

describe("not people", () => {
  const table: string[] = [
    "Sinh viên Trường Đại học Tôn Đức Thắng đạt giải nhất.",
    "Trụ sở đặt tại số 18 Hoàng Quốc Việt, Cầu Giấy.",
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Đoàn công tác đến TP. Hồ Chí Minh và Hà Nội.",
    "Hội nghị được tổ chức tại Thái Bình.",
    "Đoàn về thăm tỉnh Lâm Đồng và Cao Bằng.",
    "Học sinh Trường THPT Chu Văn An dự thi.",
    "Con đường Lê Lợi rợp bóng cây.",
    "Kết thúc buổi làm việc. P.V",
    "Kết thúc buổi làm việc. T.E.A",
    "Toàn cảnh hội nghị. Ảnh: CTV",
    "Toàn cảnh hội nghị. Ảnh: Báo Tiền Phong",
    "Đoàn Thanh niên Bộ Xây dựng tổ chức đại hội.",
    "Đại diện Ban Kế hoạch Tài chính phát biểu.",
    "Phó Chủ tịch UBND tỉnh cho biết.",
    "Cửa hàng tại 25 Trần Hưng Đạo, quận Hoàn Kiếm.",
    "Lễ trao Giải thưởng Tạ Quang Bửu diễn ra tại Hà Nội.",
    "Công ty TNHH Trần Anh Minh nộp thuế đầy đủ.",
    "Học sinh Trường THPT chuyên Phan Bội Châu giành giải nhất.",
    "Giám đốc Bệnh viện Bạch Mai cho biết.",
    "Đoàn đến tỉnh Bà Rịa - Vũng Tàu.",
  ];
  test.each(table)("%s", (text) => expect(names(text)).toEqual([]));
  test("Chủ tịch Hồ Chí Minh is a person; the city is not", () => {
    expect(names("Nhắc lại lời Chủ tịch Hồ Chí Minh về thi đua.")).toEqual(["Hồ Chí Minh"]);
    expect(names("Đoàn đến TP Hồ Chí Minh.")).toEqual([]);
  });
});

describe("linear time", () => {
  test.each([
    ["capitalised syllables", "Nguyễn Văn ".repeat(50_000)],
    ["dots and capitals", "A.B. TS. PGS.TS. Ông ".repeat(20_000)],
    ["titles", "Phó Chủ tịch Bộ Công Thương ".repeat(20_000)],
  ])("%s", (_name, text) => {
    const t = performance.now();
    people(text);
    expect(performance.now() - t).toBeLessThan(15_000);
  });
});

const DEV = "../shared/corpus/dev";
describe.skipIf(!existsSync(DEV))("dev corpus", () => {
  test("every recognised person has a mention inside the text", () => {
    for (const f of readdirSync(DEV).filter((x) => x.endsWith(".txt")).slice(0, 10)) {
      const text = readFileSync(`${DEV}/${f}`, "utf8");
      for (const p of people(text)) expect(p.mentions.length).toBeGreaterThan(0);
    }
  });
});

describe("known gaps", () => {
  test.fails("a glued lower-case title ('Trưởngphòng Tổ chức')", () => {
    expect(positions(people("PGS. Lê Văn Mười\nĐảng ủy viên, Trưởngphòng Tổ chức cán bộ")[0])).toEqual([
      ["Đảng ủy viên", null],
      ["Trưởng phòng", "Phòng Tổ chức cán bộ"],
    ]);
  });
  test.fails("an organisation given only in a later mention without the name", () => {
    const p = people("Thứ trưởng Nguyễn Văn Mười cho rằng cần cải cách. Ý kiến mà Thứ trưởng Bộ Nội vụ nêu rất đáng chú ý.")[0];
    expect(positions(p)).toEqual([["Thứ trưởng", "Bộ Nội vụ"]]);
  });
  test.fails("HTML entities inside a name", () => {
    expect(names("<p>&Ocirc;ng L&ecirc; Văn Mười ph&aacute;t biểu</p>")).toEqual(["Lê Văn Mười"]);
  });
});

describe("linking verbs", () => {
  test("'hiện là' + title after a name and after a short reference", () => {
    const p = people("Ông Lê Văn Ba hiện là Giám đốc Sở Nội vụ. Ông Ba cũng là Bí thư Chi bộ.")[0];
    expect(positions(p)).toEqual([
      ["Giám đốc", "Sở Nội vụ"],
      ["Bí thư", "Chi bộ"],
    ]);
  });
});
