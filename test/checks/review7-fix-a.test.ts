/**
 * Review 7's false errors of plan.direction, period.review and positions.conflict, fixed by shape
 * (round 34, helper fixR1). For each shape: sentences of our own that must stay silent, and real
 * contradictions of the same family that must still be caught (so the fix does not blind the rule);
 * then the review 7 cases the fix moved out of review7-known.test.ts (r7-…). Arithmetic checked with
 * python3.
 */
import { runTable, E } from "./table.js";

// 1. A direction claim after a percent of plan, said of another subject named between the two
//    (relate/plan-subject.ts).
runTable("plan.direction: a claim of another subject after the percent", {
  valid: [
    "Sản lượng điện đạt 104% kế hoạch, riêng điện mặt trời không đạt kế hoạch.",
    "Thu ngân sách huyện đạt 118% dự toán, trong khi thu phí, lệ phí chưa đạt dự toán.",
    "Vốn đầu tư công giải ngân đạt 91% kế hoạch; các công trình chuyển tiếp đều hoàn thành vượt kế hoạch.",
    "Số lao động được tạo việc làm đạt 97% chỉ tiêu, nhưng xuất khẩu lao động vượt chỉ tiêu.",
    // r7-392: 420/1.05 == 400 — 'không đạt' of another revenue, no figure
    "Thu ngân sách đạt 420 tỷ đồng, bằng 105% dự toán, nhưng thu tiền sử dụng đất không đạt kế hoạch.",
    // r7-428
    "Doanh thu đạt 105% kế hoạch, riêng lợi nhuận không đạt kế hoạch.",
    // r7-468
    "Doanh thu đạt 105% kế hoạch; tuy nhiên, một số chỉ tiêu không đạt kế hoạch.",
    // r7-469
    "Thu ngân sách đạt 112% dự toán, trong khi chi đầu tư phát triển chưa đạt kế hoạch.",
    // r7-470
    "Giải ngân đạt 85% kế hoạch, các dự án trọng điểm đều hoàn thành vượt kế hoạch.",
    // r7-471
    "Thu nội địa đạt 98% dự toán, thu xuất nhập khẩu vượt dự toán.",
  ],
  invalid: [
    // 95 < 100, the subject told again
    { text: "Sản lượng lúa đạt 95% kế hoạch, như vậy sản lượng lúa đã vượt kế hoạch.", errors: [E("plan.direction")] },
    // 112 >= 100, only glue between
    { text: "Thu ngân sách đạt 112% dự toán, nhưng vẫn chưa đạt dự toán.", errors: [E("plan.direction")] },
    // 102 >= 100 (the plan 500 closes the clause)
    { text: "Doanh thu đạt 102% kế hoạch năm (500 tỷ đồng), là chỉ tiêu duy nhất không đạt kế hoạch.", errors: [E("plan.direction")] },
  ],
});

// 2. A plan of another measure named after who set it and "về" (relate/plan-measure.ts).
runTable("plan.direction: a plan 'giao về' another measure", {
  valid: [
    // 48/30*100 == 160: not the plan of the 48
    "Công ty nộp ngân sách 48 tỷ đồng, nhưng không đạt kế hoạch được giao về lợi nhuận sau thuế (30 tỷ đồng).",
    // 1350/300*100 == 450
    "Hợp tác xã thu mua 1.350 tấn chè, song chưa đạt chỉ tiêu tỉnh giao về chè chất lượng cao (300 tấn).",
    // round(312/90*100,1) == 346.7
    "Huyện giải ngân 312 tỷ đồng nhưng vẫn không hoàn thành kế hoạch được giao về vốn ODA (90 tỷ đồng).",
    // r7-066: plan of nợ xấu, not of the 612
    "Thu nợ đạt 612 tỷ đồng, nhưng vẫn không hoàn thành kế hoạch được giao về thu hồi nợ xấu (40 tỷ đồng).",
    // r7-430: plan of profit
    "Doanh thu đạt 96 tỷ đồng nhưng không hoàn thành kế hoạch giao về lợi nhuận (12 tỷ đồng).",
  ],
  invalid: [
    // round(14/12*100,1) == 116.7 >= 100: the same measure after "về"
    { text: "Lợi nhuận đạt 14 tỷ đồng nhưng không hoàn thành kế hoạch giao về lợi nhuận (12 tỷ đồng).", errors: [E("plan.direction")] },
    // round(480/520*100,1) == 92.3 < 100
    { text: "Công ty đạt doanh thu 480 tỷ đồng, vượt kế hoạch được giao về doanh thu (520 tỷ đồng).", errors: [E("plan.direction")] },
    // round(265/240*100,1) == 110.4 >= 100: no measure named
    { text: "Xã vận động 265 hộ tham gia bảo hiểm y tế, chưa đạt kế hoạch được giao (240 hộ).", errors: [E("plan.direction")] },
  ],
});

