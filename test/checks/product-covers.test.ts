/**
 * Count × amount each against a total (relate/product.ts), round 33: totals that cover more than the
 * product stay silent — the total's sources told after it in its sentence, a label naming a wider
 * whole ("chương trình") or two things summed ("quà và tiền mặt"), a balance "đến nay" / "lũy kế"
 * (both matched on the folded key, "đến nai", "luĩ kế") — and a plain total that is not the product
 * is still an error. Shapes from review 7's false errors; the sentences are written for this table.
 */
import { E, runTable } from "./table.js";

runTable("product: totals that cover more", {
  valid: [
    // 40 × 30 = 1.200 triệu ≠ 2 tỷ, but the total is told with its two sources (1,2 + 0,8 = 2)
    "Hỗ trợ 40 hộ sửa nhà, mỗi hộ 30 triệu đồng, tổng kinh phí 2 tỷ đồng (ngân sách 1,2 tỷ đồng, các hộ đối ứng 0,8 tỷ đồng).",
    // a source after the total: 25 × 40 = 1.000 triệu; the 1,6 tỷ includes the people's 0,6 tỷ
    "Xây mới 25 nhà đại đoàn kết, mỗi nhà 40 triệu đồng, tổng kinh phí 1,6 tỷ đồng, nhân dân đóng góp 0,6 tỷ đồng.",
    // the programme's total: 200 × 400.000 = 80 triệu; the programme costs more
    "Trao 200 suất quà, mỗi suất 400.000 đồng, tổng trị giá chương trình 120 triệu đồng.",
    // two things summed: 250 × 500.000 = 125 triệu of gifts, plus cash
    "Trao 250 suất quà, mỗi suất 500.000 đồng, tổng trị giá quà và tiền mặt 160 triệu đồng.",
    // balances: 80 × 40 = 3.200 triệu lent this year; the balance to date is more
    "Cho 80 hộ vay, mỗi hộ 40 triệu đồng, tổng dư nợ đến nay 5 tỷ đồng.",
    "Cho 80 hộ vay, mỗi hộ 40 triệu đồng, tổng dư nợ lũy kế 5 tỷ đồng.",
    // the product that holds: 40 × 30 = 1.200 triệu = 1,2 tỷ
    "Hỗ trợ 40 hộ sửa nhà, mỗi hộ 30 triệu đồng, tổng kinh phí 1,2 tỷ đồng.",
  ],
  invalid: [
    // 200 × 400.000 = 80 triệu ≠ 90 triệu
    { text: "Trao 200 suất quà, mỗi suất 400.000 đồng, tổng trị giá 90 triệu đồng.", errors: [E("breakdown.sum")] },
    // 40 × 30 = 1.200 triệu ≠ 1,5 tỷ; the next sentence's figure is no source of this total
    { text: "Hỗ trợ 40 hộ sửa nhà, mỗi hộ 30 triệu đồng, tổng kinh phí 1,5 tỷ đồng. Năm trước huyện hỗ trợ 900 triệu đồng.", errors: [E("breakdown.sum")] },
    // 80 × 40 = 3.200 triệu ≠ 5 tỷ: "tổng dư nợ" without a word of a balance is the product
    { text: "Cho 80 hộ vay, mỗi hộ 40 triệu đồng, tổng dư nợ 5 tỷ đồng.", errors: [E("breakdown.sum")] },
  ],
});
