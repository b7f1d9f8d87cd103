/**
 * Shapes from blind reading audit M of archive posts (helper fixm2; the titles are in audit-m-shapes.test.ts): an organisation's name that runs on into the
 * verb "thay" (replacing) or into the next sentence after a caption with no full stop.
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";
import { names, posts } from "./helpers/people.js";

const counts = (text: string) =>
  parseReport(text)
    .figures.filter((f) => f.kind === "count")
    .map((f) => `${f.value} ${f.category}`);
const orgs = (text: string) => parseReport(text).organizations.map((o) => o.name);

describe("an organisation's name ends before 'thay' and before a sentence run in after a caption", () => {
  test.each([
    ["Hội đồng đã bầu ông Đỗ Văn Khoa giữ chức Chủ tịch Hội đồng nhà trường thay TS. Lê Minh Quân nghỉ hưu.", "Đỗ Văn Khoa", "Chủ tịch | Hội đồng nhà trường"],
    ["Đại hội cử bà Hà Thị Lan làm Chủ tịch Hội Nông dân tỉnh Yên Bái thay ông Vi Văn Sơn.", "Hà Thị Lan", "Chủ tịch | Hội Nông dân tỉnh Yên Bái"],
    ["Ông Mạc Đình Phong được bổ nhiệm Giám đốc Công ty Cấp nước Sóc Trăng thay thế bà Kha Thị Nhàn.", "Mạc Đình Phong", "Giám đốc | Công ty Cấp nước Sóc Trăng"],
  ])("%s", (text, name, post) => expect(posts(text, name)).toEqual([post]));
  test("a caption run into the next sentence", () => {
    const text = "Ảnh: Thứ trưởng Lý Văn Nam trao quyết định cho Cục trưởng Cục Thú y Theo quyết định của Bộ trưởng, ông Tâm giữ chức từ 1/3.";
    expect(orgs(text)).toEqual(["Cục Thú y"]);
  });
  test.each([
    ["Ông Lâm Văn Đức, Trưởng Ban Tổ chức Tỉnh ủy, cho biết đợt này có 6 người.", "Lâm Văn Đức", "Trưởng Ban | Ban Tổ chức Tỉnh ủy"],
    ["Ông Khổng Minh Dũng, Giám đốc Trung tâm Hỗ trợ Thanh niên, thay mặt đoàn phát biểu.", "Khổng Minh Dũng", "Giám đốc | Trung tâm Hỗ trợ Thanh niên"],
    ["Bà Ninh Thị Gấm, Trưởng Ban Thời sự Trong nước của đài, cho biết chương trình đổi giờ.", "Ninh Thị Gấm", "Trưởng Ban | Ban Thời sự Trong nước"],
    ["Ông Tạ Quang Vinh, Giám đốc Trung tâm Theo dõi Khí hậu Miền Trung, nói mưa sẽ kéo dài.", "Tạ Quang Vinh", "Giám đốc | Trung tâm Theo dõi Khí hậu Miền Trung"],
  ])("a capitalised verb or link inside the name stays: %s", (text, name, post) => expect(posts(text, name)).toEqual([post]));
});

describe("a number that names a body or a programme is no count", () => {
  test.each([
    ["Huyện phối hợp với Ban Chỉ đạo 127 tỉnh và kiểm tra 14 cửa hàng.", ["14 other"]],
    ["Ngân sách dành cho Chương trình 135 xã đặc biệt khó khăn năm nay tăng.", []],
    ["Tỉnh đẩy mạnh Đề án 06 cơ quan, đơn vị đã triển khai.", []],
    ["Ban chỉ đạo 138 tỉnh họp bàn với 5 sở.", ["5 organization"]],
  ])("%s", (text, want) => expect(counts(text)).toEqual(want));
  test.each([
    ["Xã triển khai Đề án 06 tại 8 thôn.", ["8 other"]],
    ["Tỉnh có 12 chương trình và 4 đề án đang thực hiện.", ["12 task", "4 task"]],
    ["Năm nay ban chỉ đạo huyện kiểm tra 9 xã.", ["9 other"]],
    ["Dự án 3 nhà máy điện gió đã khởi công.", ["3 organization"]],
  ])("counted as before: %s", (text, want) => expect(counts(text)).toEqual(want));
});

describe("a clue inside a unit's name gives no category", () => {
  test.each([
    ["Hai người còn lại là Phó trưởng Ban Thi đua khen thưởng và Chánh Thanh tra tỉnh.", ["2 personnel"]],
    ["Ông cho biết 3 cán bộ của Hội đồng Thi đua khen thưởng tỉnh sẽ nghỉ hưu.", ["3 personnel"]],
    ["Ba người còn lại là Phó Giám đốc Trung tâm Huấn luyện đào tạo và Trưởng Ban Dân vận.", ["3 personnel"]],
  ])("%s", (text, want) => expect(counts(text)).toEqual(want));
  test.each([
    ["Sở Nội vụ khen thưởng 20 tập thể.", ["20 award"]],
    ["Hội đồng Thi đua khen thưởng tỉnh tặng bằng khen cho 12 cá nhân.", ["12 award"]],
    ["Trung tâm đã đào tạo 300 học viên.", ["300 training"]],
  ])("a clue outside the name stays: %s", (text, want) => expect(counts(text)).toEqual(want));
});

describe("a closing byline of two names, the dash glued to one of them", () => {
  test.each([
    ["Phường đã khắc phục các thiếu sót nêu trên. Hà An- Minh Quân", ["Hà An", "Minh Quân"]],
    ["Phường đã khắc phục các thiếu sót nêu trên. Hà An -Minh Quân", ["Hà An", "Minh Quân"]],
    ["Phường đã khắc phục các thiếu sót nêu trên.\nLê Minh Hưng- Đỗ Thu Trang ", ["Lê Minh Hưng", "Đỗ Thu Trang"]],
  ])("%s", (text, want) => expect(names(text)).toEqual(want));
  test("spaced on both sides, as before", () => {
    expect(names("Phường đã khắc phục các thiếu sót nêu trên. Hà An - Minh Quân")).toEqual(["Hà An", "Minh Quân"]);
  });
});

describe("the day told as today or yesterday and written out after it", () => {
  const day = (text: string) => parseReport(text, { referenceDate: "2017-05-10" }).event.date;
  test.each([
    ["Sau sự cố mất điện, sáng nay (10/5), Giám đốc Công ty Điện lực đã xin lỗi khách hàng. Theo kế hoạch, sáng 9/5 công ty bảo trì trạm biến áp.", "2017-05-10"],
    ["Chiều qua (12/3), đoàn công tác đã đến xã Tà Xùa. Sáng 14/3 đoàn sẽ về.", "2017-03-12"],
    ["Hôm nay, 8/4, trường tiểu học Hòa Phú khai giảng lớp hè. Sáng 7/4 trường đã họp phụ huynh.", "2017-04-08"],
  ])("%s", (text, want) => expect(day(text)).toBe(want));
  test.each([
    ["Sáng 9/5, công ty bảo trì trạm biến áp. Khách hàng được báo trước ngày 7/5.", "2017-05-09"],
    ["Chiều nay, lãnh đạo huyện thăm trường. Sáng mai (11/5) học sinh sẽ thi.", "2017-05-11"],
  ])("as before: %s", (text, want) => expect(day(text)).toBe(want));
});

describe("a list of names after a street word names streets", () => {
  test.each([
    "Công an kiểm tra xe trên các tuyến Võ Văn Kiệt, Nguyễn Hữu Cảnh và Tôn Đức Thắng.",
    "Xe tải bị cấm trên các phố Đinh Tiên Hoàng, Lê Thái Tổ và Hàng Khay.",
    "Chợ hoa họp trên các tuyến Lương Văn Can, Đặng Dung, Phan Huy Chú (Q.1).",
  ])("%s", (text) => expect(names(text)).toEqual([]));
  test.each([
    ["Chủ tịch UBND phường Tân Định, Nguyễn Văn Bảo cho biết con hẻm sẽ được mở rộng.", ["Nguyễn Văn Bảo"]],
    ["Trên đường Nguyễn Trãi, ông Lê Văn Tâm cho biết xe đông.", ["Lê Văn Tâm"]],
    ["Các đối tượng gồm: Lê Quốc Việt (26 tuổi, ở đường Nguyễn Thị Minh Khai, TP.Quy Nhơn), Trần Minh Quân (29 tuổi).", ["Lê Quốc Việt", "Trần Minh Quân"]],
    ["Huyện thuộc phạm vi quản lý của thành phố Vận Thành, Vương Kiến Thiết đã tạo điều kiện.", ["Vương Kiến Thiết"]],
  ])("a person after a place and a comma stays: %s", (text, want) => expect(names(text)).toEqual(want));
});

describe("a headline name whose last syllable lost its capital, written whole in the body", () => {
  test("the run before the syllable is no one", () => {
    const text = "Ông Lê Thanh mẫn làm Chủ tịch Hội Nông dân\nSáng 22/6, đại hội đã cử ông Lê Thanh Mẫn làm Chủ tịch Hội Nông dân Việt Nam.";
    expect(names(text)).toEqual(["Lê Thanh Mẫn"]);
  });
  test("with no whole name elsewhere the run stays", () => {
    expect(names("Ông Lê Thanh làm Chủ tịch Hội Nông dân tỉnh từ năm 2015.")).toEqual(["Lê Thanh"]);
  });
});
