/**
 * "trong số X" re-bases a share onto the group X, wherever it stands (after a comma, a ";", with
 * "có" instead of a comma). Written after the first fix of this shape, to hold it: the share must
 * never be taken of the outer whole.
 */
import { E, runTable } from "./table.js";

runTable("re-basing a share onto the group 'trong số' names", {
  valid: [
    "Công ty có 2.496 lao động, trong đó lao động nữ 624 người, trong số lao động nữ có 156 người có trình độ đại học, chiếm 25%.",
    "Công ty có 2.496 lao động, trong đó lao động nữ 624 người; trong số lao động nữ có 156 người có trình độ đại học, chiếm 25%.",
    "Công ty có 2.496 lao động. Trong số lao động nữ có 156 người có trình độ đại học, chiếm 25%.",
    "Công ty có 2.496 lao động, trong đó 624 lao động nữ và 1.872 lao động nam; trong số nhân viên văn phòng có 156 người có trình độ đại học, chiếm 25%.",
    "Xã có 2.000 hộ, trong đó 400 hộ nghèo; trong số hộ nghèo, 100 hộ là hộ dân tộc thiểu số, chiếm 25%.",
  ],
  invalid: [
    { text: "Công ty có 2.496 lao động, trong đó lao động nữ 624 người; trong số lao động nữ có 156 người có trình độ đại học, chiếm 30%.", errors: [E("share.of-whole")] },
    { text: "Xã có 2.000 hộ, trong đó 400 hộ nghèo; trong số hộ nghèo, 100 hộ là hộ dân tộc thiểu số, chiếm 20%.", errors: [E("share.of-whole")] },
  ],
});
