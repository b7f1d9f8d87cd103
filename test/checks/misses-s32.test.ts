/**
 * Shapes the checks still let pass (session 32, helper chkmiss), each by shape with sentences of its
 * own: contradictions that must raise the right error, consistent neighbours that must stay silent
 * (`errors: []`: no error and no warning).
 *
 *   1. the rate of a part handled, told with a plain "đạt" after the count taken in ("thụ lý 250 vụ,
 *      giải quyết 230 vụ, đạt 95%"): relate/share-handled.ts
 *   2. "gấp rưỡi", "gấp đôi" with the base in a bracket after its period and no "so với" ("gấp rưỡi năm
 *      2023 (200 hội viên)"): growth.ts multiples reads the basis from the end of the word, not four
 *      characters past it (a number's " lần")
 *   3. "từ A năm X lên B năm Y, tăng N lần": the value's year between the value and "tăng"
 *      (growth-times.ts VALUE_GAP, as MULTIPLE_GAP for "gấp"); not when a basis after "lần" names
 *      another year than the base's ("…, tăng 3 lần so với năm 2015")
 *   4. "12 người, gồm 5 nam và 6 nữ, 3 người dân tộc thiểu số": after two items that are the two values of
 *      a two-valued split (nam | nữ, chính thức | dự bị), a count of the same people with neither value
 *      is an attribute, not a third item (relate/list-va.ts pairDone): the list ends after "và"
 *   5. one change told as a ratio to its base and as a rate side by side ("bằng 115% so với cùng kỳ,
 *      tăng 25%"): relate/growth-ways.ts, check/growth-ways.ts (growth.rate: 115% − 100% = 15%)
 *   6. a count, the amount each, the total ("300 suất quà, mỗi suất 500.000 đồng, tổng trị giá 120 triệu
 *      đồng"): relate/product.ts, a breakdown of one part that counts N times (`factor`), summed by
 *      check/breakdown.ts (breakdown.sum: 300 × 0,5 = 150 ≠ 120 triệu đồng)
 *   7. parts told year by year before "tổng cộng" ("năm 2021 có 12 dự án, năm 2022 có 15 dự án, …, tổng
 *      cộng 50 dự án"): relate/sum-years.ts, read by sum-after.ts (one part a year, every year apart)
 *   8. a second split of a whole after ";", by a pair of values that covers every member ("120 đảng
 *      viên, gồm 70 nam, 50 nữ; 90 người Kinh, 20 dân tộc thiểu số"): relate/second-split.ts
 *
 * The sentences are invented here. Each case's arithmetic is in the comment above it.
 */
import { E, runTable } from "./table.js";

