/**
 * Review 2b: a part in another noun read as part of a restated whole (60 đối tượng of 50 vụ án),
 * and the 'tăng lên/giảm xuống N%' class rule of percent-total (a bracket naming another year;
 * a class named only once, with 'tăng lên'). The sentences are invented.
 */
import { E, runTable } from "./table.js";

runTable("review 2b: restated whole, parts of another kind", {
  valid: [
    "Trong tổng số 50 vụ án, Công an huyện đã điều tra làm rõ 45 vụ, bắt 60 đối tượng.",
    "Trong tổng số 50 vụ án, Công an huyện đã điều tra làm rõ 45 vụ, bắt 60 đối tượng, tỷ lệ 95%.",
  ],
  invalid: [{ text: "Trong tổng số 50 vụ án, Công an huyện đã điều tra làm rõ 55 vụ.", errors: [E("breakdown.part")] }],
});
