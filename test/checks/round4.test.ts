/**
 * The shapes behind the misses and false errors of blind audit 3 (fresh4.test.ts), each in
 * sentences of its own: what now ties, and the neighbour that must not.
 */
import { E, W, runTable } from "./table.js";

runTable("round 4: A/B with a plan claimed after it is done of planned", {
  valid: [
    "Năm 2023, chi đoàn đã kết nạp 46/40 đoàn viên mới, vượt chỉ tiêu đoàn cấp trên giao.",
    "Hội Cựu chiến binh vận động được 1.150/1.000 hội viên đóng quỹ, hoàn thành vượt kế hoạch.",
    "Xã đã vận động 212/240 hộ tham gia bảo hiểm y tế, chưa đạt chỉ tiêu huyện giao.",
    // the excess over the plan of A/B: 120%, "vượt 20%"
    "Chi đoàn kết nạp 120/100 đoàn viên, vượt 20% chỉ tiêu.",
  ],
  invalid: [
    { text: "Xã đã vận động 265/240 hộ tham gia bảo hiểm y tế, chưa đạt chỉ tiêu huyện giao.", errors: [E("plan.direction")] },
    // the plan words are the counted things' own predicate (no comma): still a part of a whole
    { text: "Có 27/24 xã vượt chỉ tiêu thu ngân sách.", errors: [E("fraction.over")] },
    { text: "Chi đoàn kết nạp 120/100 đoàn viên, vượt 30% chỉ tiêu.", errors: [E("plan.ratio")] },
  ],
});

runTable("round 4: a plan of another year is not this year's", {
  valid: [
    "Năm 2023, hợp tác xã đạt doanh thu 8,4 tỷ đồng, bằng 105% kế hoạch. Năm 2024, hợp tác xã đặt kế hoạch doanh thu 9,5 tỷ đồng.",
    "Năm 2023, ngân hàng đạt lợi nhuận 412 tỷ đồng, bằng 103% kế hoạch; năm 2024 ngân hàng đặt kế hoạch lợi nhuận 470 tỷ đồng.",
  ],
  invalid: [
    { text: "Năm 2023, hợp tác xã đạt doanh thu 8,4 tỷ đồng, bằng 115% kế hoạch. Kế hoạch doanh thu năm 2023 là 8 tỷ đồng.", errors: [E("plan.ratio")] },
  ],
});

runTable("round 4: items cut by ';', the first label holding a ','", {
  valid: [
    "Năm nay, toàn huyện có 154 hộ thoát nghèo. Cụ thể: xã Tân Lập, xã Tân Hoà 62 hộ; xã Phú Mỹ 51 hộ; thị trấn 41 hộ.",
    "Toàn ngành có 96 đơn vị, cụ thể: khối trường mầm non, tiểu học 58 đơn vị; khối trung học cơ sở 30 đơn vị; khối trực thuộc 8 đơn vị.",
  ],
  invalid: [
    { text: "Năm nay, toàn huyện có 150 hộ thoát nghèo. Cụ thể: xã Tân Lập, xã Tân Hoà 62 hộ; xã Phú Mỹ 51 hộ; thị trấn 41 hộ.", errors: [E("breakdown.sum")] },
    { text: "Toàn ngành có 96 đơn vị, cụ thể: khối trường mầm non, tiểu học 58 đơn vị; khối trung học cơ sở 32 đơn vị; khối trực thuộc 8 đơn vị.", errors: [E("breakdown.sum")] },
  ],
});

