/**
 * Round 33, helper chkA: misses about percents and rates known from earlier blind audits and reviews
 * (fresh9's "tăng 2,5 điểm phần trăm … (95,1%)", review 6's "chiếm 70% tổng chi (1.000 tỷ đồng)" and
 * "nam 900 người (45%), nữ 1.100 người (65%)", fresh9's export/import pair), fixed by shape. The
 * sentences are this file's own; the arithmetic (checked with python3) is in the comment above each.
 */
import { E, W, runTable } from "./table.js";

runTable("s33a: a change of a rate in percentage points (relate/growth-points.ts)", {
  valid: [
    // 5,2 − 3,8 = 1,4
    "Tỷ lệ hộ nghèo của huyện giảm từ 5,2% xuống 3,8%, giảm 1,4 điểm phần trăm.",
    // 3,1 − 2,8 = 0,3
    "Năm 2024, tỷ lệ thất nghiệp khu vực thành thị của tỉnh là 2,8%, giảm 0,3 điểm phần trăm so với năm trước (3,1%).",
    // 1,8 − 1,5 = 0,3, in a bracket after the pair
    "Tỷ lệ nợ xấu giảm từ 1,8% cuối năm 2023 xuống 1,5% cuối năm 2024 (giảm 0,3 điểm phần trăm).",
    // 9,5 − 9 = 0,5
    "Lãi suất cho vay bình quân giảm 0,5 điểm %, từ mức 9,5% xuống 9%.",
    // points beside the relative rate: 62,5 − 54,3 = 8,2 points; 8,2 ÷ 54,3 = 15,1%
    "Tỷ lệ che phủ rừng của tỉnh đạt 62,5%, tăng 8,2 điểm phần trăm so với năm 2020 (54,3%), tức tăng 15,1%.",
    // rates of different things: the poor and the near-poor (5,2 − 3,8 = 1,4, not 1,2, but 1,2 is another rate's)
    "Tỷ lệ hộ nghèo giảm từ 5,2% xuống 3,8%; tỷ lệ hộ cận nghèo giảm 1,2 điểm phần trăm.",
    "Tỷ lệ hộ nghèo giảm từ 5,2% xuống 3,8%, tỷ lệ hộ cận nghèo giảm 1,2 điểm phần trăm.",
    // a change per year: (5,2 − 3,8) ÷ 3 = 0,47
    "Tỷ lệ hộ nghèo giảm từ 5,2% năm 2021 xuống 3,8% năm 2024, bình quân mỗi năm giảm 0,47 điểm phần trăm.",
    "Tỷ lệ hộ nghèo giảm từ 5,2% năm 2021 xuống 3,8% năm 2024, giảm 0,47 điểm phần trăm mỗi năm.",
    // the change against a year the pair does not state: 2023's rate is not written (25 − 20 = 5 is 2020 to 2024)
    "Tỷ lệ che phủ rừng tăng từ 20% năm 2020 lên 25% năm 2024, tăng 2 điểm phần trăm so với năm 2023.",
    "Tỷ lệ hộ nghèo giảm từ 5,2% năm 2021 xuống 3,8% năm 2024, giảm 0,6 điểm phần trăm so với cùng kỳ.",
    "Tỷ lệ hộ nghèo giảm 0,6 điểm phần trăm so với năm 2023, từ 5,2% năm 2021 xuống 3,8% năm 2024.",
    // a base of another rate in the bracket: not read (60 − 50 = 10, not 2)
    "Tỷ lệ tiêm chủng mũi 3 đạt 60%, tăng 2 điểm phần trăm so với năm 2023 (tỷ lệ tiêm mũi 4 là 50%).",
  ],
  invalid: [
    // 5,2 − 3,8 = 1,4 points, not 1,2
    { text: "Tỷ lệ hộ nghèo của huyện giảm từ 5,2% xuống 3,8%, giảm 1,2 điểm phần trăm.", errors: [E("growth.delta")] },
    // 20,1 − 18,6 = 1,5 points, not 0,8
    { text: "Năm 2024, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi của tỉnh là 18,6%, giảm 0,8 điểm % so với năm 2023 (20,1%).", errors: [E("growth.delta")] },
    // 67,1 − 62,4 = 4,7 points, not 3,5
    { text: "Tỷ lệ lao động qua đào tạo tăng 3,5 điểm phần trăm, từ 62,4% năm 2022 lên 67,1% năm 2024.", errors: [E("growth.delta")] },
    // 93,2 − 91,7 = 1,5 points, not 2,5
    { text: "Tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt 93,2%, tăng 2,5 điểm phần trăm so với cùng kỳ năm trước (91,7%).", errors: [E("growth.delta")] },
    // 99,2 − 98,4 = 0,8 points, not 1,1
    { text: "Tỷ lệ học sinh tốt nghiệp THPT của tỉnh đạt 99,2%, cao hơn 1,1 điểm phần trăm so với bình quân cả nước (98,4%).", errors: [E("growth.delta")] },
    // the change in a bracket after the pair: 1,8 − 1,5 = 0,3 points, not 0,5
    { text: "Tỷ lệ nợ xấu giảm từ 1,8% cuối năm 2023 xuống 1,5% cuối năm 2024 (giảm 0,5 điểm phần trăm).", errors: [E("growth.delta")] },
    // the basis names the earlier rate's year: 5,2 − 3,8 = 1,4, not 1,2
    { text: "Tỷ lệ hộ nghèo giảm từ 5,2% năm 2023 xuống 3,8% năm 2024, giảm 1,2 điểm phần trăm so với năm 2023.", errors: [E("growth.delta")] },
    // a basis named, the earlier rate with no year of its own: it may be another year's (inferred, a warning)
    { text: "Tỷ lệ hộ nghèo giảm từ 5,2% xuống 3,8%, giảm 1,2 điểm phần trăm so với năm 2023.", errors: [W("growth.delta")] },
    // from 2,1% up to 2,6% is a rise of 0,5 points, not a fall
    { text: "Tỷ lệ nợ xấu của chi nhánh từ 2,1% lên 2,6%, giảm 0,5 điểm phần trăm.", errors: [E("growth.direction")] },
    // the relative change told as points: 62,5 − 54,3 = 8,2 points; 62,5 ÷ 54,3 = 1,151 (a slip of the unit: a warning)
    { text: "Tỷ lệ che phủ rừng tăng từ 54,3% lên 62,5%, tăng 15,1 điểm phần trăm.", errors: [W("growth.delta")] },
  ],
});

