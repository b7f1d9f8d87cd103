/**
 * Round 34 (helper fix12): contradictions that passed blind audit 11 (fresh12.test.ts; its texts
 * untouched), by shape. Each shape has its own invented sentences here: contradictions with the
 * rule expected and traps that must stay silent (no error, no warning). Arithmetic checked with
 * python3, in the comment of each group.
 *
 *  A  "A/B cuộc kiểm toán/thanh tra/kiểm tra/giám sát" with A > B: a fraction over its whole, not a
 *     date or a score (lexicon AUDIT_EVENT_NOUNS, read by number.ts's pairIsFraction)
 *  B  "thụ lý/tiếp nhận A …, (đã) giải quyết/xử lý B …, còn (lại) C …": a whole, the part handled and
 *     the rest, a closed breakdown (relate/intake-rest.ts)
 *  C  "…, như vậy tăng/giảm P%": "như vậy" glue between a figure and its change, as "tức"
 *     (lexicon GLUE_WORDS; a later period told first, growth-years.ts, included)
 *  D  a basis that names the previous event of a series, its figure in a bracket: "so với kỳ đại
 *     hội trước (23 huy chương)", "so với mùa giải trước (10 huy chương)" (lexicon BASE_WORDS)
 *  F  a review of two fields of work joined by "và" ("sơ kết công tác Hội và phong trào phụ nữ 6 tháng
 *     đầu năm"): the period after the second field is the review's (period.ts; not after "và
 *     triển khai …", nor when the second field has a season of its own, "… hè năm 2025")
 */
import { E, runTable } from "./table.js";

