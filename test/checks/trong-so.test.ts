/**
 * "Trong số …" opening the next sentence points back to a whole ("Trong số này", "Trong số các hồ
 * sơ trên", "Trong số lao động này"); parts that cannot overlap (có tiền án / lần đầu phạm tội,
 * đỗ / trượt, đúng hạn / trễ hạn, X / không X) cannot add up to more than it. Written before running.
 */
import { E, W, runTable } from "./table.js";

runTable("trong số: a partial list pointing back", {
  valid: [
    "Năm 2023, Công an huyện bắt giữ 64 đối tượng phạm tội về ma túy. Trong số này, 27 đối tượng có tiền án, tiền sự và 37 đối tượng phạm tội lần đầu.",
    "Kỳ thi năm nay có 860 thí sinh dự thi. Trong số đó, 812 thí sinh đỗ tốt nghiệp, đạt tỷ lệ 94,4%.",
    "Trong số 150 hồ sơ tiếp nhận, 120 hồ sơ giải quyết đúng hạn, 30 hồ sơ quá hạn.",
    "Trường có 45 giáo viên. Trong số giáo viên nữ, 12 người có trình độ thạc sĩ.",
    "Có 3 tàu bị chìm. Trong số hơn 40 thuyền viên, 38 người đã được cứu.",
  ],
  invalid: [
    {
      text: "Năm 2023, Công an huyện bắt giữ 64 đối tượng phạm tội về ma túy. Trong số này, 27 đối tượng có tiền án, tiền sự và 40 đối tượng phạm tội lần đầu.",
      errors: [E("breakdown.sum")],
    },
    { text: "Kỳ thi năm nay có 860 thí sinh dự thi. Trong số đó, 812 thí sinh đỗ tốt nghiệp và 55 thí sinh trượt.", errors: [E("breakdown.sum")] },
    { text: "Bộ phận một cửa tiếp nhận 1.530 hồ sơ. Trong số các hồ sơ trên, 1.480 hồ sơ được giải quyết đúng hạn, 62 hồ sơ trễ hạn.", errors: [E("breakdown.sum")] },
    { text: "Trạm y tế khám cho 2.150 lượt bệnh nhân. Trong số bệnh nhân đến khám, 1.320 người là nữ và 870 người là nam.", errors: [E("breakdown.sum")] },
    { text: "Đoàn kiểm tra 48 cơ sở kinh doanh thực phẩm. Trong số này có 41 cơ sở đạt yêu cầu và 9 cơ sở không đạt.", errors: [E("breakdown.sum")] },
    { text: "Trong số 150 hồ sơ tiếp nhận, 120 hồ sơ giải quyết đúng hạn và 35 hồ sơ quá hạn.", errors: [E("breakdown.sum")] },
    { text: "Toàn xã có 1.320 hộ, trong đó 680 hộ có con trong độ tuổi đi học và 700 hộ không có con trong độ tuổi đi học.", errors: [E("breakdown.sum")] },
    {
      text: "Năm qua, toàn huyện có 2.450 lao động được giải quyết việc làm. Trong số lao động này, 1.300 người làm việc trong tỉnh và 1.200 người đi làm ngoài tỉnh.",
      errors: [E("breakdown.sum")],
    },
    // two attributes that may be held together: doubtful, never an error
    { text: "Năm 2023, Công an huyện bắt giữ 64 đối tượng. Trong số này, 40 đối tượng có tiền án và 35 đối tượng nghiện ma túy.", errors: [W("breakdown.sum")] },
  ],
});
