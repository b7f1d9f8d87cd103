/**
 * Shapes from the audit L of archive posts (issue 14): a unit named by a lower-case trade after its
 * head ("Ban bồi thường giải phóng mặt bằng"), a branch ("chi nhánh") or a field after a dash
 * ("Tài chính - kế hoạch") with the place after it ("Q.Tân Phú", "H.Củ Chi"), and the name right after
 * it; a post named by "chức vụ … đối với ông X"; "công an viên" as a post; a site counted by "điểm";
 * a multiplier with two words before the number; residents and deputies in counts.
 * Sentences written for these tests, not corpus text.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";
import { names, posts } from "./helpers/people.js";

const counts = (text: string) =>
  parseReport(text)
    .figures.filter((f) => f.kind === "count")
    .map((f) => `${f.value} ${f.category}`);

describe("a unit named by a lower-case trade, then a place abbreviation, then the name", () => {
  test.each([
    ["Phó trưởng Ban bồi thường giải phóng mặt bằng Q.Bình Tân Trần Thị Mỹ Linh được khen thưởng.", "Trần Thị Mỹ Linh", "Phó trưởng Ban | Ban bồi thường giải phóng mặt bằng Q.Bình Tân"],
    ["Trưởng ban bồi thường giải phóng mặt bằng H.Củ Chi Lê Văn Sáu đã ký văn bản.", "Lê Văn Sáu", "Trưởng ban | Ban bồi thường giải phóng mặt bằng H.Củ Chi"],
    ["Phó trưởng Ban bồi thường giải phóng mặt bằng TP.Thủ Đức Ngô Văn Bảy nghỉ hưu.", "Ngô Văn Bảy", "Phó trưởng Ban | Ban bồi thường giải phóng mặt bằng TP.Thủ Đức"],
  ])("%s", (text, name, post) => expect(posts(text, name)).toEqual([post]));
  test("after the name and a comma", () => {
    const text = "Ông Phạm Văn Tư, kế toán trưởng Ban bồi thường giải phóng mặt bằng Q.Bình Tân bị khởi tố.";
    expect(posts(text, "Phạm Văn Tư")).toEqual(["kế toán trưởng | Ban bồi thường giải phóng mặt bằng Q.Bình Tân"]);
  });
});

describe("a branch and a field after a dash inside a unit's name", () => {
  test("a branch with its capitalised place", () => {
    const text = "Ông Trịnh Quốc Hưng, Phó giám đốc Ngân hàng Nhà nước chi nhánh Cần Thơ cho biết tín dụng tăng.";
    expect(posts(text, "Trịnh Quốc Hưng")).toEqual(["Phó giám đốc | Ngân hàng Nhà nước chi nhánh Cần Thơ"]);
  });
  test("branches counted after the name stay out of it", () => {
    const text = "Ông Trịnh Quốc Hưng, Giám đốc Ngân hàng Đông Á và 5 chi nhánh mới, cho biết.";
    // (the name runs on to "và 5", as before: only the branches are new here)
    expect(posts(text, "Trịnh Quốc Hưng")?.join()).not.toMatch(/chi nhánh/);
  });
  test("a lower-case field after a dash, then the place", () => {
    const text = "Ông Đào Minh Khang, nguyên Trưởng phòng Tài chính - kế hoạch Q.Bình Tân bị khiển trách.";
    expect(posts(text, "Đào Minh Khang")).toEqual(["nguyên Trưởng phòng | Phòng Tài chính - kế hoạch Q.Bình Tân"]);
  });
  test("an aside after a dash is no field", () => {
    const text = "Chị Vũ Thị Hạnh - Chủ tịch CĐ Công ty Hòa Bình - than thở về thủ tục.";
    expect(posts(text, "Vũ Thị Hạnh")).toEqual(["Chủ tịch | CĐ Công ty Hòa Bình"]);
  });
});

describe("a post named before 'đối với' and the person", () => {
  test("'chức vụ' before the post", () => {
    const text = "Quận ủy đã bổ nhiệm lại chức vụ Trưởng ban bồi thường giải phóng mặt bằng Q.Bình Tân đối với ông Lâm Văn Út sai quy định.";
    expect(posts(text, "Lâm Văn Út")).toEqual(["Trưởng ban | Ban bồi thường giải phóng mặt bằng Q.Bình Tân"]);
  });
  test("without 'chức vụ' the post is someone else's", () => {
    const text = "UBND tỉnh giao Giám đốc Sở Nội vụ xử lý đối với ông Lâm Văn Út theo quy định.";
    expect(posts(text, "Lâm Văn Út")).toEqual([]);
  });
});

describe("'công an viên' is a post", () => {
  test("before a name, in lower case", () => {
    expect(posts("Khoảng 21h, công an viên Hà Văn Tùng kiểm tra phòng trực.", "Hà Văn Tùng")).toEqual(["công an viên"]);
  });
  test("counted", () => {
    expect(counts("Xã Tân Lập có 4 công an viên.")).toEqual(["4 personnel"]);
  });
});

describe("a name whose last syllable lost its capital", () => {
  test("written whole elsewhere: the run before it is no one", () => {
    const text = "Công nhân Trần Thị Hoa (tổ cắt) cho biết thưởng Tết cao. Cũng theo công nhân Trần Thị Ngọc hoa, bữa ăn ca luôn sạch.";
    expect(names(text)).toEqual(["Trần Thị Hoa"]);
  });
  test("a verb after a name with no such name elsewhere stays", () => {
    expect(names("Theo công nhân Trần Thị Hoa kể, bữa ăn ca luôn sạch.")).toEqual(["Trần Thị Hoa"]);
  });
});

describe("'đại biểu' before a name", () => {
  test("in a text about the Assembly: a deputy", () => {
    const text = "Tại phiên chất vấn của Quốc hội, trả lời câu hỏi của đại biểu Đinh Thị Mai (Nam Định), Bộ trưởng cho biết sẽ sửa quy định.";
    expect(posts(text, "Đinh Thị Mai")).toEqual(["đại biểu"]);
  });
  test("at a meeting: a delegate, no post", () => {
    expect(posts("Tại hội nghị tổng kết, đại biểu Đinh Thị Mai phát biểu ý kiến.", "Đinh Thị Mai")).toEqual([]);
  });
});

describe("a career after a birth date", () => {
  test("past the one served, each post the subject's", () => {
    const text =
      "Đồng chí Lương Văn Khải sinh ngày 3/4/1970, từng là Trợ lý cho Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Nghệ An Phan Đình Tùng, là Phó Chánh Văn phòng, rồi là Chánh Văn phòng Tỉnh ủy.";
    expect(posts(text, "Lương Văn Khải")).toEqual(["Trợ lý", "Phó Chánh Văn phòng", "Chánh Văn phòng | Văn phòng Tỉnh ủy"]);
    expect(posts(text, "Phan Đình Tùng")).toEqual(["Ủy viên | Bộ Chính trị", "Bí thư | Tỉnh ủy Nghệ An"]);
  });
});

describe("counts", () => {
  test("'điểm' naming a site is counted; a score is not", () => {
    expect(counts("Huyện có 9 điểm sạt lở và 4 điểm tập kết rác. Đội bóng có 9 điểm sau 4 trận đấu.")).toEqual(["9 other", "4 other", "4 event"]);
  });
  test.each(["Số vụ trộm ở phường này gấp tới gần 15 lần phường bên cạnh.", "Lượng khách năm nay gấp gần 6 lần năm trước."])("a multiplier: %s", (text) => {
    expect(counts(text)).toEqual([]);
  });
  test("residents of a planned population are no staff", () => {
    expect(counts("Nếu dân cư khu đô thị mới phát triển theo quy hoạch là 250.000 người thì cần thêm trường học.")).toEqual(["250000 other"]);
  });
  test("deputies are staff", () => {
    expect(counts("UBND xã đã kỷ luật trưởng và hai phó công an xã. Phòng có 2 phó phòng.")).toEqual(["2 personnel", "2 personnel"]);
  });
});

describe("an organisation's name ending in two places joined by a dash ends with them", () => {
  const orgs = (text: string) => parseReport(text).organizations.map((o) => o.text);
  test.each([
    ["Doanh nghiệp đã vay của Ngân hàng Phát triển Việt Nam Chi nhánh Đắk Lắk- Đắk Nông hơn 62 tỉ đồng.", "Ngân hàng Phát triển Việt Nam Chi nhánh Đắk Lắk- Đắk Nông"],
    ["Doanh nghiệp đã nộp cho Cục Hải quan Đắk Lắk- Đắk Nông hơn 9 tỉ đồng.", "Cục Hải quan Đắk Lắk- Đắk Nông"],
    ["Doanh nghiệp đã nộp cho Cục Hải quan Bà Rịa - Vũng Tàu gần 9 tỉ đồng.", "Cục Hải quan Bà Rịa - Vũng Tàu"],
    ["Dự án được UBND tỉnh Thừa Thiên- Huế cấp phép từ năm ngoái.", "UBND tỉnh Thừa Thiên- Huế"],
  ])("%s", (text, org) => expect(orgs(text)).toEqual([org]));
  test("a dash between fields that are no places reads on as before", () => {
    expect(orgs("Hồ sơ đã gửi Sở Lao động - Thương binh và Xã hội, rồi chuyển tiếp.")).toEqual(["Sở Lao động - Thương binh và Xã hội"]);
  });
});
