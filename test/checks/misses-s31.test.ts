/**
 * Four shapes the checks missed (session 31), each with new sentences across genres that hold the
 * shape, and traps of the same shape that must stay silent (`errors: []`):
 *
 *   1. a closed list whose parts are named by other nouns than the whole, kinds of it ("N điểm giao dịch
 *      gồm: 1 hội sở, 12 phòng giao dịch …"): lexicon/kinds.ts HYPERNYMS (the places a bank, a post or
 *      a shop serves at; lodging, cultural venues, a newsroom's works), and a head listed as a kind of
 *      thing is no person ("khách sạn", relate/kinds.ts)
 *   2. parts each told by its own verb before their total ("kết nạp 3 …, tiếp nhận 2 …, tổng cộng 6"):
 *      relate/sum-after.ts JOIN_VERB (not a flow out, lexicon OUTFLOW_VERBS); "cả năm" after the total
 *      runs over earlier parts only when the parts are told of a shorter period (SUB_YEAR_PERIODS)
 *   3. a change done against its plan ("giảm được 162 hộ nghèo, đạt 92% chỉ tiêu (150 hộ)"), and a plan
 *      named by a shorter noun than the actual: relate/plan-change.ts
 *   4. a base stated in the clause after the change, by its period told again ("…, tăng 25% so với cùng
 *      kỳ; cùng kỳ năm trước thu được …", "…; doanh thu cùng kỳ năm trước là …"): relate/growth-next.ts
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
    // tourism; lodging (a hotel is no person, though "khách" is): 4 + 20 = 24 ≠ 25 cơ sở lưu trú
    { text: "Năm 2024, thành phố Sầm Sơn có 25 cơ sở lưu trú đạt chuẩn, gồm 4 khách sạn và 20 nhà nghỉ.", errors: [E("breakdown.sum")] },
    { text: "Năm 2024, thành phố Sầm Sơn có 25 cơ sở lưu trú đạt chuẩn, gồm 4 khách sạn và 21 nhà nghỉ.", errors: [] },
    // culture department; 1 + 30 + 2 = 33 ≠ 34 thiết chế văn hóa
    { text: "Đến nay, huyện Tam Đảo có 34 thiết chế văn hóa, gồm 1 trung tâm văn hóa, 30 nhà văn hóa thôn và 2 thư viện.", errors: [E("breakdown.sum")] },
    // newsroom; 62 + 45 + 22 = 129 ≠ 130 tác phẩm
    { text: "Năm 2024, Đài Phát thanh và Truyền hình tỉnh sản xuất 130 tác phẩm dự giải, gồm 62 phóng sự, 45 bài báo và 22 chương trình truyền hình.", errors: [E("breakdown.sum")] },
    { text: "Năm 2024, Đài Phát thanh và Truyền hình tỉnh sản xuất 130 tác phẩm dự giải, gồm 63 phóng sự, 45 bài báo và 22 chương trình truyền hình.", errors: [] },
    // traps: some of them ("trong đó"), and the kinds under a whole in another noun
    { text: "Chi nhánh có 24 điểm giao dịch, trong đó có 15 phòng giao dịch và 1 hội sở.", errors: [] },
    { text: "Ngân hàng có 38 đơn vị trực thuộc, gồm 1 hội sở, 25 phòng giao dịch và 12 chi nhánh.", errors: [] },
  ],
});

runTable("misses s31: parts each told by its verb, then their total", {
  valid: [],
  invalid: [
    // party cell; 3 + 2 = 5 ≠ 6 đảng viên
    { text: "Năm 2024, Chi bộ Trường THCS Lê Lợi kết nạp 3 đảng viên mới và tiếp nhận 2 đảng viên chuyển đến, tổng cộng 6 đảng viên.", errors: [E("breakdown.sum")] },
    { text: "Năm 2024, Chi bộ Trường THCS Lê Lợi kết nạp 3 đảng viên mới và tiếp nhận 2 đảng viên chuyển đến, tổng cộng 5 đảng viên.", errors: [] },
    // trade union; 86 + 24 = 110 ≠ 120 đoàn viên
    { text: "Trong năm, Công đoàn cơ sở Công ty May Hưng Yên kết nạp 86 đoàn viên mới, tiếp nhận 24 đoàn viên chuyển đến, tổng cộng 120 đoàn viên.", errors: [E("breakdown.sum")] },
    { text: "Trong năm, Công đoàn cơ sở Công ty May Hưng Yên kết nạp 86 đoàn viên mới, tiếp nhận 24 đoàn viên chuyển đến, tổng cộng 110 đoàn viên.", errors: [] },
    // school; "; tổng số là": 420 + 18 = 438 ≠ 448 học sinh
    { text: "Năm học 2024-2025, Trường THPT Hàn Thuyên tuyển mới 420 học sinh, tiếp nhận 18 học sinh chuyển đến; tổng số là 448 học sinh.", errors: [E("breakdown.sum")] },
    // farmers' union; "cả năm" after the total of parts of the year: 58 + 14 = 72 ≠ 74
    { text: "Năm 2024, Hội Nông dân xã Tiên Phong kết nạp 58 hội viên mới, tiếp nhận 14 hội viên chuyển đến, tổng cộng 74 hội viên trong cả năm.", errors: [E("breakdown.sum")] },
    // traps: a flow out between the parts; parts added to a stock ("thêm"); parts of a quarter and the year's total
    { text: "Năm 2024, Chi bộ kết nạp 3 đảng viên mới và chuyển đi 2 đảng viên, tổng cộng 46 đảng viên.", errors: [] },
    { text: "Năm 2024, Chi bộ kết nạp thêm 3 đảng viên mới và tiếp nhận 2 đảng viên chuyển đến, tổng cộng 46 đảng viên.", errors: [] },
    { text: "Trong quý IV, Hội Nông dân xã kết nạp 24 hội viên mới và tiếp nhận 6 hội viên chuyển đến, tổng cộng 96 hội viên mới trong cả năm.", errors: [] },
    // trap: a total of another noun (classes after pupils)
    { text: "Năm học 2024-2025, trường tuyển mới 420 học sinh, tiếp nhận 18 học sinh chuyển đến, tổng cộng 12 lớp.", errors: [] },
  ],
});

runTable("misses s31: a plan with the percent done", {
  valid: [],
  invalid: [
    // poverty; a change done, the plan in a bracket by a shorter noun: 162 ÷ 150 = 108% ≠ 92%
    { text: "Năm 2024, xã Tân Lập giảm được 162 hộ nghèo, đạt 92% chỉ tiêu (150 hộ).", errors: [E("plan.ratio")] },
    { text: "Năm 2024, xã Tân Lập giảm được 162 hộ nghèo, đạt 108% chỉ tiêu (150 hộ).", errors: [] },
    // rounding: 139 ÷ 150 = 92,67%
    { text: "Năm 2024, xã Tân Lập giảm được 139 hộ nghèo, đạt 92,7% chỉ tiêu (150 hộ).", errors: [] },
    // poverty; the plan told as a change in the sentence before: 389 ÷ 420 = 92,6% ≠ 96%
    { text: "Năm 2024, huyện Bắc Yên được giao chỉ tiêu giảm 420 hộ nghèo. Đến cuối năm, huyện giảm được 389 hộ nghèo, đạt 96% chỉ tiêu.", errors: [E("plan.ratio")] },
    // party; the plan in the next clause: 245 ÷ 230 = 106,5% ≠ 98%
    { text: "Năm 2024, Đảng bộ huyện Yên Dũng kết nạp 245 đảng viên mới, đạt 98% chỉ tiêu; chỉ tiêu tỉnh giao là 230 đảng viên.", errors: [E("plan.ratio")] },
    // employment; the plan in the next sentence: 3.460 ÷ 3.200 = 108,1% ≠ 115%
    { text: "Năm 2024, Trung tâm Dịch vụ việc làm tỉnh đã giới thiệu việc làm cho 3.460 lao động, đạt 115% kế hoạch. Kế hoạch năm 2024 là 3.200 lao động.", errors: [E("plan.ratio")] },
    // farmers' union; a change done ("phát triển thêm"): 85 ÷ 75 = 113,3% ≠ 106%
    { text: "Năm 2024, Hội Nông dân huyện phát triển thêm 85 hội viên, đạt 106% kế hoạch (75 hội viên).", errors: [E("plan.ratio")] },
    // traps: a change of a stock told before it (the plan is not the change's); a change over a base
    { text: "Cuối năm 2024, toàn huyện còn 620 hộ nghèo, giảm 162 hộ so với đầu năm, đạt 92% chỉ tiêu (150 hộ).", errors: [] },
    { text: "Năm 2024, doanh thu của công ty tăng 12 tỷ đồng so với năm trước, đạt 104% kế hoạch (100 tỷ đồng).", errors: [] },
    // traps: the plan of another year (the next one after, the one before before)
    { text: "Năm 2024, xã Tân Lập giảm được 162 hộ nghèo, đạt 108% chỉ tiêu. Chỉ tiêu năm 2025 là giảm 120 hộ nghèo.", errors: [] },
    { text: "Năm 2024, xã Tân Lập giảm được 162 hộ nghèo, đạt 92% chỉ tiêu; chỉ tiêu năm 2025 là giảm 176 hộ nghèo.", errors: [] },
    { text: "Kế hoạch năm 2023 của huyện là 1.400 lao động. Năm 2024, huyện giải quyết việc làm cho 1.620 lao động, đạt 92% kế hoạch.", errors: [] },
  ],
});

runTable("misses s31: a base in the next clause", {
  valid: [],
  invalid: [
    // cooperative; 1.350 ÷ 1.180 = 1,144: +14,4%, not 25%
    { text: "Năm 2024, Hợp tác xã Nông nghiệp Hòa Bình thu được 1.350 triệu đồng, tăng 25% so với cùng kỳ; cùng kỳ năm trước thu được 1.180 triệu đồng.", errors: [E("growth.rate")] },
    { text: "Năm 2024, Hợp tác xã Nông nghiệp Hòa Bình thu được 1.350 triệu đồng, tăng 14,4% so với cùng kỳ; cùng kỳ năm trước thu được 1.180 triệu đồng.", errors: [] },
    // tourism; "năm 2023" both times: 186.000 ÷ 152.000 = 1,224: +22,4%, not 32%
    { text: "Năm 2024, Khu di tích Đền Hùng đón 186.000 lượt khách, tăng 32% so với năm 2023; năm 2023 đón 152.000 lượt khách.", errors: [E("growth.rate")] },
    // rounding: +22,37%
    { text: "Năm 2024, Khu di tích Đền Hùng đón 186.000 lượt khách, tăng 22,4% so với năm 2023; năm 2023 đón 152.000 lượt khách.", errors: [] },
    // hospital; "trong khi cùng kỳ năm trước": 48.600 ÷ 42.300 = 1,149: +14,9%, not 8%
    { text: "Năm 2024, Bệnh viện Đa khoa huyện khám cho 48.600 lượt người, tăng 8% so với cùng kỳ, trong khi cùng kỳ năm trước khám cho 42.300 lượt người.", errors: [E("growth.rate")] },
    // exports; the next sentence: 520 ÷ 468 = 1,111: +11,1%, not 18%
    { text: "Kim ngạch xuất khẩu 9 tháng năm 2024 của tỉnh đạt 520 triệu USD, tăng 18% so với cùng kỳ. Cùng kỳ năm trước, kim ngạch xuất khẩu đạt 468 triệu USD.", errors: [E("growth.rate")] },
    // traps: another period ("tháng trước", then "cùng kỳ năm trước"); another body; another flow; another year
    { text: "Tháng 12/2024, Hợp tác xã Nông nghiệp Hòa Bình thu được 1.350 triệu đồng, tăng 25% so với tháng trước; cùng kỳ năm trước thu được 1.180 triệu đồng.", errors: [] },
    { text: "Năm 2024, Hợp tác xã Nông nghiệp Hòa Bình thu được 1.350 triệu đồng, tăng 25% so với cùng kỳ; cùng kỳ năm trước, Hợp tác xã Tân Tiến thu được 1.180 triệu đồng.", errors: [] },
    { text: "Năm 2024, Hợp tác xã Nông nghiệp Hòa Bình thu được 1.350 triệu đồng, tăng 25% so với cùng kỳ; cùng kỳ năm trước chi 1.180 triệu đồng.", errors: [] },
    { text: "Năm 2024, Khu di tích Đền Hùng đón 186.000 lượt khách, tăng 32% so với năm 2022; năm 2023 đón 152.000 lượt khách.", errors: [] },
    // company; the value's own word before the period ("doanh thu cùng kỳ năm trước"): 2.640 ÷ 2.310 = 1,143: +14,3%, not 21%
    { text: "Năm 2024, doanh thu của Công ty Cổ phần Dược Hậu Giang chi nhánh Cần Thơ đạt 2.640 tỷ đồng, tăng 21% so với cùng kỳ; doanh thu cùng kỳ năm trước là 2.310 tỷ đồng.", errors: [E("growth.rate")] },
    { text: "Năm 2024, doanh thu của Công ty Cổ phần Dược Hậu Giang chi nhánh Cần Thơ đạt 2.640 tỷ đồng, tăng 14,3% so với cùng kỳ; doanh thu cùng kỳ năm trước là 2.310 tỷ đồng.", errors: [] },
    // traps: another amount (profit), a part of the year (the fourth quarter), a narrower kind before the period
    { text: "Năm 2024, doanh thu của Công ty Cổ phần Dược Hậu Giang chi nhánh Cần Thơ đạt 2.640 tỷ đồng, tăng 21% so với cùng kỳ; lợi nhuận cùng kỳ năm trước là 2.310 tỷ đồng.", errors: [] },
    { text: "Năm 2024, doanh thu của Công ty Cổ phần Dược Hậu Giang chi nhánh Cần Thơ đạt 2.640 tỷ đồng, tăng 21% so với cùng kỳ; doanh thu quý IV năm trước là 2.310 tỷ đồng.", errors: [] },
    { text: "Năm 2024, Khu di tích Đền Hùng đón 186.000 lượt khách, tăng 32% so với năm 2023; số khách quốc tế năm 2023 là 152.000 lượt khách.", errors: [] },
    // trap: a narrower kind in the next clause (foreign visitors of all visitors)
    { text: "Năm 2024, Khu di tích Đền Hùng đón 186.000 lượt khách, tăng 32% so với năm 2023; năm 2023 đón 152.000 lượt khách quốc tế.", errors: [] },
  ],
});
