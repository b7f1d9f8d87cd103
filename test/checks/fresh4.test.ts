/**
 * Blind audit 3: a fourth batch of fresh cases, written and committed before baocao ran on
 * them, in the phrasing of the new genres (party, union, school, health, provincial
 * departments, cooperatives, companies and banks, police, social insurance, tax). Each
 * contradiction holds exactly one error; each consistent text is built to trip a naive checker
 * (parts in another noun or unit, open lists, percents of different wholes, A/B that is
 * actual/plan, rounding within the written precision, plans of another year, concurrent posts,
 * reviews in December or late June). About a fifth are paragraphs with unrelated figures around
 * the one that matters. The sentences are invented (not copied from ../shared/corpus/checks).
 *
 * First run (blind, at 9fc920f): contradictions raised as ≥ 1 error 46/58, consistent texts with
 * no error 66/68. Per family (contradictions · traps): breakdown 6/8 · 12/12, plan 7/7 · 6/7,
 * growth 4/9 · 8/8, fraction 5/5 · 4/4, share 4/6 · 5/5, pct-total 5/5 · 4/4, two-ways 3/6 · 5/5,
 * dates 4/4 · 2/2, period 5/5 · 6/6, positions 3/3 · 5/5, paragraphs (traps) 9/10.
 */
import { E, runTable } from "./table.js";

