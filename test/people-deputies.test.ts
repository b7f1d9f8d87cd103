/**
 * Deputy heads of a room or a board, abbreviated heads of an office, a civil servant's post, a
 * deputy to the National Assembly, and a post repeated with its modifier (blind audit F, issue 13). Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { recognizePeople } from "../src/recognize/people.js";
import type { PersonHit } from "../src/recognize/types.js";

function people(text: string): PersonHit[] {
  const doc = makeDoc(text);
  return recognizePeople({ doc, sentences: sentences(doc), convention: "vi" });
}
const positions = (text: string, name: string) => {
  const p = people(text).find((x) => x.name === name);
  return p ? p.positions.map((x) => [x.title, x.org]) : null;
};

describe("deputy heads: the title ends in the unit's head word, the org keeps it", () => {
  test.each([
    ["Ông Trần Văn An – Phó phòng Kế hoạch Tài chính cho biết số liệu.", "Trần Văn An", [["Phó phòng", "Phòng Kế hoạch Tài chính"]]],
    ["Bà Lê Thị Hoa, Phó ban Tuyên giáo Huyện ủy, phát biểu.", "Lê Thị Hoa", [["Phó ban", "Ban Tuyên giáo Huyện ủy"]]],
    ["Phó khoa Ngữ văn Đỗ Minh Tâm trình bày báo cáo.", "Đỗ Minh Tâm", [["Phó khoa", "Khoa Ngữ văn"]]],
  ] as const)("%s", (text, name, want) => expect(positions(text, name)).toEqual(want));
});

describe("abbreviated titles of an office's head and a deputy director", () => {
  test.each([
    ["Ông Lê Văn Bình – Chánh VP UBND huyện Đức Phổ thông báo kết quả.", "Lê Văn Bình", [["Chánh VP", "VP UBND huyện Đức Phổ"]]],
    ["Ông Hồ Đức Cường – Phó GĐ Sở Xây dựng đã ký văn bản.", "Hồ Đức Cường", [["Phó GĐ", "Sở Xây dựng"]]],
    ["Bà Phan Thu Lan, Phó TGĐ Tổng công ty Điện lực, cho hay.", "Phan Thu Lan", [["Phó TGĐ", "Tổng công ty Điện lực"]]],
  ] as const)("%s", (text, name, want) => expect(positions(text, name)).toEqual(want));
});

describe("one post written plain, then with its modifier", () => {
  test("the modifier is kept", () => {
    const text = "Phó Chủ tịch UBND tỉnh Vũ Minh Hải chủ trì. Cuối buổi, Phó Chủ tịch thường trực UBND tỉnh Vũ Minh Hải kết luận.";
    expect(positions(text, "Vũ Minh Hải")).toEqual([["Phó Chủ tịch thường trực", "UBND tỉnh"]]);
  });
  test("the same post written short, then with its organisation in full", () => {
    const text = "Chi bộ kỷ luật ông Hà Văn Lực – Phó GĐ bệnh viện. Trước đó, ông Hà Văn Lực, Phó Giám đốc bệnh viện Đa khoa huyện Mường Lát bị tố cáo.";
    expect(positions(text, "Hà Văn Lực")).toEqual([["Phó Giám đốc", "bệnh viện Đa khoa huyện Mường Lát"]]);
  });
  test("a different post is not merged into it", () => {
    const text = "Giám đốc Sở Y tế Lý Văn Tư phát biểu. Ông Lý Văn Tư cũng là Phó Bí thư Đảng ủy khối.";
    expect(positions(text, "Lý Văn Tư")).toEqual([
      ["Giám đốc", "Sở Y tế"],
      ["Phó Bí thư", "Đảng ủy khối"],
    ]);
  });
});

describe("a civil servant's post ('chuyên viên') is a position", () => {
  test.each([
    ["Ông Lê Văn Tâm, chuyên viên Phòng Tổ chức cán bộ, cho biết.", "Lê Văn Tâm", [["chuyên viên", "Phòng Tổ chức cán bộ"]]],
    ["Sở kỷ luật các ông Hà Văn Sơn – Phó phòng Quy hoạch, Lý Văn Hùng – Chuyên viên.", "Lý Văn Hùng", [["Chuyên viên", null]]],
  ] as const)("%s", (text, name, want) => expect(positions(text, name)).toEqual(want));
});

describe("'Đại biểu' is a post only before the National Assembly or a People's Council", () => {
  test.each([
    ["Ông Đinh Văn Nam, Đại biểu Quốc hội khóa XIV, phát biểu.", "Đinh Văn Nam", [["Đại biểu", "Quốc hội"]]],
    ["Đại biểu HĐND tỉnh Lê Thị Mai chất vấn Giám đốc Sở.", "Lê Thị Mai", [["Đại biểu", "HĐND tỉnh"]]],
    // a delegate to a meeting holds no post
    ["Đại biểu Nguyễn Văn Long phát biểu tại hội nghị.", "Nguyễn Văn Long", []],
  ] as const)("%s", (text, name, want) => expect(positions(text, name)).toEqual(want));
});
