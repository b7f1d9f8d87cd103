/**
 * restatement.words / restatement.units / numbers.two-ways, dates.impossible, period.review and
 * positions.conflict, through the pipeline.
 */
import { E, runTable, W } from "./table.js";

runTable("restatement", {
  valid: [
    "Kế hoạch doanh thu 2.450 tỷ đồng; quý I đạt 2.450 tỷ đồng.",
    "Hội đồng gồm 07 (bảy) thành viên.",
    "Kinh phí là 12.500.000 đồng (Bằng chữ: Mười hai triệu năm trăm nghìn đồng chẵn).",
    "Giá trị hợp đồng 1,2 tỷ đồng (tương đương 1.200 triệu đồng).",
    "Diện tích khu đất là 3,5 ha (tương đương 35.000 m2).",
    "Dự toán là 1,615 tỷ đồng, tức 1.615 triệu đồng.",
  ],
  invalid: [
    { text: "Kế hoạch doanh thu năm là 2.450 tỷ đồng. Đại hội thông qua kế hoạch doanh thu 2,450 tỷ đồng.", errors: [E("numbers.two-ways")] },
    { text: "Hội đồng gồm 07 (chín) thành viên.", errors: [E("restatement.words")] },
    { text: "Kinh phí là 12.500.000 đồng (Bằng chữ: Mười hai triệu năm mươi nghìn đồng).", errors: [E("restatement.words")] },
    { text: "Giá trị hợp đồng 1,2 tỷ đồng (tương đương 12.000 triệu đồng).", errors: [E("restatement.units")] },
    { text: "Diện tích khu đất là 3,5 ha (tương đương 3.500 m2).", errors: [E("restatement.units")] },
  ],
});

runTable("dates and periods", {
  valid: [
    "Ngày 28/02/2023, Hội nghị tổng kết năm 2022 được tổ chức.",
    "Ngày 29/02/2024, đơn vị họp.",
    "Ngày 18/12/2023, Công đoàn trường tổ chức hội nghị tổng kết công tác năm 2023.",
    "Ngày 20/7/2023, Ban Chỉ huy Quân sự huyện sơ kết công tác quý II năm 2023.",
    "Ngày 10/6/2024, Hội Nông dân xã sơ kết công tác năm 2024.",
    "Ngày 25/5/2024, trường tổ chức tổng kết năm học 2023-2024.",
    // a document's date is not when the review is held
    "Thực hiện Quyết định số 12/QĐ-UBND ngày 5/1/2020 về tổng kết công tác năm 2019, các đơn vị đã gửi báo cáo.",
    // the text says itself the day cannot exist
    { text: "Trò đùa tặng vé máy bay ngày 30/2 lan truyền trên mạng, dù tháng 2 chỉ có 28 ngày.", fails: "a deliberate impossible date is still a warning" },
  ],
  invalid: [
    { text: "Ngày 31/02/2023, đơn vị họp.", errors: [E("dates.impossible")] },
    { text: "Ngày 29/02/2023, đơn vị họp.", errors: [E("dates.impossible")] },
    { text: "Kế hoạch năm 20221 đã được thông qua.", errors: [E("dates.impossible")] },
    { text: "Ngày 10/3/2022, Hội nghị tổng kết năm 2023 được tổ chức.", errors: [E("period.review")] },
    { text: "Ngày 20/7/2023, Ban Chỉ huy Quân sự huyện sơ kết công tác quý III năm 2023.", errors: [E("period.review")] },
    { text: "Ngày 15/01/2024, Sở Tư pháp sơ kết công tác 6 tháng đầu năm.", errors: [E("period.review")] },
    { text: "Ngày 10/11/2023, trường tổ chức tổng kết năm học 2023-2024.", errors: [E("period.review")] },
    // in the last weeks before the month of reviews: a warning
    { text: "Ngày 20/11/2023, Hội Cựu chiến binh tổ chức tổng kết công tác năm 2023.", errors: [W("period.review")] },
  ],
});

runTable("positions.conflict", {
  valid: [
    "Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, phát biểu. Sau đó ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, trao quà.",
    "Ông Trần Văn Minh, Bí thư Đảng ủy, Giám đốc Công ty, chủ trì.",
    "Ông Lê Quang Huy, nguyên Giám đốc Sở Xây dựng, và ông Phạm Đức Long, Giám đốc Sở Xây dựng, cùng dự.",
  ],
  invalid: [
    {
      text: "Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, phát biểu. Sau đó ông Nguyễn Văn Hùng, Phó Giám đốc Sở Y tế, trao quà.",
      errors: [E("positions.conflict")],
    },
  ],
});
