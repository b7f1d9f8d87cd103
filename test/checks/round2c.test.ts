/**
 * A third batch for the ten kinds of round 2, in other words again (written before running, after
 * the round 2b fixes): sub-units told by "chia thành", "thuộc N chi hội, cụ thể:", labels with a
 * class name ("chi đoàn 10A"), abbreviations in the parts, complementary classes after "Trong số
 * <noun>", "đúng hạn/trễ hạn", a percent of villages with its fraction, noun-first shares of money
 * and people, named wholes before and after, scales and sectors with "khu vực", areas in ha/m²/km²,
 * numbers in words with the noun repeated, "Bằng chữ" with "tỷ".
 */
import { E, runTable } from "./table.js";

runTable("round 2c: contradictions", {
  valid: [],
  invalid: [
    { text: "Đoàn cơ sở có 210 đoàn viên, chia thành 4 chi đoàn: chi đoàn 10A 52 đoàn viên, chi đoàn 10B 55 đoàn viên, chi đoàn 11A 50 đoàn viên và chi đoàn 11B 48 đoàn viên.", errors: [E("breakdown.sum")] },
    { text: "Hội Cựu chiến binh phường có 275 hội viên thuộc 5 chi hội, cụ thể: chi hội khu 1 có 60 hội viên, chi hội khu 2 có 54 hội viên, chi hội khu 3 có 58 hội viên, chi hội khu 4 có 49 hội viên, chi hội khu 5 có 50 hội viên.", errors: [E("breakdown.sum")] },
    { text: "Toàn huyện có 86 hợp tác xã, gồm 52 HTX nông nghiệp, 21 HTX thương mại dịch vụ và 10 HTX vận tải.", errors: [E("breakdown.sum")] },
    { text: "Khối trung học phổ thông có 3.450 HS, gồm 1.180 HS lớp 10, 1.150 HS lớp 11 và 1.140 HS lớp 12.", errors: [E("breakdown.sum")] },
    { text: "Đoàn liên ngành đã kiểm tra 120 cơ sở kinh doanh thực phẩm. Trong số cơ sở được kiểm tra, 96 cơ sở đạt yêu cầu, 30 cơ sở không đạt yêu cầu.", errors: [E("breakdown.sum")] },
    { text: "Trong năm, bộ phận một cửa tiếp nhận 350 hồ sơ; trong đó 338 hồ sơ giải quyết đúng hạn, 15 hồ sơ giải quyết trễ hạn.", errors: [E("breakdown.sum")] },
    { text: "Toàn huyện có 98% số thôn, bản (47/50 thôn, bản) có nhà văn hóa.", errors: [E("fraction.percent")] },
    { text: "Đội ngũ nhà trường có 86 giáo viên, trong đó giáo viên nữ 62 người, chiếm 68%.", errors: [E("share.of-whole")] },
    { text: "Tổng chi ngân sách địa phương đạt 1.860 tỷ đồng, trong đó chi đầu tư phát triển 520 tỷ đồng, chiếm 31,5%.", errors: [E("share.of-whole")] },
    { text: "Kim ngạch xuất khẩu cả năm đạt 420 triệu USD. Riêng hàng dệt may đạt 126 triệu USD, chiếm 35% tổng kim ngạch xuất khẩu.", errors: [E("share.of-whole")] },
    { text: "Có 45 đề tài được nghiệm thu, chiếm 75% tổng số đề tài đăng ký. Tổng số đề tài đăng ký trong năm là 64 đề tài.", errors: [E("share.of-whole")] },
    { text: "Cơ cấu kinh tế năm 2023: khu vực nông, lâm nghiệp và thủy sản chiếm 28,4%; khu vực công nghiệp và xây dựng chiếm 33,1%; khu vực dịch vụ chiếm 35,2%.", errors: [E("percent-total.sum")] },
    { text: "Kết quả khảo sát sự hài lòng của người dân: rất hài lòng 42%, hài lòng 51%, không hài lòng 4%.", errors: [E("percent-total.sum")] },
    { text: "Xếp loại học lực: giỏi 35,2%, khá 48,6%, trung bình 14,1%, yếu 1,3%, kém 0%.", errors: [E("percent-total.sum")] },
    { text: "Diện tích sàn xây dựng của nhà đa năng là 0,45 ha (4.050 m²).", errors: [E("restatement.units")] },
    { text: "Hội có 1.530 hội viên (một nghìn năm trăm ba mươi lăm hội viên).", errors: [E("restatement.words")] },
    { text: "Tổng kinh phí thực hiện là 2.350.000.000 đồng (Bằng chữ: Hai tỷ ba trăm năm mươi lăm triệu đồng).", errors: [E("restatement.words")] },
  ],
});

runTable("round 2c: consistent", {
  valid: [
    "Đoàn cơ sở có 205 đoàn viên, chia thành 4 chi đoàn: chi đoàn 10A 52 đoàn viên, chi đoàn 10B 55 đoàn viên, chi đoàn 11A 50 đoàn viên và chi đoàn 11B 48 đoàn viên.",
    "Hội Cựu chiến binh phường có 271 hội viên thuộc 5 chi hội, cụ thể: chi hội khu 1 có 60 hội viên, chi hội khu 2 có 54 hội viên, chi hội khu 3 có 58 hội viên, chi hội khu 4 có 49 hội viên, chi hội khu 5 có 50 hội viên.",
    "Toàn huyện có 83 hợp tác xã, gồm 52 HTX nông nghiệp, 21 HTX thương mại dịch vụ và 10 HTX vận tải.",
    "Đoàn liên ngành đã kiểm tra 120 cơ sở kinh doanh thực phẩm. Trong số cơ sở được kiểm tra, 96 cơ sở đạt yêu cầu, 24 cơ sở không đạt yêu cầu.",
    "Trong năm, bộ phận một cửa tiếp nhận 350 hồ sơ; trong đó 338 hồ sơ giải quyết đúng hạn, 12 hồ sơ giải quyết trễ hạn.",
    "Toàn huyện có 94% số thôn, bản (47/50 thôn, bản) có nhà văn hóa.",
    "Đội ngũ nhà trường có 86 giáo viên, trong đó giáo viên nữ 62 người, chiếm 72,1%.",
    "Tổng chi ngân sách địa phương đạt 1.860 tỷ đồng, trong đó chi đầu tư phát triển 520 tỷ đồng, chiếm 28%.",
    "Kim ngạch xuất khẩu cả năm đạt 420 triệu USD. Riêng hàng dệt may đạt 126 triệu USD, chiếm 30% tổng kim ngạch xuất khẩu.",
    "Công ty có 800 công nhân, trong đó công nhân nữ 480 người, chiếm 60%; trong số công nhân nữ, 120 người làm việc ở phân xưởng may, chiếm 25%.",
    "Cơ cấu kinh tế năm 2023: khu vực nông, lâm nghiệp và thủy sản chiếm 28,4%; khu vực công nghiệp và xây dựng chiếm 33,1%; khu vực dịch vụ chiếm 38,5%.",
    "Kết quả khảo sát sự hài lòng của người dân: rất hài lòng 42%, hài lòng 54%, không hài lòng 4%.",
    "Diện tích sàn xây dựng của nhà đa năng là 0,45 ha (4.500 m²).",
    "Dự án sử dụng 2,5 km² (250 ha) đất.",
    "Hội có 1.535 hội viên (một nghìn năm trăm ba mươi lăm hội viên).",
    "Tổng kinh phí thực hiện là 2.350.000.000 đồng (Bằng chữ: Hai tỷ ba trăm năm mươi triệu đồng).",
  ],
  invalid: [],
});
