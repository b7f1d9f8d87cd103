/**
 * Counts written with their noun before the number and a classifier after it: "học sinh dân tộc
 * thiểu số 512 em", "lao động nữ 624 người", "hộ nghèo dân tộc thiểu số 620 hộ". Written before running.
 */
import { E, runTable } from "./table.js";

runTable("counts with the noun before the number", {
  valid: [
    "Toàn trường có 1.240 học sinh, gồm học sinh nam 622 em và học sinh nữ 618 em.",
    "Công ty có 2.150 lao động, trong đó lao động nam 1.510 người và lao động nữ 640 người.",
    "Tổng số đoàn viên 842 người, trong đó đoàn viên nữ 415 người, chiếm 49,3%.",
    "Đoàn viên nữ 415 người; đoàn viên là đảng viên 120 người.",
    "Toàn huyện có 1.050 hộ nghèo; hộ nghèo dân tộc thiểu số 620 hộ, chiếm 59% tổng số hộ nghèo.",
  ],
  invalid: [
    { text: "Toàn trường có 1.240 học sinh, gồm học sinh nam 612 em và học sinh nữ 618 em.", errors: [E("breakdown.sum")] },
    { text: "Công ty có 2.150 lao động, trong đó lao động nam 1.530 người và lao động nữ 640 người.", errors: [E("breakdown.sum")] },
    { text: "Toàn huyện có 1.050 hộ nghèo; hộ nghèo dân tộc thiểu số 620 hộ, chiếm 65% tổng số hộ nghèo.", errors: [E("share.of-whole")] },
    { text: "Tổng số đoàn viên 842 người, trong đó đoàn viên nữ 415 người, chiếm 45%.", errors: [E("share.of-whole")] },
    { text: "Lao động nữ 624 người, chiếm 25% tổng số lao động của công ty (2.800 người).", errors: [E("share.of-whole")] },
  ],
});