runTable("fresh 4: contradictions", {
  valid: [],
  invalid: [
    // breakdown
    { text: "Năm 2023, Đảng bộ huyện kết nạp 286 đảng viên mới. Cụ thể: khối xã, thị trấn 198 đảng viên; khối cơ quan 61 đảng viên; khối doanh nghiệp 31 đảng viên.", errors: [E("breakdown.sum")] },
    { text: "Tổng thu ngân sách trên địa bàn đạt 1.246,8 tỉ đồng, bao gồm: thu nội địa 1.018,5 tỉ đồng và thu từ hoạt động xuất nhập khẩu 238,3 tỉ đồng.", errors: [E("breakdown.sum")] },
    { text: "Năm học 2023-2024, toàn huyện có 47 trường học. Trong đó có 15 trường mầm non, 18 trường tiểu học và 16 trường trung học cơ sở.", errors: [E("breakdown.sum")] },
    { text: "Công an huyện đã phát hiện, bắt giữ 37 vụ với 52 đối tượng vi phạm pháp luật về ma túy (gồm 21 vụ tàng trữ, 14 vụ mua bán và 4 vụ tổ chức sử dụng trái phép chất ma túy).", errors: [E("breakdown.sum")] },
    { text: "Toàn tỉnh có 48.215 người tham gia bảo hiểm xã hội tự nguyện, trong đó có 52.870 người là nông dân.", errors: [E("breakdown.part")] },
    { text: "Ban quản trị hợp tác xã gồm bảy thành viên: ba thành viên phụ trách sản xuất, hai thành viên phụ trách dịch vụ và ba thành viên phụ trách tài chính.", errors: [E("breakdown.sum")] },
    { text: "Công đoàn cơ sở hiện có 1.126 đoàn viên; trong số đó, nam 517 người, nữ 629 người.", errors: [E("breakdown.sum")] },
    {
      text: "Sáng 18/1/2024, Đảng ủy xã Hoà Bình tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023. Năm qua, Đảng ủy đã lãnh đạo hoàn thành 17/19 chỉ tiêu nghị quyết đề ra. Thu nhập bình quân đầu người đạt 52 triệu đồng/năm, tăng 4 triệu đồng so với năm 2022. Đảng bộ hiện có 24 chi bộ trực thuộc với 615 đảng viên. Trong năm, Đảng ủy đã kết nạp 19 đảng viên mới, chuyển đảng chính thức cho 22 đồng chí; trao Huy hiệu Đảng cho 31 đảng viên, gồm 2 đồng chí 60 năm tuổi Đảng, 5 đồng chí 55 năm, 9 đồng chí 50 năm, 8 đồng chí 45 năm và 9 đồng chí 40 năm tuổi Đảng.",
      errors: [E("breakdown.sum")],
    },
    // plan
    { text: "Đến 31/12/2023, tổng dư nợ cho vay của chi nhánh đạt 4.628 tỷ đồng, bằng 97,4% kế hoạch năm (4.960 tỷ đồng).", errors: [E("plan.ratio")] },
    { text: "Dự toán thu ngân sách HĐND tỉnh giao năm 2023 là 8.150 tỷ đồng. Cả năm, Cục Thuế thu được 9.372 tỷ đồng, đạt 105% dự toán.", errors: [E("plan.ratio")] },
    { text: "Năm 2023, doanh thu của HTX đạt 12,6 tỷ đồng, vượt 8% so với kế hoạch 10,5 tỷ đồng.", errors: [E("plan.ratio")] },
    { text: "Số người tham gia BHYT đạt 812.400 người, vượt chỉ tiêu giao (830.000 người).", errors: [E("plan.direction")] },
    { text: "Lợi nhuận trước thuế 6 tháng đạt 214 tỷ đồng, hoàn thành 62% kế hoạch năm 2023 là 380 tỷ đồng.", errors: [E("plan.ratio")] },
    { text: "Trong năm, toàn tỉnh trồng mới được 3.640 ha rừng tập trung, đạt 121,3% kế hoạch. Kế hoạch giao là 3.200 ha.", errors: [E("plan.ratio")] },
    {
      text: "Năm 2023, trong bối cảnh nhiều khó khăn, Agribank chi nhánh tỉnh vẫn duy trì tăng trưởng ổn định. Tổng nguồn vốn huy động đạt 18.420 tỷ đồng, tăng 1.560 tỷ đồng so với đầu năm. Tổng dư nợ đạt 15.870 tỷ đồng, đạt 108,4% kế hoạch Trụ sở chính giao (15.200 tỷ đồng); nợ xấu chiếm 0,62% tổng dư nợ. Chi nhánh đã triển khai 12 chương trình tín dụng ưu đãi cho khoảng 3.500 khách hàng.",
      errors: [E("plan.ratio")],
    },
    // growth
    { text: "Trong năm 2023, trên địa bàn huyện xảy ra 64 vụ tai nạn giao thông, tăng 32% so với năm 2022 (52 vụ).", errors: [E("growth.rate")] },
    { text: "Thu từ khu vực doanh nghiệp ngoài quốc doanh đạt 1.542 tỷ đồng, tăng 128 tỷ đồng, tương đương tăng 19% so với cùng kỳ.", errors: [E("growth.delta")] },
    { text: "Nguồn vốn huy động của chi nhánh tăng từ 1.850 tỉ đồng năm 2018 lên 6.290 tỉ đồng năm 2023, gấp 4,4 lần.", errors: [E("growth.multiple")] },
    { text: "Số ca mắc sốt xuất huyết trong năm là 1.284 ca, giảm 12,5% so với năm trước (1.141 ca).", errors: [E("growth.direction")] },
    {
      text: "Năm học 2022-2023, số học sinh đạt giải cấp tỉnh của huyện là 148 em. Năm học này, con số đó là 175 em, tăng 28,4% so với năm học trước.",
      errors: [E("growth.rate")],
      fails: "the base is in the sentence before, tied only by 'năm học này' / 'năm học trước': the value's school year is not written, so which year is 'trước' is not known (with years written, 'Năm 2023, … so với năm trước' now finds the 2022 base)",
    },
    {
      text: "Nhờ triển khai đồng bộ các giải pháp, số vụ cháy rừng trong năm giảm 115% so với năm 2022.",
      errors: [E("growth.over-100")],
      fails: "a fall past 100% stays a warning by design (a profit or a balance can fall past zero); telling a count that cannot ('số vụ') from one that can would need the subject's kind in the check, which the relation does not carry",
    },
    { text: "Sản lượng lúa của HTX đạt 2.380 tấn, giảm 220 tấn (giảm 4,5%) so với vụ trước.", errors: [E("growth.delta")] },
    {
      text: "Năm 2023, Liên đoàn Lao động tỉnh Khánh Hoà đã phát triển được 4.862 đoàn viên mới và thành lập 37 công đoàn cơ sở. Tổng số đoàn viên toàn tỉnh đạt 96.540 người, tăng 5,2% so với năm 2022 (89.120 người). Các cấp công đoàn đã thăm hỏi, tặng quà cho 18.500 đoàn viên, người lao động có hoàn cảnh khó khăn với tổng số tiền 7,4 tỉ đồng.",
      errors: [E("growth.rate")],
    },
    {
      text: "Sở Nông nghiệp và Phát triển nông thôn tỉnh cho biết, đến cuối năm 2023 toàn tỉnh có 132 sản phẩm OCOP đạt từ 3 sao trở lên, gấp 3,5 lần so với năm 2020 (44 sản phẩm). Trong đó, có 118 sản phẩm 3 sao, 13 sản phẩm 4 sao và 1 sản phẩm 5 sao.",
      errors: [E("growth.multiple")],
    },
    // fraction
    { text: "Kết quả đánh giá, xếp loại: 23/21 chi bộ trực thuộc đạt \"Hoàn thành tốt nhiệm vụ\".", errors: [E("fraction.over")] },
    { text: "Đã có 134/152 xã, phường đạt Bộ tiêu chí quốc gia về y tế (đạt 91,4%).", errors: [E("fraction.percent")] },
    { text: "Kết quả kỳ thi tốt nghiệp THPT, trường có 412/408 học sinh dự thi đỗ tốt nghiệp.", errors: [E("fraction.over")] },
    { text: "Đến nay, Cơ quan Cảnh sát điều tra đã điều tra làm rõ 57/64 vụ, đạt tỷ lệ 92%.", errors: [E("fraction.percent")] },
    {
      text: "Toàn huyện hiện có 46 hợp tác xã nông nghiệp với 8.450 thành viên. Qua đánh giá, phân loại năm 2023, có 12 HTX xếp loại tốt, 21 HTX xếp loại khá, 9 HTX trung bình và 4 HTX yếu. Có 38/46 HTX có lãi, lợi nhuận bình quân đạt 186 triệu đồng/HTX; 29/46 HTX tham gia liên kết tiêu thụ sản phẩm, chiếm 68,3%.",
      errors: [E("fraction.percent")],
    },
    // share
    { text: "Bệnh viện có 428 cán bộ, viên chức, trong đó 96 bác sĩ, chiếm 26,4%.", errors: [E("share.of-whole")] },
    { text: "Số người tham gia BHXH bắt buộc là 86.540 người. Trong đó, lao động trong doanh nghiệp ngoài nhà nước 51.200 người, chiếm 63,2%.", errors: [E("share.of-whole")] },
    { text: "Số đoàn viên nữ là 2.315 người, chiếm tỷ lệ 103,5% tổng số đoàn viên.", errors: [E("share.over-100")] },
    { text: "Doanh thu từ mảng bán lẻ đạt 3.412 tỷ đồng, chiếm 38% tổng doanh thu 7.964 tỷ đồng của tập đoàn.", errors: [E("share.of-whole")] },
    { text: "Tổng số đảng viên toàn Đảng bộ là 5.218 đồng chí; đảng viên nữ 1.904 đồng chí (chiếm 30,5%).", errors: [E("share.of-whole")] },
    {
      text: "Trung tâm Y tế huyện Đông Hoà hiện có 312 cán bộ, viên chức và người lao động, trong đó có 58 bác sĩ, 7 dược sĩ đại học, 134 điều dưỡng, hộ sinh và kỹ thuật viên. Năm 2023, Trung tâm đã khám bệnh cho 186.400 lượt người, điều trị nội trú cho 12.350 lượt bệnh nhân; công suất sử dụng giường bệnh đạt 112%. Số người có thẻ BHYT đến khám là 158.900 lượt, chiếm 91,2% tổng số lượt khám.",
      errors: [E("share.of-whole")],
    },
    // pct-total
    { text: "Kết quả đánh giá, xếp loại đảng viên năm 2023: hoàn thành xuất sắc nhiệm vụ 14,2%; hoàn thành tốt nhiệm vụ 76,5%; hoàn thành nhiệm vụ 7,8%; không hoàn thành nhiệm vụ 0,6%.", errors: [E("percent-total.sum")] },
    { text: "Về hạnh kiểm, học sinh xếp loại tốt đạt 84,6%, khá 12,9%, trung bình 3,4%.", errors: [E("percent-total.sum")] },
    { text: "Cơ cấu kinh tế của tỉnh: nông, lâm nghiệp và thủy sản 31,4%; công nghiệp - xây dựng 29,8%; dịch vụ 40,1%.", errors: [E("percent-total.sum")] },
    { text: "Trong tổng số 2.140 hộ tham gia, 37,5% là hộ nghèo và cận nghèo, còn lại 64,5% là hộ có mức sống trung bình.", errors: [E("percent-total.sum")] },
    {
      text: "Năm học 2023-2024, Trường THCS Lê Quý Đôn có 1.126 học sinh với 28 lớp. Kết quả học tập cuối năm: loại tốt 31,5%, loại khá 44,2%, loại đạt 22,1%, loại chưa đạt 1,4%. Nhà trường có 46 học sinh đạt giải cấp huyện và 12 em đạt giải cấp tỉnh; 100% giáo viên đạt chuẩn trình độ đào tạo.",
      errors: [E("percent-total.sum")],
    },
    // two ways
    { text: "Ban Chấp hành Công đoàn khóa mới có mười ba (15) ủy viên.", errors: [E("restatement.words")] },
    { text: "Tổng số tiền phạt là 7.500.000 đồng (Bằng chữ: Bảy triệu không trăm năm mươi nghìn đồng).", errors: [E("restatement.words")] },
    { text: "Tổng mức đầu tư dự án là 46.500 triệu đồng (tương đương 4,65 tỷ đồng).", errors: [E("restatement.units")] },
    { text: "Tổng dư nợ đạt 2,35 nghìn tỷ đồng (tương đương 235 tỷ đồng).", errors: [E("restatement.units")] },
    {
      text: "Theo Cục Thuế tỉnh, năm 2023 tổng thu nội địa đạt 5.384 tỷ đồng, bằng 103% dự toán. Cục Thuế đã tổ chức 142 cuộc đối thoại, tập huấn cho doanh nghiệp và thực hiện thanh tra, kiểm tra tại 1.236 doanh nghiệp, truy thu và phạt 214 tỷ đồng. Năm 2024, dự toán thu nội địa được giao là 5.650 tỷ đồng; để hoàn thành dự toán 5,650 tỷ đồng, ngành thuế sẽ đẩy mạnh chống thất thu.",
      errors: [E("numbers.two-ways")],
    },
    {
      text: "Năm 2023, BHXH tỉnh Hoà Bình đã giải quyết cho 1.284 người hưởng chế độ hưu trí hằng tháng và 32.650 lượt người hưởng chế độ ốm đau, thai sản. Số đơn vị nợ BHXH từ 3 tháng trở lên là 214 đơn vị, với số tiền nợ 38,6 tỷ đồng. BHXH tỉnh đã chuyển hồ sơ đề nghị khởi kiện 09 (chín) đơn vị và phối hợp thanh tra 26 (hai mươi bảy) đơn vị.",
      errors: [E("restatement.words")],
    },
    // dates
    { text: "Ngày 30/02/2024, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ X.", errors: [E("dates.impossible")] },
    { text: "Sáng 29-2-2019, Cục Thuế tỉnh tổ chức hội nghị đối thoại với doanh nghiệp.", errors: [E("dates.impossible")] },
    { text: "Quyết định của Giám đốc Sở Y tế có hiệu lực kể từ ngày 31 tháng 6 năm 2023.", errors: [E("dates.impossible")] },
    { text: "Trong năm 20223, nhà trường phấn đấu có thêm 2 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh.", errors: [E("dates.impossible")] },
    // period
    { text: "Ngày 22/3/2024, Sở Tài chính tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024.", errors: [E("period.review")] },
    { text: "Sáng 5/9/2023, Trường THPT Nguyễn Du tổ chức lễ tổng kết năm học 2023-2024.", errors: [E("period.review")] },
    { text: "Ngày 17/1/2023, Ngân hàng Nông nghiệp chi nhánh tỉnh tổ chức hội nghị tổng kết hoạt động kinh doanh năm 2023 và triển khai nhiệm vụ năm 2024.", errors: [E("period.review")] },
    { text: "Ngày 3/8/2023, Chi cục Thuế khu vực họp sơ kết công tác quý III/2023.", errors: [E("period.review")] },
    {
      text: "Chiều 10/8/2023, Công an tỉnh Thái Bình tổ chức hội nghị sơ kết công tác 9 tháng đầu năm 2023. Dự hội nghị có Đại tá Vũ Minh Khôi, Giám đốc Công an tỉnh. Báo cáo cho thấy, lực lượng Công an đã điều tra, khám phá 312/348 vụ phạm pháp hình sự, đạt 89,7%; bắt, vận động đầu thú 46 đối tượng truy nã.",
      errors: [E("period.review")],
    },
    // positions
    { text: "Dự hội nghị có đồng chí Lê Thị Hằng, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh. Phát biểu bế mạc, đồng chí Lê Thị Hằng, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị các cấp hội tiếp tục đổi mới phương thức hoạt động.", errors: [E("positions.conflict")] },
    { text: "Ông Phạm Quốc Hưng - Giám đốc BHXH tỉnh cho biết, năm nay ngành sẽ tập trung thu hồi nợ đọng. Theo ông Phạm Quốc Hưng, Phó Giám đốc BHXH tỉnh, nhiều doanh nghiệp còn chậm đóng.", errors: [E("positions.conflict")] },
    { text: "Thượng tá Trần Văn Bình, Trưởng Công an huyện Yên Lạc chủ trì buổi ra quân. Phó Trưởng Công an huyện Yên Lạc Trần Văn Bình cho biết thêm, đợt cao điểm kéo dài đến hết tháng 2.", errors: [E("positions.conflict")] },
  ],
});