runTable("misses s32: a part handled of a count taken in, 'đạt N%'", {
  valid: [],
  invalid: [
    // court; 230 ÷ 250 = 92% ≠ 95%
    { text: "Năm 2024, Tòa án nhân dân huyện Gia Lâm thụ lý 250 vụ án, giải quyết 230 vụ, đạt 95%.", errors: [E("share.of-whole")] },
    { text: "Năm 2024, Tòa án nhân dân huyện Gia Lâm thụ lý 250 vụ án, giải quyết 230 vụ, đạt 92%.", errors: [] },
    // "đạt tỷ lệ", and the rate in a bracket on the part
    { text: "Năm 2024, Tòa án nhân dân huyện Gia Lâm thụ lý 250 vụ án, đã giải quyết 230 vụ, đạt tỷ lệ 96%.", errors: [E("share.of-whole")] },
    { text: "Năm 2024, Tòa án nhân dân huyện Gia Lâm thụ lý 250 vụ án, đã giải quyết 230 vụ (đạt 95%).", errors: [E("share.of-whole")] },
    { text: "Năm 2024, Tòa án nhân dân huyện Gia Lâm thụ lý 250 vụ án, đã giải quyết 230 vụ (đạt 92%).", errors: [] },
    // police; 132 ÷ 146 = 90,4% ≠ 94,4%; the whole's noun longer than the part's ("tin báo, tố giác" / "tin")
    { text: "Công an huyện Tân Yên tiếp nhận 146 tin báo, tố giác tội phạm, đã giải quyết 132 tin, đạt 94,4%.", errors: [E("share.of-whole")] },
    { text: "Công an huyện Tân Yên tiếp nhận 146 tin báo, tố giác tội phạm, đã giải quyết 132 tin, đạt 90,4%.", errors: [] },
    // inspection; a lead before the intake, the rest of the sentence after the rate: 290 ÷ 320 = 90,6% ≠ 96%
    { text: "Trong năm, Thanh tra tỉnh tiếp nhận 320 đơn, đã giải quyết 290 đơn, đạt 96%, còn 30 đơn đang xem xét.", errors: [E("share.of-whole")] },
    // rounding: 90,625%
    { text: "Trong năm, Thanh tra tỉnh tiếp nhận 320 đơn, đã giải quyết 290 đơn, đạt 90,6%, còn 30 đơn đang xem xét.", errors: [] },
    // traps: a plan or a period after the percent; a rate named by a word after it; a change
    { text: "Năm 2024, Tòa án nhân dân huyện Gia Lâm thụ lý 250 vụ án, giải quyết 230 vụ, đạt 95% kế hoạch.", errors: [] },
    { text: "Năm 2024, Tòa án nhân dân huyện Gia Lâm thụ lý 250 vụ án, giải quyết 230 vụ, đạt 95% so với cùng kỳ.", errors: [] },
    { text: "Bộ phận một cửa tiếp nhận 250 hồ sơ, giải quyết 230 hồ sơ, đạt 98% đúng hạn.", errors: [] },
    { text: "Năm 2024, Tòa án nhân dân huyện Gia Lâm thụ lý 250 vụ án, giải quyết 230 vụ, tăng 5%.", errors: [] },
    // traps: two counts of the noun before (of which the cases that can be handled: 950 ÷ 1.000 = 95%)
    { text: "Chi cục Thi hành án dân sự thụ lý 1.200 việc, có điều kiện giải quyết 1.000 việc, đã giải quyết xong 950 việc, đạt 95%.", errors: [] },
    // traps: the part's clause has a period of its own; the part is of a narrower kind
    { text: "Năm 2023, tòa thụ lý 250 vụ; năm 2024, giải quyết 230 vụ, đạt 95%.", errors: [] },
    { text: "Năm 2024, Tòa án nhân dân huyện Gia Lâm thụ lý 250 vụ án, giải quyết 230 vụ án hình sự, đạt 95%.", errors: [] },
    // trap: a rate of the handled ones after a second handling (380 ÷ 400 = 95%)
    { text: "Thanh tra tỉnh tiếp nhận 420 đơn, xử lý 400 đơn, đạt 95,2%; giải quyết 380 đơn, đạt 95%.", errors: [] },
  ],
});

runTable("misses s32: 'gấp rưỡi', 'gấp đôi' with the base in a bracket", {
  valid: [],
  invalid: [
    // farmers' union; 300 ÷ 250 = 1,2 lần, not 1,5
    { text: "Năm 2024, Hội Nông dân huyện Yên Thế kết nạp 300 hội viên mới, gấp rưỡi năm 2023 (250 hội viên).", errors: [E("growth.multiple")] },
    { text: "Năm 2024, Hội Nông dân huyện Yên Thế kết nạp 300 hội viên mới, gấp rưỡi năm 2023 (200 hội viên).", errors: [] },
    // company; 3.000 ÷ 1.200 = 2,5 lần, not 2
    { text: "Năm 2024, doanh thu của Công ty Cổ phần Cơ khí Đông Anh đạt 3.000 tỷ đồng, gấp đôi năm 2023 (1.200 tỷ đồng).", errors: [E("growth.multiple")] },
    { text: "Năm 2024, doanh thu của Công ty Cổ phần Cơ khí Đông Anh đạt 3.000 tỷ đồng, gấp đôi năm 2023 (1.500 tỷ đồng).", errors: [] },
    // "cùng kỳ" for the period; 3.000 ÷ 1.500 = 2 lần, not 1,5
    { text: "Sáu tháng đầu năm 2024, doanh thu của Công ty Cổ phần Cơ khí Đông Anh đạt 3.000 tỷ đồng, gấp rưỡi cùng kỳ (1.500 tỷ đồng).", errors: [E("growth.multiple")] },
    { text: "Sáu tháng đầu năm 2024, doanh thu của Công ty Cổ phần Cơ khí Đông Anh đạt 3.000 tỷ đồng, gấp rưỡi cùng kỳ (2.000 tỷ đồng).", errors: [] },
    // traps: a share in the bracket; an amount of another kind in the bracket; a change in the bracket
    { text: "Năm 2024, Hội Nông dân huyện Yên Thế kết nạp 300 hội viên mới, gấp rưỡi năm 2023 (chiếm 20% số hội viên).", errors: [] },
    { text: "Năm 2024, Hội Nông dân huyện Yên Thế kết nạp 300 hội viên mới, gấp đôi năm 2023 (1.200 tỷ đồng).", errors: [] },
    { text: "Năm 2024, doanh thu của Công ty Cổ phần Cơ khí Đông Anh đạt 3.000 tỷ đồng, gấp đôi năm 2023 (tăng 1.200 tỷ đồng).", errors: [] },
  ],
});

