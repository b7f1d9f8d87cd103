/**
 * Readings a check must try before it says a figure is wrong (session 30, helper chkshare):
 *
 * 1. a handled part with a qualifier of its own ("420 vụ án hình sự" after "thụ lý 1.450 vụ án các
 *    loại") is counted of the cases of that kind taken in, a whole not told: no share.of-whole;
 * 2. a rate after a list of parts may be of the whole or of the last part: a growth after the list
 *    ("…, kinh doanh vật tư 4,2 tỷ đồng, tăng 20% so với năm 2023 (3,5 tỷ đồng)") and a part handled
 *    after it ("…; đã giải quyết 180 tin, đạt 90%") are tried both ways, an error only when neither fits;
 * 3. "so với năm 2023": two figures of that year told alike are both tried; a clause that names an
 *    office ("Cục Thuế tỉnh") is no other place than one that names the province ("toàn tỉnh Quảng
 *    Ninh"), two named places ("huyện Đông Anh" / "huyện Sóc Sơn") still are; a figure of a
 *    narrower kind ("420 đảng viên nữ" for "840 đảng viên") is no base;
 * 4. a base of a school year in a bracket ("gấp 3 lần năm học 2020-2021 (23 em)").
 *
 * The sentences are invented for this table. Each case's arithmetic is in the comment above it.
 */
import { E, runTable } from "./table.js";

runTable("readings: a part's own qualifier", {
  valid: [
    // 95% of the criminal cases taken in (not told), not of all 1.450
    "Năm 2024, Tòa án nhân dân huyện thụ lý 1.450 vụ án các loại. Đã giải quyết 420 vụ án hình sự, chiếm 95%.",
    // the drug reports among 1.860 reports of every kind: 97,1% of those
    "Năm 2024, Công an tỉnh tiếp nhận 1.860 tin báo, tố giác, kiến nghị khởi tố. Đã giải quyết 612 tin báo về ma túy, chiếm 97,1%.",
    // the tax refund files among 3.240 files of every kind
    "Năm 2024, Chi cục Thuế khu vực tiếp nhận 3.240 hồ sơ các loại. Đã giải quyết 1.180 hồ sơ hoàn thuế, chiếm 98,3%.",
    // the whole's qualifier told after it: 1.918 ÷ 2.146 = 89,4%
    "Công an tỉnh tiếp nhận 2.146 tin báo, tố giác về tội phạm. Đã giải quyết 1.918 tin báo về tội phạm, chiếm 89,4%.",
  ],
  invalid: [
    // no qualifier of its own: 1.320 ÷ 1.450 = 91%, not 95%
    { text: "Năm 2024, Tòa án nhân dân huyện thụ lý 1.450 vụ án các loại. Đã giải quyết 1.320 vụ án, chiếm 95%.", errors: [E("share.of-whole")] },
    // the same qualifier as its whole: 560 ÷ 640 = 87,5%, not 95%
    { text: "Năm 2024, Viện Kiểm sát nhân dân tỉnh thụ lý 640 vụ án hình sự. Đã giải quyết 560 vụ án hình sự, chiếm 95%.", errors: [E("share.of-whole")] },
  ],
});

