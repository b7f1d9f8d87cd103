/**
 * Shapes fixed after review 5 (/tmp/rev5/REPORT.md: false alarms and misses on main at 22479ec).
 * The texts are my own, written for this table, except the rows marked "review 5", which are that
 * review's case texts (written for it, taken here as the review allows).
 *
 *   FE-A  two years' figures, the later year first, then the change: the later year's figure is the
 *         value, the earlier one the base (src/relate/growth-years.ts)
 *   FE-B  a forecast or aim for the whole period ("dự kiến cả năm vượt dự toán") after a figure of part
 *         of it is no claim of that figure (src/relate/plan-forecast.ts)
 *   FE-C  a review or opening dated in its own clause, after it ("…; khai giảng … vào ngày 5/9/2024"),
 *         not by the date of the clause before (src/relate/period-date.ts)
 *   FE-D  "100% đạt yêu cầu, trong đó 68,4% khá, giỏi": percents nested in a share are its parts, not
 *         classes beside it (src/relate/percent-nested.ts)
 *   W-A   past a ";": a part of a part with a bracket after its noun (src/relate/sub-part.ts), another
 *         attribute after a list told apart by commas (src/relate/list-dimension.ts)
 *   M     "trong đó …, còn lại do … N" closes the list (src/relate/list.ts); "Trong N X có M Y, chiếm P%"
 *         with no comma (src/relate/trong-co.ts); a base "so với cuối năm 2022 (…)" (src/relate/anchor.ts);
 *         "giảm 8%, còn N so với … (B)" (src/relate/growth-rest-after.ts); a percent alone in a bracket
 *         after a part of a breakdown (src/relate/share-bracket.ts)
 */
import { E, runTable } from "./table.js";

runTable("review5 FE-A: two years, the later first, then the change", {
  valid: [
    // review 5 (r5t-003): 64 − 58 = 6, 6 ÷ 58 = 10,3%
    "Năm 2023 kết nạp 64 đảng viên, năm 2022 kết nạp 58 đảng viên, tăng 6 đảng viên (10,3%).",
    // the order of time: 58 then 64
    "Năm 2022 kết nạp 58 đảng viên, năm 2023 kết nạp 64 đảng viên, tăng 6 đảng viên (10,3%).",
    // 38 ÷ 45 = 0,844: a fall of 15,6%
    "Năm 2023 xảy ra 38 vụ cháy, năm 2022 xảy ra 45 vụ, giảm 15,6%.",
    // "cùng kỳ năm 2023": 520 ÷ 480 = 1,083
    "6 tháng đầu năm 2024 thu ngân sách 520 tỷ đồng, cùng kỳ năm 2023 thu 480 tỷ đồng, tăng 8,3%.",
    // 1.215 − 1.130 = 85; 85 ÷ 1.130 = 7,5%
    "Năm 2024 cấp 1.215 giấy phép lái xe, năm 2023 cấp 1.130 giấy phép, tăng 85 giấy phép, tương đương 7,5%.",
  ],
  invalid: [
    // review 5 (r5c-029): 38 ÷ 45 is a fall of 15,6%, not 17,8%
    { text: "Năm 2023 có 38 vụ cháy, năm 2022 có 45 vụ, giảm 17,8%.", errors: [E("growth.rate")] },
    // 6 ÷ 58 = 10,3%, not 11,3%
    { text: "Năm 2023 kết nạp 64 đảng viên, năm 2022 kết nạp 58 đảng viên, tăng 6 đảng viên (11,3%).", errors: [E("growth.delta")] },
    // 520 ÷ 480 = +8,3%, not 9,3%
    { text: "6 tháng đầu năm 2024 thu ngân sách 520 tỷ đồng, cùng kỳ năm 2023 thu 480 tỷ đồng, tăng 9,3%.", errors: [E("growth.rate")] },
  ],
});

runTable("review5 FE-B: a forecast for the whole period after part of it", {
  valid: [
    // review 5 (r5t-174)
    "Tháng 11 thu 420 tỷ đồng; lũy kế 11 tháng 4.680 tỷ đồng, bằng 97,5% dự toán năm (4.800 tỷ đồng), dự kiến cả năm vượt dự toán.",
    // an aim
    "Lũy kế 10 tháng thu 2.150 tỷ đồng, bằng 89,6% dự toán năm (2.400 tỷ đồng), phấn đấu cả năm vượt dự toán.",
    // the whole year named after a part of it, past a ";"
    "Lũy kế 9 tháng giải ngân 612 tỷ đồng, bằng 68% kế hoạch năm (900 tỷ đồng); dự kiến cả năm vượt kế hoạch.",
  ],
  invalid: [
    // no word of its own: the claim is the actual's
    { text: "Lũy kế 11 tháng thu 4.680 tỷ đồng, bằng 97,5% dự toán năm (4.800 tỷ đồng), vượt dự toán.", errors: [E("plan.direction")] },
    // the actual is a forecast too: the forecast is its claim
    { text: "Ước cả năm thu 4.680 tỷ đồng, bằng 97,5% dự toán (4.800 tỷ đồng), dự kiến vượt dự toán.", errors: [E("plan.direction")] },
  ],
});

