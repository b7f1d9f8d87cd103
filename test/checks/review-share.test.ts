/**
 * The whole of a "chiếm N%" told before its part in other words (relate/share.ts toldBefore), as a
 * review read it: a count of intake ("tiếp nhận", "thụ lý", "xảy ra") with a part handled of it in a
 * clause that opens with its verb ("Đã giải quyết 1.918 tin, chiếm 92,5%") is the whole; a count of
 * another kind (newly founded firms, households escaped from poverty), of another place or period,
 * an earlier state of the same thing ("còn", "đến nay"), or one of two of the noun is not: those
 * shares are of a whole the text does not state (no error, no warning).
 *
 * The sentences are invented for these tables.
 */
import { E, runTable } from "./table.js";

runTable("review share: the whole told before, real contradictions", {
  valid: [],
  invalid: [
    { text: "Trong năm, Công an tỉnh tiếp nhận 2.146 tin báo, tố giác về tội phạm. Đã giải quyết 1.918 tin, chiếm 92,5%.", errors: [E("share.of-whole")] },
    { text: "Năm 2024, Tòa án nhân dân tỉnh thụ lý 1.450 vụ án các loại, đã giải quyết 1.320 vụ, chiếm 95%.", errors: [E("share.of-whole")] },
    { text: "Năm 2024, Tòa án nhân dân hai cấp thụ lý 1.450 vụ án. Đã giải quyết 1.320 vụ, chiếm 95%.", errors: [E("share.of-whole")] },
    { text: "Trong tổng số 400 học sinh dự thi có 360 em đỗ, tỷ lệ 80%.", errors: [E("share.of-whole")] },
    { text: "Trong số 153 thí sinh của 22 quốc gia và vùng lãnh thổ tham dự kỳ thi có 82 thí sinh đoạt giải (chiếm 60%).", errors: [E("share.of-whole")] },
    { text: "Năm 2024, toàn tỉnh xảy ra 245 vụ tai nạn giao thông. Số vụ do rượu bia là 60 vụ, chiếm 30%.", errors: [E("share.of-whole")] },
    // a second review: a lead with no subject or period of its own, two verbs of handling, "thụ lý kiểm sát"
    { text: "Năm 2024, Công an huyện tiếp nhận 320 tin báo, tố giác về tội phạm. Trong năm, đã giải quyết 290 tin, chiếm 95%.", errors: [E("share.of-whole")] },
    { text: "Năm 2024, Công an tỉnh tiếp nhận 1.200 tin báo về tội phạm. Đến nay đã giải quyết 1.100 tin, chiếm 95%.", errors: [E("share.of-whole")] },
    { text: "Công an tỉnh tiếp nhận 1.200 tin báo về tội phạm. Kết quả, đã giải quyết 1.100 tin, chiếm 95%.", errors: [E("share.of-whole")] },
    { text: "Trong năm, Công an tỉnh tiếp nhận 1.200 tin báo về tội phạm. Đã xác minh, giải quyết 1.100 tin, chiếm 95%.", errors: [E("share.of-whole")] },
    { text: "Viện kiểm sát nhân dân tỉnh đã thụ lý kiểm sát 560 tin báo, tố giác tội phạm. Đã giải quyết 498 tin, chiếm 93%.", errors: [E("share.of-whole")] },
  ],
});

runTable("review share: a count before that is not the whole", {
  valid: [
    "Trong số 153 thí sinh của 22 quốc gia và vùng lãnh thổ tham dự kỳ thi có 82 thí sinh đoạt giải (chiếm 53%).",
    "Năm 2024, Công an huyện tiếp nhận 320 tin báo, tố giác về tội phạm. Trong năm, đã giải quyết 290 tin, chiếm 90,6%.",
    // another kind: newly founded firms are not the firms that paused
    "Năm 2024, toàn tỉnh thành lập mới 1.250 doanh nghiệp. Số doanh nghiệp tạm ngừng hoạt động là 320 doanh nghiệp, chiếm 4,2%.",
    // another period
    "Cùng kỳ năm trước, Công an tỉnh tiếp nhận 2.300 tin báo, tố giác về tội phạm. Năm nay, đã giải quyết 1.918 tin, chiếm 92,5%.",
    "Trong tháng 12, Công an tỉnh tiếp nhận 245 tin báo. Lũy kế cả năm đã giải quyết 198 tin, chiếm 92,5%.",
    "Quý IV/2024, ngân hàng giải ngân cho 3.500 khách hàng. Cả năm 2024, có 1.850 khách hàng là doanh nghiệp nhỏ và vừa, chiếm 14,8%.",
    // another place
    "Huyện Đông Anh tiếp nhận 520 đơn khiếu nại. Huyện Sóc Sơn đã giải quyết 436 đơn, chiếm 90,2%.",
    "Huyện A hiện có 120 trường học. Toàn tỉnh đã công nhận 95 trường đạt chuẩn quốc gia, chiếm 45,2%.",
    // a population, and a kind beside another
    "Toàn tỉnh có 1.500.000 người. Số lao động qua đào tạo đạt 520.000 người, chiếm 68%.",
    "Năm 2024, toàn tỉnh có 1.450 hộ thoát nghèo; 850 hộ thoát cận nghèo, chiếm 2,1%.",
    // two counts of the noun before the part: the whole is their sum, or either
    "Trong năm, Công an tỉnh tiếp nhận 2.146 tin báo, tố giác về tội phạm, 350 tin kiến nghị khởi tố. Đã giải quyết 1.918 tin, chiếm 76,8%.",
    // a later count of the same thing (a poverty rate of all households), not a part
    "Đầu năm 2024, toàn huyện có 3.120 hộ nghèo. Đến cuối năm, còn 2.480 hộ nghèo, chiếm 4,1%.",
    "Huyện Đông Anh có 3.120 hộ nghèo. Huyện Sóc Sơn còn 2.480 hộ nghèo, chiếm 4,1%.",
    "Theo kết quả rà soát đầu năm, toàn tỉnh có 12.500 hộ nghèo. Đến nay đã giảm còn 10.800 hộ nghèo, chiếm 2,9%.",
    // a rate on time, usually of the cases handled
    "Năm 2024, Trung tâm tiếp nhận 125.600 hồ sơ. Đã giải quyết đúng hạn 123.100 hồ sơ, chiếm 99,03%.",
  ],
  invalid: [],
});