runTable("readings: a rate after a list of parts", {
  valid: [
    // of the last part: 4,2 ÷ 3,5 = 1,2 (the whole, 12,6 ÷ 3,5, does not fit)
    "Năm 2024, doanh thu của Hợp tác xã đạt 12,6 tỷ đồng, trong đó dịch vụ nông nghiệp 8,4 tỷ đồng, kinh doanh vật tư 4,2 tỷ đồng, tăng 20% so với năm 2023 (3,5 tỷ đồng).",
    // of the whole: 1.320 ÷ 1.200 = 110%
    "Tổng thu ngân sách trên địa bàn huyện năm 2024 đạt 1.320 tỷ đồng, trong đó thu nội địa 1.100 tỷ đồng, thu tiền sử dụng đất 220 tỷ đồng, bằng 110% so với năm 2023 (1.200 tỷ đồng).",
    // two parts of the same noun whose kind is not known ("lượt"): the percent is not pinned on the last
    "Năm 2024, Bệnh viện khám 186.000 lượt người, trong đó khám bảo hiểm y tế 150.000 lượt, khám dịch vụ 36.000 lượt, bằng 116,3% so với năm 2023 (160.000 lượt).",
    // handled after the list, of the whole: 290 ÷ 320 = 90,6%
    "Năm 2024, Công an huyện tiếp nhận 320 tin báo, trong đó 120 tin về trật tự, 200 tin về kinh tế; đã giải quyết 290 tin, đạt 90,6%.",
    // of the last part: 180 ÷ 200 = 90% (of the whole 56,3%)
    "Năm 2024, Công an huyện tiếp nhận 320 tin báo, trong đó 120 tin về trật tự, 200 tin về kinh tế; đã giải quyết 180 tin, đạt 90%.",
    // of the last part, in the next sentence: 1.710 ÷ 1.800 = 95%
    "Năm 2024, Bảo hiểm xã hội tỉnh tiếp nhận 4.800 hồ sơ, trong đó 3.000 hồ sơ hưu trí, 1.800 hồ sơ tử tuất. Đã giải quyết 1.710 hồ sơ, chiếm 95%.",
    // of the whole: 80 ÷ 86 = 93%
    "Năm 2024, Ban Tuyên giáo Huyện ủy tiếp nhận 86 văn bản, trong đó 40 văn bản của Tỉnh ủy, 46 văn bản của Huyện ủy; đã xử lý 80 văn bản, đạt 93%.",
    // a plan, not a share
    "Năm 2024, Công an huyện tiếp nhận 320 tin báo, trong đó 120 tin về trật tự, 200 tin về kinh tế; đã giải quyết 290 tin, đạt 90,6% kế hoạch.",
  ],
  invalid: [
    // whole 8.400 ÷ 7.500 = +12%, last part 2.100 ÷ 7.500 = −72%: neither is +18%
    { text: "Đến 31/12/2024, tổng nguồn vốn huy động của chi nhánh đạt 8.400 tỷ đồng, trong đó tiền gửi dân cư 6.300 tỷ đồng, tiền gửi tổ chức kinh tế 2.100 tỷ đồng, tăng 18% so với năm 2023 (7.500 tỷ đồng).", errors: [E("growth.rate")] },
    // whole 42.000 ÷ 40.000 = 105%, last part 12.000 ÷ 40.000 = 30%: neither is 150%
    { text: "Năm 2024, sản lượng thủy sản của Hợp tác xã Nghề cá Hải Bình đạt 42.000 tấn, trong đó khai thác 30.000 tấn, nuôi trồng 12.000 tấn, bằng 150% so với năm 2023 (40.000 tấn).", errors: [E("growth.rate")] },
    // whole 290 ÷ 320 = 90,6%, last part 290 ÷ 200 = 145%: neither is 80%
    { text: "Năm 2024, Công an huyện tiếp nhận 320 tin báo, trong đó 120 tin về trật tự, 200 tin về kinh tế; đã giải quyết 290 tin, đạt 80%.", errors: [E("share.of-whole")] },
    // whole 1.710 ÷ 4.800 = 35,6%, last part 1.710 ÷ 1.800 = 95%: neither is 85%
    { text: "Năm 2024, Bảo hiểm xã hội tỉnh tiếp nhận 4.800 hồ sơ, trong đó 3.000 hồ sơ hưu trí, 1.800 hồ sơ tử tuất. Đã giải quyết 1.710 hồ sơ, chiếm 85%.", errors: [E("share.of-whole")] },
  ],
});