runTable("misses s32: 'từ A năm X lên B năm Y, tăng N lần'", {
  valid: [],
  invalid: [
    // vocational centre; 500 ÷ 200 = 2,5 lần: neither 3 nor 4 ("tăng 3 lần" read both ways)
    { text: "Số học viên của Trung tâm Giáo dục nghề nghiệp huyện Lục Ngạn từ 200 người năm 2020 lên 500 người năm 2024, tăng 3 lần.", errors: [E("growth.multiple")] },
    { text: "Số học viên của Trung tâm Giáo dục nghề nghiệp huyện Lục Ngạn từ 200 người năm 2020 lên 500 người năm 2024, tăng 2,5 lần.", errors: [] },
    // "tăng 2 lần" as 3 times as many: 600 ÷ 200 = 3
    { text: "Số học viên của Trung tâm Giáo dục nghề nghiệp huyện Lục Ngạn từ 200 người năm 2020 lên 600 người năm 2024, tăng 2 lần.", errors: [] },
    // cooperative; in a bracket: 1.240 ÷ 310 = 4 lần: neither 2 nor 3
    { text: "Doanh thu của Hợp tác xã Chè Tân Cương từ 310 triệu đồng năm 2021 lên 1.240 triệu đồng năm 2024 (tăng 2 lần).", errors: [E("growth.multiple")] },
    { text: "Doanh thu của Hợp tác xã Chè Tân Cương từ 310 triệu đồng năm 2021 lên 1.240 triệu đồng năm 2024 (tăng 3 lần).", errors: [] },
    // trap: the multiple against another year than the base's
    { text: "Số học viên của Trung tâm Giáo dục nghề nghiệp huyện Lục Ngạn từ 200 người năm 2020 lên 500 người năm 2024, tăng 3 lần so với năm 2015.", errors: [] },
  ],
});

runTable("misses s32: a two-valued split after 'gồm', then an attribute of the whole", {
  valid: [],
  invalid: [
    // youth union; 5 + 6 = 11 ≠ 12 người
    { text: "Chi đoàn Trường THPT Yên Thế có 12 người, gồm 5 nam và 6 nữ, 3 người dân tộc thiểu số.", errors: [E("breakdown.sum")] },
    { text: "Chi đoàn Trường THPT Yên Thế có 12 người, gồm 6 nam và 6 nữ, 3 người dân tộc thiểu số.", errors: [] },
    // party cell; the items' own noun: 30 + 14 = 44 ≠ 45 đảng viên
    { text: "Chi bộ Thôn Đông có 45 đảng viên, gồm 30 đảng viên nam và 14 đảng viên nữ, 5 đảng viên dự bị.", errors: [E("breakdown.sum")] },
    { text: "Chi bộ Thôn Đông có 45 đảng viên, gồm 31 đảng viên nam và 14 đảng viên nữ, 5 đảng viên dự bị.", errors: [] },
    // membership: 40 + 4 = 44 ≠ 45 đảng viên
    { text: "Chi bộ Thôn Đông có 45 đảng viên, gồm 40 đảng viên chính thức và 4 đảng viên dự bị, 12 đảng viên nữ.", errors: [E("breakdown.sum")] },
    { text: "Chi bộ Thôn Đông có 45 đảng viên, gồm 40 đảng viên chính thức và 5 đảng viên dự bị, 12 đảng viên nữ.", errors: [] },
    // traps: a third part of another noun after the pair (8 + 10 + 2 = 20; 12 + 20 + 10 = 42)
    { text: "Đoàn thể thao huyện có 20 thành viên, gồm 8 vận động viên nam và 10 vận động viên nữ, 2 huấn luyện viên.", errors: [] },
    { text: "Trường Tiểu học Kim Đồng có 42 người, gồm 12 giáo viên nam và 20 giáo viên nữ, 10 nhân viên.", errors: [] },
    // trap: no pair before the third item (12 + 20 + 10 = 42)
    { text: "Trường Tiểu học Kim Đồng có 42 cán bộ, gồm 12 cán bộ quản lý và 20 giáo viên, 10 nhân viên.", errors: [] },
  ],
});

