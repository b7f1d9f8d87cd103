/**
 * Round 34 (helper miss34): contradictions that passed and false alarms, by shape — blind audit 9's six
 * misses (fresh10.test.ts; their texts untouched, now normal cases) and what round 33's helpers left. Each
 * shape has its own invented sentences here: contradictions with the rule expected and traps that must
 * stay silent (no error, no warning). Arithmetic checked with python3, in the comment of each group.
 *
 *  A  a whole whose noun opens with an award's name read as a qualifier ("giấy chứng nhận …"), its parts
 *     "giấy …" (kinds.ts: the whole's first word is the part's noun)
 *  B  a last item "và các … N" of the list's own measure, no uncounted tail (list-tail.ts)
 *  C  points after "từ A xuống còn B, tức …" with a basis that names no year (growth-points.ts)
 *  D  a share told right on a measure's one part after "trong đó" (share-measure.ts)
 *  E  a noun pair "tin, bài" in the first label and after the part (noun-pair.ts, share-handled.ts)
 *  F  a periodic report issued before its last month began (period-report.ts, check/period-report.ts)
 *  G  "trong đó" after a closed run of classes of a whole: of the whole, the last class tried too (pair-whole.ts)
 *  H  one finding for one mistake: a wrong class share is not also a wrong sum of the two sexes (check/one-mistake.ts)
 *  I  a structure naming some of a known set of classes ("Cơ cấu kinh tế: nông nghiệp 22%, công nghiệp
 *     37%") is at most 100, not 100 (percent-total.ts)
 *  J  "chia theo độ tuổi:" items labelled by ages ("dưới 30 tuổi 300 người"), and after the whole's ","
 *     (split-by.ts)
 *  K  a product per period ("Mỗi năm … 3 đợt, mỗi đợt 200 người, tổng cộng …"): the total is no less
 *     than the product (product.ts, an open breakdown)
 */
import { E, runTable, W } from "./table.js";

