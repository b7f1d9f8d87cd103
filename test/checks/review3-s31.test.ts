/**
 * review3's three shapes of false error (s31), through the pipeline: a plan of another period taken as
 * this one's, a "trong đó" list run past ";" into the body's total, and a rate of a sub-whole checked
 * against the top whole. Each table has texts that raised an error before the fix and contradictions
 * of the same shape that must still raise one. The sentences are written for this table.
 */
import { E, runTable, W } from "./table.js";

runTable("plan of another period (relate/plan-period.ts)", {
  valid: [
    // a year to come, named relatively, with the actual's year opening the sentence
    "Năm 2024, Bảo hiểm xã hội huyện thu 312 tỷ đồng, đạt 104% kế hoạch; kế hoạch thu năm sau là 340 tỷ đồng.",
    "Ngành y tế khám cho 48.300 lượt người, đạt 105% kế hoạch; sang năm, kế hoạch là 52.000 lượt người.",
    "Năm 2023, công ty sản xuất 15.750 tấn phân bón, vượt 5% kế hoạch. Kế hoạch năm tới của công ty là 17.000 tấn phân bón.",
    // another crop year
    "Cảng đón 2.940 lượt tàu, đạt 98% kế hoạch niên vụ 2023-2024; kế hoạch niên vụ 2024-2025 là 3.200 lượt tàu.",
    // a plan of several years, the actual's clause naming none
    "Xã giải ngân 84 tỷ đồng vốn nông thôn mới, bằng 105% kế hoạch. Giai đoạn 2026-2030, xã đặt kế hoạch vốn 500 tỷ đồng.",
  ],
  invalid: [
    // this year's plan, reached past the ";"
    { text: "Năm 2024, Bảo hiểm xã hội huyện thu 312 tỷ đồng, đạt 104% kế hoạch; kế hoạch thu năm 2024 là 320 tỷ đồng.", errors: [E("plan.ratio")] },
    { text: "Ngành y tế khám cho 48.300 lượt người, đạt 105% kế hoạch; kế hoạch năm là 52.000 lượt người.", errors: [E("plan.ratio")] },
    { text: "Năm 2023, công ty sản xuất 15.750 tấn phân bón, vượt 5% kế hoạch. Kế hoạch năm 2023 của công ty là 16.000 tấn phân bón.", errors: [E("plan.ratio")] },
    { text: "Cảng đón 2.940 lượt tàu, đạt 98% kế hoạch niên vụ 2023-2024; kế hoạch niên vụ 2023-2024 là 2.800 lượt tàu.", errors: [E("plan.ratio")] },
    // a plan naming a year the actual's clause does not: this year's as often as the next, a warning
    { text: "Đội thu gom 7.380 tấn rác thải, đạt 103% kế hoạch; kế hoạch năm 2025 là 8.000 tấn rác thải.", errors: [W("plan.ratio")] },
  ],
});

runTable("the body's total after a list (relate/list-stock.ts)", {
  valid: [
    "Trong năm, Công đoàn ngành giáo dục kết nạp 136 đoàn viên, trong đó 92 đoàn viên nữ; Công đoàn ngành giáo dục hiện có 5.420 đoàn viên.",
    "Thư viện bổ sung 850 đầu sách, trong đó 300 đầu sách thiếu nhi; đến nay thư viện có 26.400 đầu sách.",
    "Câu lạc bộ kết nạp 35 hội viên, trong đó 12 hội viên là cựu chiến binh; hiện có 310 hội viên.",
    "Năm 2024, Hợp tác xã dịch vụ nông nghiệp kết nạp 14 thành viên, trong đó 9 thành viên là hộ trẻ; hợp tác xã dịch vụ nông nghiệp có 187 thành viên.",
    "Trung tâm nhận nuôi dưỡng mới 18 trẻ em, trong đó 7 trẻ em mồ côi; toàn trung tâm hiện có 96 trẻ em.",
  ],
  invalid: [
    // a sibling part after ";" is still a part
    { text: "Trung tâm nhận nuôi dưỡng mới 18 trẻ em, trong đó 7 trẻ em mồ côi; 24 trẻ em khuyết tật.", errors: [E("breakdown.part")] },
    // a unit of its own with "có" is an item, not the body's total
    { text: "Câu lạc bộ kết nạp 35 hội viên, trong đó chi hội 1 có 20 hội viên; chi hội 2 có 40 hội viên.", errors: [E("breakdown.part")] },
  ],
});

