/**
 * Organisations (src/recognize/org.ts) and the organisation after a title (title.ts parseOrg):
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