runTable("round 4: a pair of wholes in two nouns ('X vụ với Y bị can (gồm …)')", {
  valid: [
    "Năm 2023, Công an tỉnh khởi tố 58 vụ với 94 bị can (gồm 31 vụ trộm cắp, 19 vụ cướp giật và 8 vụ lừa đảo).",
    "Đội đã bắt 12 vụ - 20 đối tượng (gồm 7 vụ đánh bạc và 5 vụ tàng trữ ma túy).",
    // seized goods: an amount and a count side by side are no pair of wholes
    "Lực lượng chức năng thu giữ hơn 2 tỷ đồng, 5 xe máy (trong đó có 1 xe trị giá 3 tỷ đồng).",
  ],
  invalid: [
    { text: "Năm 2023, Công an tỉnh khởi tố 56 vụ với 94 bị can (gồm 31 vụ trộm cắp, 19 vụ cướp giật và 8 vụ lừa đảo).", errors: [E("breakdown.sum")] },
    { text: "Đội đã bắt 12 vụ - 20 đối tượng (gồm 8 vụ đánh bạc và 5 vụ tàng trữ ma túy).", errors: [E("breakdown.sum")] },
  ],
});

runTable("round 4: 'gấp N lần' past a year or a threshold", {
  valid: [
    "Số hợp tác xã tăng từ 12 hợp tác xã năm 2015 lên 42 hợp tác xã năm 2023, gấp 3,5 lần.",
    "Toàn tỉnh có 84 doanh nghiệp đạt từ 4 sao trở lên, gấp 2 lần so với năm 2020 (42 doanh nghiệp).",
    // the base compared with is not the whole of a list in the next sentence
    "Toàn tỉnh có 210 sản phẩm OCOP, tăng 40% so với năm 2021 (150 sản phẩm). Trong đó, có 180 sản phẩm 3 sao và 30 sản phẩm 4 sao.",
  ],
  invalid: [
    { text: "Số hợp tác xã tăng từ 12 hợp tác xã năm 2015 lên 42 hợp tác xã năm 2023, gấp 4,5 lần.", errors: [E("growth.multiple")] },
    { text: "Toàn tỉnh có 84 doanh nghiệp đạt từ 4 sao trở lên, gấp 3 lần so với năm 2020 (42 doanh nghiệp).", errors: [E("growth.multiple")] },
  ],
});

runTable("round 4: a delta with its rate in a bracket that says the direction again", {
  valid: ["Dư nợ cho vay đạt 1.250 tỷ đồng, tăng 250 tỷ đồng (tăng 25%) so với đầu năm.", "Số lao động có việc làm đạt 4.600 người, giảm 400 người (giảm 8%) so với năm trước."],
  invalid: [{ text: "Số lao động có việc làm đạt 4.600 người, giảm 400 người (giảm 6%) so với năm trước.", errors: [E("growth.delta")] }],
});

runTable("round 4: the whole of a share named by 'tổng'", {
  valid: [
    "Thu từ thuế thu nhập doanh nghiệp đạt 1.280 tỷ đồng, chiếm 32% tổng thu nội địa 4.000 tỷ đồng.",
    "Tổng số học sinh toàn trường là 1.250 em; học sinh nữ 610 em (chiếm 48,8%).",
    "Tổng số hộ dân là 5.000 hộ, tăng 200 hộ so với năm trước; hộ nghèo 120 hộ (chiếm 2,4%).",
  ],
  invalid: [
    { text: "Thu từ thuế thu nhập doanh nghiệp đạt 1.280 tỷ đồng, chiếm 28% tổng thu nội địa 4.000 tỷ đồng.", errors: [E("share.of-whole")] },
    { text: "Tổng số học sinh toàn trường là 1.250 em; học sinh nữ 610 em (chiếm 52,4%).", errors: [E("share.of-whole")] },
  ],
});

runTable("round 4: a number in words with its digits in a bracket, and whole numbers are exact", {
  valid: ["Chi bộ có mười bảy (17) đảng viên.", "Hội nghị diễn ra trong năm (05) ngày.", "Đoàn kiểm tra đã làm việc với 25 (hai mươi lăm) cơ sở kinh doanh."],
  invalid: [
    { text: "Chi bộ có mười bảy (19) đảng viên.", errors: [E("restatement.words")] },
    { text: "Đoàn kiểm tra đã làm việc với 24 (hai mươi lăm) cơ sở kinh doanh.", errors: [E("restatement.words")] },
  ],
});