runTable("a part of a part (relate/sub-part.ts)", {
  valid: [
    // the noun after the number runs on from the part's
    "Huyện có 1.450 hộ chăn nuôi, trong đó 600 hộ nuôi bò sữa; 480 hộ nuôi bò sữa áp dụng chuồng trại hợp vệ sinh, chiếm 80%.",
    "Cảng vụ quản lý 3.200 tàu cá, trong đó 900 tàu cá xa bờ; 720 tàu cá xa bờ lắp thiết bị giám sát hành trình, chiếm 80%.",
    // the label before the number runs on from the part's
    "Quỹ tín dụng có tổng dư nợ 960 tỷ đồng, trong đó dư nợ tiêu dùng 240 tỷ đồng; dư nợ tiêu dùng quá hạn là 6 tỷ đồng, chiếm 2,5%.",
    // another measure of the part's qualifier
    "Ngân hàng có dư nợ 3.600 tỷ đồng, trong đó dư nợ cho vay thủy sản 900 tỷ đồng; nợ xấu cho vay thủy sản là 27 tỷ đồng, chiếm 3%.",
  ],
  invalid: [
    // the rate, tried against the part, is wrong
    { text: "Huyện có 1.450 hộ chăn nuôi, trong đó 600 hộ nuôi bò sữa; 480 hộ nuôi bò sữa áp dụng chuồng trại hợp vệ sinh, chiếm 70%.", errors: [E("share.of-whole")] },
    { text: "Quỹ tín dụng có tổng dư nợ 960 tỷ đồng, trong đó dư nợ tiêu dùng 240 tỷ đồng; dư nợ tiêu dùng quá hạn là 6 tỷ đồng, chiếm 4%.", errors: [E("share.of-whole")] },
    // a part of the part larger than it
    { text: "Cảng vụ quản lý 3.200 tàu cá, trong đó 900 tàu cá xa bờ; 950 tàu cá xa bờ lắp thiết bị giám sát hành trình.", errors: [E("breakdown.part")] },
    // siblings that differ after a shared head stay siblings
    { text: "Huyện có 1.450 hộ chăn nuôi, trong đó 600 hộ nuôi bò sữa, 900 hộ nuôi lợn thịt.", errors: [W("breakdown.sum")] },
  ],
});

runTable("a split after a closed list is of the list's whole (relate/list-after.ts)", {
  valid: [
    "Nhà máy có 530 công nhân, gồm 410 công nhân sản xuất và 120 công nhân kho vận, trong đó 260 công nhân nữ.",
    "Phòng khám có 64 nhân viên, gồm 18 bác sĩ, 30 điều dưỡng và 16 kỹ thuật viên; trong số đó 41 người là nữ.",
  ],
  invalid: [
    // larger than the list's whole
    { text: "Phòng khám có 64 nhân viên, gồm 18 bác sĩ, 30 điều dưỡng và 16 kỹ thuật viên; trong số đó 70 người là nữ.", errors: [E("breakdown.part")] },
    // the list itself still adds up
    { text: "Phòng khám có 64 nhân viên, gồm 18 bác sĩ, 30 điều dưỡng và 18 kỹ thuật viên; trong số đó 41 người là nữ.", errors: [E("breakdown.sum")] },
  ],
});

runTable("tăng X lần (relate/growth-times.ts)", {
  valid: [
    // either reading of "tăng N lần" holds: N times as many, or N times more
    "Số hợp tác xã kiểu mới tăng 3 lần, từ 40 hợp tác xã lên 120 hợp tác xã.",
    "Số hợp tác xã kiểu mới tăng từ 40 hợp tác xã lên 160 hợp tác xã, tăng 3 lần.",
    "Sản lượng cà phê đặc sản đạt 1.800 tấn, tăng 2 lần so với năm 2022 (900 tấn).",
    "Doanh thu du lịch cộng đồng đạt 25 tỷ đồng, tăng hơn 2 lần so với năm trước (11 tỷ đồng).",
  ],
  invalid: [
    { text: "Diện tích nhà kính tăng 4 lần, từ 35 ha lên 90 ha.", errors: [E("growth.multiple")] },
    { text: "Số hợp tác xã kiểu mới tăng từ 40 hợp tác xã lên 100 hợp tác xã, tăng 3 lần.", errors: [E("growth.multiple")] },
    { text: "Sản lượng cà phê đặc sản đạt 1.800 tấn, tăng 2 lần so với năm 2022 (1.200 tấn).", errors: [E("growth.multiple")] },
  ],
});

runTable("a rate before 'từ A lên B' (relate/growth-from-after.ts)", {
  valid: [
    "Dư nợ tăng 8,5% so với đầu năm, từ 4.120 tỷ đồng lên 4.470 tỷ đồng.",
    "Lượng khách tăng 12% so với năm trước, từ 250.000 lượt lên 280.000 lượt.",
    "Số hộ nghèo giảm 20%, từ 1.500 hộ xuống 1.200 hộ.",
  ],
  invalid: [
    // (inferred: a warning)
    { text: "Dư nợ tăng 6,5% so với đầu năm, từ 4.120 tỷ đồng lên 4.470 tỷ đồng.", errors: [W("growth.rate")] },
    { text: "Số hộ nghèo giảm 25%, từ 1.500 hộ xuống 1.200 hộ.", errors: [W("growth.rate")] },
  ],
});
