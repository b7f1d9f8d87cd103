/**
 * Organisations (src/recognize/org.ts) and the organisation after a title (title-org.ts parseOrg):
 * phrasings written for these tests.
 */
import { describe, expect, test } from "vitest";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { recognizeOrganizations } from "../src/recognize/people.js";
import { findTitles } from "../src/recognize/title.js";
import { nameCandidates } from "../src/recognize/name.js";

function orgs(text: string) {
  const doc = makeDoc(text);
  return recognizeOrganizations({ doc, sentences: sentences(doc), convention: "vi" });
}
function titles(text: string) {
  const doc = makeDoc(text);
  const starts = new Set(nameCandidates(doc).filter((c) => c.surname && !c.negative).map((c) => c.start));
  return findTitles(doc, starts).map((t) => [t.title, t.org]);
}

describe("named organisations", () => {
  const table: [string, string, string][] = [
    ["Viện Ứng dụng công nghệ tổ chức hội thảo.", "Viện Ứng dụng công nghệ", "Viện"],
    ["Lãnh đạo Sở Ngoại vụ cho biết.", "Sở Ngoại vụ", "Sở"],
    ["UBND tỉnh Thái Bình đã ban hành kế hoạch.", "UBND tỉnh Thái Bình", "UBND"],
    ["Đảng ủy phường Mỹ An chỉ đạo sát sao.", "Đảng ủy phường Mỹ An", "Đảng ủy"],
    ["Công ty Cổ phần Sông Đà 5 đạt lợi nhuận cao.", "Công ty Cổ phần Sông Đà 5", "Công ty"],
    ["Sinh viên Trường Đại học Nguyễn Tất Thành đạt giải.", "Trường Đại học Nguyễn Tất Thành", "Trường"],
    ["Ban Chấp hành Công đoàn Viện họp phiên đầu tiên.", "Ban Chấp hành Công đoàn Viện", "Ban Chấp hành"],
    ["Bộ Tài nguyên và Môi trường vừa công bố.", "Bộ Tài nguyên và Môi trường", "Bộ"],
  ];
  test.each(table)("%s", (text, name, head) => {
    const o = orgs(text).find((x) => x.name === name);
    expect(o?.name).toBe(name);
    expect(o?.head).toBe(head);
    expect(text.slice(o!.start, o!.end)).toBe(name);
  });
  test.each(["hội nghị diễn ra sôi nổi.", "Các đơn vị đều hoàn thành nhiệm vụ."])("none in %s", (text) => expect(orgs(text)).toEqual([]));
});

describe("organisation after a title", () => {
  const table: [string, [string, string | null][]][] = [
    ["Phó Cục trưởng Cục An ninh kinh tế, Bộ Công an phát biểu.", [["Phó Cục trưởng", "Cục An ninh kinh tế"]]],
    ["Giám đốc Sở Giáo dục và Đào tạo tỉnh Bắc Ninh cho biết.", [["Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Bắc Ninh"]]],
    ["Trưởng Ban Tổ chức Tỉnh ủy đọc quyết định.", [["Trưởng Ban", "Ban Tổ chức Tỉnh ủy"]]],
    ["Chánh Thanh tra tỉnh điều hành.", [["Chánh Thanh tra", "Thanh tra tỉnh"]]],
    ["Chủ tịch Hội đồng thành viên Tập đoàn Dầu khí Việt Nam phát biểu.", [["Chủ tịch", "Hội đồng thành viên Tập đoàn Dầu khí Việt Nam"]]],
    ["Tổng Giám đốc Tập đoàn Dệt - May Việt Nam cho hay.", [["Tổng Giám đốc", "Tập đoàn Dệt - May Việt Nam"]]],
    ["Ủy viên Đoàn Chủ tịch Hội Nông dân Việt Nam dự.", [["Ủy viên", "Đoàn Chủ tịch Hội Nông dân Việt Nam"]]],
    ["Bí thư Đoàn Thanh niên Bộ Tư pháp - Giám đốc Trung tâm tặng hoa.", [["Bí thư", "Đoàn Thanh niên Bộ Tư pháp"], ["Giám đốc", "Trung tâm"]]],
    ["Giám đốc của Công ty XYZ miền Nam nói.", [["Giám đốc", "Công ty XYZ miền Nam"]]],
    ["Tổ phó Tổ công tác nhận xét năm vừa qua có nhiều tiến bộ.", [["Tổ phó", "Tổ công tác"]]],
    ["Phó Chủ tịch UBND tỉnh cho biết.", [["Phó Chủ tịch", "UBND tỉnh"]]],
    ["Phó Thủ tướng Thường trực Chính phủ chủ trì.", [["Phó Thủ tướng Thường trực", "Chính phủ"]]],
    ["Chủ tịch nước tiếp đoàn.", [["Chủ tịch nước", null]]],
    ["Giám đốc Bệnh viện Nhi Trung ương.. cũng có mặt.", [["Giám đốc", "Bệnh viện Nhi Trung ương"]]],
  ];
  test.each(table)("%s", (text, expected) => expect(titles(text)).toEqual(expected));
});