runTable("round 4: one plan written with both separators", {
  valid: ["Kế hoạch vốn năm 2024 được giao là 2.480 tỷ đồng. Để giải ngân hết kế hoạch 2.480 tỷ đồng, tỉnh sẽ thành lập tổ công tác."],
  invalid: [
    { text: "Kế hoạch vốn năm 2024 được giao là 2.480 tỷ đồng. Để giải ngân hết kế hoạch 2,480 tỷ đồng, tỉnh sẽ thành lập tổ công tác.", errors: [E("numbers.two-ways")] },
  ],
});

runTable("round 4: 'tỷ lệ N%' said of a part whose whole is in its sentence", {
  valid: [
    "Xã có 2.400 hộ, trong đó 180 hộ nghèo (tỷ lệ 7,5%).",
    "Trong tổng số 250 học sinh dự thi, có 240 em đỗ, đạt tỷ lệ 96%.",
    // a percent of the group named after it, and a rate alone, are no share
    "Huyện có 12.400 học sinh, trong đó 3.150 học sinh THCS, tỷ lệ 98,5% học sinh được học 2 buổi/ngày.",
    "Tỷ lệ giải ngân vốn đầu tư công đạt 112%.",
  ],
  invalid: [
    { text: "Xã có 2.400 hộ, trong đó 180 hộ nghèo (tỷ lệ 8,5%).", errors: [E("share.of-whole")] },
    { text: "Trong tổng số 250 học sinh dự thi, có 240 em đỗ, đạt tỷ lệ 98%.", errors: [E("share.of-whole")] },
  ],
});

runTable("round 4: the plan of the year the percent names", {
  valid: ["Năm 2024 tỉnh giao kế hoạch 3.500 tỷ đồng, trong khi năm 2023 huyện thực hiện 3.200 tỷ đồng, đạt 106% kế hoạch năm 2023."],
  invalid: [
    { text: "Kế hoạch năm 2023 là 3.000 tỷ đồng; năm 2023 huyện thực hiện 3.200 tỷ đồng, đạt 112% kế hoạch năm 2023.", errors: [E("plan.ratio")] },
    // a plan told after, naming a year the actual's clause does not: a guess, a warning
    { text: "Thu ngân sách đạt 1.850 tỷ đồng, đạt 102,8% dự toán. Dự toán năm 2024 được giao 1.950 tỷ đồng.", errors: [W("plan.ratio")] },
  ],
});

runTable("round 4: a term of a school year is reviewed at the term's end", {
  valid: [
    "Ngày 10/1/2024, Trường THPT Lê Lợi sơ kết học kỳ I năm học 2023-2024.",
    "Ngày 25/5/2024, Trường Tiểu học Hoà Bình tổng kết học kì 2 năm học 2023-2024.",
  ],
  invalid: [
    { text: "Ngày 15/11/2023, Trường THPT Lê Lợi sơ kết học kỳ I năm học 2023-2024.", errors: [E("period.review")] },
    { text: "Ngày 20/3/2024, Trường THCS Nguyễn Trãi sơ kết học kỳ II năm học 2023-2024.", errors: [E("period.review")] },
    { text: "Ngày 10/1/2024, Trường THPT Lê Lợi tổng kết năm học 2023-2024.", errors: [E("period.review")] },
  ],
});

runTable("round 4: a whole of several kinds is not the whole named by one of them", {
  valid: ["Toàn tỉnh có 245 xã, phường, thị trấn; trong đó 180 xã đạt chuẩn nông thôn mới (chiếm 94,7% số xã)."],
  invalid: [
    { text: "Toàn tỉnh có 245 xã, phường, thị trấn; trong đó 180 xã đạt chuẩn nông thôn mới (chiếm 94,7% số xã, phường, thị trấn).", errors: [E("share.of-whole")] },
  ],
});

