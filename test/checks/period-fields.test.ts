/**
 * period.review past a field of work written with a comma ("khám bệnh, chữa bệnh", "sản xuất,
 * kinh doanh"): the comma inside the field is no clause break between the review word and its
 * period (REVIEW_COMMA_FIELDS in lexicon/comma-fields.ts). Found by blind audit 5 (fresh6).
 */
import { E, runTable } from "./table.js";

runTable("period.review after a field with a comma", {
  valid: [
    // held after the period, or in its last days
    "Ngày 12/7/2025, Bệnh viện Đa khoa huyện tổ chức hội nghị sơ kết công tác khám bệnh, chữa bệnh 6 tháng đầu năm 2025.",
    "Ngày 5/7/2024, Công ty tổ chức hội nghị sơ kết hoạt động sản xuất, kinh doanh quý II/2024.",
    "Ngày 20/1/2025, UBND huyện tổng kết tình hình kinh tế, xã hội năm 2024.",
    "Sáng 28/12/2024, Công an tỉnh tổ chức hội nghị tổng kết công tác bảo đảm an ninh, trật tự năm 2024.",
    // a comma that does end the clause: the period named after it is another matter
    "Ngày 12/3/2025, Công an huyện tổ chức sơ kết công tác bảo đảm an ninh, trật tự dịp Tết Nguyên đán, triển khai nhiệm vụ 6 tháng đầu năm 2025.",
    "Ngày 12/3/2025, Sở Công Thương tổ chức sơ kết công tác, đồng thời bàn giải pháp 6 tháng đầu năm 2025.",
    // a law's or a programme's name holds its own year (REVIEW_STOPS): no period reviewed
    "Ngày 25/7/2022, Sở Nội vụ tổ chức hội nghị tổng kết công tác tuyên truyền Luật Thi đua, khen thưởng năm 2022.",
    "Ngày 15/6/2023, Sở Y tế tổ chức hội nghị tổng kết công tác tuyên truyền Luật Khám bệnh, chữa bệnh năm 2023.",
    "Ngày 12/6/2024, Công an tỉnh tổ chức tổng kết 5 năm thực hiện Đề án bảo đảm an ninh, trật tự năm 2024.",
    // a word that only ends like a field's first half is no field
    "Ngày 12/3/2025, Trung tâm tổ chức sơ kết công tác tái sản xuất, kinh doanh mới; kế hoạch 6 tháng đầu năm 2025 được thông qua.",
  ],
  invalid: [
    { text: "Ngày 14/3/2025, Trung tâm Y tế huyện tổ chức hội nghị sơ kết công tác khám bệnh, chữa bệnh 6 tháng đầu năm 2025.", errors: [E("period.review")] },
    { text: "Ngày 8/4/2024, Công ty Cổ phần Vận tải Biển Đông tổ chức hội nghị sơ kết hoạt động sản xuất, kinh doanh quý II/2024.", errors: [E("period.review")] },
    { text: "Ngày 15/9/2024, UBND xã tổ chức tổng kết tình hình kinh tế, xã hội năm 2024.", errors: [E("period.review")] },
  ],
});
