/**
 * A second batch of fresh cases, written before running them (after the archive tuning), to
 * measure again how the checks generalise.
 */
import { E, runTable } from "./table.js";

runTable("fresh 2: breakdown", {
  valid: [
    "Toàn huyện có 214 cơ sở giáo dục, bao gồm: 72 trường mầm non; 80 trường tiểu học; 52 trường trung học cơ sở và 10 trường trung học phổ thông.",
    "Trong tổng số 356 hồ sơ tiếp nhận, có 340 hồ sơ đã được giải quyết đúng hạn.",
    "Lực lượng chức năng đã kiểm tra 125 cơ sở kinh doanh, phát hiện 18 cơ sở vi phạm, xử phạt 95 triệu đồng.",
    "Ban Chấp hành có mười lăm đồng chí, trong đó có ba đồng chí nữ.",
    "Năm nay, trường có 2.450 học sinh. Trong số này, 1.230 em là học sinh nữ và 310 em là con em đồng bào dân tộc thiểu số.",
    "Khu công nghiệp rộng 450 ha, trong đó diện tích đất công nghiệp chiếm khoảng 70%.",
  ],
  invalid: [
    { text: "Toàn huyện có 214 cơ sở giáo dục, bao gồm: 72 trường mầm non; 80 trường tiểu học; 52 trường trung học cơ sở và 12 trường trung học phổ thông.", errors: [E("breakdown.sum")] },
    { text: "Trong tổng số 356 hồ sơ tiếp nhận, có 360 hồ sơ đã được giải quyết đúng hạn.", errors: [E("breakdown.part")] },
    { text: "Ban Chấp hành có mười lăm đồng chí, gồm chín đồng chí nam và bảy đồng chí nữ.", errors: [E("breakdown.sum")] },
    { text: "Tổng vốn thực hiện năm 2023 là 3.500 tỷ đồng, trong đó vốn ngân sách nhà nước 2.100 tỷ đồng, vốn ngoài ngân sách 1.600 tỷ đồng.", errors: [E("breakdown.sum")] },
    { text: "Đơn vị đã xử lý 84 vụ vi phạm; trong đó có 50 vụ vi phạm nặng và 40 vụ vi phạm nhẹ.", errors: [E("breakdown.sum")] },
  ],
});

runTable("fresh 2: plan and growth", {
  valid: [
    "Thu ngân sách nội địa đạt 1.850 tỷ đồng, bằng 105,7% dự toán HĐND tỉnh giao (1.750 tỷ đồng).",
    "Năm 2023, giá trị xuất khẩu đạt 620 triệu USD, giảm 8% so với năm 2022 (674 triệu USD).",
    "Tổng đàn gia súc tăng từ 18.500 con lên 21.275 con, tăng 15%.",
    "Giá lúa tăng 300 đồng/kg, tương đương 4,3%, lên 7.300 đồng/kg.",
    "Số doanh nghiệp thành lập mới đạt 1.020 doanh nghiệp, gấp đôi năm trước.",
  ],
  invalid: [
    { text: "Thu ngân sách nội địa đạt 1.850 tỷ đồng, bằng 115,7% dự toán HĐND tỉnh giao (1.750 tỷ đồng).", errors: [E("plan.ratio")] },
    { text: "Năm 2023, giá trị xuất khẩu đạt 620 triệu USD, giảm 18% so với năm 2022 (674 triệu USD).", errors: [E("growth.rate")] },
    { text: "Tổng đàn gia súc tăng từ 18.500 con lên 21.275 con, tăng 25%.", errors: [E("growth.rate")] },
    { text: "Giá lúa tăng 300 đồng/kg, tương đương 5,3%, lên 7.300 đồng/kg.", errors: [E("growth.delta")] },
    { text: "Kế hoạch năm 2023 là 500 tấn. Cả năm, hợp tác xã thu mua được 460 tấn, vượt kế hoạch đề ra.", errors: [E("plan.direction")] },
  ],
});

runTable("fresh 2: shares, fractions, totals", {
  valid: [
    "Có 18/20 xã, phường đạt chuẩn tiếp cận pháp luật, đạt tỷ lệ 90%.",
    "Học sinh nữ chiếm 51,2% tổng số học sinh toàn trường.",
    "Tỷ lệ hộ được dùng điện lưới đạt 99,1%, còn lại 0,9% dùng điện mặt trời.",
  ],
  invalid: [
    { text: "Có 18/20 xã, phường đạt chuẩn tiếp cận pháp luật, đạt tỷ lệ 80%.", errors: [E("fraction.percent")] },
    { text: "Đến nay đã có 23/21 trường đạt chuẩn quốc gia.", errors: [E("fraction.over")] },
    { text: "Xã có 640 hội viên, trong đó 416 hội viên nữ, chiếm 75%.", errors: [E("share.of-whole")] },
    { text: "Kết quả xếp loại rèn luyện: tốt 62,5%, khá 28,4%, trung bình 7,2%, yếu 2,4%.", errors: [E("percent-total.sum")] },
  ],
});

runTable("fresh 2: restatement, dates, periods, positions", {
  valid: [
    "Tổng giá trị hỗ trợ là 120.000.000 đồng (Một trăm hai mươi triệu đồng).",
    "Ngày 26/12/2023, Liên đoàn Lao động huyện tổ chức hội nghị tổng kết năm 2023.",
    "Sáng 3/10/2023, Công an xã họp sơ kết công tác quý III năm 2023.",
  ],
  invalid: [
    { text: "Tổ công tác gồm 06 (năm) cán bộ.", errors: [E("restatement.words")] },
    { text: "Sản lượng đạt 12.000 tấn (tương đương 1,2 triệu kg).", errors: [E("restatement.units")] },
    { text: "Ngày 30/6/2023, Công an huyện sơ kết công tác quý III năm 2023.", errors: [E("period.review")] },
    { text: "Hội nghị diễn ra ngày 32/5/2023 tại hội trường xã.", errors: [E("dates.impossible")] },
    {
      text: "Dự buổi làm việc có bà Nguyễn Thị Thu Hà, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh. Phát biểu tại buổi làm việc, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Nguyễn Thị Thu Hà đánh giá cao kết quả đạt được.",
      errors: [E("positions.conflict")],
    },
  ],
});
