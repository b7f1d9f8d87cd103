/**
 * A fifth batch (written before running, after the round 2d fixes): traps for the rules added in
 * 2c–2d — a sub-unit named "Thôn Mới", a whole written after "tổng số" in money and in people,
 * a next-sentence whole of the same year, numbers in words inside a list — and contradictions
 * in shapes they should now catch.
 */
import { E, runTable } from "./table.js";

runTable("round 2e: contradictions", {
  valid: [],
  invalid: [
    { text: "Chi bộ có 32 đảng viên, gồm 20 đảng viên chính thức và 10 đảng viên dự bị.", errors: [E("breakdown.sum")] },
    { text: "Đảng bộ có 96 đảng viên sinh hoạt tại 3 chi bộ: Chi bộ Thôn Mới 30 đảng viên, Chi bộ Thôn Đông 35 đảng viên và Chi bộ Thôn Tây 33 đảng viên.", errors: [E("breakdown.sum")] },
    { text: "Tổng vốn đầu tư của dự án là 850 tỷ đồng; vốn ngân sách nhà nước 320 tỷ đồng, chiếm 40% tổng số 850 tỷ đồng.", errors: [E("share.of-whole")] },
    { text: "Số học sinh khá, giỏi là 540 em, chiếm 45% trên tổng số 1.250 học sinh.", errors: [E("share.of-whole")] },
    { text: "Đến hết năm, đã giải ngân 1.250 tỷ đồng, đạt 62,5% kế hoạch vốn 2.100 tỷ đồng.", errors: [E("plan.ratio")] },
    { text: "Công đoàn cơ sở có 312 đoàn viên, chia thành 4 tổ công đoàn, cụ thể: tổ 1 có 80 đoàn viên, tổ 2 có 78 đoàn viên, tổ 3 có 76 đoàn viên, tổ 4 có 75 đoàn viên.", errors: [E("breakdown.sum")] },
    { text: "Năm 2023, có 45 đề tài được nghiệm thu, chiếm 75% tổng số đề tài đăng ký. Năm 2023, tổng số đề tài đăng ký là 64 đề tài.", errors: [E("share.of-whole")] },
  ],
});

runTable("round 2e: consistent", {
  valid: [
    "Đảng bộ có 96 đảng viên sinh hoạt tại 3 chi bộ: Chi bộ Thôn Mới 30 đảng viên, Chi bộ Thôn Đông 33 đảng viên và Chi bộ Thôn Tây 33 đảng viên.",
    "Doanh thu dịch vụ đạt 120 tỷ đồng, chiếm 40% tổng số 300 tỷ đồng doanh thu toàn ngành.",
    "Xã có 45 hộ nghèo, chiếm 3,75% tổng số hộ; 1.200 hộ đã được vay vốn ưu đãi.",
    "Xe có 7 chỗ ngồi, gồm 2 ghế trước, ba ghế giữa và 2 ghế sau.",
    "Công đoàn cơ sở có 309 đoàn viên, chia thành 4 tổ công đoàn, cụ thể: tổ 1 có 80 đoàn viên, tổ 2 có 78 đoàn viên, tổ 3 có 76 đoàn viên, tổ 4 có 75 đoàn viên.",
    "Số học sinh khá, giỏi là 540 em, chiếm 43,2% trên tổng số 1.250 học sinh.",
    "Chi bộ có 30 đảng viên, gồm 20 đảng viên chính thức và 10 đảng viên dự bị.",
    "Trong tổng số 850 tỷ đồng vốn đầu tư, vốn ngân sách nhà nước là 320 tỷ đồng, chiếm 37,6%.",
  ],
  invalid: [],
});
