/**
 * The shapes behind four results of the blind set fresh7, each with new sentences (invented here,
 * across genres) that hold the shape, and traps beside them (consistent texts, `errors: []`):
 *
 *   1. a share whose named whole is another noun or another scope than the figure before it
 *      ("chiếm 12,6% số đảng viên mới của toàn tỉnh" after "Đảng bộ huyện … có 6.420 đảng viên"):
 *      no whole (relate/named-whole.ts beyondHead, relate/whole-scope.ts)
 *   2. parts before their total ("…, nâng tổng số … mới … lên N", "…, tổng cộng N", "…; tổng số là
 *      N"): a closed breakdown, not when the parts are added to a stock (relate/sum-after.ts)
 *   3. a stock compared with "cùng thời điểm năm trước" / "thời điểm này năm trước" and its base in a
 *      bracket (lexicon/relation-cues.ts BASE_WORDS)
 *   4. a percent and "phần còn lại, tương ứng N%": the two make 100, give or take their rounding
 *      (relate/percent-total.ts restRestated)
 * Each contradiction's arithmetic is in the comment above it.
 */
import { E, runTable } from "./table.js";

runTable("fresh7 shapes: a share of another whole", {
  valid: [],
  invalid: [
    // bank; another noun (hộ vay mới ≠ hộ vay vốn) and another scope (toàn tỉnh): no whole
    { text: "Chi nhánh Ngân hàng Chính sách xã hội huyện có 9.450 hộ vay vốn. Năm 2024, chi nhánh đã cho 1.120 hộ vay mới, chiếm 7,8% số hộ vay mới của toàn tỉnh.", errors: [] },
    // farmers' union; "hội viên mới" of "cả huyện", the commune's members before
    { text: "Hội Nông dân xã có 640 hội viên. Năm 2024, hội kết nạp 58 hội viên mới, chiếm 11% số hội viên mới của cả huyện.", errors: [] },
    // trade union; "tổng số đoàn viên mới toàn ngành"
    { text: "Công đoàn cơ sở có 1.860 đoàn viên. Năm 2024, công đoàn phát triển 240 đoàn viên mới, chiếm 4,2% tổng số đoàn viên mới toàn ngành.", errors: [] },
    // hospital; the same noun, another scope ("cả khu vực"), the noun cut after "tăng"
    { text: "Bệnh viện có 650 giường bệnh. Năm 2024, bệnh viện đã đưa vào sử dụng 120 giường bệnh, chiếm 25% số giường bệnh tăng thêm của cả khu vực.", errors: [] },
    // port; the same noun, another scope after a verb ("cập các cảng cả khu vực")
    { text: "Cảng đã đón 1.820 tàu trong năm 2024, trong đó 460 tàu nước ngoài, chiếm 5,2% số tàu nước ngoài cập các cảng cả khu vực.", errors: [] },
    // tax; "toàn khu vực" after a district office's count
    { text: "Chi cục Thuế quản lý 3.200 hộ kinh doanh; năm 2024 có 410 hộ kinh doanh chuyển lên doanh nghiệp, chiếm 15% số hộ chuyển đổi của toàn khu vực.", errors: [] },
    // company; "toàn tập đoàn"
    { text: "Công ty có 2.400 lao động. Năm 2024, công ty tuyển dụng 180 lao động mới, chiếm 15% số lao động mới của toàn tập đoàn.", errors: [] },
    // the whole said of the scope: still checked. 1.480 ÷ 18.500 = 8%, not 12,5%
    { text: "Toàn tỉnh có 18.500 hộ nghèo. Đến cuối năm 2024, huyện Mường Tè còn 1.480 hộ nghèo, chiếm 12,5% số hộ nghèo của toàn tỉnh.", errors: [E("share.of-whole")] },
    // "Cả nước có …": 65.000 ÷ 940.000 = 6,9%, not 9,1%
    { text: "Cả nước có 940.000 doanh nghiệp đang hoạt động. Tỉnh Bình Dương có 65.000 doanh nghiệp, chiếm 9,1% số doanh nghiệp của cả nước.", errors: [E("share.of-whole")] },
    // "Tỉnh có …" opening its sentence, the new ones named both times: 286 ÷ 6.420 = 4,5%, not 12,6%
    { text: "Tỉnh có 6.420 đảng viên mới. Năm 2024, huyện A kết nạp 286 đảng viên mới, chiếm 12,6% số đảng viên mới của toàn tỉnh.", errors: [E("share.of-whole")] },
  ],
});