runTable("s33a: a change of a rate told in percent beside its two rates (relate/growth-points.ts percentChanges)", {
  valid: [
    // the points told with "%": 5,2 − 3,8 = 1,4 (a common slip of the unit, not a wrong figure)
    "Tỷ lệ hộ nghèo của huyện giảm từ 5,2% xuống 3,8%, giảm 1,4%.",
    // the relative change: 3,8 ÷ 5,2 = 0,731, a fall of 26,9%
    "Tỷ lệ hộ nghèo của huyện giảm từ 5,2% xuống 3,8%, giảm 26,9%.",
    // 1,8 ÷ 2,1 = 0,857: a fall of 14,3%
    "Tỷ lệ nợ xấu giảm 14,3%, từ 2,1% năm 2023 xuống còn 1,8% năm 2024.",
    // points, then their rate: 8,2 ÷ 54,3 = 15,1%
    "Tỷ lệ che phủ rừng đạt 62,5%, tăng 8,2 điểm phần trăm so với năm 2020 (54,3%), tức tăng 15,1%.",
    "Tỷ lệ hộ nghèo giảm từ 5,2% xuống 3,8%, giảm 1,4 điểm phần trăm, tương đương 26,9%.",
    // another rate's change after the pair: the number of poor households (not a rate)
    "Tỷ lệ hộ nghèo giảm từ 5,2% xuống 3,8%, số hộ nghèo giảm 35%.",
    // a rate per year: (5,2 − 3,8) ÷ 3 and no more
    "Tỷ lệ hộ nghèo giảm từ 5,2% năm 2021 xuống 3,8% năm 2024, bình quân mỗi năm giảm 10%.",
    // a rate against a plan: not the change of the pair
    "Tỷ lệ hộ nghèo giảm từ 5,2% xuống 3,8%, giảm 2% so với kế hoạch.",
  ],
  invalid: [
    // 3,8 ÷ 5,2: a fall of 26,9%, or 1,4 points; 3% is neither
    { text: "Tỷ lệ hộ nghèo của huyện giảm từ 5,2% xuống 3,8%, giảm 3%.", errors: [E("growth.rate")] },
    // 1,8 ÷ 2,4 = 0,75: a fall of 25%, or 0,6 points; not 35%
    { text: "Tỷ lệ nợ xấu giảm 35%, từ 2,4% xuống 1,8%.", errors: [E("growth.rate")] },
    // 67,1 ÷ 62,4 = 1,075: a rise of 7,5%, or 4,7 points; not 9,5%
    { text: "Tỷ lệ lao động qua đào tạo tăng từ 62,4% năm 2022 lên 67,1% năm 2024, tăng 9,5%.", errors: [E("growth.rate")] },
    // the points' rate: 8,2 ÷ 54,3 = 15,1%, not 18%
    { text: "Tỷ lệ che phủ rừng đạt 62,5%, tăng 8,2 điểm phần trăm so với năm 2020 (54,3%), tức tăng 18%.", errors: [E("growth.rate")] },
    // 3,8 is below 5,2: a fall, not a rise
    { text: "Tỷ lệ hộ nghèo của huyện giảm từ 5,2% xuống 3,8%, tăng 26,9%.", errors: [E("growth.direction")] },
  ],
});

