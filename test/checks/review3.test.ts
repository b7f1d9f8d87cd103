/**
 * The last review's notes on the fixes of the day: a plan named after "về số lượng …" is another
 * plan unless the phrase ends the clause; a change's rate compared with a term or a count of a
 * year. Sentences written for these tests.
 */
import { E, runTable } from "./table.js";

runTable("a plan claim about another plan, a rate against a term or a year's count", {
  valid: [
    "Kết nạp được 120/100 đảng viên, không đạt kế hoạch về chỉ tiêu chất lượng.",
    "Kết nạp được 120/100 đảng viên, không đạt kế hoạch về số lượng chi bộ mới.",
    "Kết nạp được 120/100 đảng viên, không đạt kế hoạch về số lượng đảng viên nữ.",
    "Số vụ phạm tội là 120 vụ, giảm 30 vụ, tương ứng 20% so với số vụ năm 2023.",
    "Chi phí điện năng đạt 30 tỷ đồng, tăng 3 tỷ đồng, tương đương 0,8% so với tổng doanh thu.",
  ],
  invalid: [
    { text: "Kết nạp 172/150 đảng viên mới, không đạt kế hoạch về số lượng.", errors: [E("plan.direction")] },
    { text: "Số vụ phạm tội là 120 vụ, giảm 30 vụ, tương ứng 25% so với số vụ năm 2023.", errors: [E("growth.delta")] },
    { text: "Số vụ phạm tội là 120 vụ, giảm 30 vụ, tương ứng 25% so với nhiệm kỳ trước.", errors: [E("growth.delta")] },
    { text: "Số vụ phạm tội là 120 vụ, giảm 30 vụ, tương ứng 25% so với khóa trước.", errors: [E("growth.delta")] },
  ],
});
