/**
 * Reading errors found by blind audit O (session 34, s34-readO), one table per shape:
 *   C1  people in general in a report of an accident, a crime or an incident investigated are no staff
 *       ("14 người đi trên ca nô", "mẫu của 4 người khác"): other; relatives are never staff
 *   C2  numbers that are no counts: house numbers before a street, a round of a contest, a unit's own
 *       number at the end of its name, the second of two multipliers, "hai" for "hại"
 *   C3  counts that were dropped or misread: "triệu tập N …", "N ký gạo" (kilograms), "N DN, cá nhân"
 * Sentences written for these tests, not corpus text; each shape has sentences that must stay as
 * they were.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";

/** The counts of a text as "value category" (measures as "value unit", money as "value VND"). */
const figures = (text: string) =>
  parseReport(text).figures.map((f) => `${f.value} ${f.kind === "count" ? f.category : f.kind === "measure" ? f.unit : f.kind === "money" ? f.currency : "%"}`);

describe("C1: people in general in an accident or an incident investigated", () => {
  test.each([
    // an accident at sea: passengers, rescued
    ["Ca nô gặp nạn giữa biển. Toàn bộ 14 người đi trên ca nô bị chìm đã được cứu vớt, các nạn nhân đã an toàn.", ["14 other"]],
    ["Chiếc thuyền bị lật úp. 9 người trên thuyền được ngư dân cứu vớt, không ai là nạn nhân.", ["9 other"]],
    // an investigation: witnesses and people tested
    ["Cơ quan điều tra đã lấy lời khai và trưng cầu giám định mẫu của 5 người. Kết quả giám định mẫu của 3 người khác cũng được gửi về.", ["5 other", "3 other"]],
    // a fire: people trapped
    ["Vụ hỏa hoạn khiến 4 người mắc kẹt. Lực lượng cứu hộ đã đưa các nạn nhân ra ngoài, hiện trường được phong tỏa.", ["4 other"]],
  ])("%s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  test.each([
    // relatives are never staff, whatever the text
    ["Ông có 2 người thân đang làm việc ở đây.", ["2 other"]],
    ["Hội thăm hỏi 6 người nhà của các gia đình chính sách.", ["6 other"]],
  ])("relatives: %s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  test.each([
    // an ordinary report: people in general who take part are staff (personnel)
    ["Hội nghị có 200 người tham dự.", ["200 personnel"]],
    ["Năm 2024, công ty tuyển dụng thêm 45 người.", ["45 personnel"]],
    // one incident word only: no incident report
    ["Đoàn công tác gồm 12 người đã đến hiện trường dự án để kiểm tra tiến độ.", ["12 personnel"]],
    // staff in an accident report stay as their noun says
    ["Vụ tai nạn khiến 3 người bị thương, các nạn nhân được cấp cứu. Bệnh viện huy động 20 bác sĩ tham gia cứu hộ.", ["3 other", "20 personnel"]],
  ])("stays: %s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("C2: numbers that are no counts", () => {
  test.each([
    // a range of house numbers before a street's name
    ["Dự án tại số 25 - 27 phố Huế chậm tiến độ.", []],
    ["Khách hàng góp vốn vào dự án 1152 - 1154 đường Láng từ năm 2015.", []],
    ["Tòa nhà số 88 – 90 đường Lê Lợi (Hà Nội) đã xây xong.", []],
    // one house number after a place word
    ["Cửa hàng tại 25 phố Huế bán được 30 xe.", ["30 other"]],
    ["Trụ sở công ty ở 12 đường Nguyễn Trãi.", []],
    // a round of a contest, a body measurement
    ["Trận đấu thuộc vòng 3 Giải vô địch quốc gia nữ thu hút 2.000 khán giả.", ["2000 other"]],
    ["Cô sở hữu vòng 1 khá khiêm tốn.", []],
    // a unit's own number at the end of its name
    ["Tổng Công ty xây dựng công trình giao thông 4 làm chủ đầu tư dự án.", []],
    ["Ban Quản lý dự án 2 thông tin như vậy.", []],
    // the second of two multipliers
    ["Hàm lượng chì cao gấp 245 và 260 lần mức cho phép.", []],
    ["Giá phòng tăng gấp 3, 4 lần so với trước.", []],
    // "hai" written for "hại"
    ["Cháu bé bị xâm hai tình dục tại trường.", []],
    ["Bão gây thiệt hai nặng nề cho 30 hộ dân.", ["30 other"]],
  ])("%s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  test.each([
    // streets counted: no range, no place word, or a lower-case word after the street word
    ["Tỉnh nâng cấp 2 đường Nguyễn Trãi và Lê Lợi.", ["2 other"]],
    ["Huyện làm mới 3 - 4 đường giao thông nông thôn.", ["3 other", "4 other"]],
    // rounds counted: the number before "vòng"
    ["Đội bóng đã vượt qua 3 vòng đấu.", ["3 other"]],
    // a name that runs past the number, a name joined by "và", a short name
    ["Quốc hội giám sát 2 chuyên đề tại 2 kỳ họp.", ["2 other", "2 event"]],
    ["Công ty 28 có 300 công nhân.", ["300 personnel"]],
    // one multiplier, then a count of times
    ["Ông đã 3 lần đi khám và 5 lần nằm viện.", ["3 other", "5 other"]],
    // "hai" after a syllable that may stand before a number
    ["Hai nước đẩy mạnh hợp tác hai bên cùng có lợi.", ["2 other", "2 organization"]],
    ["Đoàn đã khám phá hai thành phố.", ["2 other"]],
  ])("stays: %s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});

describe("C3: counts dropped or misread", () => {
  test.each([
    // "triệu tập" is a verb: "tập 12" numbers a volume
    ["Hội đồng xét xử đã triệu tập 120 tổ chức, cá nhân có liên quan.", ["120 other"]],
    ["Tòa triệu tập 50 người làm chứng.", ["50 other"]],
    // "ký" is a kilogram before a food
    ["Mỗi hộ được hỗ trợ 1 triệu đồng tiền mặt và 10 ký gạo/nhân khẩu.", ["1000000 VND", "10 ký"]],
    ["Công an thu giữ 2 ký ma túy.", ["2 ký"]],
    // firms and individuals together are neither units nor staff
    ["Cán bộ này đã nhận tiền của 31 DN, cá nhân.", ["31 other"]],
    ["Đoàn kiểm tra 12 doanh nghiệp, cá nhân kinh doanh xăng dầu.", ["12 other"]],
  ])("%s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  test.each([
    // a volume's number
    ["Bộ truyện tập 12 có 300 trang.", ["300 other"]],
    // "ký" that is no kilogram
    ["Trường có 3 ký túc xá.", ["3 other"]],
    ["Mật khẩu dài tối thiểu 8 ký tự.", ["8 other"]],
    // barrels stay as they were: a barrel of oil, a box of goods
    ["Xe chở 41 thùng hàng và 3 thùng mì.", ["41 other", "3 other"]],
    // firms awarded stay awarded
    ["Có 20 doanh nghiệp, cá nhân được tặng bằng khen.", ["20 award"]],
  ])("stays: %s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });
});
