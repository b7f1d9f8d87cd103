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

runTable("review 2b: percent-total, levels reached", {
  valid: [
    "Cơ cấu kinh tế chuyển dịch đúng hướng: nông nghiệp giảm xuống 20%, công nghiệp 45%, dịch vụ 35% (năm 2020 nông nghiệp 23%).",
    // variants: the other year's bracket between the classes, or holding a whole structure
    "Cơ cấu kinh tế: nông nghiệp 20%, công nghiệp 45% (năm 2020 là 40%), dịch vụ 35%.",
    "Cơ cấu kinh tế: nông nghiệp 20%, công nghiệp 45%, dịch vụ 35% (năm 2020 là 23%, 40%, 37%).",
    "Cơ cấu kinh tế: nông nghiệp 25,5%, công nghiệp 45,1%, dịch vụ tăng lên 29,4%.",
  ],
  invalid: [
    // every class named once, one with 'tăng lên': all of them are the classes, 25,5 + 45,1 + 34,4 = 105
    { text: "Cơ cấu kinh tế: nông nghiệp 25,5%, công nghiệp 45,1%, dịch vụ tăng lên 34,4%.", errors: [E("percent-total.sum")] },
    // the classes on both sides of another year's bracket: 20 + 45 + 38 = 103
    { text: "Cơ cấu kinh tế: nông nghiệp 20%, công nghiệp 45% (năm 2020 là 40%), dịch vụ 38%.", errors: [E("percent-total.sum")] },
  ],
});