runTable("misses s32: one change told as a ratio and as a rate", {
  valid: [],
  invalid: [
    // tax; 115% − 100% = 15%, not 25%
    { text: "Năm 2024, Chi cục Thuế khu vực Kim Bảng thu ngân sách được 1.150 tỷ đồng, bằng 115% so với cùng kỳ, tăng 25%.", errors: [E("growth.rate")] },
    { text: "Năm 2024, Chi cục Thuế khu vực Kim Bảng thu ngân sách được 1.150 tỷ đồng, bằng 115% so với cùng kỳ, tăng 15%.", errors: [] },
    // a fall, in a bracket: 100% − 85% = 15%, not 25%
    { text: "Năm 2024, toàn huyện xảy ra 85 vụ tai nạn giao thông, bằng 85% so với năm 2023 (giảm 25%).", errors: [E("growth.rate")] },
    { text: "Năm 2024, toàn huyện xảy ra 85 vụ tai nạn giao thông, bằng 85% so với năm 2023 (giảm 15%).", errors: [] },
    // the rate first, the ratio after it: 125% is a rise of 25%, not 15%
    { text: "Doanh thu 6 tháng đầu năm 2024 của Công ty Cổ phần Cấp nước Ninh Bình đạt 210 tỷ đồng, tăng 15% so với cùng kỳ (bằng 125%).", errors: [E("growth.rate")] },
    { text: "Doanh thu 6 tháng đầu năm 2024 của Công ty Cổ phần Cấp nước Ninh Bình đạt 210 tỷ đồng, tăng 15% so với cùng kỳ (bằng 115%).", errors: [] },
    // rounding: 115,3% and "tức tăng 15,3%"
    { text: "Năm 2024, Chi cục Thuế khu vực Kim Bảng thu ngân sách được 1.150 tỷ đồng, bằng 115,3% so với cùng kỳ, tức tăng 15,3%.", errors: [] },
    // traps: a plan, not a base; a rate of its own basis; a level, not an amount; a rate named by a word after it
    { text: "Năm 2024, Chi cục Thuế khu vực Kim Bảng thu ngân sách được 1.150 tỷ đồng, bằng 115% dự toán, tăng 25%.", errors: [] },
    { text: "Năm 2024, Chi cục Thuế khu vực Kim Bảng thu ngân sách được 1.150 tỷ đồng, bằng 115% so với cùng kỳ, tăng 25% so với năm 2020.", errors: [] },
    { text: "Cuối năm 2024, tỷ lệ hộ nghèo của huyện còn 3,2%, bằng 80% so với cùng kỳ, giảm 0,8%.", errors: [] },
    { text: "Năm 2024, Chi cục Thuế khu vực Kim Bảng thu ngân sách được 1.150 tỷ đồng, bằng 115% so với cùng kỳ, tăng 25% số thu từ đất.", errors: [] },
  ],
});