runTable("s33a: a share whose whole is named with 'tổng' and stated right after its name (relate/share-whole-after.ts)", {
  valid: [
    // 700 ÷ 1.000 = 70%
    "Năm 2024, huyện chi cho giáo dục 700 tỷ đồng, chiếm 70% trong tổng chi ngân sách huyện (1.000 tỷ đồng).",
    // 650 ÷ 928,6 = 70,0%
    "Chi cho giáo dục 650 tỷ đồng, chiếm 70% tổng chi thường xuyên là 928,6 tỷ đồng.",
    // the bracket after the total states the part, not the whole (700 < 1.000)
    "Tổng chi ngân sách huyện năm 2024 là 1.000 tỷ đồng; chi cho giáo dục chiếm 70% tổng chi (700 tỷ đồng).",
    // a ratio to another year's total: "bằng" above 100% (1.050 ÷ 1.000 = 105%) and a base of last year
    "Doanh thu năm 2024 đạt 1.050 tỷ đồng, bằng 105% tổng doanh thu năm 2023 (1.000 tỷ đồng).",
    // a whole of another kind: cooperatives against cooperative groups (1.250 ÷ 3.125 = 40%, but no share of one whole)
    "Toàn tỉnh có 1.250 hợp tác xã, tương đương 40% tổng số tổ hợp tác (3.125 tổ).",
  ],
  invalid: [
    // 650 ÷ 1.000 = 65%, not 70%
    { text: "Năm 2024, huyện chi cho giáo dục 650 tỷ đồng, chiếm 70% trong tổng chi ngân sách huyện (1.000 tỷ đồng).", errors: [E("share.of-whole")] },
    { text: "Chi đầu tư phát triển năm 2024 là 650 tỷ đồng, bằng 70% tổng chi (1.000 tỷ đồng).", errors: [E("share.of-whole")] },
    { text: "Chi cho giáo dục 650 tỷ đồng, chiếm 70% tổng chi ngân sách năm 2024 (1.000 tỷ đồng).", errors: [E("share.of-whole")] },
    { text: "Chi cho giáo dục 650 tỷ đồng, tương đương 70% so với tổng chi là 1.000 tỷ đồng.", errors: [E("share.of-whole")] },
    // 18.000 ÷ 32.000 = 56,3%, not 60%
    { text: "Diện tích lúa 18.000 ha, chiếm 60% tổng diện tích gieo trồng năm 2024 (32.000 ha).", errors: [E("share.of-whole")] },
  ],
});

