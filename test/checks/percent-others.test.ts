/**
 * A structure ("cơ cấu", no colon after it) whose last class is the others ("… khác chiếm N%") is all
 * of its whole: its shares must make 100, as after "còn lại" or an introduction with a colon
 * (percent-total.ts, lastIsOthers). Before round 34 a label holding a comma ("trâu, bò", "thuế,
 * phí") broke percent-closed's run, and percent-total judged such a list only as "more than 100" (a
 * warning) or not at all. Sentences written for this table; arithmetic by python3 in each comment.
 */
import { runTable } from "./table.js";

const E = (rule: string) => ({ rule, severity: "error" as const });

runTable("percent-total: a structure closed by the others", {
  valid: [
    // 58.6 + 24.2 + 11.0 + 6.2 == 100.0
    "Về cơ cấu, chăn nuôi lợn chiếm 58,6%, chăn nuôi gia cầm chiếm 24,2%, chăn nuôi trâu, bò chiếm 11,0%, chăn nuôi khác chiếm 6,2%.",
    // 62.4 + 25.1 + 12.5 == 100.0
    "Về cơ cấu nguồn thu, thu từ thuế, phí chiếm 62,4%, thu tiền sử dụng đất chiếm 25,1%, các khoản thu khác chiếm 12,5%.",
    // 45.2 + 30.1 + 16.4 + 8.3 == 100.0
    "Xét về cơ cấu tín dụng, cho vay sản xuất, kinh doanh chiếm 45,2%, cho vay tiêu dùng chiếm 30,1%, cho vay xuất khẩu chiếm 16,4%, các lĩnh vực khác chiếm 8,3%.",
    // no class of the others: a list of some classes, never judged against 100 (52.4 + 27.3 == 79.7)
    "Về cơ cấu, khách nội địa chiếm 52,4%, khách từ Hàn Quốc chiếm 27,3%.",
    // "khác nhau" is no class of the others: 40 + 30 == 70, two groups of many
    "Về cơ cấu, các nhóm hàng khác nhau chiếm 40%, nhóm lương thực chiếm 30%.",
  ],
  invalid: [
    // 58.6 + 24.2 + 12.4 + 6.2 == 101.4 (rounding of four one-decimal shares allows 0.2)
    { text: "Năm 2024, giá trị sản xuất chăn nuôi ước đạt 42.860 tỷ đồng. Về cơ cấu, chăn nuôi lợn chiếm 58,6%, chăn nuôi gia cầm chiếm 24,2%, chăn nuôi trâu, bò chiếm 12,4%, chăn nuôi khác chiếm 6,2%.", errors: [E("percent-total.sum")] },
    // 62.4 + 25.1 + 10.5 == 98.0
    { text: "Về cơ cấu nguồn thu, thu từ thuế, phí chiếm 62,4%, thu tiền sử dụng đất chiếm 25,1%, các khoản thu khác chiếm 10,5%.", errors: [E("percent-total.sum")] },
    // 45.2 + 30.1 + 18.4 + 8.3 == 102.0
    { text: "Xét về cơ cấu tín dụng, cho vay sản xuất, kinh doanh chiếm 45,2%, cho vay tiêu dùng chiếm 30,1%, cho vay xuất khẩu chiếm 18,4%, các lĩnh vực khác chiếm 8,3%.", errors: [E("percent-total.sum")] },
    // 61.5 + 22.0 + 9.8 == 93.3
    { text: "Về cơ cấu lao động, lao động nông, lâm nghiệp chiếm 61,5%, lao động công nghiệp chiếm 22,0%, lao động các ngành khác chiếm 9,8%.", errors: [E("percent-total.sum")] },
  ],
});