runTable("fresh7 shapes: parts before their total", {
  valid: [],
  invalid: [
    // justice department; "tổng cộng": 1.240 + 386 + 92 = 1.718 ≠ 1.728 hồ sơ
    { text: "Năm 2024, Sở Tư pháp tiếp nhận 1.240 hồ sơ lý lịch tư pháp, 386 hồ sơ quốc tịch và 92 hồ sơ nuôi con nuôi, tổng cộng 1.728 hồ sơ.", errors: [E("breakdown.sum")] },
    { text: "Năm 2024, Sở Tư pháp tiếp nhận 1.240 hồ sơ lý lịch tư pháp, 386 hồ sơ quốc tịch và 92 hồ sơ nuôi con nuôi, tổng cộng 1.718 hồ sơ.", errors: [] },
    // bank; "nâng tổng số hộ được vay mới … lên": 320 + 180 + 95 = 595 ≠ 605 hộ
    { text: "Ngân hàng đã giải ngân cho 320 hộ nghèo, 180 hộ cận nghèo và 95 hộ mới thoát nghèo, nâng tổng số hộ được vay mới trong năm lên 605 hộ.", errors: [E("breakdown.sum")] },
    { text: "Ngân hàng đã giải ngân cho 320 hộ nghèo, 180 hộ cận nghèo và 95 hộ mới thoát nghèo, nâng tổng số hộ được vay mới trong năm lên 595 hộ.", errors: [] },
    // hospital; "; tổng số là": 1.260 + 840 = 2.100 ≠ 2.110 ca
    { text: "Trong năm, Bệnh viện đã mổ 1.260 ca phẫu thuật nội soi và 840 ca mổ mở; tổng số là 2.110 ca.", errors: [E("breakdown.sum")] },
    { text: "Trong năm, Bệnh viện đã mổ 1.260 ca phẫu thuật nội soi và 840 ca mổ mở; tổng số là 2.100 ca.", errors: [] },
    // project; amounts with labels: 120 + 45 = 165 ≠ 175 tỷ đồng
    { text: "Dự án được bố trí vốn ngân sách tỉnh 120 tỷ đồng, vốn ngân sách huyện 45 tỷ đồng, tổng cộng 175 tỷ đồng.", errors: [E("breakdown.sum")] },
    // police; a total in another noun that holds both parts
    { text: "Lực lượng chức năng tạm giữ 64 xe ô tô, 212 xe mô tô; tổng cộng 276 phương tiện.", errors: [] },
    // traps: the parts added to a stock ("thêm"; "nâng tổng số" of all the members, not the new ones)
    { text: "Năm 2024, Công an huyện tiếp nhận thêm 14 cán bộ, 6 chiến sĩ nghĩa vụ, nâng tổng số cán bộ, chiến sĩ lên 186 người.", errors: [] },
    { text: "Năm 2024, Đảng bộ kết nạp 18 đảng viên ở khối doanh nghiệp và 24 đảng viên ở khối xã, nâng tổng số đảng viên của Đảng bộ lên 2.450 đồng chí.", errors: [] },
    { text: "Năm 2024, Đảng bộ kết nạp thêm 12 đảng viên nữ và 8 đảng viên nam, nâng tổng số đảng viên lên 312 đồng chí.", errors: [] },
    // trap: a total of another noun (workers, after units)
    { text: "Công ty có 3 nhà máy, 12 chi nhánh, tổng cộng 1.200 lao động.", errors: [] },
  ],
});

runTable("fresh7 shapes: a stock against the same date a year before", {
  valid: [],
  invalid: [
    // bank; "tăng" but 4.860 < 5.120
    { text: "Đến 30/9/2024, dư nợ cho vay của chi nhánh đạt 4.860 tỷ đồng, tăng 5,1% so với cùng thời điểm năm trước (5.120 tỷ đồng).", errors: [E("growth.direction")] },
    { text: "Đến 30/9/2024, dư nợ cho vay của chi nhánh đạt 4.860 tỷ đồng, giảm 5,1% so với cùng thời điểm năm trước (5.120 tỷ đồng).", errors: [] },
    // health; "thời điểm này năm trước": "giảm" but 2.315 > 2.239
    { text: "Đến cuối tháng 11/2024, toàn tỉnh có 2.315 người nhiễm HIV còn sống, giảm 3,4% so với thời điểm này năm trước (2.239 người).", errors: [E("growth.direction")] },
    { text: "Đến cuối tháng 11/2024, toàn tỉnh có 2.315 người nhiễm HIV còn sống, tăng 3,4% so với thời điểm này năm trước (2.239 người).", errors: [] },
    // union; "cùng thời điểm năm 2023": 86.420 ÷ 84.065 = 1,028, not 4,8%
    { text: "Tính đến ngày 31/12/2024, số đoàn viên công đoàn toàn tỉnh là 86.420 người, tăng 4,8% so với cùng thời điểm năm 2023 (84.065 người).", errors: [E("growth.rate")] },
    { text: "Tính đến ngày 31/12/2024, số đoàn viên công đoàn toàn tỉnh là 86.420 người, tăng 2,8% so với cùng thời điểm năm 2023 (84.065 người).", errors: [] },
    // no base stated
    { text: "Đến cuối năm 2024, số thuê bao internet băng rộng cố định đạt 312.400 thuê bao, tăng 12% so với cùng thời điểm năm ngoái.", errors: [] },
  ],
});

runTable("fresh7 shapes: a percent and the rest of it", {
  valid: [],
  invalid: [
    // one-stop office; "phần còn lại, tương ứng": 64,5 + 34,5 = 99 ≠ 100
    { text: "Trong 1.240 hồ sơ thụ lý, 64,5% được giải quyết trước hạn, phần còn lại, tương ứng 34,5%, được giải quyết đúng hạn.", errors: [E("percent-total.sum")] },
    { text: "Trong 1.240 hồ sơ thụ lý, 64,5% được giải quyết trước hạn, phần còn lại, tương ứng 35,5%, được giải quyết đúng hạn.", errors: [] },
    // survey; "số còn lại, chiếm": 82,6 + 18,4 = 101 ≠ 100
    { text: "Khảo sát cho thấy 82,6% người dân hài lòng, số còn lại, chiếm 18,4%, chưa hài lòng với thủ tục hành chính.", errors: [E("percent-total.sum")] },
    { text: "Khảo sát cho thấy 82,6% người dân hài lòng, số còn lại, chiếm 17,4%, chưa hài lòng với thủ tục hành chính.", errors: [] },
    // investment; rounding: 41,3 + 58,6 = 99,9, within 0,1
    { text: "Về cơ cấu nguồn vốn, vốn ngân sách chiếm 41,3%, phần còn lại, tương đương 58,6%, là vốn xã hội hóa.", errors: [] },
    // hospital; rounding: 27,4 + 72,5 = 99,9
    { text: "Trong số người bệnh nhập viện, 27,4% do tuyến xã chuyển lên, phần còn lại, tương ứng 72,5%, tự đến khám.", errors: [] },
  ],
});