runTable("round 4: a class of a structure told as the level it reached ('tăng lên 45,1%')", {
  valid: [
    "Cơ cấu kinh tế chuyển dịch đúng hướng: nông nghiệp giảm còn 16,2%, công nghiệp tăng lên 45,1%, dịch vụ 38,7%.",
    "Cơ cấu kinh tế: nông nghiệp 20,1%, giảm 1,2%; công nghiệp 40,5%, tăng 0,8%; dịch vụ 39,4%, tăng 0,4%.",
  ],
  invalid: [
    { text: "Cơ cấu kinh tế chuyển dịch đúng hướng: nông nghiệp giảm xuống 16,2%, công nghiệp tăng lên 47,1%, dịch vụ tăng lên 38,7%.", errors: [E("percent-total.sum")] },
  ],
});

// Reviewer probes (s28-fixrel): a rate after a part is a share only when its whole is certainly the base
runTable("round 4: 'tỷ lệ N%' after a part, the whole not named as its base", {
  valid: [
    "Tổng số học sinh toàn huyện là 25.000 em; trong kỳ thi tuyển sinh vào lớp 10, có 3.100 em trúng tuyển, tỷ lệ 86%.",
    "Tổng số học sinh của trường là 1.500 em; năm học 2023-2024 có 45 em đạt giải học sinh giỏi cấp tỉnh, tỷ lệ 90%.",
    "Tổng số thí sinh đăng ký dự thi là 1.250 em; 1.150 em đỗ tốt nghiệp, tỷ lệ 95,8%.",
    "Tổng số đảng viên là 5.218 đồng chí; 780 đồng chí hoàn thành xuất sắc nhiệm vụ, tỷ lệ 16%.",
    "Tổng số đảng viên là 5.218 đồng chí; đảng viên nữ 1.904 đồng chí (năm 2022 tỷ lệ 35%).",
    "Tổng số tiền đã giải ngân là 800 tỷ đồng; giải ngân vốn đầu tư công 560 tỷ đồng, tỷ lệ 65%.",
    "Năm 2023, toàn ngành thuế thu được 2.500 tỷ đồng, trong đó thu nợ đọng 120 tỷ đồng, đạt tỷ lệ 80%.",
    "Tổng thu ngân sách năm 2023 đạt 1.234 tỷ đồng; thu nội địa 980 tỷ đồng, đạt tỷ lệ 105%.",
    "Tổng số lao động toàn tỉnh là 650.000 người; năm 2023 giải quyết việc làm cho 25.000 lao động, đạt tỷ lệ 104%.",
    "Tổng số đảng viên là 5.218 đồng chí; trong năm kết nạp 210 đảng viên mới, tỷ lệ 105%.",
    // variants
    "Tổng số hộ dân của xã là 2.000 hộ; năm 2023 có 150 hộ được vay vốn, đạt tỷ lệ 120%.",
    "Xã có 3.000 hộ, trong đó 900 hộ sản xuất giỏi, tỷ lệ 95% so với kế hoạch.",
    "Toàn huyện có 1.200 đoàn viên, trong đó 300 đoàn viên được kết nạp đảng, đạt tỷ lệ 40%.",
  ],
  invalid: [
    // the whole named as the base, and the rate bracketed on the part, still tie
    { text: "Trong tổng số 400 học sinh dự thi, có 380 em đỗ tốt nghiệp, tỷ lệ 90%.", errors: [E("share.of-whole")] },
    { text: "Toàn huyện có 1.200 đoàn viên, trong đó 300 đoàn viên nữ (tỷ lệ 40%).", errors: [E("share.of-whole")] },
  ],
});