runTable("readings: the base of a year", {
  valid: [
    // an office against the province: 57.200 ÷ 52.000 = +10%
    "Năm 2023, toàn tỉnh Quảng Ninh thu ngân sách nhà nước 52.000 tỷ đồng. Năm 2024, Cục Thuế tỉnh thu ngân sách nhà nước 57.200 tỷ đồng, tăng 10% so với năm 2023.",
    // two places named: no base (360 ÷ 300 would be +20%, 390 ÷ 300 is +30%)
    "Năm 2023, huyện Đông Anh thu ngân sách 300 tỷ đồng. Năm 2024, huyện Sóc Sơn thu ngân sách 390 tỷ đồng, tăng 20% so với năm 2023.",
    // two hospitals named: no base
    "Năm 2023, Bệnh viện Đa khoa tỉnh khám 320.000 lượt người. Năm 2024, Bệnh viện Sản Nhi khám 150.000 lượt người, giảm 20% so với năm 2023.",
    // two figures of 2023 told alike: 15 ÷ 12 = +25% (15 ÷ 20 is a fall)
    "Năm 2023, chi bộ thôn Đông kết nạp 12 đảng viên, chi bộ thôn Tây kết nạp 20 đảng viên. Năm 2024, chi bộ kết nạp 15 đảng viên, tăng 25% so với năm 2023.",
    // the union against the province: 195.800 ÷ 186.500 = +5%
    "Năm 2023, toàn tỉnh Nghệ An có 186.500 đoàn viên. Năm 2024, Liên đoàn Lao động tỉnh phát triển đoàn viên, nâng tổng số lên 195.800 đoàn viên, tăng 5% so với năm 2023.",
    // the women members of 2023 are no base of all members (the 2023 total is not told)
    "Năm 2023, Đảng bộ có 420 đảng viên nữ. Năm 2024, Đảng bộ có 840 đảng viên, tăng 5% so với năm 2023.",
    // two kinds of revenue in 2023, neither the revenue of 2024's kind (the total, 14 tỷ, is not told)
    "Năm 2023, Hợp tác xã có doanh thu dịch vụ 8 tỷ đồng, doanh thu nông sản 6 tỷ đồng. Năm 2024, doanh thu đạt 9,6 tỷ đồng, tăng 20% so với năm 2023.",
    // the same city's budget, its subject read short ("thu ngân"): 9.900 ÷ 9.000 = +10%
    "Năm 2023, thành phố Hạ Long thu ngân sách 9.000 tỷ đồng, thành phố Cẩm Phả thu 4.000 tỷ đồng. Năm 2024, thành phố Hạ Long thu ngân sách 9.900 tỷ đồng, tăng 10% so với năm 2023.",
  ],
  invalid: [
    // 57.200 ÷ 52.000 = +10%, not +25%
    { text: "Năm 2023, toàn tỉnh Quảng Ninh thu ngân sách nhà nước 52.000 tỷ đồng. Năm 2024, Cục Thuế tỉnh thu ngân sách nhà nước 57.200 tỷ đồng, tăng 25% so với năm 2023.", errors: [E("growth.rate")], fails: "missed on purpose: a base told of another body ('toàn tỉnh Quảng Ninh' against 'Cục Thuế tỉnh') is refused, since review 2 found false errors where another body was another subject ('Cục Thuế tỉnh thu 11.000 tỷ' as the base of 'toàn tỉnh Quảng Ninh thu ngân sách 55.000 tỷ')" },
    // 195.800 ÷ 186.500 = +5%, not +8%
    { text: "Năm 2023, toàn tỉnh Nghệ An có 186.500 đoàn viên. Năm 2024, Liên đoàn Lao động tỉnh phát triển đoàn viên, nâng tổng số lên 195.800 đoàn viên, tăng 8% so với năm 2023.", errors: [E("growth.rate")] },
    // all members, with the women among them: 840 ÷ 800 = +5%, not +15%
    { text: "Năm 2023, Đảng bộ có 800 đảng viên, trong đó 420 đảng viên nữ. Năm 2024, Đảng bộ có 840 đảng viên, tăng 15% so với năm 2023.", errors: [E("growth.rate")] },
    // the city named: 9.900 ÷ 9.000 = +10%, not +20%
    { text: "Năm 2023, thành phố Hạ Long thu ngân sách 9.000 tỷ đồng, thành phố Cẩm Phả thu 4.000 tỷ đồng. Năm 2024, thành phố Hạ Long thu ngân sách 9.900 tỷ đồng, tăng 20% so với năm 2023.", errors: [E("growth.rate")] },
    // tied bases: 15 ÷ 20 = −25%, 15 ÷ 12 = +25%: neither is +60%
    { text: "Năm 2023, chi bộ thôn Đông kết nạp 12 đảng viên, chi bộ thôn Tây kết nạp 20 đảng viên. Năm 2024, chi bộ kết nạp 15 đảng viên, tăng 60% so với năm 2023.", errors: [E("growth.direction")] },
  ],
});

runTable("readings: a school year as the base", {
  valid: [
    // 46 ÷ 23 = 2 lần
    "Năm học 2023-2024, Trường THCS Phan Bội Châu có 46 học sinh đạt giải học sinh giỏi cấp tỉnh, gấp 2 lần năm học 2020-2021 (23 em).",
    // 1.386 ÷ 1.260 = +10%
    "Năm học 2024-2025, toàn huyện có 1.386 học sinh đạt giải cấp huyện, tăng 10% so với năm học 2023-2024 (1.260 em).",
  ],
  invalid: [
    // 1.386 ÷ 1.260 = +10%, not +15%
    { text: "Năm học 2024-2025, toàn huyện có 1.386 học sinh đạt giải cấp huyện, tăng 15% so với năm học 2023-2024 (1.260 em).", errors: [E("growth.rate")] },
    // 75 ÷ 25 = 3 lần, not 4
    { text: "Năm học 2024-2025, Trường Tiểu học Kim Đồng có 75 học sinh đạt danh hiệu Cháu ngoan Bác Hồ, gấp 4 lần năm học 2021 - 2022 (25 em).", errors: [E("growth.multiple")] },
  ],
});
