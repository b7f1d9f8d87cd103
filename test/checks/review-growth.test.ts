/**
 * A review of the ratio-form growth ("bằng 115,6% so với cùng kỳ") and of the tighter reading of
 * estimates, where they reach the older base-finders: a bracketed difference taken for the base,
 * "so với năm 2023" tied to the first figure of that year and not the matching one, an estimate
 * whose trailing zeros are grouped digits ("ước đạt 1.200.000 tấn") read to the tấn, and a ratio
 * after a list tied to its last item. Every text here is consistent: none may raise an error or a
 * warning. The true contradictions beside them stay errors.
 *
 * The sentences are invented for these tables.
 */
import { E, runTable } from "./table.js";

runTable("review of growth: a bracketed difference is no base", {
  valid: [
    "Doanh thu đạt 520 tỷ đồng, bằng 115,6% so với cùng kỳ (+70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, bằng 115,6% so với cùng kỳ (cao hơn 70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, bằng 115,6% so với cùng kỳ (tương ứng 70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, bằng 115,6% so với cùng kỳ (chênh lệch 70 tỷ đồng).",
    "Số vụ tai nạn giao thông là 152 vụ, bằng 92% so với cùng kỳ (ít hơn 13 vụ).",
    "Doanh thu đạt 520 tỷ đồng, tăng 15,6% so với cùng kỳ (+70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, tăng 15,6% so với cùng kỳ (cao hơn 70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, tăng 15,6% so với cùng kỳ (tương ứng 70 tỷ đồng).",
    "Doanh thu đạt 520 tỷ đồng, tăng 15,6% so với cùng kỳ (chênh lệch 70 tỷ đồng).",
    "Số vụ tai nạn giao thông là 152 vụ, giảm 8% so với cùng kỳ (ít hơn 13 vụ).",
  ],
  invalid: [
    // the base itself in the bracket is still read
    { text: "Doanh thu đạt 520 tỷ đồng, bằng 108,6% so với cùng kỳ (450 tỷ đồng).", errors: [E("growth.rate")] },
    { text: "Doanh thu đạt 520 tỷ đồng, tăng 8,6% so với cùng kỳ (cùng kỳ đạt 450 tỷ đồng).", errors: [E("growth.rate")] },
  ],
});

runTable("review of growth: an estimate's trailing zeros are no worked-out digits", {
  valid: [
    "Sản lượng lương thực ước đạt 1.200.000 tấn, tăng 3,5% so với năm 2023 (1.165.000 tấn).",
    "Sản lượng lương thực ước đạt 1,2 triệu tấn, tăng 3,5% so với năm 2023 (1.165.000 tấn).",
    "Tổng lượt khách du lịch ước đạt 2.500.000 lượt, tăng 15% so với năm 2023 (2.150.000 lượt).",
    "Kim ngạch xuất khẩu ước đạt 1.200 triệu USD, tăng 8,5% so với năm 2023 (1.112 triệu USD).",
    "Tổng thu ngân sách ước đạt 4.800 tỷ đồng, đạt 105% dự toán (4.620 tỷ đồng).",
    "Tổng vốn đầu tư toàn xã hội ước đạt 25.000 tỷ đồng, tăng 12,5% so với năm 2023 (22.200 tỷ đồng).",
    "Tổng đàn gia súc ước tính 125.000 con, trong đó đàn trâu 32.000 con, đàn bò 48.000 con, đàn lợn 45.500 con.",
    "Tổng diện tích gieo trồng ước đạt 65.000 ha, trong đó lúa 42.000 ha, ngô 12.500 ha, rau màu 10.800 ha.",
  ],
  invalid: [
    // digits worked out to the last one: as written
    { text: "Tổng kim ngạch xuất khẩu hàng hóa năm 2024 ước đạt 1.248 triệu USD, tăng 15,6% so với năm 2023 (1.146 triệu USD).", errors: [E("growth.rate")] },
    // round, but far off: still an error
    { text: "Sản lượng lương thực ước đạt 1.200.000 tấn, tăng 8% so với năm 2023 (1.165.000 tấn).", errors: [E("growth.rate")] },
    { text: "Tổng thu ngân sách ước đạt 4.800 tỷ đồng, đạt 112% dự toán (4.620 tỷ đồng).", errors: [E("plan.ratio")] },
  ],
});