runTable("misses s32: a count times the amount each against the total", {
  valid: [],
  invalid: [
    // Red Cross; 300 × 500.000 = 150 triệu ≠ 120 triệu đồng
    { text: "Dịp Tết Nguyên đán, Hội Chữ thập đỏ huyện Bình Lục trao 300 suất quà, mỗi suất 500.000 đồng, tổng trị giá 120 triệu đồng.", errors: [E("breakdown.sum")] },
    { text: "Dịp Tết Nguyên đán, Hội Chữ thập đỏ huyện Bình Lục trao 300 suất quà, mỗi suất 500.000 đồng, tổng trị giá 150 triệu đồng.", errors: [] },
    // "trị giá mỗi suất", "với tổng số tiền": 300 × 500.000 = 150 triệu ≠ 160 triệu đồng
    { text: "Công đoàn Công ty May Đức Giang trao 300 suất quà, trị giá mỗi suất 500.000 đồng, với tổng số tiền 160 triệu đồng.", errors: [E("breakdown.sum")] },
    // the amount each in a bracket: 120 × 2 = 240 triệu ≠ 280 triệu đồng (250 would be within a round total's coarse reading: a warning)
    { text: "Năm 2024, Quỹ Vì người nghèo huyện hỗ trợ 120 hộ (mỗi hộ 2 triệu đồng), tổng kinh phí 280 triệu đồng.", errors: [E("breakdown.sum")] },
    { text: "Năm 2024, Quỹ Vì người nghèo huyện hỗ trợ 120 hộ (mỗi hộ 2 triệu đồng), tổng kinh phí 240 triệu đồng.", errors: [] },
    // review 6 (false errors after the merge): a total that says it covers more, and a balance
    // 120 × 2 = 240, + 60 = 300 triệu đồng; 2.000 × 100.000 = 200 triệu, the fund holds 500 triệu now
    { text: "Huyện hỗ trợ 120 hộ nghèo, mỗi hộ 2 triệu đồng, tổng kinh phí 300 triệu đồng (gồm cả 60 triệu đồng sửa nhà).", errors: [] },
    { text: "Xã hỗ trợ 80 hộ nghèo, mỗi hộ 3 triệu đồng, tổng kinh phí 300 triệu đồng, kể cả 60 triệu đồng khám bệnh miễn phí.", errors: [] },
    { text: "Năm 2024, Hội vận động 2.000 hội viên, mỗi hội viên góp 100.000 đồng, tổng quỹ hội hiện có 500 triệu đồng.", errors: [] },
    // bank; 30 × 50 triệu = 1,5 tỷ ≠ 1,6 tỷ đồng
    { text: "Năm 2024, Ngân hàng Chính sách xã hội huyện cho 30 hộ vay vốn, mỗi hộ 50 triệu đồng, tổng dư nợ 1,6 tỷ đồng.", errors: [E("breakdown.sum")] },
    // exam; counts: 42 × 24 = 1.008 ≠ 1.080 thí sinh
    { text: "Điểm thi Trường THPT Chu Văn An có 42 phòng thi, mỗi phòng thi có 24 thí sinh, tổng số thí sinh là 1.080 thí sinh.", errors: [E("breakdown.sum")] },
    { text: "Điểm thi Trường THPT Chu Văn An có 42 phòng thi, mỗi phòng thi có 24 thí sinh, tổng số thí sinh là 1.008 thí sinh.", errors: [] },
    // traps: each holds more than the amount; another item before the total; a total of more than this count;
    // a running total; an upper bound each; the amount each of a word the count's noun does not hold
    { text: "Dịp Tết Nguyên đán, Hội Chữ thập đỏ huyện Bình Lục trao 300 suất quà, mỗi suất gồm 500.000 đồng và 10 kg gạo, tổng trị giá 200 triệu đồng.", errors: [] },
    { text: "Dịp Tết Nguyên đán, Hội Chữ thập đỏ huyện Bình Lục trao 300 suất quà, mỗi suất 500.000 đồng và 50 xe đạp, tổng trị giá 200 triệu đồng.", errors: [] },
    { text: "Dịp Tết Nguyên đán, Hội Chữ thập đỏ huyện Bình Lục trao 200 suất quà cho hộ nghèo và 300 suất quà cho hộ cận nghèo, mỗi suất 500.000 đồng, tổng trị giá 250 triệu đồng.", errors: [] },
    { text: "Dịp Tết Nguyên đán, Hội Chữ thập đỏ huyện Bình Lục trao 300 suất quà, mỗi suất 500.000 đồng; 50 xe đạp, mỗi xe 2 triệu đồng, tổng trị giá 250 triệu đồng.", errors: [] },
    { text: "Dịp Tết Nguyên đán, Hội Chữ thập đỏ huyện Bình Lục trao 300 suất quà, mỗi suất 500.000 đồng, nâng tổng số tiền hỗ trợ từ đầu năm lên 1,2 tỷ đồng.", errors: [] },
    { text: "Năm 2024, Ngân hàng Chính sách xã hội huyện cho 30 hộ vay vốn, mỗi hộ tối đa 50 triệu đồng, tổng dư nợ 1,2 tỷ đồng.", errors: [] },
    { text: "Dịp Tết Nguyên đán, Hội Chữ thập đỏ huyện Bình Lục trao 300 suất quà, mỗi người 500.000 đồng, tổng trị giá 120 triệu đồng.", errors: [] },
  ],
});

