/**
 * Shapes fixed after blind audit 7 (fresh8.test.ts), each with texts written for this table (other
 * genres, words and figures than the audit's): the contradiction caught, and consistent texts of
 * the same shape that must stay silent.
 *
 *   lunar days            "ngày 30 tháng 2 năm Giáp Thìn", "15/7 âm lịch": not judged by the solar calendar
 *   closed "chiếm" lists  "…, các … khác chiếm 7%", bands "dưới … từ … đến … trên …": add up to 100
 *   "trong đó X và Y là N" one part named by two nouns: no larger than its whole
 *   "A/B … (P%)"          the rate alone in a bracket at the end of the fraction's clause
 *   "chiếm P% diện tích …" a whole named by what its unit measures ("gieo cấy 24.120 ha")
 *   reviews               "thu, chi quý IV/2024" before the quarter; a year of accounts with its bounds
 *   "gấp rưỡi", "gấp đôi" a multiple said in a word
 */
import { E, runTable } from "./table.js";

runTable("fix8: lunar days", {
  valid: [
    // a lunar 30th of the 12th month, with its solar day in brackets
    "Ngày 30 tháng 12 năm Quý Mão (tức ngày 9/2/2024), Hội Người cao tuổi phường Trường Thi tổ chức gói bánh chưng tặng 45 hộ neo đơn.",
    // "âm lịch" after the day; the weekday of the solar day is right
    "Ngày 15/8 âm lịch, tức Chủ nhật, ngày 29/9/2023, nhà văn hóa thôn Yên Phụ tổ chức Tết Trung thu cho 160 cháu thiếu nhi.",
    // a lunar day in brackets "(ÂL)"
    "Lễ hội đền Cờn diễn ra từ ngày 29/2 (ÂL) với 8 đội thuyền tham gia đua thuyền truyền thống.",
  ],
  invalid: [
    // a solar day that does not exist, beside a lunar one that does
    { text: "Ngày 10 tháng 3 năm Giáp Thìn, tức ngày 31/4/2024, hơn 3.000 người dân đã về dâng hương tại Đền Hùng.", errors: [E("dates.impossible")] },
    // the weekday of a solar day is still judged when a lunar day stands beside it
    { text: "Sáng thứ Sáu, ngày 22/2/2024 (tức ngày 13 tháng Giêng năm Giáp Thìn), xã Yên Đồng tổ chức lễ ra quân trồng 4.500 cây xanh.", errors: [E("dates.weekday")] },
  ],
});

runTable("fix8: shares listed with 'chiếm', closed", {
  valid: [
    // the others close the list: 48,5 + 30,2 + 21,3 = 100
    "Về nguồn vốn đầu tư năm 2024 của huyện, vốn ngân sách nhà nước chiếm 48,5%, vốn tín dụng chiếm 30,2%, các nguồn vốn khác chiếm 21,3%.",
    // bands that cover the scale: 8,6 + 47,9 + 43,5 = 100
    "Về thâm niên công tác của giáo viên toàn ngành: dưới 5 năm chiếm 8,6%; từ 5 đến 15 năm chiếm 47,9%; trên 15 năm chiếm 43,5%.",
    // two attributes, not classes of one whole: 61,2 + 58,4 > 100 and nothing is wrong
    "Trong tổng số hội viên Hội Nông dân xã, nữ chiếm 61,2%, hội viên trên 50 tuổi chiếm 58,4%.",
    // an open list (no "khác", the bands stop short of the top): 12,5 + 64,7 = 77,2 of some of the whole
    "Về độ tuổi của lao động được giải quyết việc làm: dưới 25 tuổi chiếm 12,5%; từ 25 đến 35 tuổi chiếm 64,7%.",
    // bands with a gap ("dưới 30" then "từ 40"): not known to cover the scale
    "Về độ tuổi của đảng viên mới kết nạp: dưới 30 tuổi chiếm 71,4%; từ 40 đến 50 tuổi chiếm 20,6%; trên 50 tuổi chiếm 9,3%.",
  ],
  invalid: [
    // the others close the list: 46,8 + 31,5 + 24,2 = 102,5 ≠ 100
    { text: "Trong cơ cấu doanh thu năm 2024 của Hợp tác xã Nông nghiệp Tân Phú, doanh thu từ lúa giống chiếm 46,8%, doanh thu từ phân bón chiếm 31,5%, các dịch vụ khác chiếm 24,2%.", errors: [E("percent-total.sum")] },
    // bands "từ … trở lên": 22,4 + 41,5 + 30,1 = 94 ≠ 100
    { text: "Về quy mô đàn bò của các hộ chăn nuôi: dưới 10 con chiếm 22,4%; từ 10 đến 50 con chiếm 41,5%; từ 50 con trở lên chiếm 30,1%.", errors: [E("percent-total.sum")] },
  ],
});

runTable("fix8: a part after 'trong đó … là N' named by two nouns", {
  valid: [
    // a part smaller than its whole
    "Tổng kinh phí thực hiện chương trình năm 2024 là 126,4 tỷ đồng, trong đó vốn ngân sách trung ương và ngân sách tỉnh là 98,2 tỷ đồng.",
    // a part equal to its whole, with a count between them
    "Quỹ Tín dụng nhân dân Đồng Tiến có tổng dư nợ 412 tỷ đồng với 3.860 thành viên vay vốn, trong đó dư nợ cho vay sản xuất và kinh doanh là 412 tỷ đồng.",
  ],
  invalid: [
    // the part larger than the whole (a count between them): 1.512 > 1.215 tỷ đồng
    { text: "Năm 2024, tổng thu ngân sách trên địa bàn huyện đạt 1.215 tỷ đồng với 46 khoản thu, trong đó thu tiền sử dụng đất và thu tiền thuê đất là 1.512 tỷ đồng.", errors: [E("breakdown.part")] },
  ],
});

