/**
 * Reading fixed in round 34 (helper readP; blind audit P's shapes, sentences written for these tests):
 *   - "Thay mặt X, " / "Về phía X, ": X is the organisation of the FIRST title after it only, and never of
 *     a title naming its own body ("Chủ tịch nước").
 *   - not counts: "bằng 20 lần mức lương" (a multiplier), "tỷ lệ 50/50" (a split of a hundred), the number of a
 *     licence plate ("BKS 29A - 12345"), which is no year either ("BKS Lào UN - 2043").
 *   - a division in lower case after a title ("Giám đốc khối kinh doanh Công ty X") is its organisation, and a
 *     second title after it is read; "khối" stays no organisation of its own ("khối lượng", "Khối A00").
 *   - the day in a bracket after "hôm nay/sáng nay/chiều hôm qua …" written with "-" or "." ("sáng nay (6-2)")
 *     is a date, and the event's.
 *   - "với tư cách (là) <title>" after a person's post is a second post of the person.
 *   - a name ending in "Anh" before a comma lends no honorific "Anh" to the next name ("Võ Hoàng Anh, Lý Minh").
 * Each with sentences that must not change.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

const posts = (text: string) => parseReport(text).people.map((p) => [p.name, p.positions.map((x) => [x.title, x.org])]);

describe("the side a speaker stands for: the first title only", () => {
  test.each([
    ["Thay mặt Ban cán sự đảng Bộ, Bí thư, Bộ trưởng Lê Văn Hải phát biểu.", [["Lê Văn Hải", [["Bí thư", "Ban cán sự đảng Bộ"], ["Bộ trưởng", null]]]]],
    ["Về phía Sở Tài chính, Phó Giám đốc, Bí thư Đảng ủy Trần Minh Châu cho biết.", [["Trần Minh Châu", [["Phó Giám đốc", "Sở Tài chính"], ["Bí thư", "Đảng ủy"]]]]],
    ["Đại diện Sở Nội vụ, Phó Giám đốc, Trưởng phòng Lê Văn Hùng phát biểu.", [["Lê Văn Hùng", [["Đại diện", "Sở Nội vụ"], ["Phó Giám đốc", "Sở Nội vụ"], ["Trưởng phòng", null]]]]],
    // a title naming its own body takes no side
    ["Tại buổi gặp, thay mặt Đảng và Nhà nước, Chủ tịch nước Nguyễn Văn Bình bày tỏ vui mừng.", [["Nguyễn Văn Bình", [["Chủ tịch nước", null]]]]],
  ] as const)("%s", (text, want) => {
    expect(posts(text)).toEqual(want);
  });
  test.each([
    // unchanged: one title after the side, a title with its own organisation
    ["Về phía Bộ Tư pháp, Thứ trưởng Nguyễn Văn An cho biết.", [["Nguyễn Văn An", [["Thứ trưởng", "Bộ Tư pháp"]]]]],
    ["Thay mặt UBND tỉnh, Phó Chủ tịch Lê Thị Hoa trao quà.", [["Lê Thị Hoa", [["Phó Chủ tịch", "UBND tỉnh"]]]]],
    ["Thay mặt Ban Tổ chức, Trưởng ban Tổ chức Tỉnh ủy Phạm Văn Nam phát biểu.", [["Phạm Văn Nam", [["Trưởng ban", "Ban Tổ chức Tỉnh ủy"]]]]],
  ] as const)("unchanged: %s", (text, want) => {
    expect(posts(text)).toEqual(want);
  });
});

const counts = (text: string) => parseReport(text).figures.filter((f) => f.kind === "count").map((f) => text.slice(f.span.start, f.span.end));
const eventYear = (text: string) => parseReport(text, { referenceDate: "2017" }).event?.date ?? null;

describe("not counts: a multiplier after 'bằng', a split after 'tỷ lệ', a licence plate", () => {
  test.each([
    ["Mức phạt tối đa bằng 20 lần mức lương cơ sở."],
    ["Giá đất ở đây bằng khoảng 3 lần giá đất nông nghiệp."],
    ["Theo chuyên gia, tỷ lệ thành công cũng chỉ 50/50."],
    ["Các bên góp vốn theo tỉ lệ 60/40."],
    ["Chiếc xe mang BKS 29A - 12345 đi từ Hà Nội vào."],
    ["Xe tải biển kiểm soát 51C - 678.90 chở hàng lậu."],
  ] as const)("%s", (text) => {
    expect(counts(text)).toEqual([]);
  });
  test.each([
    // still counts: visits, a part of a whole with its noun, a bare pair without "tỷ lệ"
    ["Anh đã đi khám bệnh 3 lần trong năm.", ["3 lần"]],
    ["Tỷ lệ hoàn thành là 45/52 xã.", ["45/52 xã"]],
    ["Toàn huyện có 50/50 xã đạt chuẩn.", ["50/50 xã"]],
    ["Đoàn kiểm tra 12 xe, phát hiện 3 xe vi phạm.", ["12 xe", "3 xe vi phạm"]],
    // "mặt bằng" is a site, not "bằng" (equal to); a plate's word with no plate after it
    ["Dự án tránh phải giải phóng mặt bằng 2 lần.", ["2 lần"]],
    ["Chiếc xe mang biển số Đồng Nai làm 3 xe máy hư hỏng.", ["3 xe máy hư hỏng"]],
    ["Đối tượng đi xe không biển số, mang theo 2 con dao.", ["2 con dao"]],
    ["Xe BKS 30E-123.45 chở 5 người.", ["5 người"]],
  ] as const)("still counted: %s", (text, want) => {
    expect(counts(text)).toEqual(want);
  });
  test("a plate's number is no year", () => {
    expect(eventYear("Công an bắt giữ xe khách BKS Lào UN - 2043 chở hàng cấm.")).toBeNull();
    expect(eventYear("Năm 2016, công an bắt giữ xe khách chở hàng cấm.")).toBe("2016");
  });
});

const orgs = (text: string) => parseReport(text).organizations.map((o) => o.name);

describe("a division in lower case ('khối …') after a title", () => {
  test.each([
    ["Ông Trần Văn Long, nguyên Phó giám đốc khối ngân hàng đầu tư Công ty ABC, Chủ tịch Hội đồng quản trị Công ty XYZ cho biết.",
      [["Trần Văn Long", [["nguyên Phó giám đốc", "khối ngân hàng đầu tư Công ty ABC"], ["Chủ tịch", "Hội đồng quản trị Công ty XYZ"]]]]],
    ["Anh Lê Minh Đức, giám đốc khối kinh doanh, cho biết.", [["Lê Minh Đức", [["giám đốc", "khối kinh doanh"]]]]],
  ] as const)("%s", (text, want) => {
    expect(posts(text)).toEqual(want);
  });
  test.each([
    // "khối" alone opens no organisation, nor does it run on in one
    ["Khối lượng khớp lệnh đạt 2 triệu cổ phiếu.", []],
    ["Thí sinh thi Khối A00 đạt điểm cao.", []],
    ["UBND tỉnh gặp gỡ doanh nghiệp khối hạ tầng.", ["UBND tỉnh"]],
  ] as const)("no organisation: %s", (text, want) => {
    expect(orgs(text)).toEqual(want);
  });
});

const event = (text: string) => parseReport(text, { referenceDate: "2017" }).event?.date ?? null;

describe("the day in a bracket after 'sáng nay', 'hôm qua', written with '-' or '.'", () => {
  test.each([
    ["Theo lịch, vào sáng nay (6-2), đoàn công tác làm việc với huyện. Hội nghị tiếp theo diễn ra từ ngày 23 đến 26-2 tới.", "2017-02-06"],
    ["Sáng nay (21.6), UBND tỉnh tổ chức hội nghị. Hạn nộp báo cáo là ngày 18.7.", "2017-06-21"],
    ["Chiều hôm qua (5-3), công an huyện bắt giữ hai đối tượng.", "2017-03-05"],
  ] as const)("%s", (text, want) => {
    expect(event(text)).toBe(want);
  });
  test.each([
    // a count in the bracket, an impossible day, a bracket after no day word: no date from the bracket
    ["Sáng nay (6-2 người) chưa đến họp."],
    ["Sáng nay (31.2), trời mưa to."],
    ["Theo báo cáo (6-2), trời mưa to."],
  ] as const)("no date: %s", (text) => {
    expect(parseReport(text, { referenceDate: "2017" }).dates).toEqual([]);
  });
});

const honorifics = (text: string) => parseReport(text).people.map((p) => [p.name, p.honorifics]);

describe("a name ending in 'Anh' in a comma list", () => {
  test.each([
    ["Cơ quan điều tra khởi tố Trần Minh Tâm, Phạm Hoàng Anh, Lê Quốc Minh về tội nhận hối lộ.", [["Trần Minh Tâm", []], ["Phạm Hoàng Anh", []], ["Lê Quốc Minh", []]]],
    ["Danh sách gồm Nguyễn Văn Anh, Trần Văn Bình.", [["Nguyễn Văn Anh", []], ["Trần Văn Bình", []]]],
    // unchanged: "Anh" as a form of address
    ["Anh Nguyễn Văn Ba cho biết.", [["Nguyễn Văn Ba", ["Anh"]]]],
    ["Hôm qua, anh Trần Văn Bình cùng dự.", [["Trần Văn Bình", ["Anh"]]]],
  ] as const)("%s", (text, want) => {
    expect(honorifics(text)).toEqual(want);
  });
});

describe("'với tư cách (là)' before a title", () => {
  test.each([
    ["Ông Nguyễn Văn Dũng, nguyên Chủ tịch HĐQT Ngân hàng ABC, với tư cách Chủ tịch Hội đồng tín dụng, đã ký duyệt khoản vay.",
      [["Nguyễn Văn Dũng", [["nguyên Chủ tịch", "HĐQT Ngân hàng ABC"], ["Chủ tịch", "Hội đồng tín dụng"]]]]],
    ["Ông Lê Văn Tám, với tư cách là Trưởng ban chỉ đạo, đã ký.", [["Lê Văn Tám", [["Trưởng ban", "Ban chỉ đạo"]]]]],
    // unchanged: "với tư cách" with no title after it
    ["Ông Lê Văn Tám, với tư cách cá nhân, đã phát biểu.", [["Lê Văn Tám", []]]],
  ] as const)("%s", (text, want) => {
    expect(posts(text)).toEqual(want);
  });
});