runTable("misses s32: parts year by year, then 'tổng cộng'", {
  valid: [],
  invalid: [
    // investment; 12 + 15 + 18 = 45 ≠ 50 dự án
    { text: "Giai đoạn 2021-2023, tỉnh Bắc Giang: năm 2021 thu hút 12 dự án, năm 2022 thu hút 15 dự án, năm 2023 thu hút 18 dự án, tổng cộng 50 dự án.", errors: [E("breakdown.sum")] },
    { text: "Giai đoạn 2021-2023, tỉnh Bắc Giang: năm 2021 thu hút 12 dự án, năm 2022 thu hút 15 dự án, năm 2023 thu hút 18 dự án, tổng cộng 45 dự án.", errors: [] },
    // colon labels and ";": 42 + 51 = 93 ≠ 96 hội viên
    { text: "Hội Cựu chiến binh huyện kết nạp mới năm 2023: 42 hội viên; năm 2024: 51 hội viên; tổng cộng 96 hội viên.", errors: [E("breakdown.sum")] },
    { text: "Hội Cựu chiến binh huyện kết nạp mới năm 2023: 42 hội viên; năm 2024: 51 hội viên; tổng cộng 93 hội viên.", errors: [] },
    // traps: a total over a longer running time; a stock year by year; one year twice
    { text: "Năm 2022 tỉnh thu hút 12 dự án, năm 2023 thu hút 15 dự án, tổng cộng từ năm 2018 đến nay có 80 dự án.", errors: [] },
    { text: "Năm 2022 huyện có 120 hộ nghèo, năm 2023 còn 95 hộ nghèo, tổng cộng 215 hộ nghèo.", errors: [] },
    { text: "Năm 2021 tỉnh thu hút 12 dự án trong nước, năm 2021 thu hút 15 dự án nước ngoài, tổng cộng 30 dự án.", errors: [] },
  ],
});

runTable("misses s32: a second split of the whole after ';'", {
  valid: [],
  invalid: [
    // party; 90 + 20 = 110 ≠ 120 đảng viên
    { text: "Đảng bộ xã Quang Minh có 120 đảng viên, gồm 70 nam, 50 nữ; 90 người Kinh, 20 dân tộc thiểu số.", errors: [E("breakdown.sum")] },
    { text: "Đảng bộ xã Quang Minh có 120 đảng viên, gồm 70 nam, 50 nữ; 100 người Kinh, 20 dân tộc thiểu số.", errors: [] },
    // membership: 42 + 2 = 44 ≠ 45 đảng viên
    { text: "Chi bộ Thôn Đông có 45 đảng viên, gồm 40 nam và 5 nữ; 42 chính thức và 2 dự bị.", errors: [E("breakdown.sum")] },
    { text: "Chi bộ Thôn Đông có 45 đảng viên, gồm 40 nam và 5 nữ; 42 chính thức và 3 dự bị.", errors: [] },
    // traps: a subgroup with two values; counts of something said of them; a pair of another whole after ";"
    { text: "Chi bộ Thôn Đông có 45 đảng viên, gồm 40 nam và 5 nữ; 30 đảng viên nam là người Kinh, 10 đảng viên nữ.", errors: [] },
    { text: "Chi bộ Thôn Đông có 45 đảng viên, gồm 40 nam và 5 nữ; 3 nam, 2 nữ được kết nạp mới.", errors: [] },
    { text: "Trường Tiểu học Kim Đồng có 45 giáo viên, gồm 10 nam và 35 nữ; 20 người Kinh, 10 dân tộc thiểu số dạy ở điểm lẻ.", errors: [] },
    { text: "Chi bộ Thôn Đông có 45 đảng viên, gồm 40 nam và 5 nữ; chi đoàn có 20 nam, 15 nữ.", errors: [] },
  ],
});