runTable("fresh 4: consistent", {
  valid: [
    // breakdown
    "Toàn huyện có 18 chi bộ, gồm 9 chi bộ nông thôn với 412 đảng viên, 6 chi bộ cơ quan với 138 đảng viên và 3 chi bộ doanh nghiệp với 47 đảng viên.",
    "Trường có 86 giáo viên, trong đó 61 giáo viên nữ, 34 đảng viên, 79 người đạt trình độ trên chuẩn.",
    "Tổng số vốn ủy thác qua các hội, đoàn thể là 1.240 tỷ đồng, trong đó Hội Nông dân quản lý 412 tỷ đồng, Hội Liên hiệp Phụ nữ 398 tỷ đồng.",
    "Tổng kinh phí thực hiện là 3,5 tỷ đồng, gồm 2,16 tỷ đồng ngân sách tỉnh và 1,37 tỷ đồng ngân sách huyện.",
    "Lực lượng chức năng phát hiện 45 vụ, 63 đối tượng vi phạm, gồm 28 vụ, 39 đối tượng buôn lậu và 17 vụ, 24 đối tượng gian lận thương mại.",
    "Công đoàn ngành có 62 công đoàn cơ sở, gồm 48 công đoàn cơ sở trường học và 14 công đoàn cơ sở khác; trong số công đoàn cơ sở trường học có 21 đơn vị cấp tiểu học.",
    "Số thuê bao đạt 12.480 thuê bao, tăng 1.150 thuê bao so với năm trước; trong đó thuê bao trả sau 3.920, thuê bao trả trước 8.560.",
    "Dự án gồm 3 hạng mục: nhà lớp học 2 tầng 12 phòng, nhà đa năng 650 m2 và sân chơi 1.200 m2.",
    "Đề án xác định 3 nhóm giải pháp: (1) tuyên truyền; (2) đào tạo nguồn nhân lực; (3) đầu tư hạ tầng.",
    "Ngân hàng đã giải ngân 235 tỷ đồng cho 4.812 lượt khách hàng. Trong đó, 3.960 lượt hộ nghèo, hộ cận nghèo và 852 lượt hộ mới thoát nghèo được vay vốn.",
    "Trong 356 học sinh dự thi, 298 em đỗ vào lớp 10 công lập, số còn lại 58 em học tại các trung tâm giáo dục nghề nghiệp.",
    "Ngày hội thu hút khoảng 2.000 người tham gia, trong đó 1.260 nữ và 780 nam.",
    // plan
    "Đến nay, toàn huyện đã kết nạp 172/150 đảng viên mới, vượt chỉ tiêu Nghị quyết đề ra.",
    "Thu ngân sách nhà nước đạt 2.746 tỷ đồng, bằng 118% dự toán tỉnh giao (2.330 tỷ đồng).",
    "Số lao động tham gia BHXH bắt buộc là 34.150 người, vượt 3,5% kế hoạch (33.000 người).",
    "Dư nợ tín dụng đạt 5.720 tỷ đồng, bằng 104% kế hoạch của ngân hàng (5.500 tỷ đồng) và 95,3% chỉ tiêu mà Hội sở giao đầu năm.",
    "Doanh thu hợp tác xã đạt 4,2 tỷ đồng, chưa đạt kế hoạch đề ra (4,5 tỷ đồng), mới bằng 93,3%.",
    "Lũy kế 9 tháng, Chi cục Thuế thu được 186,4 tỷ đồng, đạt 76,1% dự toán năm (245 tỷ đồng).",
    "Năm 2023, Trung tâm Y tế huyện đã tiêm vắc xin cho 1.812 trẻ dưới 1 tuổi, đạt 96,4% kế hoạch. Kế hoạch năm giao là 1.880 trẻ.",
    // growth
    "Lợi nhuận quý IV đạt 142 tỷ đồng, tăng 18,3% so với quý III (120 tỷ đồng) nhưng giảm 11,3% so với cùng kỳ năm trước (160 tỷ đồng).",
    "Tỷ lệ hộ nghèo giảm từ 6,8% xuống còn 4,9%, giảm 1,9 điểm phần trăm.",
    "Tỷ lệ bao phủ BHYT đạt 92,4%, tăng 3,1% so với năm 2022 (89,3%).",
    "Giá trị sản xuất của HTX năm 2023 đạt 18,7 tỷ đồng, gấp 2,6 lần năm 2018 (7,2 tỷ đồng).",
    "Số thu bảo hiểm xã hội đạt 1.028,4 tỷ đồng, tăng 86,2 tỷ đồng, tương đương 9,1% so với năm trước.",
    "Số vụ phạm pháp hình sự là 118 vụ, bằng 87,4% so với cùng kỳ năm 2022 (135 vụ).",
    "Năm 2023, số thuế nợ đọng là 41 tỷ đồng, giảm 14% so với cuối năm 2022 (47,5 tỷ đồng).",
    "Doanh thu và lợi nhuận năm 2023 lần lượt đạt 624 tỷ đồng và 48 tỷ đồng, tăng 8,3% và 20% so với năm 2022 (576 tỷ đồng và 40 tỷ đồng).",
    // fraction
    "Thực hiện Kế hoạch số 125/KH-UBND ngày 20/3/2023 và Công văn số 1876/STC-QLNS, Sở Tài chính đã thẩm định quyết toán 14 dự án.",
    "Có 24/24 xã, thị trấn hoàn thành việc chi trả lương hưu qua tài khoản (đạt 100%).",
    "Đến nay đã có 37/42 trạm y tế xã có bác sĩ làm việc, đạt 88,1%.",
    "Tính đến 25/12, đã có 31/35 đơn vị nộp báo cáo quyết toán.",
    // share
    "Toàn tỉnh có 1.238 cơ sở giáo dục, trong đó 642 trường đạt chuẩn quốc gia, chiếm 58,2% tổng số trường công lập.",
    "Công suất sử dụng giường bệnh của Bệnh viện Đa khoa tỉnh đạt 124%.",
    "Trong 9 tháng, tổng thu ngân sách trên địa bàn đạt 3.860 tỷ đồng; riêng thu từ tiền sử dụng đất 1.120 tỷ đồng, chiếm 29%.",
    "Đảng bộ có 2.456 đảng viên; năm 2023 kết nạp 148 đảng viên mới, trong đó 62 đảng viên nữ (chiếm 41,9%).",
    "Lao động nữ chiếm 64,3% tổng số lao động của doanh nghiệp; 92% người lao động có hợp đồng không xác định thời hạn; 100% được đóng BHXH.",
    // pct-total
    "Kết quả xếp loại chất lượng đoàn viên: xuất sắc 21,4%, khá 63,8%, trung bình 14,9%.",
    "Trong số 86 chi bộ, có 18 chi bộ hoàn thành xuất sắc nhiệm vụ (20,9%), 61 chi bộ hoàn thành tốt nhiệm vụ (70,9%), 7 chi bộ hoàn thành nhiệm vụ (8,1%).",
    "Cuối năm học, 98,6% học sinh được lên lớp; 42,3% học sinh xếp loại giỏi và 38,7% xếp loại khá.",
    "Cơ cấu kinh tế năm 2023: nông nghiệp 22,1%, công nghiệp - xây dựng 35,4%, dịch vụ 36,8%, thuế sản phẩm trừ trợ cấp sản phẩm 5,7%.",
    // two ways
    "Vốn điều lệ của HTX là 2,4 tỉ đồng (2.400 triệu đồng).",
    "Ban Thường vụ Huyện uỷ gồm mười một (11) đồng chí.",
    "Số tiền hỗ trợ là 25.400.000 đồng (Bằng chữ: Hai mươi lăm triệu bốn trăm nghìn đồng).",
    "Quỹ đã cho vay 3,25 tỉ đồng, tức 3.250 triệu đồng, đến 146 hộ.",
    "Công đoàn đã trao 500 suất quà, tương đương 250 triệu đồng, cho đoàn viên khó khăn.",
    // dates
    "Ngày 29/02/2024, Đoàn Thanh niên Công an tỉnh ra quân hưởng ứng Tháng Thanh niên.",
    "Theo Quyết định số 20231/QĐ-BHXH và Công văn số 3104/CT-TTHT, các đơn vị phải hoàn thành trước ngày 31-3-2023.",
    // period
    "Chiều 28-12-2023, Chi cục Thuế huyện tổ chức tổng kết công tác thuế năm 2023, triển khai nhiệm vụ năm 2024.",
    "Ngày 12/1/2024, Hội Cựu chiến binh tỉnh tổng kết công tác hội năm 2023.",
    "Ngày 25/5/2024, Trường Tiểu học Kim Đồng tổng kết năm học 2023-2024.",
    "Ngày 27/6/2023, Ngân hàng Chính sách xã hội tỉnh sơ kết hoạt động 6 tháng đầu năm 2023.",
    "Ngày 15/4/2024, Đảng ủy khối tổ chức sơ kết giữa nhiệm kỳ 2020-2025.",
    "Ngày 20/11/2023, Sở Y tế tổ chức hội nghị triển khai kế hoạch năm 2024.",
    // positions
    "Đồng chí Nguyễn Văn Lợi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo hội nghị.",
    "Ông Hoàng Minh Đức, Phó Giám đốc Sở Y tế, vừa được UBND tỉnh bổ nhiệm giữ chức Giám đốc Sở Y tế.",
    "Đại tá Lê Văn Sơn, nguyên Phó Giám đốc Công an tỉnh, nay là Giám đốc Công an tỉnh, trao quyết định cho các đơn vị.",
    "Ông Vũ Đức Minh, Phó Chủ tịch UBND huyện, kiêm Chủ tịch Hội Chữ thập đỏ huyện, phát biểu tại buổi lễ.",
    "Ông Cao Văn Tú, Phó Giám đốc Ngân hàng Nông nghiệp chi nhánh tỉnh, Giám đốc Phòng giao dịch số 2, trao quà cho các hộ.",
    // paragraphs
    "Đảng bộ phường Thuỷ Châu hiện có 21 chi bộ với 684 đảng viên, trong đó 18 chi bộ khu dân cư và 3 chi bộ cơ quan, trường học. Năm 2023, Đảng bộ kết nạp 14 đảng viên mới, đạt 116,7% chỉ tiêu (12 đảng viên). Kết quả đánh giá cuối năm: 98 đảng viên hoàn thành xuất sắc nhiệm vụ, 531 hoàn thành tốt nhiệm vụ, 47 hoàn thành nhiệm vụ và 2 đảng viên không hoàn thành nhiệm vụ; 6 đảng viên được miễn đánh giá do tuổi cao.",
    "Tính đến 31/12/2023, tổng nguồn vốn của Ngân hàng Chính sách xã hội chi nhánh tỉnh đạt 8.246 tỷ đồng, tăng 742 tỷ đồng (+9,9%) so với năm 2022. Tổng dư nợ đạt 8.190 tỷ đồng với 176.420 khách hàng còn dư nợ; nợ quá hạn và nợ khoanh chiếm 0,31% tổng dư nợ. Trong năm, doanh số cho vay đạt 2.864 tỷ đồng, giúp 3.152 hộ vượt qua ngưỡng nghèo và tạo việc làm cho 14.380 lao động.",
    "Trong 9 tháng đầu năm, Bệnh viện Đa khoa tỉnh Hà Tĩnh khám bệnh cho 248.300 lượt người, tăng 12,4% so với cùng kỳ; điều trị nội trú 36.520 lượt, công suất sử dụng giường bệnh đạt 118,6%. Bệnh viện thực hiện 9.840 ca phẫu thuật, trong đó 3.215 ca phẫu thuật loại đặc biệt và loại I, chiếm 32,7%. Tổng thu viện phí và BHYT đạt 412 tỷ đồng, bằng 78% kế hoạch năm.",
    "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 642,5 tỷ đồng, bằng 121,2% dự toán tỉnh giao và 106,4% dự toán HĐND huyện giao. Trong đó thu tiền sử dụng đất đạt 318 tỷ đồng. Năm 2024, tỉnh giao dự toán thu 560 tỷ đồng, HĐND huyện giao 610 tỷ đồng.",
    "Năm học 2023-2024, toàn huyện Krông Pắc có 98 trường học với 42.160 học sinh. Có 61/98 trường đạt chuẩn quốc gia, đạt 62,2%. Tỷ lệ học sinh tốt nghiệp THCS đạt 99,6%; tỷ lệ học sinh lớp 9 vào lớp 10 công lập đạt 78,4%. Ngày 30/5/2024, Phòng Giáo dục và Đào tạo huyện tổ chức tổng kết năm học 2023-2024 và khen thưởng 215 giáo viên, 1.340 học sinh.",
    "Hợp tác xã Nông nghiệp Tân Hoà có 312 thành viên, canh tác 280 ha lúa, trong đó 160 ha lúa chất lượng cao và 45 ha lúa hữu cơ. Năm 2023, doanh thu dịch vụ của HTX đạt 5,6 tỉ đồng, lợi nhuận 820 triệu đồng, chia lãi cho thành viên 35% lợi nhuận. HTX đầu tư 2 máy gặt đập liên hợp và 1 lò sấy công suất 30 tấn/mẻ.",
    "Năm 2023, Công an huyện đã tiếp nhận 156 tin báo, tố giác về tội phạm; đã giải quyết 149 tin, đạt 95,5%. Khởi tố 87 vụ, 132 bị can, trong đó tội phạm về trật tự xã hội 52 vụ, 78 bị can; tội phạm kinh tế 21 vụ, 29 bị can; tội phạm ma túy 14 vụ, 25 bị can.",
    "Đến hết năm 2023, toàn tỉnh có 96.480 người tham gia BHXH, đạt 21,8% lực lượng lao động trong độ tuổi; trong đó BHXH bắt buộc 71.250 người, BHXH tự nguyện 25.230 người. Số người tham gia BHYT là 1.102.600 người, đạt tỷ lệ bao phủ 93,6% dân số.",
    "Công ty cổ phần Cao su Phước Hoà công bố kết quả kinh doanh năm 2023 với doanh thu thuần 1.486 tỷ đồng, giảm 12% so với năm trước; lợi nhuận sau thuế đạt 312 tỷ đồng, hoàn thành 104% kế hoạch. Năm 2024, công ty đặt kế hoạch doanh thu 1.620 tỷ đồng và lợi nhuận 280 tỷ đồng, chi cổ tức tỷ lệ 30%.",
    "Tham dự đại hội có bà Nguyễn Thị Thu Hà, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; ông Lê Quang Trung, Phó Bí thư Tỉnh uỷ, Chủ tịch HĐND tỉnh. Đại hội đã bầu 27 đồng chí vào Ban Chấp hành khóa mới; ông Phạm Văn Tuấn, Phó Chủ tịch Liên đoàn Lao động tỉnh khóa trước, được bầu giữ chức Chủ tịch Liên đoàn Lao động tỉnh khóa XII.",
  ],
  invalid: [],
});