runTable("review of growth: 'so với năm 2023' takes the figure of that year told of the same thing", {
  valid: [
    "Năm 2023, tổng dư nợ đạt 8.200 tỷ đồng, nợ xấu 120 tỷ đồng. Năm 2024, tổng dư nợ đạt 9.100 tỷ đồng, bằng 111% so với năm 2023.",
    "Năm 2023, trường có 320 học sinh đạt giải cấp tỉnh, 45 học sinh đạt giải quốc gia. Năm 2024, có 352 học sinh đạt giải cấp tỉnh, bằng 110% so với năm 2023.",
    "Năm 2023, doanh thu đạt 450 tỷ đồng, doanh thu dịch vụ đạt 120 tỷ đồng. Năm 2024, doanh thu đạt 520 tỷ đồng, bằng 115,6% so với năm 2023.",
    "Năm 2023, Chi cục thu 450 tỷ đồng, trong đó thu từ doanh nghiệp 320 tỷ đồng. Năm 2024, Chi cục thu 520 tỷ đồng, bằng 115,6% so với năm 2023.",
    "Năm 2023, bệnh viện khám 235.500 lượt, điều trị nội trú 18.200 lượt. Năm 2024, bệnh viện điều trị nội trú 19.400 lượt, bằng 106,6% so với năm 2023.",
    // another place: no base
    "Năm 2023, huyện Đông Anh thu ngân sách 300 tỷ đồng. Năm 2024, huyện Sóc Sơn thu ngân sách 320 tỷ đồng, bằng 95% so với năm 2023.",
    "Năm 2023, tổng dư nợ đạt 8.200 tỷ đồng, nợ xấu 120 tỷ đồng. Năm 2024, tổng dư nợ đạt 9.100 tỷ đồng, tăng 11% so với năm 2023.",
    "Năm 2023, doanh thu đạt 450 tỷ đồng, doanh thu dịch vụ đạt 120 tỷ đồng. Năm 2024, doanh thu đạt 520 tỷ đồng, tăng 15,6% so với năm 2023.",
  ],
  invalid: [
    // the matching base found, the rate wrong against it
    { text: "Năm 2023, tổng dư nợ đạt 8.200 tỷ đồng, nợ xấu 120 tỷ đồng. Năm 2024, tổng dư nợ đạt 9.100 tỷ đồng, bằng 125% so với năm 2023.", errors: [E("growth.rate")] },
    { text: "Năm 2023, bệnh viện khám 235.500 lượt, điều trị nội trú 18.200 lượt. Năm 2024, bệnh viện điều trị nội trú 19.400 lượt, tăng 16,6% so với năm 2023.", errors: [E("growth.rate")] },
  ],
});

runTable("review of growth: a ratio after a list of parts is not tied to the last part", {
  valid: [
    "Sản lượng thủy sản đạt 42.000 tấn, trong đó khai thác 30.000 tấn, nuôi trồng 12.000 tấn, bằng 105% so với cùng kỳ (40.000 tấn).",
    "Sản lượng thủy sản đạt 42.000 tấn, trong đó khai thác 30.000 tấn, nuôi trồng 12.000 tấn, tăng 5% so với cùng kỳ (40.000 tấn).",
  ],
  invalid: [
    // the percent right after the whole, or after the first part alone, is still read
    { text: "Sản lượng thủy sản đạt 42.000 tấn, bằng 125% so với cùng kỳ (40.000 tấn), trong đó khai thác 30.000 tấn, nuôi trồng 12.000 tấn.", errors: [E("growth.rate")] },
    { text: "Tổng thu ngân sách đạt 500 tỷ đồng, trong đó thu nội địa 400 tỷ đồng, bằng 125% so với cùng kỳ (300 tỷ đồng).", errors: [E("growth.rate")] },
  ],
});
