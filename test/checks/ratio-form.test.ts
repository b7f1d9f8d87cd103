/**
 * A change stated as a ratio to an earlier period ("bằng 108,6% so với cùng kỳ": value ÷ base),
 * an estimate's slack ("ước đạt 1.248 triệu USD, tăng 15,6%": an estimate is no round figure),
 * and the whole of a share told before its part in other words ("tiếp nhận 2.146 tin báo, tố
 * giác … Đã giải quyết 1.918 tin, chiếm 92,5%"; "Trong tổng số 400 học sinh dự thi có 360 em đỗ").
 * Contradictions, then consistent texts built to trip those readings: ratios of a plan or of a
 * total, falls told as "bằng 95%", bases of another subject or year, estimates that round right,
 * rates of growth told with "đạt", two districts of one kind, two candidate wholes.
 *
 * The sentences are invented for these tables.
 */
import { E, W, runTable } from "./table.js";

runTable("ratio form: contradictions", {
  valid: [],
  invalid: [
    // growth as a ratio to an earlier period
    { text: "Doanh thu năm 2024 đạt 520 tỷ đồng, bằng 108,6% so với cùng kỳ (450 tỷ đồng).", errors: [E("growth.rate")] },
    { text: "Sản lượng lúa cả năm đạt 46.800 tấn, bằng 96,5% so với năm 2023 (50.200 tấn) do ảnh hưởng của bão số 3.", errors: [E("growth.rate")] },
    { text: "Số khách du lịch đến tỉnh trong 6 tháng đầu năm đạt 1,35 triệu lượt, chỉ bằng 88% cùng kỳ năm trước (1,62 triệu lượt).", errors: [E("growth.rate")] },
    { text: "Kim ngạch nhập khẩu quý III đạt 312 triệu USD, đạt 104,2% so với quý II (287 triệu USD).", errors: [E("growth.rate")] },
    {
      text: "Năm 2024, Cục Hải quan tỉnh đã làm thủ tục cho 18.420 tờ khai. Số thu ngân sách từ hoạt động xuất nhập khẩu đạt 2.346 tỷ đồng, bằng 121,4% cùng kỳ năm 2023 (2.042 tỷ đồng). Cục đã xử lý 46 vụ vi phạm.",
      errors: [E("growth.rate")],
    },
    // an estimate moves its last digits, not the rate by points
    { text: "Tổng kim ngạch xuất khẩu hàng hóa năm 2024 ước đạt 1.248 triệu USD, tăng 15,6% so với năm 2023 (1.146 triệu USD).", errors: [E("growth.rate")] },
    { text: "Tổng thu ngân sách nhà nước trên địa bàn năm 2024 ước thực hiện 4.860 tỷ đồng, tăng 12,4% so với năm 2023 (4.120 tỷ đồng).", errors: [E("growth.rate")] },
    { text: "Giá trị sản xuất công nghiệp năm 2024 ước đạt 38.650 tỷ đồng, bằng 104,5% so với năm 2023 (35.120 tỷ đồng).", errors: [E("growth.rate")] },
    // the whole of a share, told before in other words
    {
      text: "Năm 2024, Công an tỉnh đã phối hợp tổ chức 126 buổi tuyên truyền pháp luật. Trong năm, Công an tỉnh tiếp nhận 2.146 tin báo, tố giác về tội phạm. Đã giải quyết 1.918 tin, chiếm 92,5%.",
      errors: [E("share.of-whole")],
    },
    { text: "Năm 2024, Thanh tra tỉnh tiếp nhận 512 đơn khiếu nại, tố cáo. Đã giải quyết 436 đơn, chiếm 90,2%.", errors: [E("share.of-whole")] },
    { text: "Trong năm, Chi cục Thuế tiếp nhận 1.250 hồ sơ khai thuế, đã xử lý 1.175 hồ sơ, chiếm 98%.", errors: [E("share.of-whole")] },
    { text: "Trong tổng số 400 học sinh dự thi có 360 em đỗ, tỷ lệ 80%.", errors: [E("share.of-whole")] },
    { text: "Kỳ thi năm nay, trong tổng số 1.260 thí sinh dự thi có 1.134 em đỗ tốt nghiệp, tỷ lệ 92%.", errors: [E("share.of-whole")] },
    {
      text: "Năm 2024, toàn tỉnh xảy ra 245 vụ tai nạn giao thông, làm chết 120 người, bị thương 180 người. Số vụ do rượu bia là 60 vụ, chiếm 30%.",
      errors: [E("share.of-whole")],
    },
    // last year's figure found by year and noun only: a guess, a warning
    { text: "Năm 2023, huyện kết nạp 150 đảng viên. Năm 2024, huyện kết nạp 165 đảng viên, bằng 120% so với năm trước.", errors: [W("growth.rate")] },
  ],
});

