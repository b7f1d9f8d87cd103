/**
 * An eighth batch (written before running) on the families the blind audit missed most —
 * breakdowns and shares in reports: members after "nâng tổng số … lên", staff by degree after
 * "Trong số đó", poor households with their share, a rating with its share in a bracket, a
 * fraction of targets with its rate — and consistent traps (overlapping attributes, a growth
 * with its base in a bracket).
 */
import { E, runTable } from "./table.js";

runTable("round 2h: contradictions", {
  valid: [],
  invalid: [
    { text: "Năm 2023, Hội kết nạp mới 85 hội viên, nâng tổng số hội viên lên 1.120 người; trong đó hội viên nữ 640 người, hội viên nam 485 người.", errors: [E("breakdown.sum")] },
    { text: "Tổng số cán bộ, công chức, viên chức là 215 người. Trong số đó, có 36 người có trình độ thạc sĩ, 160 người có trình độ đại học, 25 người có trình độ cao đẳng.", errors: [E("breakdown.sum")] },
    { text: "Toàn xã có 2.150 hộ, trong đó hộ nghèo 86 hộ, chiếm 4,3%.", errors: [E("share.of-whole")] },
    { text: "Số đảng viên được xếp loại là 142 đồng chí; trong đó hoàn thành xuất sắc nhiệm vụ 22 đồng chí (chiếm 17,5%).", errors: [E("share.of-whole")] },
    { text: "Kết quả có 18/20 chỉ tiêu đạt và vượt kế hoạch, đạt 95%.", errors: [E("fraction.percent")] },
  ],
});

runTable("round 2h: consistent", {
  valid: [
    "Năm 2023, Hội kết nạp mới 85 hội viên, nâng tổng số hội viên lên 1.120 người; trong đó hội viên nữ 640 người, hội viên nam 480 người.",
    "Toàn xã có 2.150 hộ, trong đó hộ nghèo 86 hộ, chiếm 4%.",
    "Số đảng viên được xếp loại là 142 đồng chí; trong đó hoàn thành xuất sắc nhiệm vụ 22 đồng chí (chiếm 15,5%).",
    "Đơn vị có 215 cán bộ, trong đó 150 nữ, 90 đảng viên và 36 thạc sĩ.",
    "Năm 2023 tuyển sinh 420 học viên, tăng 20 học viên so với năm 2022 (400 học viên).",
    "Có 12/15 xã đạt chuẩn nông thôn mới, đạt 80%.",
  ],
  invalid: [],
});