// 3. A forecast for the whole period after a rate of part of it, with no amount (relate/plan-forecast.ts).
runTable("plan.direction: a forecast after a year-to-date rate", {
  valid: [
    "Sáu tháng đầu năm đạt 48% dự toán năm, phấn đấu cả năm vượt dự toán.",
    "Lũy kế 10 tháng thu ngân sách đạt 81% kế hoạch, ước cả năm vượt kế hoạch.",
    "Quý III đạt 74% kế hoạch năm; dự kiến cả năm hoàn thành vượt kế hoạch.",
    // r7-266
    "Chín tháng đạt 68% kế hoạch năm; dự báo quý IV sẽ hoàn thành và vượt kế hoạch.",
    // r7-429
    "Lũy kế 9 tháng đạt 72% kế hoạch năm, dự kiến cả năm vượt kế hoạch.",
  ],
  invalid: [
    // 94 < 100, the rate of the whole year
    { text: "Cả năm đạt 94% kế hoạch, vượt kế hoạch đề ra.", errors: [E("plan.direction")] },
    // 97 < 100, the rate a forecast too
    { text: "Ước cả năm đạt 97% dự toán, dự kiến vượt dự toán.", errors: [E("plan.direction")] },
  ],
});

// 4. A review or an opening only planned, dated by the meeting or the document (relate/period-planned.ts).
runTable("period.review: a review or opening only planned", {
  valid: [
    "Ngày 12/3/2024, Ban Thường vụ Huyện ủy họp và dự kiến sơ kết 6 tháng đầu năm 2024 vào cuối tháng 7.",
    "Ngày 5/1/2025, Hội Nông dân tỉnh tổng kết năm 2024 và dự kiến tổ chức sơ kết quý I/2025 vào đầu tháng 4.",
    "Ngày 3/3/2025, UBND huyện ban hành Kế hoạch tổ chức tổng kết công tác năm 2025.",
    "Ngày 22/4/2024, các trường chuẩn bị tổng kết năm học 2023-2024.",
    "Ngày 20/5/2024, Hội đồng trường thông qua kế hoạch khai giảng năm học 2024-2025.",
    "Ngày 15/1/2025, Hội tổng kết năm 2024; hội nghị sơ kết 6 tháng đầu năm 2025 sẽ được tổ chức vào tháng 7.",
    // r7-422
    "Tại hội nghị tổng kết năm học 2023-2024 ngày 28/5/2024, nhà trường đề ra kế hoạch khai giảng năm học 2024-2025.",
    // r7-423
    "Ngày 28/5/2024, nhà trường tổng kết năm học 2023-2024 và thông qua kế hoạch khai giảng năm học 2024-2025.",
    // r7-424
    "Ngày 10/01/2024, Hội Nông dân tỉnh tổng kết công tác năm 2023; dự kiến sơ kết 6 tháng đầu năm 2024 vào tháng 7/2024.",
    // r7-425
    "Ngày 8/1/2025, huyện tổng kết năm 2024 và giao chỉ tiêu năm 2025; việc sơ kết quý I/2025 sẽ tổ chức vào đầu tháng 4.",
    // r7-426
    "Ngày 15/11/2024, UBND tỉnh ban hành Kế hoạch số 245/KH-UBND về tổ chức tổng kết công tác năm 2024.",
    // r7-427
    "Ngày 20/4/2025, Sở Giáo dục hướng dẫn các trường tổ chức tổng kết năm học 2024-2025 trước ngày 31/5/2025.",
  ],
  invalid: [
    // held, not planned: 2024-01-12 is 11 days into 2024
    { text: "Ngày 12/01/2024, Hội Cựu chiến binh xã tổ chức hội nghị tổng kết công tác năm 2024.", errors: [E("period.review")] },
    // "kế hoạch" in an office's name: held, 2023-01-05 is 4 days into 2023
    { text: "Ngày 5/1/2023, Sở Kế hoạch và Đầu tư tổ chức hội nghị tổng kết công tác năm 2023.", errors: [E("period.review")] },
    { text: "Ngày 6/1/2023, Phòng Tài chính - Kế hoạch huyện tổng kết công tác năm 2023.", errors: [E("period.review")] },
    // planned, and dated by the day it is to be held: 2025-03-20, 78 days into 2025
    { text: "Ngày 10/3/2025, UBND huyện ban hành kế hoạch tổ chức tổng kết năm 2025 vào ngày 20/3/2025.", errors: [E("period.review")] },
    // an opening planned a year before its school year (2023-09-05 < 2024-09-01 - 45 days)
    { text: "Nhà trường dự kiến tổ chức khai giảng năm học 2024-2025 vào ngày 5/9/2023.", errors: [E("period.review")] },
  ],
});