runTable("ratio form: consistent traps", {
  valid: [
    // a ratio of a plan, of a total, of a product: no growth
    "Doanh thu năm 2024 đạt 520 tỷ đồng, bằng 108,6% kế hoạch (478,8 tỷ đồng).",
    "Sản lượng đạt 41.850 tấn, bằng 93% so với kế hoạch năm (45.000 tấn).",
    "Toàn huyện có 1.250 hộ nghèo, trong đó 450 hộ là đồng bào dân tộc thiểu số, bằng 36% tổng số hộ nghèo.",
    "Vốn đầu tư toàn xã hội năm 2024 đạt 25.000 tỷ đồng, bằng 32% GRDP của tỉnh.",
    "Người sử dụng lao động đóng 1,8 triệu đồng mỗi tháng, bằng 18% tháng lương của người lao động.",
    // ratios to an earlier period that hold, falls told as "bằng N%"
    "Doanh thu năm 2024 đạt 520 tỷ đồng, bằng 115,6% so với cùng kỳ (450 tỷ đồng).",
    "Sản lượng cà phê niên vụ 2023-2024 đạt 95.000 tấn, chỉ bằng 95% so với cùng kỳ (100.000 tấn) do hạn hán kéo dài.",
    "Lượng khách quốc tế đến tỉnh năm 2024 đạt 1,2 triệu lượt, bằng 95% so với năm trước.",
    "Năm 2024, huyện thu hút 1,2 triệu lượt khách, bằng 80% so với năm 2019 (thời điểm trước dịch là 1,5 triệu lượt).",
    "Năm 2023, huyện kết nạp 150 đảng viên. Năm 2024, huyện kết nạp 165 đảng viên, bằng 110% so với năm trước.",
    "Doanh thu đạt 520 tỷ đồng, bằng 108,6% so với cùng kỳ và bằng 104% kế hoạch (500 tỷ đồng).",
    // a base of another subject: the year's figure of the same subject is the base
    "Năm 2023, doanh thu của công ty đạt 450 tỷ đồng, lợi nhuận đạt 60 tỷ đồng. Năm 2024, lợi nhuận đạt 66 tỷ đồng, bằng 110% so với năm 2023.",
    // percentage points, a rate of growth told with "đạt"
    "Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 97,5%, tăng 1,2 điểm phần trăm so với cùng kỳ (96,3%).",
    "GRDP năm 2024 ước đạt 52.400 tỷ đồng, tốc độ tăng trưởng đạt 7,5% so với năm 2023.",
    "Doanh thu đạt 520 tỷ đồng, tăng trưởng đạt 15,6% so với năm 2023 (450 tỷ đồng).",
    // estimates that round right
    "Tổng kim ngạch xuất khẩu năm 2024 ước đạt 1,25 tỷ USD, tăng 9,2% so với năm 2023 (1,146 tỷ USD).",
    "Sản lượng vải thiều năm 2024 ước đạt 120.000 tấn, bằng 106,2% so với năm 2023 (113.000 tấn).",
    "Tổng kim ngạch xuất khẩu hàng hóa năm 2024 ước đạt 1.248 triệu USD, tăng 8,9% so với năm 2023 (1.146 triệu USD).",
    "Thu ngân sách năm 2024 ước đạt khoảng 4.900 tỷ đồng, tăng 18% so với năm 2023 (4.120 tỷ đồng).",
    // shares whose whole is not the count before
    "Huyện Đông Anh có 3.120 hộ nghèo. Huyện Sóc Sơn có 2.480 hộ nghèo, chiếm 4,1%.",
    "Năm 2023, Công an tỉnh tiếp nhận 2.300 tin báo về tội phạm. Năm 2024 đã giải quyết 1.918 tin, chiếm 92,5%.",
    "Công an tỉnh tiếp nhận 2.146 tin báo, đã giải quyết 1.918 tin, chiếm 89,4%; đã khởi tố 700 tin, chiếm 36,5%.",
    "Trong năm, Công an tỉnh tiếp nhận 2.146 tin báo, tố giác về tội phạm. Đã giải quyết 1.918 tin, chiếm 89,4%.",
    "Trong tổng số 400 học sinh dự thi có 360 em đỗ, tỷ lệ 90%.",
    "Năm 2024, toàn tỉnh xảy ra 245 vụ tai nạn giao thông, làm chết 120 người, bị thương 180 người. Số vụ do rượu bia là 60 vụ, chiếm 24,5%.",
    "Năm học 2023-2024 toàn tỉnh có 320.000 học sinh. Trong kỳ thi tốt nghiệp, có 15.000 học sinh dự thi, 14.500 học sinh đỗ, chiếm 96,7%.",
    "Toàn tỉnh có 850 trường học. Có 620 trường đạt chuẩn quốc gia, chiếm 72,9%.",
    "Toàn tỉnh có 12.000 hộ nghèo, giảm 2.000 hộ so với năm 2023; 3.000 hộ cận nghèo, chiếm 1,5% tổng số hộ dân.",
    "Toàn tỉnh có 12.000 hộ nghèo, giảm 2.000 hộ so với năm 2023; 3.000 hộ cận nghèo, chiếm 1,5%.",
    "Theo khảo sát, cứ 10 người tiêu dùng thì có 9 người (chiếm 92%) đã từng mua sắm qua mạng.",
  ],
  invalid: [],
});