describe("organisation ends before the rest of the clause", () => {
  const table: [string, [string, string | null][]][] = [
    ["Vụ trưởng Vụ Thị trường Du lịch thuộc Tổng cục Du lịch phát biểu.", [["Vụ trưởng", "Vụ Thị trường Du lịch"]]],
    ["Chủ tịch Hội Tim mạch học Việt Nam đưa ra khuyến cáo.", [["Chủ tịch", "Hội Tim mạch học Việt Nam"]]],
    ["Trưởng phòng Tổ chức Sở Nội vụ bằng hình thức khiển trách.", [["Trưởng phòng", "Phòng Tổ chức Sở Nội vụ"]]],
    ["Trưởng Ban Chỉ đạo Tây Nguyên tại hội nghị tổng kết.", [["Trưởng Ban", "Ban Chỉ đạo Tây Nguyên"]]],
    ["Trưởng đại diện văn phòng Công ty X tại Hà Nội phát biểu.", [["Trưởng đại diện", "văn phòng Công ty X tại Hà Nội"]]],
  ];
  test.each(table)("%s", (text, expected) => expect(titles(text)).toEqual(expected));
});

describe("organisations with lower-case words, commas and numbers inside (org-words.ts)", () => {
  const table: [string, string][] = [
    ["Phó Tổng Giám đốc Ban quản lý dự án đường sắt đô thị Bến Thành - Suối Tiên cho biết tiến độ chậm.", "Ban quản lý dự án đường sắt đô thị Bến Thành - Suối Tiên"],
    ["Giám đốc Ban quản lý dự án đầu tư xây dựng công trình giao thông tỉnh phát biểu.", "Ban quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"],
    ["Phó Cục trưởng Cục Quản lý nợ và tài chính đối ngoại cho biết.", "Cục Quản lý nợ và tài chính đối ngoại"],
    ["Vụ trưởng Vụ Dân vận các cơ quan nhà nước phát biểu.", "Vụ Dân vận các cơ quan nhà nước"],
    ["Trưởng Ban Thư ký Tòa soạn báo Nhân Dân cho biết.", "Ban Thư ký Tòa soạn báo Nhân Dân"],
    ["Giám đốc Công ty TNHH xây dựng Minh Long cho biết công trình đã xong.", "Công ty TNHH xây dựng Minh Long"],
    ["Tổng giám đốc Công ty Cổ phần Vật liệu xây dựng Hưng Phát cho biết.", "Công ty Cổ phần Vật liệu xây dựng Hưng Phát"],
    ["Chủ nhiệm Chương trình phòng, chống sốt rét Quốc gia cho biết.", "Chương trình phòng, chống sốt rét Quốc gia"],
    ["Phó Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Nam Định phát biểu.", "Sở Lao động, Thương binh và Xã hội tỉnh Nam Định"],
    ["Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình cho biết.", "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình"],
    ["Đội trưởng Đội Cảnh sát giao thông số 4 quận Ngũ Hành Sơn cho biết.", "Đội Cảnh sát giao thông số 4 quận Ngũ Hành Sơn"],
    ["Chủ tịch UBND quận 8 phát biểu.", "UBND quận 8"],
    ["Giám đốc Trung tâm Y tế dự phòng tỉnh Hà Nam cho biết.", "Trung tâm Y tế dự phòng tỉnh Hà Nam"],
  ];
  test.each(table)("%s", (text, org) => expect(titles(text)[0]?.[1]).toBe(org));
  const ends: [string, string][] = [
    // the rest of the clause is no part of the name
    ["Chủ tịch Đại học Hoa Sen quyết định cấp học bổng trị giá 5 tỷ đồng.", "Đại học Hoa Sen"],
    ["Phó Trưởng công an huyện Kim Bảng xác nhận thông tin.", "Công an huyện Kim Bảng"],
    ["Giám đốc Sở Y tế kiểm tra 20 cơ sở.", "Sở Y tế"],
    ["Giám đốc Sở Y tế và bệnh viện tỉnh cùng tham dự.", "Sở Y tế"],
    ["Phó Trưởng ban Ban Kinh tế Trung ương. Người thay thế ông là ai?", "Ban Kinh tế Trung ương"],
    ["Giám đốc Bệnh viện Hữu nghị Hải Phòng thông tin về ca bệnh.", "Bệnh viện Hữu nghị Hải Phòng"],
    // a comma series that is a list of places or people, not one name
    ["Chủ tịch UBND tỉnh Nghệ An, Hà Tĩnh và Quảng Bình đều có mặt.", "UBND tỉnh Nghệ An"],
    ["Phó Giám đốc Sở Tư pháp, ĐB Nguyễn Văn Lộc và ĐB Lâm Văn Đại tiếp xúc cử tri.", "Sở Tư pháp"],
  ];
  test.each(ends)("ends: %s", (text, org) => expect(titles(text)[0]?.[1]).toBe(org));
});

