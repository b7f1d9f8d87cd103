/**
 * Two shapes of false error found by a review of the build before session 30 (and still on main):
 * a growth rate after a list of parts tied to the last part only ("gồm A và B, tăng 20% so với …",
 * "trong đó B, tăng 5% …": the percent may be of the whole or of the last part; an error only when
 * neither fits), and a share whose named whole is owned by another body ("chiếm 15% tổng số đảng viên
 * của Đảng bộ xã") or scope ("dư nợ toàn hệ thống ngân hàng") tied to the figure's own whole.
 */
import { E, runTable } from "./table.js";

runTable("a growth rate after a list joined by 'và' or a sole 'trong đó' part", {
  valid: [
    // the review's sentences
    "Năm 2024, Bệnh viện khám 120.000 lượt, gồm 90.000 lượt BHYT và 30.000 lượt dịch vụ, tăng 20% so với năm 2023 (100.000 lượt).",
    "Năm 2024, Công đoàn có 3.150 đoàn viên, trong đó 1.800 đoàn viên nữ, tăng 5% so với năm 2023 (3.000 đoàn viên).",
    "Năm 2024, Trường có 1.280 học sinh, trong đó 620 học sinh nữ, tăng 11,3% so với năm 2023 (1.150 học sinh).",
    "Năm 2024, doanh thu đạt 600 tỷ đồng, trong đó doanh thu xuất khẩu 150 tỷ đồng, tăng 20% so với năm 2023 (500 tỷ đồng).",
    "Năm 2024, BHXH tỉnh thu 5.600 tỷ đồng, gồm thu BHXH 3.900 tỷ đồng và thu BHYT 1.700 tỷ đồng, tăng 12% so với năm 2023 (5.000 tỷ đồng).",
    "Năm 2024, Đảng bộ có 312 đảng viên, trong đó 128 đảng viên nữ, tăng 4% so với năm 2023 (300 đảng viên).",
    "Năm 2024, Ngân hàng huy động 12.000 tỷ đồng, gồm tiền gửi dân cư 9.000 tỷ đồng và tiền gửi tổ chức kinh tế 3.000 tỷ đồng, tăng 20% so với năm 2023 (10.000 tỷ đồng).",
    "Năm 2023, Đảng bộ có 300 đảng viên. Năm 2024, Đảng bộ có 312 đảng viên, trong đó 128 đảng viên nữ, tăng 4% so với năm 2023.",
    "Sản lượng thủy sản đạt 42.000 tấn, gồm khai thác 30.000 tấn và nuôi trồng 12.000 tấn, tăng 5% so với cùng kỳ (40.000 tấn).",
    // of the last part, not the whole
    "Năm 2024, doanh thu đạt 600 tỷ đồng, trong đó doanh thu xuất khẩu 150 tỷ đồng, tăng 20% so với năm 2023 (125 tỷ đồng).",
    "Năm 2024, Ngân hàng huy động 12.000 tỷ đồng, gồm tiền gửi dân cư 9.000 tỷ đồng và tiền gửi tổ chức kinh tế 3.000 tỷ đồng, tăng 20% so với năm 2023 (2.500 tỷ đồng).",
  ],
  invalid: [
    // neither the whole (3.150 ÷ 3.000 = +5%) nor the part (−40%) rose 15%
    { text: "Năm 2024, Công đoàn có 3.150 đoàn viên, trong đó 1.800 đoàn viên nữ, tăng 15% so với năm 2023 (3.000 đoàn viên).", errors: [E("growth.rate")] },
    { text: "Năm 2024, doanh thu đạt 600 tỷ đồng, trong đó doanh thu xuất khẩu 150 tỷ đồng, tăng 30% so với năm 2023 (125 tỷ đồng).", errors: [E("growth.rate")] },
    { text: "Sản lượng thủy sản đạt 42.000 tấn, gồm khai thác 30.000 tấn và nuôi trồng 12.000 tấn, giảm 5% so với cùng kỳ (40.000 tấn).", errors: [E("growth.direction")] },
  ],
});

runTable("a share of a whole owned by another body or scope", {
  valid: [
    // the review's sentences
    "Trường có 86 giáo viên, trong đó 24 giáo viên là đảng viên, chiếm 15% tổng số đảng viên của Đảng bộ xã.",
    "Khoa có 25 giảng viên, trong đó 8 tiến sĩ, chiếm 12% số tiến sĩ của Trường.",
    "Chi nhánh có dư nợ 2.400 tỷ đồng, trong đó dư nợ hộ sản xuất 1.200 tỷ đồng, chiếm 8% dư nợ toàn hệ thống ngân hàng trên địa bàn tỉnh.",
    "Công ty có 525 lao động, trong đó 310 lao động nam, chiếm 2% số lao động của khu công nghiệp.",
    "Khoa Nội có 45 nhân viên, trong đó 12 bác sĩ, chiếm 10% số bác sĩ của bệnh viện.",
    // the other whole stated in a bracket
    "Khoa Nội có 45 nhân viên, trong đó 12 bác sĩ, chiếm 10% số bác sĩ của bệnh viện (120 bác sĩ).",
  ],
  invalid: [
    // the whole owned by the figure's own body, or told before ("của đơn vị này"), or stated
    { text: "Xưởng may có 525 lao động, trong đó 310 lao động nam, chiếm 2% số lao động của đơn vị này.", errors: [E("share.of-whole")] },
    { text: "Công ty có 525 lao động, trong đó 310 lao động nam, chiếm 2% số lao động của công ty.", errors: [E("share.of-whole")] },
    { text: "Năm 2024, huyện có 1.200 đảng viên, trong đó 300 đảng viên nữ, chiếm 20% số đảng viên của huyện.", errors: [E("share.of-whole")] },
    { text: "Chi nhánh có dư nợ 2.400 tỷ đồng, trong đó dư nợ hộ sản xuất 1.200 tỷ đồng, chiếm 8% dư nợ toàn chi nhánh.", errors: [E("share.of-whole")] },
    { text: "Khoa Nội có 45 nhân viên, trong đó 12 bác sĩ, chiếm 20% số bác sĩ của bệnh viện (120 bác sĩ).", errors: [E("share.of-whole")] },
  ],
});