runTable("s33a: two parts told apart by a pair of qualifiers of one noun are disjoint (relate/pair-qualifiers.ts)", {
  valid: [
    // 7.380 + 5.080 = 12.460
    "Năm 2024, Chi cục làm thủ tục cho 12.460 tờ khai, trong đó 7.380 tờ khai xuất khẩu và 5.080 tờ khai nhập khẩu.",
    // 1.000 + 846 = 1.846
    "Kim ngạch xuất nhập khẩu đạt 1.846 triệu USD, trong đó xuất khẩu 1.000 triệu USD, nhập khẩu 846 triệu USD.",
    // 800 + 400 = 1.200
    "Toàn tỉnh có 1.200 cơ sở giáo dục, trong đó 800 cơ sở công lập và 400 cơ sở ngoài công lập.",
    // two nouns: declarations and consignments are no pair of one noun (700 + 600 > 1.200, but nothing is read)
    "Năm 2024, Chi cục làm thủ tục cho 1.200 tờ khai, trong đó 700 tờ khai xuất khẩu và 600 lô hàng nhập khẩu.",
  ],
  invalid: [
    // 7.380 + 5.240 = 12.620 > 12.460
    { text: "Năm 2024, Chi cục Hải quan làm thủ tục cho 12.460 tờ khai, trong đó 7.380 tờ khai xuất khẩu và 5.240 tờ khai nhập khẩu.", errors: [E("breakdown.sum")] },
    // 700 + 600 = 1.300 > 1.200
    { text: "Năm 2024, cửa khẩu làm thủ tục cho 1.200 lô hàng, trong đó 700 lô hàng xuất khẩu, 600 lô hàng nhập khẩu.", errors: [E("breakdown.sum")] },
    { text: "Sản lượng hàng hóa qua cảng đạt 1.200 nghìn tấn, trong đó hàng xuất khẩu 700 nghìn tấn, hàng nhập khẩu 600 nghìn tấn.", errors: [E("breakdown.sum")] },
    // 1.000 + 900 = 1.900 > 1.846
    { text: "Kim ngạch xuất nhập khẩu đạt 1.846 triệu USD, trong đó xuất khẩu 1.000 triệu USD, nhập khẩu 900 triệu USD.", errors: [E("breakdown.sum")] },
    // 800 + 500 = 1.300 > 1.200
    { text: "Năm 2024, tỉnh có 1.200 trường học, trong đó 800 trường công lập và 500 trường ngoài công lập.", errors: [E("breakdown.sum")] },
    // traps: a firm may export and import (800 + 600 = 1.400 > 1.200 stays a warning), and two attributes
    // of schools (public; up to standard) may overlap (800 + 500 = 1.300 > 1.200)
    { text: "Năm 2024, tỉnh có 1.200 doanh nghiệp, trong đó 800 doanh nghiệp xuất khẩu và 600 doanh nghiệp nhập khẩu.", errors: [W("breakdown.sum")] },
    { text: "Năm 2024, toàn tỉnh có 1.200 trường, trong đó 800 trường công lập, 500 trường đạt chuẩn quốc gia.", errors: [W("breakdown.sum")] },
    { text: "Năm 2024, toàn tỉnh có 1.200 hộ kinh doanh, trong đó 800 hộ xuất khẩu, 500 hộ nhập khẩu.", errors: [W("breakdown.sum")] },
  ],
});