describe("a title that begins with its unit's head word (LEADING_HEADS)", () => {
  const table: [string, [string, string | null][]][] = [
    ["Vụ trưởng Tổ chức cán bộ, Bộ Nội vụ phát biểu.", [["Vụ trưởng", "Vụ Tổ chức cán bộ"]]],
    ["Phó Cục trưởng Quản lý thị trường tỉnh Nghệ An cho biết.", [["Phó Cục trưởng", "Cục Quản lý thị trường tỉnh Nghệ An"]]],
    ["Chi cục trưởng Thủy sản tỉnh kiểm tra.", [["Chi cục trưởng", "Chi cục Thủy sản tỉnh"]]],
    // the head written again stays as written, and a place or no org gets none added
    ["Cục trưởng Cục Thuế tỉnh ký văn bản.", [["Cục trưởng", "Cục Thuế tỉnh"]]],
    ["Viện trưởng cho biết kết quả.", [["Viện trưởng", null]]],
    ["Phó Viện trưởng VKSND tối cao dự họp.", [["Phó Viện trưởng", "VKSND tối cao"]]],
  ];
  test.each(table)("%s", (text, expected) => expect(titles(text)).toEqual(expected));
});

describe("'các' + the members of a union inside its name (ORG_MEMBER_NOUNS)", () => {
  const table: [string, [string, string | null][]][] = [
    ["Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Bình Dương phát biểu.", [["Chủ tịch", "Liên hiệp các tổ chức hữu nghị tỉnh Bình Dương"]]],
    ["Phó Chủ tịch Hiệp hội các doanh nghiệp tỉnh Long An dự.", [["Phó Chủ tịch", "Hiệp hội các doanh nghiệp tỉnh Long An"]]],
    // "các" that starts the rest of the clause is no part of the name
    ["Chủ tịch Hội Nông dân tỉnh và các tổ chức đoàn thể dự họp.", [["Chủ tịch", "Hội Nông dân tỉnh"]]],
  ];
  test.each(table)("%s", (text, expected) => expect(titles(text)).toEqual(expected));
});