runTable("misses s34: contradictions", {
  valid: [
    // A: 1.120 + 1.250 = 2.370; 1.210 + 250 = 1.460; 30 + 20 = 50; 800 < 1.200 (open)
    "Năm 2024, huyện Lục Ngạn đã cấp 2.370 giấy chứng nhận quyền sử dụng đất, gồm 1.120 giấy cấp mới và 1.250 giấy cấp đổi.",
    "Năm 2024, Sở Công Thương đã cấp 1.460 giấy chứng nhận đủ điều kiện an toàn thực phẩm, gồm 1.210 giấy cấp lần đầu và 250 giấy cấp lại.",
    "Công an huyện đã cấp 1.200 giấy chứng nhận đăng ký xe, trong đó 800 giấy cho xe máy điện.",
    // B: 720 + 540 + 580 = 1.840; no number after "và các": open; another measure after "và các": open
    "Năm 2024, Hội Chữ thập đỏ huyện tiếp nhận 1.840 đơn vị máu, cụ thể: Ngày hội Giọt hồng 720 đơn vị, Hành trình Nhân ái 540 đơn vị và các đợt hiến máu khác 580 đơn vị.",
    "Đoàn công tác có 50 người, gồm 31 cán bộ, 12 doanh nhân và các đại biểu khác.",
    "Huyện có 312 cơ sở sản xuất, gồm 120 cơ sở chế biến nông sản, 95 cơ sở cơ khí và các hộ kinh doanh cá thể 500 hộ.",
    // C: 6,45 − 4,80 = 1,65; a comma without "tức", right; 60 ÷ 50 = 1,2 → +20% relative
    "Tỷ lệ hộ nghèo của huyện giảm từ 6,45% xuống còn 4,80%, tức giảm 1,65 điểm phần trăm so với đầu năm.",
    "Tỷ lệ hộ nghèo của huyện giảm từ 6,45% xuống 4,80%, giảm 1,65 điểm phần trăm so với đầu năm.",
    "Tỷ lệ trường đạt chuẩn quốc gia tăng từ 50% lên 60%, tức tăng 20% so với đầu năm học.",
    // D: 1,12 ÷ 3,25 = 34,46% → 34,5%; 8.100 ÷ 12.400 = 65,32% → 65,3%; 12.300 ÷ 86.500 = 14,22% → 14,2%
    "Năm 2024, sản lượng hàng hóa qua cảng Cái Cui đạt 3,25 triệu tấn, trong đó hàng xuất khẩu 1,12 triệu tấn, chiếm 34,5%.",
    "Toàn tỉnh gieo trồng 12.400 ha lúa, trong đó lúa chất lượng cao 8.100 ha (chiếm 65,3%).",
    "Năm 2024, tỉnh khai thác 86.500 tấn thủy sản, trong đó cá ngừ 12.300 tấn, chiếm 14,2%.",
    // E: 420 ÷ 1.250 = 33,6%; 310 ÷ 860 = 36,05% → 36,0%; 512 ÷ 1.246 = 41,09% → 41,1%
    "Năm 2024, Đài Truyền thanh huyện sản xuất 1.250 tin, bài. Trong đó, tin, bài về xây dựng nông thôn mới 420 tin, bài, chiếm 33,6%.",
    "Năm 2024, Ban Tiếp công dân tỉnh tiếp nhận 860 đơn, thư. Trong đó, đơn, thư khiếu nại 310 đơn, thư, chiếm 36,0%.",
    "Năm 2024, Tòa án nhân dân huyện thụ lý 1.246 vụ, việc. Trong đó, vụ, việc hôn nhân gia đình 512 vụ, việc, chiếm 41,1%.",
    // F: issued in the last month itself (estimates), after it, or only planned
    "Ngày 27/9/2025, Cục Thống kê tỉnh Nghệ An ban hành báo cáo tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2025.",
    "Ngày 6/10/2025, Cục Thống kê tỉnh Hà Nam công bố báo cáo tình hình kinh tế - xã hội tháng 9/2025.",
    "Ngày 20/8/2025, Cục Thống kê tỉnh Nam Định cho biết sẽ công bố báo cáo kinh tế - xã hội 9 tháng năm 2025 vào đầu tháng 10.",
    // G: 150 ÷ 500 = 30% (of all); 150 ÷ 300 = 50% (of the women); 350 ≤ 500; classes not closed
    // (200 + 250 = 450 ≠ 500): of the nearest, 100 ÷ 250 = 40%
    "Công ty có 500 lao động, nam 200 người (40%), nữ 300 người (60%), trong đó 150 đảng viên (30%).",
    "Công ty có 500 lao động, nam 200 người (40%), nữ 300 người (60%), trong đó 150 đảng viên (50%).",
    "Công ty có 500 lao động, nam 200 người (40%), nữ 300 người (60%), trong đó 350 đảng viên.",
    "Công ty có 500 lao động, nam 200 người, nữ 250 người, trong đó 100 đảng viên (40%).",
    // H: 900 ÷ 2.000 = 45%, 1.100 ÷ 2.000 = 55%; 650 ÷ 1.200 = 54,17%, 550 ÷ 1.200 = 45,83%; 260 ÷ 400 = 65%, 140 ÷ 400 = 35%
    "Hội có 2.000 hội viên, nam 900 người (45%), nữ 1.100 người (55%).",
    "Trường có 1.200 học sinh, nam 650 em (54,2%), nữ 550 em (45,8%).",
    "Đảng bộ có 400 đảng viên, nam 260 người (65%), nữ 140 người (35%).",
    // I: two sectors of three: 22 + 37 = 59 ≤ 100; 41,5 + 32,8 = 74,3 ≤ 100; 45 + 40 = 85 ≤ 100
    "Cơ cấu kinh tế: nông nghiệp 22%, công nghiệp 37%.",
    "Cơ cấu lao động: công nghiệp - xây dựng 41,5%, dịch vụ 32,8%.",
    "Cơ cấu kinh tế của huyện: công nghiệp 45%, dịch vụ 40%.",
    // J: 300 + 500 + 200 = 1.000; 210 + 340 + 310 = 860; 980 + 260 = 1.240; a remainder: 120 + 95 + 85 = 300
    "Toàn công ty có 1.000 lao động. Chia theo độ tuổi: dưới 30 tuổi 300 người, từ 30 đến 50 tuổi 500 người, trên 50 tuổi 200 người.",
    "Tổng số 860 hội viên, chia theo độ tuổi: dưới 40 tuổi 210 người, từ 40 đến 60 tuổi 340 người, trên 60 tuổi 310 người.",
    "Xã có 1.240 người cao tuổi; phân theo độ tuổi: từ 60 đến 79 tuổi 980 người, từ 80 tuổi trở lên 260 người.",
    "Toàn huyện có 300 hộ nghèo. Chia theo xã: xã Tân An 120 hộ, xã Tân Lập 95 hộ, còn lại 85 hộ.",
    "Toàn huyện có 300 hộ nghèo. Chia theo xã: xã Tân An 120 hộ, xã Tân Lập 95 hộ, xã Tân Tiến 80 hộ...",
    // K: 3 × 200 = 600 = 600; 3.000 ≥ 600 (several years); 4 × 30 = 120 ≤ 360 (a quarter)
    "Mỗi năm hội tổ chức 3 đợt khám bệnh, mỗi đợt 200 người, tổng cộng 600 người.",
    "Từ năm 2020 đến nay, mỗi năm hội tổ chức 3 đợt khám bệnh, mỗi đợt 200 người, tổng cộng 3.000 lượt người.",
    "Mỗi tháng trung tâm mở 4 lớp, mỗi lớp 30 học viên, tổng số 360 học viên.",
  ],
  invalid: [
    // A: 1.120 + 1.250 = 2.370 ≠ 2.340; 1.210 + 240 = 1.450 ≠ 1.460; 800 + 500 + 150 = 1.450 ≠ 1.500
    { text: "Năm 2024, huyện Lục Ngạn đã cấp 2.340 giấy chứng nhận quyền sử dụng đất, gồm 1.120 giấy cấp mới và 1.250 giấy cấp đổi.", errors: [E("breakdown.sum")] },
    { text: "Năm 2024, Sở Công Thương đã cấp 1.460 giấy chứng nhận đủ điều kiện an toàn thực phẩm, gồm 1.210 giấy cấp lần đầu và 240 giấy cấp lại.", errors: [E("breakdown.sum")] },
    { text: "Trong năm, Văn phòng đã cấp 1.500 giấy chứng nhận, gồm 800 giấy cấp lần đầu, 500 giấy cấp đổi và 150 giấy cấp lại.", errors: [E("breakdown.sum")] },
    // B: 720 + 540 + 580 = 1.840 ≠ 1.860; 480 + 350 + 400 = 1.230 ≠ 1.250; 120 + 95 + 87 = 302 ≠ 312
    { text: "Năm 2024, Hội Chữ thập đỏ huyện tiếp nhận 1.860 đơn vị máu, cụ thể: Ngày hội Giọt hồng 720 đơn vị, Hành trình Nhân ái 540 đơn vị và các đợt hiến máu khác 580 đơn vị.", errors: [E("breakdown.sum")] },
    { text: "Năm 2024, trung tâm đã đào tạo 1.250 học viên, gồm 480 học viên nghề may, 350 học viên nghề hàn và các nghề khác 400 học viên.", errors: [E("breakdown.sum")] },
    { text: "Huyện có 312 cơ sở sản xuất, gồm 120 cơ sở chế biến nông sản, 95 cơ sở cơ khí và một số ngành nghề khác 87 cơ sở.", errors: [E("breakdown.sum")] },
    // C: 6,45 − 4,80 = 1,65 ≠ 1,95; 91,5 − 88,2 = 3,3 ≠ 2,8; 66,0 − 62,5 = 3,5 ≠ 4,5
    { text: "Tỷ lệ hộ nghèo của huyện giảm từ 6,45% xuống còn 4,80%, tức giảm 1,95 điểm phần trăm so với đầu năm.", errors: [E("growth.delta")] },
    { text: "Tỷ lệ người dân tham gia bảo hiểm y tế tăng từ 88,2% lên 91,5%, tức tăng 2,8 điểm phần trăm so với cùng kỳ.", errors: [E("growth.delta")] },
    { text: "Tỷ lệ lao động qua đào tạo tăng từ 62,5% lên 66,0%, tương ứng tăng 4,5 điểm phần trăm so với năm trước.", errors: [E("growth.delta")] },
    // C, still a guess: a basis that names another year may not be the pair's first rate (1,65 ≠ 1,95)
    { text: "Tỷ lệ hộ nghèo của huyện giảm từ 6,45% xuống còn 4,80%, tức giảm 1,95 điểm phần trăm so với năm 2020.", errors: [W("growth.delta")] },
    // D: 1,12 ÷ 3,25 = 34,46% ≠ 38,5%; 8.100 ÷ 12.400 = 65,32% ≠ 70,3%; 12.300 ÷ 86.500 = 14,22% ≠ 16,2%
    { text: "Năm 2024, sản lượng hàng hóa qua cảng Cái Cui đạt 3,25 triệu tấn, trong đó hàng xuất khẩu 1,12 triệu tấn, chiếm 38,5%.", errors: [E("share.of-whole")] },
    { text: "Toàn tỉnh gieo trồng 12.400 ha lúa, trong đó lúa chất lượng cao 8.100 ha (chiếm 70,3%).", errors: [E("share.of-whole")] },
    { text: "Năm 2024, tỉnh khai thác 86.500 tấn thủy sản, trong đó cá ngừ 12.300 tấn, chiếm 16,2%.", errors: [E("share.of-whole")] },
    // D, still a guess: another figure of the measure joined to the whole (2 ÷ 6,84 = 29,2%; 2 ÷ 3,1 = 64,5%)
    { text: "Năm 2024, tỉnh thu hoạch 3,1 triệu tấn lúa và 6,84 triệu tấn ngô, trong đó 2 triệu tấn ngô lai, chiếm 41,2%.", errors: [W("share.of-whole")] },
    // E: 420 ÷ 1.250 = 33,6% ≠ 38,6%; 310 ÷ 860 = 36,05% ≠ 40,5%; 512 ÷ 1.246 = 41,09% ≠ 45,1%
    { text: "Năm 2024, Đài Truyền thanh huyện sản xuất 1.250 tin, bài. Trong đó, tin, bài về xây dựng nông thôn mới 420 tin, bài, chiếm 38,6%.", errors: [E("share.of-whole")] },
    { text: "Năm 2024, Ban Tiếp công dân tỉnh tiếp nhận 860 đơn, thư. Trong đó, đơn, thư khiếu nại 310 đơn, thư, chiếm 40,5%.", errors: [E("share.of-whole")] },
    { text: "Năm 2024, Tòa án nhân dân huyện thụ lý 1.246 vụ, việc. Trong đó, vụ, việc hôn nhân gia đình 512 vụ, việc, chiếm 45,1%.", errors: [E("share.of-whole")] },
    // F: September begins 1/9/2025, after 20/8; June after 15/5; November after 25/10
    { text: "Ngày 20/8/2025, Cục Thống kê tỉnh Nghệ An ban hành báo cáo tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2025.", errors: [E("period.review")] },
    { text: "Ngày 15/5/2025, Sở Kế hoạch và Đầu tư tỉnh Hà Tĩnh công bố báo cáo kinh tế - xã hội 6 tháng đầu năm 2025.", errors: [E("period.review")] },
    { text: "Ngày 25/10/2025, Cục Thống kê tỉnh Thái Bình phát hành báo cáo tình hình kinh tế - xã hội tháng 11/2025.", errors: [E("period.review")] },
    // G: 150 ÷ 500 = 30%, 150 ÷ 300 = 50%: 35% neither; 30 ÷ 120 = 25%, 30 ÷ 70 = 42,9%: 28% neither;
    // 90 > 80 and > 56; a class share wrong before the cue: 300 ÷ 500 = 60% ≠ 65% (one finding)
    { text: "Công ty có 500 lao động, nam 200 người (40%), nữ 300 người (60%), trong đó 150 đảng viên (35%).", errors: [E("share.of-whole")] },
    { text: "Chi đoàn có 120 đoàn viên, nam 50 người (41,7%), nữ 70 người (58,3%), trong đó 30 đoàn viên ưu tú, chiếm 28%.", errors: [E("share.of-whole")] },
    { text: "Trường có 80 giáo viên, nam 24 người (30%), nữ 56 người (70%), trong đó 90 giáo viên đạt chuẩn.", errors: [E("breakdown.part")] },
    { text: "Công ty có 500 lao động, nam 200 người (40%), nữ 300 người (65%), trong đó 150 đảng viên (30%).", errors: [E("share.of-whole")] },
    // H: 1.100 ÷ 2.000 = 55% ≠ 65%; 550 ÷ 1.200 = 45,83% ≠ 55,8%; 140 ÷ 400 = 35% ≠ 45%: the share only,
    // not the sum as well; each share right but 45 + 50 = 95 (900 + 1.000 = 1.900 ≠ 2.000): the sum
    { text: "Hội có 2.000 hội viên, nam 900 người (45%), nữ 1.100 người (65%).", errors: [E("share.of-whole")] },
    { text: "Trường có 1.200 học sinh, nam 650 em (54,2%), nữ 550 em (55,8%).", errors: [E("share.of-whole")] },
    { text: "Đảng bộ có 400 đảng viên, nam 260 người (65%), nữ 140 người (45%).", errors: [E("share.of-whole")] },
    { text: "Hội có 2.000 hội viên, nam 900 người (45%), nữ 1.000 người (50%).", errors: [E("percent-total.sum")] },
    // I: 22 + 37 + 38 = 97 (three sectors: 100); 62 + 47 = 109 > 100; 45 + 30 + 27 = 102
    { text: "Cơ cấu kinh tế: nông nghiệp 22%, công nghiệp 37%, dịch vụ 38%.", errors: [E("percent-total.sum")] },
    { text: "Cơ cấu kinh tế: nông nghiệp 62%, công nghiệp 47%.", errors: [E("percent-total.sum")] },
    { text: "Cơ cấu lao động: nông nghiệp 45%, công nghiệp - xây dựng 30%, dịch vụ 27%.", errors: [E("percent-total.sum")] },
    // J: 300 + 500 + 250 = 1.050 ≠ 1.000; 210 + 340 + 300 = 850 ≠ 860; 980 + 280 = 1.260 ≠ 1.240
    { text: "Toàn công ty có 1.000 lao động. Chia theo độ tuổi: dưới 30 tuổi 300 người, từ 30 đến 50 tuổi 500 người, trên 50 tuổi 250 người.", errors: [E("breakdown.sum")] },
    { text: "Tổng số 860 hội viên, chia theo độ tuổi: dưới 40 tuổi 210 người, từ 40 đến 60 tuổi 340 người, trên 60 tuổi 300 người.", errors: [E("breakdown.sum")] },
    { text: "Xã có 1.240 người cao tuổi; phân theo độ tuổi: từ 60 đến 79 tuổi 980 người, từ 80 tuổi trở lên 280 người.", errors: [E("breakdown.sum")] },
    // K: 3 × 200 = 600 > 500; 4 × 30 = 120 > 100; 2 × 45 = 90 > 80
    { text: "Mỗi năm hội tổ chức 3 đợt khám bệnh, mỗi đợt 200 người, tổng cộng 500 người.", errors: [E("breakdown.sum")] },
    { text: "Mỗi tháng trung tâm mở 4 lớp, mỗi lớp 30 học viên, tổng số 100 học viên.", errors: [E("breakdown.sum")] },
    { text: "Mỗi quý đơn vị tổ chức 2 đợt tập huấn, mỗi đợt 45 cán bộ, tổng cộng 80 cán bộ.", errors: [E("breakdown.sum")] },
  ],
});
