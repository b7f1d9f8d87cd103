/**
 * The shapes read for blind audit 8's misses (fresh9.test.ts), each with sentences of its own:
 * contradictions that must raise the error, and consistent neighbours that must stay silent.
 * The sentences are invented for this table (place names are real, bodies and figures invented);
 * the arithmetic is in each comment.
 *
 *   plan-concession.ts     a direction claimed after "nhưng / song / tuy nhiên" + "vẫn / cũng"
 *   plan-measure.ts        a plan named for another measure ("kế hoạch lợi nhuận") is no plan of a revenue
 *   growth-said-twice.ts   "tăng N%, từ A … xuống còn B": the two words of one clause go opposite ways
 *   fraction-rate.ts       "A/B …, chiếm N%." closing the sentence: the fraction's rate
 *   kinds.ts               a classifier before a predicate ("1.872 lượt mắc …") counts the whole's noun
 *   percent-introduced.ts  a structure introduced with its year, owner and dimension before ":"
 *   percent-complement.ts  two shares, a class and its negation (or nam / nữ): they make 100
 *   period-phase.ts        a programme reviewed by its name ending in its phase; "tổng kết N năm …"
 *   position-before.ts     the counterpart title before ", [rank] Name,"
 *   position-name.ts       a short name after the same honorific, the only person with that given name
 */
import { E, runTable, W } from "./table.js";

