/**
 * A second batch for the ten kinds of round 2, in other words (written before running, after the
 * first fixes): label numbers with a colon, "gồm N chi bộ:", abbreviations in the whole, "số X"
 * before a bracketed fraction, "X là N em", scales with "chưa hài lòng", sectors with hyphens,
 * units in words ("mét", "héc-ta"), "Bằng chữ" after a count.
 */
import { E, runTable } from "./table.js";

runTable("round 2b: contradictions", {
  valid: [],
  invalid: [
    { text: "Hiện nay, Hội có 356 hội viên, sinh hoạt tại 5 chi hội: chi hội 1: 72 hội viên; chi hội 2: 68 hội viên; chi hội 3: 75 hội viên; chi hội 4: 70 hội viên; chi hội 5: 65 hội viên.", errors: [E("breakdown.sum")] },
    { text: "Đảng bộ có 86 đảng viên, gồm 4 chi bộ: Chi bộ Văn phòng 20 đảng viên, Chi bộ Kỹ thuật 25 đảng viên, Chi bộ Sản xuất 30 đảng viên, Chi bộ Kinh doanh 13 đảng viên.", errors: [E("breakdown.sum")] },
    { text: "Công đoàn cơ sở có 215 đoàn viên, 5 công đoàn bộ phận: Văn phòng 45 đoàn viên, Kỹ thuật 60 đoàn viên, Sản xuất 70 đoàn viên, Kho 22 đoàn viên, Bảo vệ 15 đoàn viên.", errors: [E("breakdown.sum")] },
    { text: "Toàn tỉnh có 1.240 doanh nghiệp, trong đó 1.100 DN ngoài nhà nước, 95 DN nhà nước và 60 DN có vốn đầu tư nước ngoài.", errors: [E("breakdown.sum")] },
    { text: "Trường có 1.200 HS, gồm 620 học sinh nữ và 590 học sinh nam.", errors: [E("breakdown.sum")] },
    { text: "Công an xã đã lập hồ sơ 64 đối tượng. Trong số đó có 20 đối tượng có tiền án, tiền sự và 46 đối tượng phạm tội lần đầu.", errors: [E("breakdown.sum")] },
    { text: "Trong số 48 cơ sở được kiểm tra, 41 cơ sở đạt, 9 cơ sở không đạt.", errors: [E("breakdown.sum")] },
    { text: "Năm 2023, huyện tuyển mới 1.080 học viên. Trong số này, nữ có 540 người, nam có 560 người.", errors: [E("breakdown.sum")] },
    { text: "Đến nay, huyện đã có 100% số xã (25/26 xã) đạt chuẩn nông thôn mới.", errors: [E("fraction.percent")] },
    { text: "Tỷ lệ che phủ đạt 95% số hộ (1.150/1.260 hộ).", errors: [E("fraction.percent")] },
    { text: "Toàn trường có 980 học sinh, trong đó số học sinh nữ là 512 em, chiếm 48%.", errors: [E("share.of-whole")] },
    { text: "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.450 tỷ đồng; thu từ khu vực doanh nghiệp 735 tỷ đồng, chiếm 35% tổng thu ngân sách.", errors: [E("share.of-whole")] },
    { text: "Xã có 1.200 hộ. Số hộ nghèo còn 96 hộ, chiếm 9% tổng số hộ của xã.", errors: [E("share.of-whole")] },
    { text: "Riêng lao động nữ có 624 người, trong đó 156 người có trình độ đại học, chiếm 30%.", errors: [E("share.of-whole")] },
    { text: "Kết quả đánh giá mức độ hài lòng: 85,2% rất hài lòng, 12,1% hài lòng, 1,7% chưa hài lòng.", errors: [E("percent-total.sum")] },
    { text: "Cơ cấu kinh tế: nông - lâm - thủy sản chiếm 45,5%, công nghiệp - xây dựng chiếm 22,3%, thương mại - dịch vụ chiếm 30,2%.", errors: [E("percent-total.sum")] },
    { text: "Kết quả xếp loại hạnh kiểm: tốt 80,5%, khá 15,2%, trung bình 3,1%, yếu 0,4%.", errors: [E("percent-total.sum")] },
    { text: "Tuyến kênh dài 1,5 km (1.050 mét) đã được kiên cố hóa.", errors: [E("restatement.units")] },
    { text: "Giá trị hợp đồng 150.000 đồng (150 triệu đồng).", errors: [E("restatement.units")] },
    { text: "Chi bộ có 25 đảng viên (hai mươi sáu đảng viên).", errors: [E("restatement.words")] },
  ],
});

runTable("round 2b: consistent", {
  valid: [
    "Hiện nay, Hội có 350 hội viên, sinh hoạt tại 5 chi hội: chi hội 1: 72 hội viên; chi hội 2: 68 hội viên; chi hội 3: 75 hội viên; chi hội 4: 70 hội viên; chi hội 5: 65 hội viên.",
    "Đảng bộ có 88 đảng viên, gồm 4 chi bộ: Chi bộ Văn phòng 20 đảng viên, Chi bộ Kỹ thuật 25 đảng viên, Chi bộ Sản xuất 30 đảng viên, Chi bộ Kinh doanh 13 đảng viên.",
    "Toàn tỉnh có 1.255 doanh nghiệp, trong đó 1.100 DN ngoài nhà nước, 95 DN nhà nước và 60 DN có vốn đầu tư nước ngoài.",
    "Trong số 48 cơ sở được kiểm tra, 41 cơ sở đạt, 7 cơ sở không đạt.",
    "Đến nay, huyện đã có 96% số xã (25/26 xã) đạt chuẩn nông thôn mới.",
    "Toàn trường có 980 học sinh, trong đó số học sinh nữ là 512 em, chiếm 52,2%.",
    "Xã có 1.200 hộ. Số hộ nghèo còn 96 hộ, chiếm 8% tổng số hộ của xã.",
    "Riêng lao động nữ có 624 người, trong đó 156 người có trình độ đại học, chiếm 25%.",
    "Kết quả đánh giá mức độ hài lòng: 85,2% rất hài lòng, 13,1% hài lòng, 1,7% chưa hài lòng.",
    "Cơ cấu kinh tế: nông - lâm - thủy sản chiếm 45,5%, công nghiệp - xây dựng chiếm 22,3%, thương mại - dịch vụ chiếm 32,2%.",
    "Tuyến kênh dài 1,5 km (1.500 mét) đã được kiên cố hóa.",
    "Chi bộ có 25 đảng viên (hai mươi lăm đảng viên).",
    "Tỷ lệ hộ nghèo giảm 1,5% (từ 6,2% xuống 4,7%).",
    "Có 12/15 xã hoàn thành, tăng 3 xã (từ 9/15 lên 12/15 xã).",
  ],
  invalid: [],
});
