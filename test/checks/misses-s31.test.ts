/**
 * Four shapes the checks missed (session 31), each with new sentences across genres that hold the
 * shape, and traps of the same shape that must stay silent (`errors: []`):
 *
 *   1. a closed list whose parts are named by other nouns than the whole, kinds of it ("N điểm giao dịch
 *      gồm: 1 hội sở, 12 phòng giao dịch …"): lexicon/kinds.ts HYPERNYMS (the places a bank, a post or
 *      a shop serves at)
 *   2. parts each told by its own verb before their total ("kết nạp 3 …, tiếp nhận 2 …, tổng cộng 6"):
 *      relate/sum-after.ts JOIN_VERB (not a flow out, lexicon OUTFLOW_VERBS); "cả năm" after the total
 *      runs over earlier parts only when the parts are told of a shorter period (SUB_YEAR_PERIODS)
 *   3. a change done against its plan ("giảm được 162 hộ nghèo, đạt 92% chỉ tiêu (150 hộ)"), and a plan
 *      named by a shorter noun than the actual: relate/plan-change.ts
 *   4. a base stated in the clause after the change, by its period told again ("…, tăng 25% so với cùng
 *      kỳ; cùng kỳ năm trước thu được …"): relate/growth-next.ts
 *
 * The sentences are invented here. Each case's arithmetic is in the comment above it.
 */
import { E, runTable } from "./table.js";

runTable("misses s31: parts in other nouns, kinds of the whole", {
  valid: [],
  invalid: [
    // bank; 1 + 15 + 6 = 22 ≠ 24 điểm giao dịch
    { text: "Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh Hà Nam có mạng lưới 24 điểm giao dịch, gồm: 1 hội sở, 15 phòng giao dịch và 6 điểm giao dịch lưu động.", errors: [E("breakdown.sum")] },
    { text: "Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn tỉnh Hà Nam có mạng lưới 24 điểm giao dịch, gồm: 1 hội sở, 15 phòng giao dịch và 8 điểm giao dịch lưu động.", errors: [] },
    // post; 18 + 128 = 146 ≠ 152 điểm phục vụ
    { text: "Bưu điện tỉnh Lào Cai hiện có 152 điểm phục vụ, gồm 18 bưu cục và 128 điểm bưu điện văn hóa xã.", errors: [E("breakdown.sum")] },
    { text: "Bưu điện tỉnh Lào Cai hiện có 152 điểm phục vụ, gồm 18 bưu cục và 134 điểm bưu điện văn hóa xã.", errors: [] },
    // petroleum company; 64 + 20 = 84 ≠ 86 điểm bán
    { text: "Công ty Xăng dầu Quảng Trị có 86 điểm bán, gồm 64 cửa hàng xăng dầu và 20 đại lý.", errors: [E("breakdown.sum")] },
    { text: "Công ty Xăng dầu Quảng Trị có 86 điểm bán, gồm 64 cửa hàng xăng dầu và 22 đại lý.", errors: [] },
    // credit fund; paragraph; 1 + 4 + 3 = 8 ≠ 7 điểm giao dịch (the 18 of another body before)
    { text: "Năm 2024, Ngân hàng Chính sách xã hội huyện Kim Bảng duy trì 18 điểm giao dịch xã với 2.460 khách hàng; dư nợ đạt 512 tỷ đồng. Quỹ Tín dụng nhân dân Kim Bảng có 7 điểm giao dịch, gồm 1 trụ sở chính, 4 phòng giao dịch và 3 quầy giao dịch.", errors: [E("breakdown.sum")] },
    // traps: some of them ("trong đó"), and the kinds under a whole in another noun
    { text: "Chi nhánh có 24 điểm giao dịch, trong đó có 15 phòng giao dịch và 1 hội sở.", errors: [] },
    { text: "Ngân hàng có 38 đơn vị trực thuộc, gồm 1 hội sở, 25 phòng giao dịch và 12 chi nhánh.", errors: [] },
  ],
});