runTable("fix9 shapes: contradictions", {
  valid: [],
  invalid: [
    // ── plan: a concession before the claim ──
    // 1.360 ÷ 1.300 = 104,6% ≥ 100%, "chưa đạt"
    { text: "Năm 2024, hợp tác xã thu mua được 1.360 tấn chè búp tươi, song vẫn chưa đạt chỉ tiêu đề ra (1.300 tấn).", errors: [E("plan.direction")] },
    // 96 ÷ 92 = 104,3% ≥ 100%, "không hoàn thành"
    { text: "Năm 2024, công ty đạt doanh thu 96 tỷ đồng, tuy nhiên vẫn không hoàn thành kế hoạch (92 tỷ đồng).", errors: [E("plan.direction")] },
    // 612 ÷ 580 = 105,5%
    { text: "Doanh số giải ngân cả năm đạt 612 tỷ đồng nhưng vẫn không hoàn thành kế hoạch (580 tỷ đồng).", errors: [E("plan.direction")] },

    // ── growth: "tăng" and "xuống còn" in one clause ──
    // 218 < 248: a fall of 12,1%, told "tăng 12%"
    { text: "Năm 2024, số vụ vi phạm quy định về khai thác thủy sản bất hợp pháp tăng 12%, từ 248 vụ năm 2023 xuống còn 218 vụ năm 2024.", errors: [E("growth.direction")] },
    // 1.350 > 1.250: a rise of 8%, told "giảm 8%"
    { text: "Số hộ nghèo của huyện giảm 8%, từ 1.250 hộ năm 2022 lên 1.350 hộ năm 2024.", errors: [E("growth.direction")] },

    // ── fraction: ", chiếm N%." closing the sentence ──
    // 18 ÷ 21 = 85,7%, not 87,5%
    { text: "Đến hết năm 2024, toàn huyện có 18/21 xã, thị trấn được công nhận đạt chuẩn phổ cập giáo dục mầm non, chiếm 87,5%.", errors: [E("fraction.percent")] },
    // 412 ÷ 436 = 94,5%, not 96,5%
    { text: "Năm học 2024-2025, có 412/436 học sinh lớp 9 được xét công nhận tốt nghiệp, chiếm 96,5%; 24 em phải học lại.", errors: [E("fraction.percent")] },

    // ── share: a part counted by its classifier before a predicate ──
    // 3.100 ÷ 12.400 = 25%, not 28%
    { text: "Năm 2024, trung tâm đã tiêm phòng cho 12.400 con gia súc, trong đó 3.100 con được tiêm vắc xin lở mồm long móng, chiếm 28%.", errors: [E("share.of-whole")] },
    // 2.300 ÷ 46.000 = 5%, not 6%
    { text: "Năm 2024, bệnh viện khám cho 46.000 lượt người bệnh, trong đó 2.300 lượt phải chuyển tuyến, chiếm 6%.", errors: [E("share.of-whole")] },

    // ── pct-total: an introduced structure; a class and its complement ──
    // 38,6 + 24,2 + 12,4 + 8,1 + 17,9 = 101,2 ≠ 100 (rounding 0,25)
    { text: "Cơ cấu dư nợ tín dụng năm 2024 của Ngân hàng Chính sách xã hội huyện Quế Phong theo chương trình cho vay: hộ nghèo 38,6%; hộ cận nghèo 24,2%; hộ mới thoát nghèo 12,4%; học sinh, sinh viên 8,1%; chương trình khác 17,9%.", errors: [E("percent-total.sum")] },
    // 54,2 + 47,8 = 102 ≠ 100
    { text: "Trong tổng số 3.460 lao động của công ty, lao động nam chiếm 54,2%, lao động nữ chiếm 47,8%.", errors: [E("percent-total.sum")] },
    // 86,2 + 14,8 = 101 ≠ 100
    { text: "Số hộ sử dụng nước sạch chiếm 86,2%, số hộ không sử dụng nước sạch chiếm 14,8%.", errors: [E("percent-total.sum")] },
    // 86,4 + 12,6 = 99 ≠ 100
    { text: "Năm 2024, sản phẩm đạt chuẩn chiếm 86,4%, chưa đạt chuẩn chiếm 12,6%.", errors: [E("percent-total.sum")] },

    // ── period: a programme named by its phase ──
    // Nghị quyết … giai đoạn 2021-2025 "tổng kết" on 20/3/2023
    { text: "Ngày 20/3/2023, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết Nghị quyết số 12-NQ/TU về phát triển du lịch giai đoạn 2021-2025 và đề ra nhiệm vụ giai đoạn 2026-2030.", errors: [E("period.review")] },
    // Đề án … giai đoạn 2022-2026 "tổng kết" on 10/9/2024
    { text: "Ngày 10/9/2024, Sở Giáo dục và Đào tạo tỉnh Hà Giang tổ chức tổng kết Đề án dạy học ngoại ngữ giai đoạn 2022-2026, khen thưởng 24 tập thể.", errors: [E("period.review")] },

    // ── positions ──
    // Chỉ huy trưởng, then Phó Chỉ huy trưởng of one unit before ", Thượng tá X,"
    { text: "Thượng tá Nguyễn Hữu Phước, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Tân Kỳ, đã tặng 30 suất quà cho gia đình chính sách. Tại buổi gặp mặt, Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Tân Kỳ, Thượng tá Nguyễn Hữu Phước, cho biết huyện có 1.240 quân nhân dự bị.", errors: [E("positions.conflict")] },
    // Phó Giám đốc, then Giám đốc of one department before ", ông X,"
    { text: "Ông Trần Quốc Dũng, Phó Giám đốc Sở Xây dựng tỉnh Bình Phước, cho biết năm nay sở đã thẩm định 86 dự án. Trả lời báo chí, Giám đốc Sở Xây dựng tỉnh Bình Phước, ông Trần Quốc Dũng, khẳng định sẽ rút ngắn thời gian cấp phép.", errors: [E("positions.conflict")] },
    // a short name after the same honorific ("ông Thắng"), the only Thắng of the text
    { text: "Ông Lương Văn Thắng, Chủ tịch Hội Nông dân huyện Yên Định, cho biết năm 2024 hội đã kết nạp 412 hội viên. Theo ông Thắng, Phó Chủ tịch Hội Nông dân huyện Yên Định, hội đã giải ngân 24 tỷ đồng vốn vay.", errors: [E("positions.conflict")] },
  ],
});

