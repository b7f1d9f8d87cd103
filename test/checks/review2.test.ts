import { E, runTable } from "./table.js";

// Reviewer probes (s28-fix2a): a part right after "trong đó" following its whole is certainly of that whole
runTable("review 2: 'tỷ lệ N%' on a part right after 'trong đó' following its whole", {
  valid: [
    "Tổng số học sinh toàn huyện là 25.000 em; trong kỳ thi tuyển sinh vào lớp 10, có 3.100 em trúng tuyển, tỷ lệ 86%.",
    "Toàn huyện có 1.250 đảng viên, trong đó 320 đảng viên nữ, tỷ lệ 25,6%.",
    "Công ty có 1.200 lao động, trong đó 1.100 lao động tham gia bảo hiểm xã hội (đạt tỷ lệ 91,7%).",
  ],
  invalid: [
    { text: "Toàn huyện có 1.250 đảng viên, trong đó 320 đảng viên nữ, tỷ lệ 30%.", errors: [E("share.of-whole")] },
    { text: "Năm học 2022-2023, trường có 1.200 học sinh, trong đó 1.100 em được lên lớp, tỷ lệ 80%.", errors: [E("share.of-whole")] },
    { text: "Công ty có 1.200 lao động, trong đó 1.100 lao động tham gia bảo hiểm xã hội (đạt tỷ lệ 80%).", errors: [E("share.of-whole")] },
  ],
});