runTable("fix8: a fraction with its percent alone in a bracket", {
  valid: [
    // 47/52 = 90,4%
    "Năm 2024, Trung tâm Y tế huyện Mường Lát có 47/52 trạm y tế xã có bác sĩ làm việc thường xuyên (90,4%).",
    // the bracket after another clause (a comma between): not the fraction's rate
    "Toàn huyện có 18/21 xã đạt chuẩn nông thôn mới, số hộ nghèo giảm mạnh (12%).",
  ],
  invalid: [
    // 236/250 = 94,4%, not 96,4%
    { text: "Đợt kiểm tra cuối năm, 236/250 đoàn viên thanh niên của Đoàn Khối cơ quan tỉnh đạt yêu cầu về kiến thức pháp luật (96,4%).", errors: [E("fraction.percent")] },
  ],
});

runTable("fix8: a share of a whole named by what its unit measures", {
  valid: [
    // 9.320 ÷ 12.450 = 74,9%
    "Năm 2024, toàn tỉnh trồng mới 12.450 ha rừng tập trung. Diện tích rừng trồng bằng giống cây chất lượng cao đạt 9.320 ha, chiếm 74,9% diện tích trồng mới.",
    // a share of another quantity (the tonnes are no area): nothing tied
    "Năm 2024, hợp tác xã thu hoạch 860 tấn chè búp tươi. Diện tích chè đạt chuẩn VietGAP là 42 ha, chiếm 35% diện tích chè của xã.",
  ],
  invalid: [
    // 9.320 ÷ 12.450 = 74,9%, not 79,4%
    { text: "Năm 2024, toàn tỉnh trồng mới 12.450 ha rừng tập trung. Diện tích rừng trồng bằng giống cây chất lượng cao đạt 9.320 ha, chiếm 79,4% diện tích trồng mới.", errors: [E("share.of-whole")] },
    // sản lượng named, the tonnes said before: 3.150 ÷ 4.870 = 64,7%, not 68,2%
    { text: "Vụ cá năm 2024, ngư dân xã Cát Hải khai thác được 4.870 tấn hải sản các loại. Riêng cá ngừ đại dương đạt 3.150 tấn, chiếm 68,2% sản lượng khai thác.", errors: [E("share.of-whole")] },
  ],
});

runTable("fix8: a review of a quarter or of a year of accounts before it ran", {
  valid: [
    // a quarter reviewed after it ended, the field of work holding "thu, chi"
    "Ngày 08/01/2025, Kho bạc Nhà nước tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác thu, chi quý IV/2024 với 8 kho bạc huyện tham dự.",
    // a year of accounts reviewed after its stated end
    "Ngày 15/7/2024, Tổng công ty Xây dựng Hà Thành tổ chức hội nghị tổng kết năm tài chính 2023-2024 (từ ngày 01/7/2023 đến ngày 30/6/2024), khen thưởng 42 tập thể.",
    // in its last month: the house rule lets a year-end review be held then
    "Ngày 18/6/2024, Công ty Cổ phần Cơ khí Đông Anh tổ chức hội nghị tổng kết năm tài chính 2023-2024 (từ ngày 01/7/2023 đến ngày 30/6/2024).",
  ],
  invalid: [
    // a quarter reviewed before it began: 20/6/2024 for quý III/2024
    { text: "Ngày 20/6/2024, Cục Thuế tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác thu, chi quý III/2024 với 11 chi cục thuế tham dự.", errors: [E("period.review")] },
    // a year of accounts reviewed half-way through its stated course: 10/01/2024 for 01/7/2023–30/6/2024
    { text: "Ngày 10/01/2024, Tổng công ty Xây dựng Hà Thành tổ chức hội nghị tổng kết năm tài chính 2023-2024 (từ ngày 01/7/2023 đến ngày 30/6/2024), khen thưởng 42 tập thể.", errors: [E("period.review")] },
  ],
});

runTable("fix8: a multiple said in a word ('gấp rưỡi', 'gấp đôi')", {
  valid: [
    // 1.860 ÷ 1.240 = 1,5
    "Năm 2024, Thư viện tỉnh Quảng Trị phục vụ 1.860 lượt bạn đọc mỗi tuần, tăng gấp rưỡi so với năm 2023 (1.240 lượt bạn đọc).",
    // 2.480 ÷ 1.240 = 2
    "Năm 2024, Hợp tác xã Dịch vụ nông nghiệp Tân Lập sản xuất 2.480 tấn gạo hữu cơ, tăng gấp đôi so với năm 2023 (1.240 tấn).",
    // "gấp rưỡi" of a plan in words, with no figure to compare: nothing to judge
    "Đội văn nghệ xung kích của xã đã luyện tập gấp rưỡi thời gian quy định để chuẩn bị cho hội diễn.",
  ],
  invalid: [
    // 2.100 ÷ 1.240 = 1,69, not 1,5
    { text: "Năm 2024, Thư viện tỉnh Quảng Trị phục vụ 2.100 lượt bạn đọc mỗi tuần, tăng gấp rưỡi so với năm 2023 (1.240 lượt bạn đọc).", errors: [E("growth.multiple")] },
  ],
});