runTable("review5 FE-C: each event dated in its own clause", {
  valid: [
    // review 5 (r5t-249)
    "Tổng kết năm học 2023–2024 vào ngày 28/5/2024; khai giảng năm học 2024–2025 vào ngày 5/9/2024.",
    // two reviews, each date after its event
    "Trường tổ chức tổng kết năm 2023 vào ngày 20/12/2023; tổng kết năm học 2023–2024 vào ngày 28/5/2024.",
    // past a comma
    "Trường tổng kết năm học 2023–2024 vào ngày 25/5/2024, khai giảng năm học 2024–2025 vào ngày 5/9/2024.",
    // each date before its event
    "Ngày 28/5/2024 tổng kết năm học 2023–2024; ngày 5/9/2024 khai giảng năm học 2024–2025.",
  ],
  invalid: [
    // the opening in its own clause on 5/9/2023, before its school year
    { text: "Tổng kết năm học 2023–2024 vào ngày 28/5/2024; khai giảng năm học 2024–2025 vào ngày 5/9/2023.", errors: [E("period.review")] },
    // the second review in its own clause on 28/12/2023, halfway through the school year
    { text: "Trường tổ chức tổng kết năm 2023 vào ngày 20/12/2023; tổng kết năm học 2023–2024 vào ngày 28/12/2023.", errors: [E("period.review")] },
    // review 5 (r5c-004): a review held before its school year begins, dated in its own words
    { text: "Lễ tổng kết năm học 2024–2025 được tổ chức vào ngày 24/5/2024.", errors: [E("period.review")] },
  ],
});

runTable("review5 FE-D: percents nested in a share", {
  valid: [
    // review 5 (r5x-040)
    "Huấn luyện cho 1.250 dân quân, tự vệ, kết quả kiểm tra 100% đạt yêu cầu, trong đó 68,4% khá, giỏi.",
    // 38,2 + 40,1 ≤ 95; 95 + 5 = 100
    "Kết quả kiểm tra 95% đạt yêu cầu, trong đó 38,2% giỏi, 40,1% khá; 5% không đạt.",
    // a dividend and its two parts: 20 + 10 = 30
    "Đại hội thông qua tỷ lệ cổ tức năm 2023 là 30%, trong đó 20% bằng tiền và 10% bằng cổ phiếu.",
  ],
  invalid: [
    // a part larger than its share
    { text: "Kết quả kiểm tra 90% đạt yêu cầu, trong đó 94,2% khá, giỏi.", errors: [E("breakdown.part")] },
    // the classes beside it still add up: 90 + 15 = 105
    { text: "Kết quả kiểm tra 90% đạt yêu cầu, trong đó 58,2% khá, giỏi; 15% không đạt yêu cầu.", errors: [E("percent-total.sum")] },
  ],
});

runTable("review5 W-A: past a ';', a part of a part or another attribute", {
  valid: [
    // review 5 (r5t-029): 31 of the 74 teachers
    "Đội ngũ có 86 cán bộ, giáo viên, nhân viên, trong đó 74 giáo viên; 100% giáo viên đạt chuẩn, 31 giáo viên (41,9%) có trình độ thạc sĩ.",
    // review 5 (r5t-044): laparoscopic surgery is another attribute
    "Thực hiện 6.240 ca phẫu thuật, trong đó phẫu thuật loại đặc biệt 412 ca, loại I 1.850 ca, loại II 2.630 ca; phẫu thuật nội soi 1.920 ca.",
    // the same with another list: 28 of the 40 doctors
    "Bệnh viện có 215 viên chức, trong đó 40 bác sĩ; 28 bác sĩ (70%) có trình độ sau đại học.",
  ],
  invalid: [
    // a part of the part larger than it
    { text: "Đội ngũ có 86 cán bộ, giáo viên, nhân viên, trong đó 74 giáo viên; 100% giáo viên đạt chuẩn, 81 giáo viên (109%) có trình độ thạc sĩ.", errors: [E("breakdown.part"), E("share.over-100")] },
    // its share of the part checked (the bracket after a part: share-bracket.ts): 31 ÷ 74 = 41,9%, not 45,9%
    { text: "Đội ngũ có 86 cán bộ, giáo viên, nhân viên, trong đó 74 giáo viên; 100% giáo viên đạt chuẩn, 31 giáo viên (45,9%) có trình độ thạc sĩ.", errors: [E("share.of-whole")] },
    // a sibling of the same attribute past the ";" still sums
    { text: "Thực hiện 6.240 ca phẫu thuật, trong đó phẫu thuật loại đặc biệt 412 ca, loại I 1.850 ca, loại II 2.630 ca; loại III 1.920 ca.", errors: [E("breakdown.sum")] },
    // siblings of other nouns past the ";"
    { text: "Đội ngũ có 86 cán bộ, giáo viên, nhân viên, trong đó 74 giáo viên; 14 nhân viên.", errors: [E("breakdown.sum")] },
  ],
});