// 5. Two posts, each dated by the time that opens its own clause, the times apart (relate/position-dated.ts).
runTable("positions.conflict: two posts dated apart", {
  valid: [
    "Năm 2018, bà Nguyễn Thị Lan là Phó Giám đốc Sở Y tế. Năm 2023, bà Nguyễn Thị Lan là Giám đốc Sở Y tế.",
    "Nhiệm kỳ 2015-2020, ông Trần Văn Bình là Phó Bí thư Huyện ủy; nhiệm kỳ 2020-2025, ông Trần Văn Bình là Bí thư Huyện ủy.",
    "Từ năm 2016 đến năm 2020, ông Lê Văn Tâm là Phó Chủ tịch UBND huyện; từ năm 2021, ông Lê Văn Tâm là Chủ tịch UBND huyện.",
    // r7-349
    "Giai đoạn 2015-2020, ông Phạm Quang Hùng là Phó Chủ tịch UBND tỉnh; từ năm 2021 đến nay, ông Phạm Quang Hùng là Chủ tịch UBND tỉnh.",
    // r7-435
    "Năm 2019, ông Phạm Quang Hùng là Phó Chủ tịch UBND tỉnh. Năm 2024, ông Phạm Quang Hùng là Chủ tịch UBND tỉnh.",
  ],
  invalid: [
    // the same year for both posts
    { text: "Năm 2024, ông Phạm Văn Hải là Phó Giám đốc Sở Tài chính. Năm 2024, ông Phạm Văn Hải là Giám đốc Sở Tài chính.", errors: [E("positions.conflict")] },
    // 2019 lies in 2016-2021
    { text: "Giai đoạn 2016-2021, ông Đỗ Minh Tuấn là Phó Chủ tịch UBND tỉnh; năm 2019, ông Đỗ Minh Tuấn là Chủ tịch UBND tỉnh.", errors: [E("positions.conflict")] },
    // one post dated, the other not
    { text: "Năm 2020, ông Hoàng Văn Nam là Phó Giám đốc Sở Xây dựng; ông Hoàng Văn Nam là Giám đốc Sở Xây dựng.", errors: [E("positions.conflict")] },
  ],
});