runTable("misses s34b: contradictions", {
  valid: [
    // A: 36 ≤ 38; a plan claimed after ("vượt kế hoạch 2 cuộc"): done of planned; a date before the
    // noun ("Ngày 12/11"); 24 ÷ 25 = 96%
    "Năm 2025, Kiểm toán nhà nước khu vực IV đã thực hiện 36/38 cuộc kiểm toán theo kế hoạch được giao.",
    "Năm 2025, Thanh tra tỉnh đã thực hiện 38/36 cuộc thanh tra theo kế hoạch, vượt kế hoạch 2 cuộc.",
    "Ngày 12/11 cuộc thanh tra chuyên ngành về đất đai được công bố kết luận.",
    "Năm 2024, Thanh tra huyện thực hiện 24/25 cuộc thanh tra (đạt 96%).",
    // B: 3.104 + 358 = 3.462; 440 + 60 = 500; 600 + 40 = 640; 190 + 24 = 214
    "Năm 2025, Tòa án nhân dân huyện đã thụ lý 3.462 vụ việc dân sự, hôn nhân và gia đình, đã giải quyết 3.104 vụ việc, còn lại 358 vụ việc.",
    "Ban Tiếp công dân tỉnh tiếp nhận 500 đơn, giải quyết 440 đơn, còn 60 đơn đang xác minh.",
    "Thanh tra tỉnh tiếp nhận 640 đơn thư, đã xử lý 600 đơn thư, còn lại 40 đơn thư đang xác minh.",
    "Năm 2024, Viện kiểm sát huyện đã thụ lý 214 vụ án hình sự, đã giải quyết 190 vụ, còn lại 24 vụ.",
    // B, traps: 440 + 80 = 520 ≠ 500 but the rest is of the year before; 280 + 45 = 325 ≠ 300 but
    // "thụ lý mới" counts the new cases only; a percent between (440 ÷ 500 = 88%); a transfer
    // between (400 + 40 + 60 = 500, no breakdown of two)
    "Ban tiếp dân tiếp nhận 500 đơn, đã giải quyết 440 đơn, còn 80 đơn của năm trước chưa giải quyết.",
    "Tòa án thụ lý mới 300 vụ, đã giải quyết 280 vụ, còn lại 45 vụ.",
    "Ban tiếp dân tiếp nhận 500 đơn, đã giải quyết 440 đơn (đạt 88%), còn lại 60 đơn.",
    "Ban tiếp dân tiếp nhận 500 đơn, đã giải quyết 400 đơn, chuyển cơ quan khác 40 đơn, còn lại 60 đơn.",
    // C: 2,6 ÷ 2,1 = 1,238 → +23,8%; 38 ÷ 45 = 0,844 → −15,6%; 1.260 ÷ 1.400 = 0,9 → −10%;
    // 1.240 ÷ 1.100 = 1,127 → +12,7% (a comma after "như vậy"); a plan, not a change
    "Quý II/2025, cảng hàng không Cam Ranh đón 2,6 triệu lượt khách; quý II/2024 đón 2,1 triệu lượt, như vậy tăng 23,8%.",
    "Năm 2024, toàn tỉnh xảy ra 38 vụ cháy, năm 2023 xảy ra 45 vụ, như vậy giảm 15,6%.",
    "Tháng 10/2025, Bộ phận một cửa tiếp nhận 1.260 hồ sơ; tháng 10/2024 tiếp nhận 1.400 hồ sơ, như vậy giảm 10%.",
    "Năm 2025, tỉnh thu ngân sách 1.240 tỷ đồng; như vậy, tăng 12,7% so với năm 2024 (1.100 tỷ đồng).",
    "Năm 2025, tỉnh thu ngân sách 1.240 tỷ đồng, như vậy đạt 103% dự toán.",
    // D: 46 ÷ 23 = 2 times; 12 ÷ 10 = 1,2 → +20%; 350 − 300 = 50; no base figure told: nothing to check
    "Tại Đại hội Thể thao toàn quốc, đoàn thể thao tỉnh giành 46 huy chương, tăng gấp 2 lần so với kỳ đại hội trước (23 huy chương).",
    "Mùa giải 2025, đội tuyển điền kinh của tỉnh giành 12 huy chương, tăng 20% so với mùa giải trước (10 huy chương).",
    "Đại hội Đảng bộ tỉnh lần này có 350 đại biểu, tăng 50 đại biểu so với đại hội trước (300 đại biểu).",
    "Đoàn thể thao tỉnh giành 46 huy chương, tăng 3 lần so với kỳ đại hội trước.",
    // F: 3/7 after 30/6; the summer's own review; "và triển khai …" what comes next; a campaign of its own
    "Ngày 3/7/2025, Hội Cựu chiến binh tỉnh sơ kết công tác Hội và phong trào cựu chiến binh 6 tháng đầu năm 2025.",
    "Ngày 5/9/2025, Liên đội tổ chức tổng kết công tác Đội và phong trào thiếu nhi hè năm 2025.",
    "Ngày 15/3/2025, Tỉnh đoàn tổ chức hội nghị sơ kết công tác Đoàn và triển khai nhiệm vụ 6 tháng cuối năm 2025.",
    "Ngày 20/6/2025, Huyện đoàn sơ kết công tác Đoàn và phong trào thanh niên đợt 1 năm 2025.",
  ],
  invalid: [
    // A: 38 > 36; 27 > 25; 14 > 12 (shaped like a date, after "thực hiện")
    { text: "Năm 2025, Kiểm toán nhà nước khu vực VII đã thực hiện 38/36 cuộc kiểm toán chuyên đề, phát hiện nhiều sai phạm.", errors: [E("fraction.over")] },
    { text: "Năm 2024, Thanh tra tỉnh đã tiến hành 27/25 cuộc thanh tra hành chính theo kế hoạch năm.", errors: [E("fraction.over")] },
    { text: "Trong 6 tháng đầu năm, Ủy ban Kiểm tra Huyện ủy đã thực hiện 14/12 cuộc kiểm tra đảng viên khi có dấu hiệu vi phạm.", errors: [E("fraction.over")] },
    // A: 24 ÷ 25 = 96% ≠ 86%
    { text: "Năm 2024, Thanh tra huyện thực hiện 24/25 cuộc thanh tra (đạt 86%).", errors: [E("fraction.percent")] },
    // B: 3.104 + 368 = 3.472 ≠ 3.462; 190 + 34 = 224 ≠ 214; 980 + 250 = 1.230 ≠ 1.250; 600 + 30 = 630 ≠ 640
    { text: "Tòa án nhân dân thành phố đã thụ lý 3.462 vụ việc, đã giải quyết 3.104 vụ việc, còn lại 368 vụ việc.", errors: [E("breakdown.sum")] },
    { text: "Năm 2024, Viện kiểm sát huyện đã thụ lý 214 vụ án hình sự, đã giải quyết 190 vụ, còn lại 34 vụ.", errors: [E("breakdown.sum")] },
    { text: "Trong năm, Chi cục Thi hành án dân sự thụ lý 1.250 việc, đã giải quyết xong 980 việc, còn 250 việc chuyển sang năm sau.", errors: [E("breakdown.sum")] },
    { text: "Thanh tra tỉnh tiếp nhận 640 đơn thư, đã xử lý 600 đơn thư, còn lại 30 đơn thư đang xác minh.", errors: [E("breakdown.sum")] },
    // C: +23,8% ≠ 30,2%; −15,6% ≠ 25,6%; −10% ≠ 20%; +12,7% ≠ 22%
    { text: "Quý II/2025, cảng hàng không Cam Ranh đón 2,6 triệu lượt khách; quý II/2024 đón 2,1 triệu lượt, như vậy tăng 30,2%.", errors: [E("growth.rate")] },
    { text: "Năm 2024, toàn tỉnh xảy ra 38 vụ cháy, năm 2023 xảy ra 45 vụ, như vậy giảm 25,6%.", errors: [E("growth.rate")] },
    { text: "Tháng 10/2025, Bộ phận một cửa tiếp nhận 1.260 hồ sơ; tháng 10/2024 tiếp nhận 1.400 hồ sơ, như vậy giảm 20%.", errors: [E("growth.rate")] },
    { text: "Năm 2025, tỉnh thu ngân sách 1.240 tỷ đồng, như vậy tăng 22% so với năm 2024 (1.100 tỷ đồng).", errors: [E("growth.rate")] },
    // D: 60 ÷ 30 = 2 ≠ 3 times; 46 ÷ 23 = 2 → +100% ≠ 50%; 15 ÷ 10 = 1,5 → +50% ≠ 20%; 350 − 300 = 50 ≠ 40
    { text: "Tại Hội khỏe Phù Đổng toàn quốc, đoàn học sinh tỉnh giành 60 huy chương, tăng gấp 3 lần so với đại hội trước (30 huy chương).", errors: [E("growth.multiple")] },
    { text: "Đoàn thể thao tỉnh giành 46 huy chương, tăng 50% so với kỳ đại hội trước (23 huy chương).", errors: [E("growth.rate")] },
    { text: "Mùa giải 2025, đội tuyển điền kinh của tỉnh giành 15 huy chương, tăng 20% so với mùa giải trước (10 huy chương).", errors: [E("growth.rate")] },
    { text: "Đại hội Đảng bộ tỉnh lần này có 350 đại biểu, tăng 40 đại biểu so với đại hội trước (300 đại biểu).", errors: [E("growth.delta")] },
    // F: 10/4 before 30/6; 12/4 before 30/6 (quarter II); 18/2 before 30/6
    { text: "Ngày 10/4/2025, Hội Nông dân huyện sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2025.", errors: [E("period.review")] },
    { text: "Ngày 12/4/2025, Hội Liên hiệp Phụ nữ huyện sơ kết công tác Hội và phong trào phụ nữ quý II/2025.", errors: [E("period.review")] },
    { text: "Ngày 18/2/2025, Huyện đoàn Tam Nông tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh niên 6 tháng đầu năm 2025.", errors: [E("period.review")] },
  ],
});