runTable("review5 M: 'trong đó …, còn lại do … N'; 'Trong N X có M Y, chiếm P%'", {
  valid: [
    // 2,1 + 1,1 = 3,2
    "Tổng kinh phí 3,2 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 2,1 tỷ đồng, còn lại do nhân dân đóng góp 1,1 tỷ đồng.",
    // 118 ÷ 142 = 83,1%
    "Trong 142 công đoàn cơ sở có 118 công đoàn cơ sở đạt vững mạnh, chiếm 83,1%.",
    // 96 ÷ 412 = 23,3%
    "Trong 412 vụ vi phạm có 96 vụ vi phạm về ma túy, chiếm 23,3%.",
  ],
  invalid: [
    // review 5 (r5c-048): 2,1 + 1,3 = 3,4 ≠ 3,2
    { text: "Tổng kinh phí 3,2 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 2,1 tỷ đồng, còn lại do nhân dân đóng góp 1,3 tỷ đồng.", errors: [E("breakdown.sum")] },
    // review 5 (r5c-002, r5c-051)
    { text: "Trong 142 công đoàn cơ sở có 118 công đoàn cơ sở đạt vững mạnh, chiếm 86,5%.", errors: [E("share.of-whole")] },
    { text: "Trong 412 vụ vi phạm có 96 vụ vi phạm về ma túy, chiếm 28,4%.", errors: [E("share.of-whole")] },
  ],
});


runTable("review5 M: a base 'so với cuối năm 2022 (…)'; 'giảm 8%, còn N so với … (B)'", {
  valid: [
    // 56.480 ÷ 53.200 = 1,062
    "Dư nợ tín dụng đạt 56.480 tỷ đồng, tăng 6,2% so với cuối năm 2022 (53.200 tỷ đồng).",
    // 8.400 ÷ 8.000 = 1,05
    "Tổng tài sản của quỹ đạt 8.400 tỷ đồng, tăng 5% so với đầu năm 2023 (8.000 tỷ đồng).",
    // 874 ÷ 1.000 = 0,874
    "Doanh thu giảm 12,6%, còn 874 tỷ đồng so với năm trước (1.000 tỷ đồng).",
    // 5.600 ÷ 5.000 = 1,12
    "Tổng thu ngân sách tăng 12%, lên 5.600 tỷ đồng so với năm 2023 (5.000 tỷ đồng).",
  ],
  invalid: [
    // review 5 (r5c-014): +6,2%, not 9,2%
    { text: "Dư nợ tín dụng đạt 56.480 tỷ đồng, tăng 9,2% so với cuối năm 2022 (53.200 tỷ đồng).", errors: [E("growth.rate")] },
    // review 5 (r5x-083): −12,6%, not 8%
    { text: "Doanh thu giảm 8%, còn 874 tỷ đồng so với năm trước (1.000 tỷ đồng).", errors: [E("growth.rate")] },
    // +12%, not 15%
    { text: "Tổng thu ngân sách tăng 15%, lên 5.600 tỷ đồng so với năm 2023 (5.000 tỷ đồng).", errors: [E("growth.rate")] },
  ],
});

runTable("review5 M: a percent alone in a bracket after a part", {
  valid: [
    // 5 ÷ 12 = 41,7%, 6 ÷ 12 = 50%, 1 ÷ 12 = 8,3%
    "Trong 12 chi bộ, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ (41,7%), 6 chi bộ hoàn thành tốt nhiệm vụ (50%), 1 chi bộ hoàn thành nhiệm vụ (8,3%).",
    // 118 ÷ 142 = 83,1%
    "Có 142 công đoàn cơ sở, trong đó 118 công đoàn cơ sở (83,1%) đạt vững mạnh.",
    // a rate of the part before, in a list read as a guess: not checked against the whole
    "Tòa án nhân dân tỉnh đã thụ lý 1.842 vụ việc các loại, đã giải quyết 1.716 vụ việc, đạt tỷ lệ 93,2%; trong đó hình sự thụ lý 412 vụ, giải quyết 408 vụ (99%).",
    // a part of the part before (its noun runs on from it): 95 ÷ 100 = 95% (review 3's b3-020, a false
    // error of share-bracket.ts after this round's merge), 60 ÷ 80 = 75%
    "Bệnh viện có 600 giường bệnh, trong đó 100 giường hồi sức, 95 giường hồi sức có máy thở (95%).",
    "Đảng bộ xã có 320 đảng viên, trong đó 80 đảng viên nữ, 60 đảng viên nữ dưới 40 tuổi (75%).",
  ],
  invalid: [
    // review 5 (r5c-034): 1 ÷ 12 = 8,3%, not 9,3%
    { text: "Trong 12 chi bộ, có 5 chi bộ hoàn thành xuất sắc nhiệm vụ (41,7%), 6 chi bộ hoàn thành tốt nhiệm vụ (50%), 1 chi bộ hoàn thành nhiệm vụ (9,3%).", errors: [E("share.of-whole")] },
    { text: "Có 142 công đoàn cơ sở, trong đó 118 công đoàn cơ sở (86,5%) đạt vững mạnh.", errors: [E("share.of-whole")] },
  ],
});