runTable("fix9 shapes: consistent neighbours", {
  valid: [
    // ── plan ──
    // 1.240 ÷ 1.300 = 95,4% < 100%: "chưa đạt" holds
    "Năm 2024, hợp tác xã thu mua được 1.240 tấn chè búp tươi, song vẫn chưa đạt chỉ tiêu đề ra (1.300 tấn).",
    // 86 ÷ 92 = 93,5%
    "Năm 2024, công ty đạt doanh thu 86 tỷ đồng, tuy nhiên vẫn không hoàn thành kế hoạch (92 tỷ đồng).",
    // the profit's plan is no plan of the revenue (an older false error: 96 ÷ 12 = 800%)
    "Năm 2024, công ty đạt doanh thu 96 tỷ đồng nhưng vẫn không hoàn thành kế hoạch lợi nhuận (12 tỷ đồng).",
    "Năm 2024, công ty đạt doanh thu 96 tỷ đồng, không hoàn thành kế hoạch lợi nhuận (12 tỷ đồng).",
    "Năm 2024, công ty đạt doanh thu 96 tỷ đồng, hoàn thành vượt kế hoạch lợi nhuận (120 tỷ đồng).",
    // 96 ÷ 92 = 104,3% > 100%: "vượt" holds
    "Năm 2024, công ty đạt doanh thu 96 tỷ đồng nhưng cũng vượt kế hoạch (92 tỷ đồng).",
    // one revenue's plan ("dự toán thu tiền sử dụng đất") is no plan of the budget's whole (312 ÷ 180 = 173%)
    "Năm 2024, huyện thu ngân sách 312 tỷ đồng nhưng vẫn không hoàn thành dự toán thu tiền sử dụng đất (180 tỷ đồng).",
    // a plan named by who set it, not by a measure: 184 ÷ 200 = 92% told "chưa đạt"
    "Năm 2024, Đảng bộ huyện Cẩm Khê đã kết nạp 184 đảng viên mới, chưa đạt chỉ tiêu Nghị quyết Đại hội đề ra hằng năm (200 đảng viên).",

    // ── growth ──
    // 218 ÷ 248 = 87,9%: a fall of 12,1%
    "Số hộ nghèo của huyện giảm 12,1%, từ 248 hộ năm 2023 xuống còn 218 hộ năm 2024.",
    // 1.350 ÷ 1.250 = 108%
    "Số doanh nghiệp mới thành lập tăng 8%, từ 1.250 doanh nghiệp năm 2023 lên 1.350 doanh nghiệp năm 2024.",

    // two pairs, each its own way: 1.200 ÷ 1.000 = +20%; 190 ÷ 200 = −5%
    "Lượng khách quốc tế tăng 20%, từ 1.000 lượt năm 2023 lên 1.200 lượt năm 2024, nhưng doanh thu giảm 5%, từ 200 tỷ xuống còn 190 tỷ đồng.",

    // ── fraction ──
    // 18 ÷ 21 = 85,7%
    "Đến hết năm 2024, toàn huyện có 18/21 xã, thị trấn được công nhận đạt chuẩn phổ cập giáo dục mầm non, chiếm 85,7%.",
    // "chiếm" with its own subject: the poor households' share, no rate of 18/21
    "Đến hết năm 2024, toàn huyện có 18/21 xã đạt chuẩn nông thôn mới, số hộ nghèo chiếm 3,2%.",
    // 412 ÷ 436 = 94,5%
    "Năm học 2024-2025, có 412/436 học sinh lớp 9 được xét công nhận tốt nghiệp, chiếm 94,5%; 24 em phải học lại.",

    // ── share ──
    // 1.872 ÷ 4.680 = 40%
    "Năm 2024, Khoa Nhi Bệnh viện Đa khoa tỉnh Ninh Thuận điều trị nội trú 4.680 lượt bệnh nhi, trong đó 1.872 lượt mắc bệnh lý hô hấp, chiếm 40%.",
    // 3.100 ÷ 12.400 = 25%
    "Năm 2024, trung tâm đã tiêm phòng cho 12.400 con gia súc, trong đó 3.100 con được tiêm vắc xin lở mồm long móng, chiếm 25%.",

    // ── pct-total ──
    // 38,6 + 24,2 + 12,4 + 8,1 + 16,7 = 100
    "Cơ cấu dư nợ tín dụng năm 2024 của Ngân hàng Chính sách xã hội huyện Quế Phong theo chương trình cho vay: hộ nghèo 38,6%; hộ cận nghèo 24,2%; hộ mới thoát nghèo 12,4%; học sinh, sinh viên 8,1%; chương trình khác 16,7%.",
    // 54,2 + 45,8 = 100
    "Trong tổng số 3.460 lao động của công ty, lao động nam chiếm 54,2%, lao động nữ chiếm 45,8%.",
    // 86,4 + 13,6 = 100
    "Năm 2024, sản phẩm đạt chuẩn chiếm 86,4%, chưa đạt chuẩn chiếm 13,6%.",
    // two attributes, not a class and its complement: 40 + 62 > 100 is no claim
    "Trong tổng số 1.260 đại biểu, nữ chiếm 40%, dân tộc thiểu số chiếm 62%.",
    // two wholes: ballots and voters
    "Cuộc bầu cử diễn ra an toàn: số phiếu hợp lệ chiếm 98,6% số phiếu thu vào, số cử tri không đi bầu chiếm 1,2% tổng số cử tri.",
    "Hội viên nữ chiếm 58%, hội viên là đảng viên chiếm 64%.",
    // the second share names a whole of another noun: not the pair's
    "Năm 2024, lao động nam chiếm 52%, lao động nữ chiếm 30% số cán bộ quản lý của công ty.",
    // the negation of another class ("có nhà kiên cố" / "không có nhà tiêu hợp vệ sinh")
    "Số hộ có nhà kiên cố chiếm 72%, số hộ không có nhà tiêu hợp vệ sinh chiếm 5%.",
    "Xã đạt chuẩn chiếm 60%, xã không đạt chuẩn về giao thông chiếm 20%.",

    // ── period ──
    // "sơ kết" mid-way is allowed
    "Ngày 15/6/2024, Chi cục Kiểm lâm tỉnh Yên Bái tổ chức hội nghị sơ kết Đề án phát triển rừng bền vững giai đoạn 2021-2025, báo cáo toàn tỉnh đã trồng mới 62.400 ha rừng.",
    // reviewed in the phase's last year
    "Ngày 12/12/2025, Chi cục Kiểm lâm tỉnh Yên Bái tổ chức hội nghị tổng kết Đề án phát triển rừng bền vững giai đoạn 2021-2025.",
    // a count of years reviewed ("3 năm thực hiện") is no review of the phase
    "Ngày 15/6/2024, Sở Nông nghiệp tỉnh Yên Bái tổ chức hội nghị tổng kết 3 năm thực hiện Đề án phát triển rừng giai đoạn 2021-2025.",
    "Ngày 15/6/2024, Sở Nông nghiệp tỉnh Yên Bái tổ chức hội nghị tổng kết 3 năm thực hiện giai đoạn 2021-2025.",
    // a law's name with a year reviews no year
    "Ngày 20/3/2023, Sở Tư pháp tỉnh Hà Nam tổ chức hội nghị tổng kết công tác tuyên truyền Luật Thi đua, khen thưởng năm 2022.",
    // the phase reviewed is the one that ended; the next one is launched
    "Ngày 20/3/2023, Sở Y tế tổ chức hội nghị tổng kết Đề án giảm quá tải bệnh viện giai đoạn 2013-2020 và triển khai Đề án giai đoạn 2021-2025.",
    // the name does not end in its phase
    "Ngày 20/3/2023, Sở Y tế tổ chức tổng kết Đề án 06 giai đoạn 2022-2025 tầm nhìn đến năm 2030.",

    // ── positions ──
    // "nguyên" before the title: another time
    "Thượng tá Nguyễn Hữu Phước, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Tân Kỳ, đã tặng 30 suất quà. Có mặt tại buổi lễ còn có nguyên Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Tân Kỳ, Thượng tá Nguyễn Hữu Phước, người đã gắn bó 20 năm với đơn vị.",
    // the deputy is another person
    "Thượng tá Nguyễn Hữu Phước, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Tân Kỳ, đã tặng 30 suất quà. Tại buổi gặp mặt, Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Tân Kỳ, Thiếu tá Lê Văn Hòa, cho biết huyện có 1.240 quân nhân dự bị.",
    // the deputy is another person, the head named again for another unit
    "Ông Nguyễn Văn An, Giám đốc Sở Tài chính tỉnh Nam Định, phát biểu. Cùng dự có Phó Giám đốc Sở Tài chính tỉnh Nam Định, ông Trần Văn Bình, và Giám đốc Kho bạc Nhà nước tỉnh, ông Nguyễn Văn An, cho biết thêm.",
    // a change of post told
    "Ông Trần Quốc Dũng, Phó Giám đốc Sở Xây dựng tỉnh Bình Phước, vừa được bổ nhiệm giữ chức Giám đốc sở. Trả lời báo chí, Giám đốc Sở Xây dựng tỉnh Bình Phước, ông Trần Quốc Dũng, khẳng định sẽ rút ngắn thời gian cấp phép.",
    // another unit
    "Thượng tá Nguyễn Hữu Phước, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Tân Kỳ, đã tặng 30 suất quà. Tại buổi gặp mặt, Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Anh Sơn, Thượng tá Nguyễn Hữu Phước, cho biết huyện có 1.240 quân nhân dự bị.",
    // two people with the given name Lan: "bà Lan" is neither for sure
    "Bà Nguyễn Thị Lan, Giám đốc Thư viện tỉnh Hà Nam, cho biết thư viện có 86.000 bản sách. Bà Trần Thị Lan, cán bộ thư viện, giới thiệu 12 đầu sách mới. Bà Lan, Phó Giám đốc Thư viện tỉnh Hà Nam, cho biết thêm thư viện sẽ số hóa 2.000 bản sách.",
    // another honorific ("Ông" / "Anh"): not known to be the same person
    "Ông Lê Minh Hải, Giám đốc Trung tâm Y tế huyện Hải Hậu, cho biết trung tâm đã khám cho 46.000 lượt người. Anh Hải, Phó Giám đốc Trung tâm Y tế huyện Hải Hậu, giới thiệu 12 kỹ thuật mới.",
    // a change of post told, then the short name
    "Bà Phạm Thị Thu Hằng, Phó Giám đốc Bảo tàng tỉnh Ninh Bình, vừa được bổ nhiệm làm Giám đốc Bảo tàng tỉnh Ninh Bình. Bà Hằng, Giám đốc Bảo tàng tỉnh Ninh Bình, cho biết bảo tàng có 18.640 hiện vật.",
    // the same post twice
    "Ông Lương Văn Thắng, Chủ tịch Hội Nông dân huyện Yên Định, cho biết năm 2024 hội đã kết nạp 412 hội viên. Ông Thắng, Chủ tịch Hội Nông dân huyện Yên Định, cho biết hội đã giải ngân 24 tỷ đồng vốn vay.",
  ],
  invalid: [
    // the words agree ("giảm", "xuống còn"): the size of a rate before its pair stays a warning (15 against 12,1)
    { text: "Số hộ nghèo của huyện giảm 15%, từ 248 hộ năm 2023 xuống còn 218 hộ năm 2024.", errors: [W("growth.rate")] },
  ],
});
