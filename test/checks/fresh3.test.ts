/**
 * A third batch of fresh cases, written before running them: the shapes of the development
 * families in other words (lists told in the next sentence, plans before, bases in brackets,
 * words for numbers), to measure generalisation once more.
 */
import { E, runTable } from "./table.js";

runTable("fresh 3: contradictions", {
  valid: [],
  invalid: [
    { text: "Hội Cựu chiến binh xã có 215 hội viên. Cụ thể: 120 hội viên sinh hoạt tại 6 chi hội thôn, 80 hội viên ở khu dân cư và 20 hội viên ở các cơ quan.", errors: [E("breakdown.sum")] },
    { text: "Năm nay, công ty thực hiện 09 hợp đồng (trong đó 05 hợp đồng chuyển tiếp và 05 hợp đồng ký mới).", errors: [E("breakdown.sum")] },
    { text: "Đảng bộ xã có 312 đảng viên, trong đó 208 đảng viên chính thức và 110 đảng viên dự bị.", errors: [E("breakdown.sum")] },
    { text: "Quỹ hỗ trợ nông dân hiện có 2,5 tỷ đồng, gồm 1,6 tỷ đồng vốn ngân sách và 1,1 tỷ đồng vốn hội viên đóng góp.", errors: [E("breakdown.sum")] },
    { text: "Chỉ tiêu tỉnh giao năm 2023 là 350 tỷ đồng. Đến ngày 31/12, huyện đã thu được 392 tỷ đồng, đạt 102% chỉ tiêu.", errors: [E("plan.ratio")] },
    { text: "Sản lượng đạt 1.150 tấn, vượt 25% kế hoạch (1.000 tấn).", errors: [E("plan.ratio")] },
    {
      text: "Doanh thu chỉ đạt 82,4 tỷ đồng, nhưng báo cáo vẫn ghi là hoàn thành vượt kế hoạch năm (90 tỷ đồng).",
      errors: [E("plan.direction")],
      fails: "the amount and the claim sit in clauses apart ('nhưng báo cáo vẫn ghi là'): the claim is not tied to the amount",
    },
    { text: "Kim ngạch xuất khẩu đạt 3,9 tỷ USD, tăng 30% so với năm 2022 (3,4 tỷ USD).", errors: [E("growth.rate")] },
    { text: "Dân số của huyện tăng từ 85.000 người lên 102.000 người, gấp 2 lần.", errors: [E("growth.multiple")] },
    { text: "Giá cổ phiếu tăng 1.200 đồng, tương đương 12%, lên 21.200 đồng.", errors: [E("growth.delta")] },
    { text: "Số vụ tai nạn là 36 vụ, giảm 10% so với năm trước (32 vụ).", errors: [E("growth.direction")] },
    { text: "Có 27/25 hợp tác xã hoạt động hiệu quả.", errors: [E("fraction.over")] },
    { text: "Toàn huyện có 160 cán bộ y tế, trong đó 48 bác sĩ (chiếm 40%).", errors: [E("share.of-whole")] },
    { text: "Xếp loại học lực: giỏi 28,6%, khá 50,2%, trung bình 18,1%, yếu 2,3%, kém 1,1%.", errors: [E("percent-total.sum")] },
    { text: "Tỷ lệ hộ nghèo chiếm 4,2%, còn lại 96,8% là hộ không nghèo.", errors: [E("percent-total.sum")] },
    { text: "Hội đồng thi đua gồm 11 (mười hai) thành viên.", errors: [E("restatement.words")] },
    { text: "Giá trị gói thầu là 850 triệu đồng (tương đương 8,5 tỷ đồng).", errors: [E("restatement.units")] },
    { text: "Ngày 31/9/2023, UBND xã tổ chức lễ ra quân.", errors: [E("dates.impossible")] },
    { text: "Ngày 8/2/2024, Đoàn Thanh niên phường tổng kết công tác năm 2024.", errors: [E("period.review")] },
    {
      text: "Tham dự có ông Đỗ Văn Thành, Chủ tịch UBND thị xã. Phó Chủ tịch UBND thị xã Đỗ Văn Thành đã trình bày tờ trình.",
      errors: [E("positions.conflict")],
    },
  ],
});

runTable("fresh 3: consistent", {
  valid: [
    "Hội Cựu chiến binh xã có 220 hội viên. Cụ thể: 120 hội viên sinh hoạt tại 6 chi hội thôn, 80 hội viên ở khu dân cư và 20 hội viên ở các cơ quan.",
    "Đảng bộ xã có 312 đảng viên, trong đó 290 đảng viên chính thức và 22 đảng viên dự bị; 105 đảng viên nữ.",
    "Chỉ tiêu tỉnh giao năm 2023 là 350 tỷ đồng. Đến ngày 31/12, huyện đã thu được 392 tỷ đồng, đạt 112% chỉ tiêu.",
    "Dân số của huyện tăng từ 51.000 người lên 102.000 người, gấp 2 lần.",
    "Toàn huyện có 160 cán bộ y tế, trong đó 48 bác sĩ (chiếm 30%) và 72 điều dưỡng (chiếm 45%).",
    "Hội nghị có 150 đại biểu, trong đó có 30 đại biểu khách mời; 95% đại biểu tán thành nghị quyết.",
    "Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm.",
    "Tổng đàn lợn đạt 45.000 con, trong đó 3.000 con lợn nái; đàn gà đạt 500.000 con.",
    "Ngày 15/12/2023, Hội Nông dân huyện tổng kết công tác năm 2023.",
    "Bà Nguyễn Thị Lan, nguyên Phó Giám đốc Sở Tư pháp, hiện là Giám đốc Sở Tư pháp, dự hội nghị.",
  ],
  invalid: [],
});
