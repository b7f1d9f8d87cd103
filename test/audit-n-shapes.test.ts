/**
 * Shapes from blind reading audit N of archive posts (/work/audit-n MISSES.md): posts named by
 * "chức vụ" after a name (A1), a new post after "nhận nhiệm vụ mới là" (A2), one title after a list
 * of names (A3), a counted honorific before a list (D1), an organisation's end (B1, B2), a name
 * running into an organisation (C3), counted abbreviations (E1).
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";
import { names, people, posts } from "./helpers/people.js";

const honorifics = (text: string, name: string) => people(text).find((p) => p.name === name)?.honorifics ?? null;
const counts = (text: string) => parseReport(text).figures.map((f) => [f.value, f.category]);

describe("A1: posts after a name named by 'chức vụ' / 'chức danh'", () => {
  test.each([
    [
      "Bà Trịnh Thị Yên (SN 1972), chức vụ Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Dân vận Huyện ủy Kỳ Anh thôi giữ chức.",
      "Trịnh Thị Yên",
      ["Ủy viên | Ban Thường vụ Huyện ủy", "Trưởng ban | Ban Dân vận Huyện ủy Kỳ Anh"],
    ],
    ["Ông Khổng Văn Mạnh (SN 1969), chức vụ Huyện ủy viên, đại biểu HĐND huyện Tam Đảo, nay nghỉ hưu.", "Khổng Văn Mạnh", ["Huyện ủy viên", "đại biểu | HĐND huyện Tam Đảo"]],
    ["Ông Khổng Văn Mạnh, chức danh Phó Giám đốc Sở Xây dựng, đã nghỉ hưu.", "Khổng Văn Mạnh", ["Phó Giám đốc | Sở Xây dựng"]],
    // "chức vụ" as a plain noun, no post after it
    ["Ông Khổng Văn Mạnh được giao nhiều chức vụ quan trọng.", "Khổng Văn Mạnh", []],
  ])("%s", (text, name, want) => {
    expect(posts(text, name)).toEqual(want);
  });
});

describe("A2: the new post after 'nhận nhiệm vụ (mới) là'", () => {
  test.each([
    [
      "Ông Lạc Văn Quyết thôi giữ chức Chánh Văn phòng Huyện ủy và nhận nhiệm vụ mới là Bí thư Đảng ủy xã Tam Hợp.",
      "Lạc Văn Quyết",
      ["Chánh Văn phòng | Văn phòng Huyện ủy", "Bí thư | Đảng ủy xã Tam Hợp"],
    ],
    [
      "Bà Tôn Thị Mơ thôi giữ chức Phó Giám đốc Sở Y tế, nhận nhiệm vụ mới là Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh.",
      "Tôn Thị Mơ",
      ["Phó Giám đốc | Sở Y tế", "Giám đốc | Trung tâm Kiểm soát bệnh tật tỉnh"],
    ],
  ])("%s", (text, name, want) => {
    expect(posts(text, name)).toEqual(want);
  });
});

describe("A3: one title written after a list of names", () => {
  test.each([
    ["Sở Nội vụ kỷ luật ông Mạc Văn Tý và Khổng Minh Đạt (đều là Phó giám đốc trung tâm).", ["Mạc Văn Tý", "Khổng Minh Đạt"], "Phó giám đốc | trung tâm"],
    ["Khiển trách ông Lạc Văn Quyết, Đàm Quang Vĩnh và ông Mạc Văn Tý (cùng là Trạm trưởng Trạm Y tế xã).", ["Lạc Văn Quyết", "Đàm Quang Vĩnh", "Mạc Văn Tý"], "Trạm trưởng | Trạm Y tế xã"],
    ["Ông Lạc Văn Quyết và ông Đàm Quang Vĩnh được Quốc hội phê chuẩn làm Thẩm phán TAND Tối cao.", ["Lạc Văn Quyết", "Đàm Quang Vĩnh"], "Thẩm phán | TAND Tối cao"],
    ["Ông Lạc Văn Quyết và bà Tôn Thị Mơ được Hội đồng nhân dân tỉnh bầu làm Phó Chủ tịch UBND tỉnh.", ["Lạc Văn Quyết", "Tôn Thị Mơ"], "Phó Chủ tịch | UBND tỉnh"],
  ])("%s", (text, list, want) => {
    for (const n of list) expect(posts(text, n), n).toEqual([want]);
  });
  test("a bracket without 'đều là' is the one name's", () => {
    const t = "Ông Lạc Văn Quyết (Phó giám đốc trung tâm) và ông Đàm Quang Vĩnh dự họp.";
    expect(posts(t, "Lạc Văn Quyết")).toEqual(["Phó giám đốc | trung tâm"]);
    expect(posts(t, "Đàm Quang Vĩnh")).toEqual([]);
  });
});

describe("D1: a counted or plural honorific before a list of names", () => {
  test.each([
    ["Hội thảo có hai Giáo sư Lạc Văn Quyết và Đàm Quang Vĩnh phát biểu.", { "Lạc Văn Quyết": ["GS"], "Đàm Quang Vĩnh": ["GS"] }],
    ["Ba PGS Lạc Văn Quyết, Đàm Quang Vĩnh và Kha Minh Sơn nhận giải.", { "Lạc Văn Quyết": ["PGS"], "Đàm Quang Vĩnh": ["PGS"], "Kha Minh Sơn": ["PGS"] }],
    // a name with its own honorific keeps only its own
    ["Hai ông Lạc Văn Quyết và bà Tôn Thị Mơ đến dự.", { "Lạc Văn Quyết": ["Ông"], "Tôn Thị Mơ": ["Bà"] }],
    // kinship ("anh em": brothers) is given to no one else
    ["Hai anh em Lạc Văn Quyết và Lạc Văn Vĩnh bị bắt.", { "Lạc Văn Vĩnh": [] }],
    // no plural or number before the honorific: the first name's alone
    ["GS Lạc Văn Quyết và Đàm Quang Vĩnh đến dự.", { "Lạc Văn Quyết": ["GS"], "Đàm Quang Vĩnh": [] }],
  ])("%s", (text, want) => {
    for (const [n, h] of Object.entries(want)) expect(honorifics(text, n), n).toEqual(h);
  });
});

describe("B1, B2: where an organisation after a title ends", () => {
  test.each([
    ["Ông Mạc Văn Tý, Trưởng công an xã do thiếu trách nhiệm nên bị kỷ luật.", "Mạc Văn Tý", ["Trưởng công an | Công an xã"]],
    ["Ông Khổng Minh Đạt, Chỉ huy trưởng Ban Chỉ huy quân sự huyện Tam Đảo, cho biết.", "Khổng Minh Đạt", ["Chỉ huy trưởng | Ban Chỉ huy quân sự huyện Tam Đảo"]],
    ["Ông Khổng Minh Đạt, Phó trưởng Ban Chỉ huy phòng chống thiên tai tỉnh, cho biết.", "Khổng Minh Đạt", ["Phó trưởng Ban | Ban Chỉ huy phòng chống thiên tai tỉnh"]],
    ["Ông Lạc Văn Quyết nhận nhiệm vụ mới là Bí thư Huyện ủy Hải Hậu Cụ thể, ông được điều động.", "Lạc Văn Quyết", ["Bí thư | Huyện ủy Hải Hậu"]],
  ])("%s", (text, name, want) => {
    expect(posts(text, name)).toEqual(want);
  });
  test("'Tự do' inside a party's name, 'Cụ thể thao' inside a company's", () => {
    expect(posts("Ông Kha Minh Sơn, Chủ tịch Đảng Dân chủ Tự do, phát biểu.", "Kha Minh Sơn")).toEqual(["Chủ tịch | Đảng Dân chủ Tự do"]);
    expect(parseReport("Công ty Dụng Cụ thể thao Thủ Đô cho biết.").organizations.map((o) => o.name)).toEqual(["Công ty Dụng Cụ thể thao Thủ Đô"]);
  });
});

describe("C3: a name run into the organisation that opens the next sentence", () => {
  test.each([
    ["Hình ảnh đối tượng Kha Văn Sính Công an huyện đã khởi tố vụ án.", ["Kha Văn Sính"]],
    ["Lời khai của Kha Văn Sính Trung tâm Y tế huyện đã xác nhận.", ["Kha Văn Sính"]],
    // a given name that only starts like a head word
    ["Anh Nguyễn Thành Công cho biết.", ["Nguyễn Thành Công"]],
  ])("%s", (text, want) => {
    expect(names(text)).toEqual(want);
  });
});

describe("E1: abbreviations of counted people", () => {
  test.each([
    ["Đoàn có 48 VĐV và 12 HLV tham dự.", [[48, "personnel"], [12, "personnel"]]],
    ["Giải quy tụ 9 huấn luyện viên.", [[9, "personnel"]]],
    ["Trường có 35 GV và 820 HS.", [[35, "personnel"], [820, "training"]]],
    ["Công ty có 240 CBCNV.", [[240, "personnel"]]],
  ])("%s", (text, want) => {
    expect(counts(text)).toEqual(want);
  });
});

describe("A1: a delegation's head ('Trưởng đoàn') and its delegation, the head word written once", () => {
  test.each([
    ["Ông Kha Minh Sơn, Trưởng Đoàn đại biểu Quốc hội tỉnh Nam Định, phát biểu.", "Kha Minh Sơn", ["Trưởng Đoàn | Đoàn đại biểu Quốc hội tỉnh Nam Định"]],
    ["Ông Kha Minh Sơn, Trưởng đoàn ĐBQH tỉnh Nam Định, phát biểu.", "Kha Minh Sơn", ["Trưởng đoàn | Đoàn ĐBQH tỉnh Nam Định"]],
    ["Ông Kha Minh Sơn, Trưởng đoàn công tác của Bộ Y tế, phát biểu.", "Kha Minh Sơn", ["Trưởng đoàn | Đoàn công tác"]],
    ["Ông Kha Minh Sơn, Phó trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh, phát biểu.", "Kha Minh Sơn", ["Phó trưởng đoàn chuyên trách | Đoàn ĐBQH tỉnh"]],
  ])("%s", (text, name, want) => {
    expect(posts(text, name)).toEqual(want);
  });
});