// Reviewer probes (s28-fixrel): "so với năm trước" finds last year's figure only as a guess (a warning),
// never for part of a year, and only when it counts the same thing in the same words
runTable("round 4: 'so với năm trước' and a figure of the year before", {
  valid: [
    "Năm 2022, doanh thu của công ty đạt 1.000 tỷ đồng. 6 tháng đầu năm 2023, doanh thu đạt 600 tỷ đồng, tăng 20% so với năm trước.",
    "Năm 2022, huyện kết nạp 150 đảng viên. Trong 9 tháng năm 2023, kết nạp 120 đảng viên mới, tăng 10% so với năm trước.",
    "Năm 2022, huyện có 150 hộ nghèo. Năm 2023, huyện có 5.000 hộ tham gia BHYT, tăng 10% so với năm trước.",
    "Năm 2022, thu ngân sách đạt 1.000 tỷ đồng. Năm 2023, chi ngân sách 1.200 tỷ đồng, tăng 5% so với năm trước.",
    "Năm 2022, Đảng bộ có 5.100 đảng viên. Năm 2023, kết nạp 175 đảng viên, tăng 18% so với năm trước.",
    // variants
    "Năm 2022, tỉnh đón 3 triệu lượt khách. Quý I năm 2023, tỉnh đón 900.000 lượt khách, tăng 12% so với năm trước.",
    "Năm 2022, huyện kết nạp 150 đảng viên. Năm 2023, huyện kết nạp 175 đảng viên, tăng 16,7% so với năm trước.",
  ],
  invalid: [
    // the same thing in the same words: a guess, so a warning, not an error
    { text: "Năm 2022, huyện kết nạp 150 đảng viên. Năm 2023, huyện kết nạp 175 đảng viên, tăng 18% so với năm trước.", errors: [W("growth.rate")] },
  ],
});

// Reviewer probes (s28-fixrel): "tăng lên/giảm xuống N%" is a class of the structure only when its
// class is not listed besides, and not when the sum would pass 100 with it
runTable("round 4: 'tăng lên N%' beside a structure that lists its class", {
  valid: [
    "Cơ cấu kinh tế: nông nghiệp 16,2%, công nghiệp 45,1%, dịch vụ 38,7%; tỷ trọng công nghiệp tăng lên 1,5%.",
    "Cơ cấu kinh tế: nông nghiệp 16,2%, công nghiệp 45,1%, dịch vụ 38,7%; so với năm 2022, tỷ trọng công nghiệp tăng lên 1,5%, nông nghiệp giảm xuống 1,2%.",
    "Cơ cấu kinh tế chuyển dịch tích cực: nông nghiệp giảm xuống 1,2%, công nghiệp tăng lên 1,5%; cơ cấu nông nghiệp 16,2%, công nghiệp 45,1%, dịch vụ 38,7%.",
    // variants
    "Cơ cấu kinh tế: nông nghiệp giảm còn 16,2%, công nghiệp tăng lên 45,1%, dịch vụ 38,7%.",
    "Cơ cấu kinh tế: nông nghiệp 20,5%, công nghiệp 40,3%, dịch vụ 39,2%; dịch vụ tăng lên 2,1%.",
  ],
  invalid: [
    // the level reached, its class listed once: still a class
    { text: "Cơ cấu kinh tế: nông nghiệp 16,2%, công nghiệp tăng lên 45,1%, dịch vụ 37,7%.", errors: [E("percent-total.sum")] },
  ],
});

// Reviewer probes (s28-fixrel): a plan claim about another thing, and a number in words with a qualifier
runTable("round 4: a claim about another plan after A/B; a bound in words before exact digits", {
  valid: [
    "Năm 2023, Đảng bộ kết nạp 172/150 đảng viên mới, không đạt kế hoạch về số chi bộ mới thành lập.",
    "Năm 2023, chi đoàn kết nạp 46/40 đoàn viên mới, vượt chỉ tiêu về số đoàn viên nữ.",
    "Hơn một trăm (105) hộ dân đã được hỗ trợ.",
    "Gần hai nghìn (1.950) người tham gia.",
    "Khoảng ba mươi (32) doanh nghiệp dự hội nghị.",
  ],
  invalid: [
    { text: "Một trăm (105) hộ dân đã được hỗ trợ.", errors: [E("restatement.words")] },
    { text: "Xã đã vận động 265/240 hộ tham gia bảo hiểm y tế, chưa đạt chỉ tiêu huyện giao.", errors: [E("plan.direction")] },
  ],
});