runTable("s33a: classes of a whole told right after it, each with its share in a bracket (relate/share-classes.ts)", {
  valid: [
    // 900 ÷ 2.000 = 45%, 1.100 ÷ 2.000 = 55%
    "Hội có 2.000 hội viên, nam 900 người (45%), nữ 1.100 người (55%).",
    // 650 ÷ 1.200 = 54,2%, 550 ÷ 1.200 = 45,8%
    "Toàn trường có 1.200 học sinh: 650 học sinh nữ (54,2%), 550 học sinh nam (45,8%).",
    // 4.100 ÷ 8.500 = 48,2%, 4.400 ÷ 8.500 = 51,8% (the people, not the 2.000 households)
    "Xã có 2.000 hộ, 8.500 nhân khẩu, nam 4.100 người (48,2%), nữ 4.400 người (51,8%).",
    // 200 ÷ 250 = 80%, 50 ÷ 250 = 20%
    "Toàn tỉnh có 250 trường học, công lập 200 trường (80%), ngoài công lập 50 trường (20%).",
    // traps: not one partition (sex and party), a whole of another kind (households, then people),
    // the parts after another clause, changes in the brackets
    "Hội có 2.000 hội viên, nam 900 người (45%), đảng viên 1.100 người (65%).",
    "Xã có 2.000 hộ, nam 900 người (45%), nữ 1.100 người (65%).",
    "Hội có 2.000 hội viên, tăng 120 người so với năm 2023; nam 900 người (45%), nữ 1.100 người (65%).",
    "Lớp có 40 học sinh, nam 18 em (tăng 5%), nữ 22 em (tăng 10%).",
  ],
  invalid: [
    // 1.100 ÷ 2.000 = 55%, not 65%; 45 + 65 = 110 (round 34: one finding for one mistake, the share's —
    // check/one-mistake.ts drops the sum a wrong share explains)
    { text: "Hội có 2.000 hội viên, nam 900 người (45%), nữ 1.100 người (65%).", errors: [E("share.of-whole")] },
    { text: "Năm 2024, công ty có 2.000 lao động, lao động nam 900 người (45%) và lao động nữ 1.100 người (65%).", errors: [E("share.of-whole")] },
    // 550 ÷ 1.200 = 45,8%, not 48,5% (after ":" a closed list, share-bracket.ts's: no sum of the percents is read)
    { text: "Toàn trường có 1.200 học sinh: 650 học sinh nữ (54,2%), 550 học sinh nam (48,5%).", errors: [E("share.of-whole")] },
    // 1.100 ÷ 2.400 = 45,8%, not 48,5%; 54,2 + 48,5 = 102,7 (the share's finding alone, as above)
    { text: "Toàn trường có 2.400 học sinh, 1.300 học sinh nữ (54,2%), 1.100 học sinh nam (48,5%).", errors: [E("share.of-whole")] },
    // 1.200 ÷ 2.500 = 48%, not 46% (area: no sum to 100 is read, the two need not cover every household)
    { text: "Huyện có 2.500 hộ, hộ thành thị 1.300 hộ (52%) và hộ nông thôn 1.200 hộ (46%).", errors: [E("share.of-whole")] },
    // 50 ÷ 250 = 20%, not 25% (a pair of qualifiers, lexicon QUALIFIER_PAIRS)
    { text: "Toàn tỉnh có 250 trường học, công lập 200 trường (80%), ngoài công lập 50 trường (25%).", errors: [E("share.of-whole")] },
    // each share right, but 1.100 + 1.100 > 2.000: 55 + 55 = 110 (the parts exceed the whole: inferred, a warning)
    { text: "Hội có 2.000 hội viên, nam 1.100 người (55%), nữ 1.100 người (55%).", errors: [W("percent-total.sum")] },
  ],
});

runTable("s33a: classes told by their changes, 'từ A xuống B', are no structure to sum (percent-total.ts, growth-points.ts startsFromTo)", {
  valid: [
    // 25 + 22 + 35 + 37 were summed as one structure (119 ≠ 100): two times of it, and a change of 1%
    "Cơ cấu kinh tế chuyển dịch tích cực: nông nghiệp giảm từ 25% xuống 22%, công nghiệp tăng từ 35% lên 37%, dịch vụ tăng 1%.",
    // before: 25 + 35 + 40 = 100; after: 22 + 37 + 41 = 100
    "Cơ cấu kinh tế chuyển dịch tích cực: nông nghiệp giảm từ 25% xuống 22%, công nghiệp tăng từ 35% lên 37%, dịch vụ tăng từ 40% lên 41%.",
    "Cơ cấu lao động: lao động nông nghiệp giảm từ 45% xuống 38%, lao động công nghiệp tăng từ 30% lên 34%.",
  ],
  invalid: [
    // a structure without changes is still summed: 22 + 37 + 46 = 105
    { text: "Cơ cấu kinh tế năm 2024: nông nghiệp 22%, công nghiệp 37%, dịch vụ 46%.", errors: [E("percent-total.sum")] },
    // 35 + 45 + 25 = 105 after the changes
    {
      text: "Kết quả xếp loại học lực: giỏi tăng từ 30% lên 35%, khá giảm từ 50% xuống 45%, trung bình 25%.",
      errors: [E("percent-total.sum")],
      fails: "a rating told by its changes ('tăng từ 30% lên 35%') is no longer summed: the later levels with a class told without a change would need telling which percents are of one time",
    },
  ],
});
