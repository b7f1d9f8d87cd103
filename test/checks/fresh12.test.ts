/**
 * Blind audit 11: a twelfth batch of fresh cases, written and committed before baocao ran on them.
 * The author (helper blind12) read only: its brief (/work/notes/p34/blind12.md) and the first ~60
 * lines of /work/notes/BRIEF34.md; table.ts; fresh11.test.ts (its header and parts of its cases:
 * the first breakdown/plan cases, the lines naming "điểm phần trăm", "tương đương", "Bằng chữ", and
 * its last forty lines); the genre paragraphs of the headers of fresh10.test.ts, fresh9.test.ts and
 * fresh8.test.ts; README.md's "Consistency checks" section with its rule table and measured-results
 * table (lines 216–300). Not ../shared/corpus/checks (neither README nor cases.tsv was opened), not
 * src/ (no file), no other test/checks file, no git log (only the worktree's creation).
 * Nothing was run on this table: not parseReport, not the CLI, not vitest, no script of the repo
 * nor of /work/notes/tools (only `npx tsc --noEmit -p .` to see it compile; `npm ci` built the
 * repo, as any install does). Every figure relation was checked with python3 arithmetic, which is
 * in the comment above each case; the weekdays with python3's datetime.
 *
 * 40 contradictions (exactly one each, four per family: breakdown, plan, growth, fraction, share,
 * pct-total, two-ways, dates, period, positions) and 40 consistent texts (four per family).
 * Genres beyond fresh8–11's: district and commune people's committees' year-end reports (kinh tế -
 * xã hội, quốc phòng - an ninh, cơ cấu kinh tế, nông thôn mới), hospitals' quality reports (điểm
 * chất lượng, hài lòng người bệnh), universities (tuyển sinh, việc làm sau tốt nghiệp, xếp loại tốt
 * nghiệp, trao bằng), vocational training, the provincial youth union's summer volunteer campaign,
 * veterans' and elderly associations, fishery and aquaculture (tàu cá by length, sản lượng khai
 * thác, nuôi tôm), industrial parks (vốn đăng ký, FDI), energy (điện mặt trời, mái nhà, MWp), water
 * supply (nước thương phẩm, thất thoát, nước sạch nông thôn), public transport (lượt hành khách,
 * trợ giá), customs (thu ngân sách, kim ngạch, thuế nhập khẩu), the state treasury (kiểm soát chi,
 * từ chối thanh toán), state audit (kiến nghị xử lý tài chính), courts (civil and criminal
 * caseloads, staff rating), prisons and amnesty (đặc xá), military recruitment (giao quân, khám
 * tuyển), disaster response (thiệt hại do bão lũ), pharmaceuticals (xử phạt cơ sở kinh doanh dược),
 * sports (huy chương), publishing (đầu sách), cooperatives (cổ tức) and microfinance (TYM, quỹ trợ
 * vốn).
 *
 * Shapes (contradictions): recruits after "gồm" (142 + 34 ≠ 186) in a paragraph; tàu cá by length
 * (4.368 ≠ 4.268); court cases closed by "còn lại" (3.462 − 3.104 ≠ 368); storm-damaged houses after
 * "gồm" in a structure ending at ";" before another figure (12 + 38 ≠ 46); "bằng N% dự toán
 * (plan)" (110,4 vs 112,4); "vượt kế hoạch năm (plan)" at 97,2%; "vượt 8% kế hoạch năm (plan)" that
 * is 15,5%; "đạt 96,4% kế hoạch (plan)" that is 103,2% (paragraph); "tăng N% so với năm 2024
 * (base)" (8,0 vs 6,2, paragraph); "tăng gấp 3 lần … (23)" that is twice; a later period told first
 * with a wrong rate (quý I/2025 … quý I/2024 …, tăng 16,4% for 10,7%); a wrong change in points
 * (96,2 − 93,6 ≠ 3,4, paragraph); "38/36 cuộc kiểm toán"; "A/B sinh viên (đạt N%)"; "14/18 xã …,
 * đạt tỷ lệ N%" (paragraph); money as "246,8/312,4 tỷ đồng (đạt N%)"; "chiếm N%" of FDI in triệu
 * USD; a share with the whole in "nghìn tỷ" and the part in "tỷ" (paragraph); gold medals
 * (paragraph); textbooks among titles (paragraph); a graduate rating (102,0); a cooperative rating
 * (96,4); export/import closed by "phần còn lại" (102,0, paragraph); an economic structure (102,2,
 * paragraph); "186 (một trăm sáu mươi tám)"; "4.620 triệu đồng (tương đương 46,2 tỷ đồng)"; "Bằng
 * chữ" (35.500.000 vs 36.500.000); one amount "2.846 tỷ" and "2,846 tỷ" (paragraph); a Friday
 * called Thursday; 31/4; 29/02/2025; a Monday called Tuesday (paragraph); "tổng kết công tác năm
 * 2025" in October (paragraph); "sơ kết 6 tháng đầu năm" in March; "sơ kết quý III" in August; "sơ
 * kết 9 tháng" in July (paragraph); one person Chủ tịch / Phó Chủ tịch of a district committee,
 * Giám đốc / Phó Giám đốc of a health department, Chánh án / Phó Chánh án of a provincial court,
 * Chỉ huy trưởng / Phó Chỉ huy trưởng of a district military command (paragraph).
 *
 * Shapes (traps): a closing stock of a subclass ("cuối năm có 2.412 hội viên, trong đó 148 hội viên
 * nữ") beside new members of whom some nữ (paragraph); "trong đó" attributes that overlap (lao động
 * nông thôn / nữ / khuyết tật, summing above the whole); several wholes in one sentence (phạm nhân
 * quản lý, đặc xá with "trong đó … nữ", giảm án); a "nghìn tỷ" whole with "tỷ" parts that add up; a
 * plan claim about another measure ("riêng lợi nhuận không đạt kế hoạch") beside 103,3% (paragraph);
 * a forecast ("dự kiến cả năm vượt kế hoạch") beside 81,2% for 10 months; "lũy kế" and "bình quân
 * mỗi tháng" with a plan in a bracket (paragraph); percentage points beside an enrolment over its
 * quota (paragraph); a later period told first ("Quý I/2025 … quý I/2024 …, tăng 17,8%"); "tăng gấp 3
 * lần so với năm 2024 (62)" with 186; points beside a relative rate; "tăng 124 vụ (5,3%)" with the
 * base implied (paragraph); slashes that are document numbers, a date and a school year; "12/12 xã
 * (100%)" and "186/190 (97,9%)"; money as A/B with a rate of another whole beside it; "98/102 (96,1%)"
 * with dividends of 6–12% (paragraph); a share of a sub-whole named after "chiếm"; a share whose
 * whole is not written beside one plant's output; three one-decimal shares closed by "còn lại" that
 * sum to 99,9 (paragraph); a share of visits beside other wholes and a bed occupancy of 112,4%
 * (paragraph); a staff rating of 100,0; two structures side by side (economy, labour), each 100;
 * rates of three different wholes; three passenger classes with counts, 99,9 by rounding
 * (paragraph); an energy company wholly in the English convention (168.5; 246,860; 8.6%,
 * paragraph); "Bằng chữ" and "1.005 (một nghìn không trăm linh năm)" right; "2.460 tỷ (khoảng 2,46
 * nghìn tỷ)" and "1.850 triệu (1,85 tỷ)"; "." thousands and "," decimals throughout (paragraph); a
 * right Friday (paragraph); a leap day 29/02/2028 with its right Tuesday; "22/3/2025 (thứ Bảy)" with
 * a decision number; a right Saturday with "24/24 giờ" (paragraph); reviews only planned ("dự kiến
 * sơ kết chiến dịch vào tháng 7/2025"); a year reviewed in December; "sơ kết 6 tháng đầu năm" on 2/7;
 * "tổng kết năm 2024" on 10/01/2025 (paragraph); a change of post over time (Phó Giám đốc in 2021,
 * Giám đốc from 9/2025); a Chủ tịch and a Phó Chủ tịch who are two people; a Chủ tịch UBND who chairs
 * the military-service council, with his deputy another person; one person Phó Bí thư Huyện ủy and
 * Chủ tịch UBND huyện (paragraph).
 * 32 of the 80 (17 contradictions, 15 traps) sit inside paragraphs of 307–405 characters with
 * unrelated figures.
 *
 * Labels the author is unsure of are said in the case's comment ("unsure"). The sentences are
 * invented (not copied from ../shared nor from the other tables; place names are real, bodies,
 * people and figures invented). Traps are listed in `invalid` with `errors: []` (no error and no
 * warning expected), so their findings are also checked. Nothing is marked test.fails here: the
 * first run records the failures.
 *
 * First run (coordinator, on f31835e: main after round 34's merges of fixR1, fixR2, fixR8a/b, keylit,
 * readO, speed34, before miss34 and readP): contradictions 31/40 caught as errors (8 no finding, 1 only a
 * warning), traps 38/40 silent (two false errors, both also on 5b9bf80: a figure after "và" read as a
 * second part of a "trong đó" part; a second structure after ";" summed with the first). The eleven
 * are test.fails below.
 */
import { E, runTable } from "./table.js";

runTable("fresh 12: contradictions", {
  valid: [],
  invalid: [
    // ── breakdown ──
    // military recruitment; paragraph; "gồm": 142 + 34 = 176 ≠ 186 thanh niên (2.460 khám tuyển, 12/12 xã are other wholes; 12/12 = 100%)
    {
      text: "Năm 2025, Ủy ban nhân dân huyện Thạch Hà đã tổ chức khám tuyển sức khỏe cho 2.460 công dân trong độ tuổi. Ngày 14/02/2025, huyện giao 186 thanh niên nhập ngũ, gồm 142 thanh niên nhập ngũ Quân đội nhân dân và 34 thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân; 12/12 xã, thị trấn hoàn thành chỉ tiêu giao quân. Quỹ quốc phòng - an ninh thu được 1,46 tỷ đồng, đạt 104,3% kế hoạch (1,4 tỷ đồng).",
      errors: [E("breakdown.sum")],
    },
    // fishery; tàu cá by length after "gồm": 1.246 + 1.864 + 1.258 = 4.368 ≠ 4.268 tàu
    { text: "Đến ngày 30/11/2025, toàn tỉnh Quảng Ngãi có 4.268 tàu cá đã đăng ký, gồm 1.246 tàu có chiều dài từ 6 m đến dưới 12 m, 1.864 tàu từ 12 m đến dưới 15 m và 1.258 tàu từ 15 m trở lên.", errors: [E("breakdown.sum")] },
    // courts; civil cases closed by "còn lại": 3.462 − 3.104 = 358 ≠ 368 vụ việc
    { text: "Năm 2025, Tòa án nhân dân tỉnh Thái Bình đã thụ lý 3.462 vụ việc dân sự, hôn nhân và gia đình, đã giải quyết 3.104 vụ việc, còn lại 368 vụ việc đang tiếp tục giải quyết.", errors: [E("breakdown.sum")] },
    // disaster response; paragraph; houses after "gồm" in a structure that ends at ";": 12 + 38 = 50 ≠ 46 ngôi nhà; then "24,6 tỷ" (another figure) and 1.240 ha, 3.600 con
    // (a part 38 ≤ 46 each, only the sum is wrong)
    {
      text: "Theo báo cáo của Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện Kỳ Anh, bão số 3 và hoàn lưu sau bão đã làm 46 ngôi nhà bị thiệt hại, gồm 12 nhà bị sập, đổ hoàn toàn và 38 nhà bị tốc mái, hư hỏng một phần; tổng thiệt hại ước tính 24,6 tỷ đồng. Ngoài ra, 1.240 ha lúa bị ngập úng, 3.600 con gia cầm bị chết. Ủy ban nhân dân huyện đã xuất 12 tấn gạo hỗ trợ các hộ bị thiệt hại.",
      errors: [E("breakdown.sum")], fails: "no finding: a 'gồm' list of two parts with long labels ('nhà bị sập, đổ hoàn toàn', 'nhà bị tốc mái, hư hỏng một phần') ending at ';'",
    },
    // ── plan ──
    // customs; "bằng N% dự toán (plan)": 6.846 / 6.200 = 110,42% ≠ 112,4%
    { text: "Năm 2025, Cục Hải quan tỉnh Quảng Ninh thu ngân sách nhà nước đạt 6.846 tỷ đồng, bằng 112,4% dự toán được giao (6.200 tỷ đồng).", errors: [E("plan.ratio")] },
    // energy; "vượt kế hoạch năm (1.900 triệu kWh)" while 1.846 / 1.900 = 97,16% < 100%
    { text: "Năm 2025, sản lượng điện mặt trời của Công ty cổ phần Năng lượng Bình Thuận đạt 1.846 triệu kWh, vượt kế hoạch năm (1.900 triệu kWh).", errors: [E("plan.direction")] },
    // water supply; paragraph; "vượt 8% kế hoạch năm (40 triệu m3)": 46,2 / 40 = 115,5% → vượt 15,5% ≠ 8%
    // (thất thoát (52,6 − 46,2) / 52,6 = 12,17% → "12,2%" ✓; 1.240 đấu nối, 38 km, 24,6 tỷ unrelated)
    {
      text: "Năm 2025, Công ty cổ phần Cấp nước Thừa Thiên Huế sản xuất 52,6 triệu m3 nước sạch; sản lượng nước thương phẩm đạt 46,2 triệu m3, vượt 8% kế hoạch năm (40 triệu m3). Tỷ lệ thất thoát, thất thu nước sạch giảm còn 12,2%. Trong năm, công ty lắp đặt mới 1.240 đấu nối cho hộ dân ở các xã vùng ven, đầu tư 38 km đường ống cấp nước với tổng kinh phí 24,6 tỷ đồng.",
      errors: [E("plan.ratio")],
    },
    // microfinance; paragraph; "đạt 96,4% kế hoạch (400 tỷ)": 412,6 / 400 = 103,15% ≠ 96,4% (unsure: a checker might add plan.direction; only plan.ratio is meant)
    {
      text: "Đến hết năm 2025, Tổ chức tài chính vi mô TNHH MTV Tình thương (TYM) chi nhánh Nghệ An phục vụ 46.200 thành viên, 98% là phụ nữ nông thôn. Tổng dư nợ cho vay đạt 412,6 tỷ đồng, đạt 96,4% kế hoạch (400 tỷ đồng); dư nợ bình quân mỗi thành viên khoảng 8,9 triệu đồng. Số dư tiết kiệm bắt buộc và tự nguyện đạt 186 tỷ đồng. Tỷ lệ nợ quá hạn được kiểm soát ở mức 0,12%.",
      errors: [E("plan.ratio")],
    },
    // ── growth ──
    // fishery; "tăng 6,2% so với năm 2024 (172.600 tấn)": 186.400 / 172.600 = 1,07995 → 8,0% ≠ 6,2% (paragraph; 2.460 ≤ 5.846, 12.600 tấn and 9.846 tỷ unrelated)
    {
      text: "Năm 2025, tổng sản lượng khai thác thủy sản của tỉnh Bình Định đạt 186.400 tấn, tăng 6,2% so với năm 2024 (172.600 tấn). Toàn tỉnh hiện có 5.846 tàu cá, trong đó 2.460 tàu có chiều dài từ 15 m trở lên; 100% tàu cá từ 15 m trở lên đã lắp đặt thiết bị giám sát hành trình. Sản lượng nuôi trồng thủy sản đạt 12.600 tấn; giá trị sản xuất thủy sản ước đạt 9.846 tỷ đồng.",
      errors: [E("growth.rate")],
    },
    // sports; "tăng gấp 3 lần so với kỳ trước (23)": 46 / 23 = 2,0 lần (and even "tăng gấp 3" read as 4× fails) ≠ 3
    { text: "Tại Đại hội Thể thao toàn quốc lần thứ X, đoàn thể thao tỉnh Ninh Bình giành 46 huy chương các loại, tăng gấp 3 lần so với kỳ đại hội trước (23 huy chương).", errors: [E("growth.multiple")] },
    // public transport; a later period told first: quý I/2025 12,4 triệu, quý I/2024 11,2 triệu, "tăng 16,4%": 12,4 / 11,2 = 1,1071 → 10,7% ≠ 16,4%
    { text: "Quý I/2025, mạng lưới xe buýt trên địa bàn thành phố Đà Nẵng vận chuyển 12,4 triệu lượt hành khách; quý I/2024 vận chuyển 11,2 triệu lượt, như vậy tăng 16,4%.", errors: [E("growth.rate")] },
    // hospital quality; paragraph; "tăng 3,4 điểm phần trăm so với năm 2024 (93,6%)": 96,2 − 93,6 = 2,6 điểm ≠ 3,4
    // (unsure of the rule id: growth.delta is the rule of a wrong change; 412.600 and 86,4% are other figures)
    {
      text: "Báo cáo kết quả đánh giá chất lượng bệnh viện năm 2025 của Bệnh viện Đa khoa tỉnh Hà Nam cho thấy bệnh viện đạt 3,86 điểm theo Bộ tiêu chí 83 tiêu chí. Trong năm, bệnh viện khám cho 412.600 lượt người, công suất sử dụng giường bệnh 86,4%. Tỷ lệ hài lòng của người bệnh nội trú đạt 96,2%, tăng 3,4 điểm phần trăm so với năm 2024 (93,6%). Bệnh viện triển khai thành công 12 kỹ thuật mới.",
      errors: [E("growth.delta")],
    },
    // ── fraction ──
    // auditing; "38/36 cuộc kiểm toán": 38 > 36
    { text: "Năm 2025, Kiểm toán nhà nước khu vực XII đã thực hiện 38/36 cuộc kiểm toán theo kế hoạch được giao, kiến nghị xử lý tài chính 1.246 tỷ đồng.", errors: [E("fraction.over")] },
    // universities; "1.846/2.012 sinh viên (đạt 95,8%)": 1.846 / 2.012 = 91,75% ≠ 95,8%
    { text: "Theo khảo sát, 1.846/2.012 sinh viên tốt nghiệp năm 2024 của Trường Đại học Vinh có việc làm sau 12 tháng (đạt 95,8%).", errors: [E("fraction.percent")], fails: "no finding: 'A/B sinh viên … (đạt P%)' with the bracket far after the fraction" },
    // commune committees; paragraph; "14/18 xã …, đạt tỷ lệ 82,4%": 14 / 18 = 77,78% ≠ 82,4%
    // (thu nhập 62,4 triệu, hộ nghèo 1,86% are unrelated)
    {
      text: "Báo cáo tình hình kinh tế - xã hội năm 2025 của Ủy ban nhân dân huyện Yên Thành nêu rõ: tốc độ tăng trưởng giá trị sản xuất ước đạt 9,2%; thu nhập bình quân đầu người đạt 62,4 triệu đồng/năm. Đến nay, huyện có 14/18 xã đạt chuẩn nông thôn mới nâng cao, đạt tỷ lệ 82,4%; tỷ lệ hộ nghèo giảm còn 1,86%. Công tác quốc phòng - an ninh được giữ vững, hoàn thành 100% chỉ tiêu giao quân.",
      errors: [E("fraction.percent")],
    },
    // vocational training / national target programme; money as A/B: 246,8 / 312,4 = 79,00% ≠ 83,6%
    { text: "Đến ngày 31/12/2025, tỉnh Điện Biên đã giải ngân 246,8/312,4 tỷ đồng vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững (đạt 83,6%).", errors: [E("fraction.percent")], fails: "no finding: a money fraction 'A/B tỷ đồng (đạt P%)' is not read as a fraction" },
    // ── share ──
    // industrial parks; "chiếm 72,4%": 1.246 / 1.864 = 66,85% ≠ 72,4%
    { text: "Năm 2025, tổng vốn đăng ký mới và tăng thêm vào các khu công nghiệp tỉnh Bắc Giang đạt 1.864 triệu USD, trong đó vốn đầu tư trực tiếp nước ngoài 1.246 triệu USD, chiếm 72,4%.", errors: [E("share.of-whole")] },
    // state treasury; whole in "nghìn tỷ", part in "tỷ": 8.460 / 24.600 = 34,39% ≠ 30,2% (paragraph; 2,46 tỷ, 96,8% unrelated)
    {
      text: "Năm 2025, Kho bạc Nhà nước tỉnh Thanh Hóa kiểm soát chi ngân sách 24,6 nghìn tỷ đồng, trong đó chi đầu tư phát triển 8.460 tỷ đồng, chiếm 30,2%. Qua kiểm soát chi, Kho bạc đã từ chối thanh toán 124 khoản chi với số tiền 2,46 tỷ đồng. Tỷ lệ giải ngân vốn đầu tư công đến ngày 31/12/2025 đạt 96,8% kế hoạch vốn được giao; 100% đơn vị giao dịch đã sử dụng dịch vụ công trực tuyến.",
      errors: [E("share.of-whole")],
    },
    // sports; paragraph; "64 Huy chương Vàng, chiếm 38,4%": 64 / 186 = 34,41% ≠ 38,4% (412 VĐV, 12 kỷ lục other figures)
    {
      text: "Năm 2025, thể thao thành tích cao của tỉnh Thanh Hóa tiếp tục khẳng định vị thế. Với lực lượng 412 vận động viên tập trung tại các đội tuyển, tỉnh đã giành 186 huy chương tại các giải quốc gia, trong đó 64 Huy chương Vàng, chiếm 38,4%. Có 12 vận động viên được triệu tập lên đội tuyển quốc gia, phá 3 kỷ lục quốc gia. Kinh phí chi cho thể thao thành tích cao là 46,2 tỷ đồng.",
      errors: [E("share.of-whole")], fails: "share.of-whole raised only as a warning: '64 Huy chương Vàng' is not known to be a kind of 'huy chương'",
    },
    // publishing; paragraph; "412 đầu sách giáo khoa, chiếm 28,6%": 412 / 1.246 = 33,07% ≠ 28,6%
    {
      text: "Năm 2025, Nhà xuất bản Giáo dục tại thành phố Đà Nẵng đã xuất bản 1.246 đầu sách với 12,4 triệu bản in, trong đó 412 đầu sách giáo khoa, chiếm 28,6%. Doanh thu đạt 386 tỷ đồng, nộp ngân sách 24,6 tỷ đồng. Nhà xuất bản đã phát hành 64 đầu sách điện tử và tặng 3.600 bản sách cho các trường học vùng khó khăn.",
      errors: [E("share.of-whole")],
    },
    // ── pct-total ──
    // universities; graduates rating: 4,2 + 28,6 + 52,4 + 16,8 = 102,0 ≠ 100
    { text: "Năm học 2024-2025, Trường Đại học Quy Nhơn có 2.460 sinh viên tốt nghiệp; kết quả xếp loại tốt nghiệp: xuất sắc 4,2%, giỏi 28,6%, khá 52,4%, trung bình 16,8%.", errors: [E("percent-total.sum")] },
    // cooperatives; rating: 32,4 + 41,2 + 18,6 + 4,2 = 96,4 ≠ 100 (no "còn lại")
    { text: "Kết quả đánh giá, phân loại 246 hợp tác xã nông nghiệp tỉnh Thái Nguyên năm 2025: loại tốt 32,4%, loại khá 41,2%, loại trung bình 18,6%, loại yếu 4,2%.", errors: [E("percent-total.sum")] },
    // customs; paragraph; "còn lại": 58,4 + 43,6 = 102,0 ≠ 100 (the remainder is 41,6)
    {
      text: "Năm 2025, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu thuộc Cục Hải quan tỉnh Lạng Sơn đạt 6,86 tỷ USD, tăng 12,4% so với năm 2024. Trong đó, hàng xuất khẩu chiếm 58,4%, hàng nhập khẩu chiếm phần còn lại 43,6%. Số thu ngân sách đạt 7.460 tỷ đồng; cơ quan hải quan đã phát hiện, xử lý 246 vụ vi phạm, thu nộp ngân sách 12,6 tỷ đồng.",
      errors: [E("percent-total.sum")],
    },
    // district committee; paragraph; economic structure: 24,6 + 38,2 + 39,4 = 102,2 ≠ 100
    {
      text: "Năm 2025, tổng giá trị sản xuất trên địa bàn huyện Đông Anh ước đạt 86.400 tỷ đồng, tăng 9,6% so với năm 2024. Cơ cấu kinh tế: nông nghiệp 24,6%, công nghiệp - xây dựng 38,2%, thương mại - dịch vụ 39,4%. Thu ngân sách trên địa bàn đạt 4.620 tỷ đồng; huyện đã giải quyết việc làm mới cho 3.460 lao động, tỷ lệ lao động qua đào tạo đạt 78,6%.",
      errors: [E("percent-total.sum")],
    },
    // ── two-ways ──
    // military recruitment; "186 (một trăm sáu mươi tám)": 168 ≠ 186
    { text: "Năm 2025, thành phố Hà Tĩnh giao 186 (một trăm sáu mươi tám) thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu.", errors: [E("restatement.words")] },
    // auditing; "4.620 triệu đồng (tương đương 46,2 tỷ đồng)": 4.620 triệu = 4,62 tỷ ≠ 46,2 tỷ
    { text: "Qua kiểm toán ngân sách huyện Mộc Châu năm 2024, Kiểm toán nhà nước kiến nghị xử lý tài chính 4.620 triệu đồng (tương đương 46,2 tỷ đồng).", errors: [E("restatement.units")] },
    // pharmaceuticals; "Bằng chữ": ba mươi lăm triệu năm trăm nghìn = 35.500.000 ≠ 36.500.000
    { text: "Phạt tiền đối với cơ sở bán lẻ thuốc Nhà thuốc Minh Châu số tiền 36.500.000 đồng (Bằng chữ: Ba mươi lăm triệu năm trăm nghìn đồng) do kinh doanh thuốc không có đơn khi bán thuốc kê đơn.", errors: [E("restatement.words")] },
    // customs; paragraph; one amount written "2.846 tỷ" and later "2,846 tỷ" (the same digits with "." and ",": 2.846 ≠ 2,846)
    // (unsure: numbers.two-ways is the rule meant; the other figures use "." and "," consistently)
    {
      text: "Năm 2025, Chi cục Hải quan cửa khẩu cảng Cái Mép thu thuế xuất nhập khẩu 2.846 tỷ đồng, tăng 12,6% so với năm 2024. Chi cục làm thủ tục cho 46.200 tờ khai, phát hiện 38 vụ vi phạm. Với số thu 2,846 tỷ đồng, Chi cục đứng thứ hai trong các đơn vị thuộc Cục Hải quan tỉnh Bà Rịa - Vũng Tàu; thời gian thông quan bình quân giảm 1,5 giờ so với năm trước.",
      errors: [E("numbers.two-ways")],
    },
    // ── dates ──
    // veterans; "thứ Năm, ngày 14/11/2025": 14/11/2025 is a Friday (python3 datetime)
    { text: "Thứ Năm, ngày 14/11/2025, Hội Cựu chiến binh huyện Đức Thọ tổ chức Đại hội thi đua \"Cựu chiến binh gương mẫu\" giai đoạn 2020-2025, biểu dương 46 tập thể và 124 cá nhân.", errors: [E("dates.weekday")] },
    // prisons and amnesty; 31/4/2025: April has 30 days
    { text: "Ngày 31/4/2025, Trại giam Thanh Xuân tổ chức công bố quyết định đặc xá cho 124 phạm nhân, trong đó 12 phạm nhân nữ.", errors: [E("dates.impossible")] },
    // elderly association; 29/02/2025: 2025 is not a leap year
    { text: "Ngày 29/02/2025, Hội Người cao tuổi tỉnh Hưng Yên tổ chức mừng thọ cho 1.246 hội viên tròn 90 tuổi và 186 hội viên tròn 100 tuổi.", errors: [E("dates.impossible")] },
    // energy; paragraph; "thứ Ba, ngày 6/10/2025": 6/10/2025 is a Monday (python3 datetime); 168 MWp, 246 triệu kWh other figures
    {
      text: "Thứ Ba, ngày 6/10/2025, Công ty cổ phần Điện mặt trời Trung Nam tổ chức đóng điện giai đoạn 2 của Nhà máy điện mặt trời Thuận Nam với công suất 168 MWp. Dự kiến mỗi năm nhà máy phát lên lưới khoảng 246 triệu kWh, đáp ứng nhu cầu sử dụng điện của khoảng 120.000 hộ gia đình và giảm phát thải 186.000 tấn CO2. Tổng vốn đầu tư của giai đoạn 2 là 3.460 tỷ đồng.",
      errors: [E("dates.weekday")],
    },
    // ── period ──
    // district committee; "tổng kết công tác năm 2025" on 12/10/2025 (the year not over) (paragraph; other figures unrelated)
    {
      text: "Ngày 12/10/2025, Ủy ban nhân dân huyện Hải Hậu tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026; tổng thu ngân sách trên địa bàn ước đạt 624 tỷ đồng. Năm 2025, huyện có thêm 4 xã đạt chuẩn nông thôn mới nâng cao, giải quyết việc làm cho 2.460 lao động; tỷ lệ hộ nghèo giảm còn 1,24%. Huyện đã giao 146 thanh niên nhập ngũ, đạt 100% chỉ tiêu.",
      errors: [E("period.review")],
    },
    // youth union; "sơ kết 6 tháng đầu năm 2025" on 15/3/2025
    { text: "Ngày 15/3/2025, Tỉnh đoàn Quảng Trị tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2025, với 12.460 đoàn viên tham gia các hoạt động tình nguyện.", errors: [E("period.review")] },
    // public transport; "sơ kết quý III/2025" on 20/8/2025 (quý III ends 30/9)
    { text: "Ngày 20/8/2025, Sở Giao thông vận tải thành phố Cần Thơ tổ chức sơ kết công tác quý III/2025; trong quý, xe buýt có trợ giá vận chuyển 1,24 triệu lượt hành khách, kinh phí trợ giá 18,6 tỷ đồng.", errors: [E("period.review")] },
    // state treasury; paragraph; "sơ kết công tác 9 tháng năm 2025" on 12/7/2025 (9 months end 30/9)
    {
      text: "Ngày 12/7/2025, Kho bạc Nhà nước tỉnh Hòa Bình tổ chức hội nghị sơ kết công tác 9 tháng năm 2025. Qua công tác kiểm soát chi, Kho bạc đã từ chối thanh toán 46 khoản chi chưa đủ thủ tục với số tiền 1,24 tỷ đồng. Tổng số tài khoản của đơn vị giao dịch là 3.460 tài khoản; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,8%. Kho bạc đã hoàn thành việc sáp nhập 6 phòng giao dịch.",
      errors: [E("period.review")],
    },
    // ── positions ──
    // district committee; one person Chủ tịch and Phó Chủ tịch of UBND huyện Nghi Lộc, no change of post
    { text: "Ông Nguyễn Văn Hùng, Chủ tịch Ủy ban nhân dân huyện Nghi Lộc, đã trao 46 suất quà cho gia đình chính sách. Phát biểu tại buổi lễ, Phó Chủ tịch Ủy ban nhân dân huyện Nghi Lộc Nguyễn Văn Hùng đề nghị các xã rà soát đối tượng.", errors: [E("positions.conflict")] },
    // pharmaceuticals; one person Giám đốc / Phó Giám đốc Sở Y tế tỉnh Bến Tre
    { text: "Bà Lê Thị Thu Hà, Phó Giám đốc Sở Y tế tỉnh Bến Tre, cho biết năm 2025 Sở đã thanh tra 412 cơ sở kinh doanh dược. Theo Giám đốc Sở Y tế tỉnh Bến Tre Lê Thị Thu Hà, 38 cơ sở bị xử phạt với tổng số tiền 624 triệu đồng.", errors: [E("positions.conflict")] },
    // courts; one person Chánh án / Phó Chánh án Tòa án nhân dân tỉnh Nam Định
    { text: "Ông Trần Quốc Toản, Chánh án Tòa án nhân dân tỉnh Nam Định, chủ trì hội nghị triển khai công tác năm 2026. Năm 2025, toàn ngành thụ lý 6.412 vụ việc; theo Phó Chánh án Tòa án nhân dân tỉnh Nam Định Trần Quốc Toản, tỷ lệ giải quyết đạt 94,6%.", errors: [E("positions.conflict")] },
    // military; paragraph; one person Chỉ huy trưởng / Phó Chỉ huy trưởng Ban Chỉ huy quân sự huyện Con Cuông
    {
      text: "Năm 2025, huyện Con Cuông giao 124 thanh niên nhập ngũ, đạt 100% chỉ tiêu. Thượng tá Lê Văn Thành, Chỉ huy trưởng Ban Chỉ huy quân sự huyện Con Cuông, cho biết lực lượng dân quân tự vệ của huyện có 1.246 đồng chí, đạt 1,86% dân số. Trong diễn tập khu vực phòng thủ, Phó Chỉ huy trưởng Ban Chỉ huy quân sự huyện Con Cuông Lê Văn Thành trực tiếp chỉ huy 386 chiến sĩ tham gia.",
      errors: [E("positions.conflict")],
    },
  ],
});

runTable("fresh 12: consistent traps", {
  valid: [],
  invalid: [
    // ── breakdown ──
    // veterans; paragraph; a closing stock of a subclass: 86 new members of whom 12 nữ (12 ≤ 86); "cuối năm có 2.412 hội viên, trong đó 148 hội viên nữ" (148 ≤ 2.412);
    // 98,6% of chi hội has no written part
    {
      text: "Năm 2025, Hội Cựu chiến binh huyện Quỳnh Lưu đã kết nạp 86 hội viên mới, trong đó 12 hội viên nữ; đến cuối năm, toàn huyện có 2.412 hội viên, trong đó 148 hội viên nữ. Hội đã vận động xây dựng 24 nhà nghĩa tình đồng đội với tổng kinh phí 1,86 tỷ đồng, giúp 46 hội viên thoát nghèo; 98,6% chi hội được xếp loại trong sạch, vững mạnh.",
      errors: [],
    },
    // vocational training; "trong đó" attributes that overlap: 2.180 + 1.640 + 412 = 4.232 > 3.460, but lao động nông thôn / nữ / khuyết tật are
    // not disjoint classes (each ≤ 3.460)
    { text: "Năm 2025, các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh Phú Yên tuyển sinh, đào tạo nghề cho 3.460 người, trong đó 2.180 lao động nông thôn, 1.640 lao động nữ và 412 người khuyết tật.", errors: [] },
    // prisons and amnesty; several wholes in one sentence: 2.846 phạm nhân under management, 124 đặc xá "trong đó 12 phạm nhân nữ" (12 ≤ 124),
    // 386 giảm thời hạn (another set); 124 + 386 = 510 ≤ 2.846 anyway
    { text: "Năm 2025, Trại giam Nam Hà đang quản lý, giáo dục 2.846 phạm nhân; có 124 phạm nhân được đặc xá, trong đó 12 phạm nhân nữ, và 386 phạm nhân được giảm thời hạn chấp hành án phạt tù.", errors: [] },
    // customs; a "nghìn tỷ" whole with "tỷ" parts after "gồm": 3.120 + 8.640 + 700 = 12.460 tỷ = 12,46 nghìn tỷ ✓
    { text: "Năm 2025, Cục Hải quan thành phố Hải Phòng thu ngân sách 12,46 nghìn tỷ đồng, gồm thuế nhập khẩu 3.120 tỷ đồng, thuế giá trị gia tăng hàng nhập khẩu 8.640 tỷ đồng và thuế tiêu thụ đặc biệt 700 tỷ đồng.", errors: [] },
    // ── plan ──
    // cooperatives; paragraph; a plan claim about another measure: doanh thu 18,6 / 18 = 103,33% → "103,3%" ✓; "riêng lợi nhuận không đạt kế hoạch"
    // (no profit plan written; 1,2 tỷ is the profit); cổ tức 8%; 412 thành viên
    {
      text: "Năm 2025, Hợp tác xã Nông nghiệp dịch vụ tổng hợp Tân Phong (huyện Vũ Thư) đạt doanh thu 18,6 tỷ đồng, bằng 103,3% kế hoạch (18 tỷ đồng); riêng lợi nhuận không đạt kế hoạch, chỉ đạt 1,2 tỷ đồng do giá vật tư nông nghiệp tăng cao. Hợp tác xã chia cổ tức 8%/năm trên vốn góp cho 412 thành viên, tạo việc làm thường xuyên cho 46 lao động với thu nhập bình quân 7,8 triệu đồng/người/tháng.",
      errors: [],
    },
    // public transport; a forecast: 24,6 / 30,3 = 81,19% → "81,2%" ✓ for 10 months; "dự kiến cả năm vượt kế hoạch" (a forecast, not a claim)
    { text: "Lũy kế 10 tháng năm 2025, xe buýt trên địa bàn tỉnh Bình Dương vận chuyển 24,6 triệu lượt hành khách, đạt 81,2% kế hoạch năm (30,3 triệu lượt); dự kiến cả năm vượt kế hoạch.", errors: [] },
    // state treasury; "lũy kế" and "bình quân": 18.460 / 21.365 = 86,403% → "86,4%" ✓; 18.460 / 11 = 1.678,2 → "1.678 tỷ" ✓ (paragraph; 1.246 ≤ 4.620)
    {
      text: "Lũy kế 11 tháng năm 2025, Kho bạc Nhà nước tỉnh Nghệ An đã kiểm soát chi 18.460 tỷ đồng, đạt 86,4% dự toán năm (21.365 tỷ đồng); bình quân mỗi tháng kiểm soát chi 1.678 tỷ đồng. Kho bạc đã từ chối thanh toán 86 khoản chi chưa đủ điều kiện với số tiền 1,46 tỷ đồng; 100% hồ sơ được giải quyết đúng hạn. Toàn tỉnh có 4.620 đơn vị giao dịch, trong đó 1.246 đơn vị thuộc cấp xã.",
      errors: [],
    },
    // universities; paragraph; 4.620 / 4.500 = 102,67% → "102,7% chỉ tiêu" ✓; percentage points beside a rate (94,6%, +1,8 điểm; no base written)
    {
      text: "Năm 2025, Trường Đại học Nông Lâm Huế tuyển được 4.620 thí sinh trúng tuyển nhập học, đạt 102,7% chỉ tiêu (4.500 chỉ tiêu). Theo kết quả khảo sát, tỷ lệ sinh viên có việc làm sau 12 tháng tốt nghiệp đạt 94,6%, tăng 1,8 điểm phần trăm so với năm trước. Trường hiện có 386 giảng viên, trong đó 124 tiến sĩ; tổng kinh phí cấp học bổng khuyến khích học tập năm học 2024-2025 là 12,4 tỷ đồng.",
      errors: [],
    },
    // ── growth ──
    // energy; a later period told first: 146,8 / 124,6 = 1,17817 → "tăng 17,8%" ✓
    { text: "Quý I/2025, sản lượng điện mặt trời mái nhà phát lên lưới trên địa bàn tỉnh Đắk Lắk đạt 146,8 triệu kWh; quý I/2024 đạt 124,6 triệu kWh, như vậy tăng 17,8%.", errors: [] },
    // pharmaceuticals; "tăng gấp 3 lần so với năm 2024 (62 cơ sở)": 186 / 62 = 3,0 ✓ (unsure: if "tăng gấp 3 lần" were read as +3 × = 4 ×, 186 ≠ 248)
    { text: "Năm 2025, Thanh tra Sở Y tế tỉnh Long An đã xử phạt vi phạm hành chính 186 cơ sở kinh doanh dược, tăng gấp 3 lần so với năm 2024 (62 cơ sở).", errors: [] },
    // water supply; percentage points beside a relative rate: 68,4% "tăng 4,2 điểm phần trăm" (base 64,2% not written), 24,6 triệu m3 "tăng 6,8%" (no base)
    { text: "Năm 2025, tỷ lệ dân cư nông thôn tỉnh Sóc Trăng sử dụng nước sạch đạt chuẩn đạt 68,4%, tăng 4,2 điểm phần trăm so với năm 2024; sản lượng nước sạch tiêu thụ đạt 24,6 triệu m3, tăng 6,8%.", errors: [] },
    // courts; paragraph; "tăng 124 vụ (5,3%)": base 2.460 − 124 = 2.336; 124 / 2.336 = 5,308% → "5,3%" ✓; 2.412 ≤ 2.460 (98,05% → "98%" ✓)
    {
      text: "Năm 2025, Tòa án nhân dân hai cấp tỉnh Nghệ An thụ lý 2.460 vụ án hình sự, tăng 124 vụ (5,3%) so với năm 2024; đã giải quyết 2.412 vụ, đạt tỷ lệ 98%. Các Tòa án đã tổ chức 186 phiên tòa rút kinh nghiệm và 64 phiên tòa trực tuyến. Tỷ lệ bản án, quyết định bị hủy, sửa do nguyên nhân chủ quan là 0,86%, thấp hơn chỉ tiêu Quốc hội giao.",
      errors: [],
    },
    // ── fraction ──
    // vocational training; slashes that are no fraction: "146/KH-UBND", "12/3/2025", "37/2022/NĐ-CP", "2025/2026"
    { text: "Thực hiện Kế hoạch số 146/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân tỉnh và Nghị định số 37/2022/NĐ-CP, Trường Cao đẳng Kỹ thuật Công nghiệp Quảng Ngãi tuyển sinh 1.240 học sinh cho năm học 2025/2026.", errors: [] },
    // military recruitment; "12/12 xã" (100%) and "186/190 thanh niên (97,9%)": 186 / 190 = 97,89% ✓
    { text: "Năm 2025, huyện Lộc Hà có 12/12 xã hoàn thành chỉ tiêu giao quân (100%); qua khám tuyển, 186/190 thanh niên được gọi đạt tiêu chuẩn sức khỏe (97,9%).", errors: [] },
    // vocational training; money as A/B: 46,2 / 52,8 = 87,50% ✓, beside a rate of another whole (76,4% toàn tỉnh)
    { text: "Đến ngày 31/12/2025, Sở Lao động tỉnh Kon Tum đã giải ngân 46,2/52,8 tỷ đồng vốn hỗ trợ đào tạo nghề (87,5%), trong khi tỷ lệ giải ngân vốn đầu tư công chung toàn tỉnh đạt 76,4%.", errors: [] },
    // cooperatives; paragraph; "98/102 hợp tác xã (96,1%)": 98 / 102 = 96,08% ✓; cổ tức 6–12% are rates, not fractions; 1.246 thành viên
    {
      text: "Đến cuối năm 2025, tỉnh Hà Nam có 102 hợp tác xã nông nghiệp đang hoạt động với 1.246 thành viên góp vốn. Qua đánh giá, 98/102 hợp tác xã hoạt động có hiệu quả (96,1%), mức chia cổ tức từ 6% đến 12% vốn góp mỗi năm. Doanh thu bình quân của một hợp tác xã đạt 4,6 tỷ đồng/năm, lãi bình quân 386 triệu đồng. Liên minh Hợp tác xã tỉnh đã cho 46 hợp tác xã vay vốn với tổng dư nợ 18,6 tỷ đồng.",
      errors: [],
    },
    // ── share ──
    // military recruitment; a share of a sub-whole named after "chiếm": 412 / 1.846 = 22,32% → "22,3% số thanh niên đạt tiêu chuẩn sức khỏe" ✓
    // (412 / 2.460 = 16,75% would be the other whole, not named)
    { text: "Năm 2025, thị xã Kỳ Anh tổ chức khám tuyển cho 2.460 thanh niên, có 1.846 thanh niên đạt tiêu chuẩn sức khỏe; trong đó 412 người có trình độ cao đẳng, đại học trở lên, chiếm 22,3% số thanh niên đạt tiêu chuẩn sức khỏe.", errors: [] },
    // energy; a share whose whole is not written (cả nước), beside one plant's output (246 triệu kWh; 246 / 4.126 = 5,96%, no share claimed of it)
    { text: "Năm 2025, sản lượng điện mặt trời của tỉnh Ninh Thuận đạt 4.126 triệu kWh, chiếm 12,4% sản lượng điện mặt trời cả nước; riêng Nhà máy điện mặt trời Phước Hữu phát lên lưới 246 triệu kWh.", errors: [] },
    // aquaculture; three shares closed by "còn lại": 7.480 + 3.120 + 1.860 = 12.460 ✓; 60,03 → "60,0%", 25,04 → "25,0%", 14,93 → "14,9%" ✓; 60,0 + 25,0 + 14,9 = 99,9 (rounding) (paragraph; "tăng 4,6%" has no base)
    {
      text: "Năm 2025, diện tích nuôi trồng thủy sản của tỉnh Cà Mau đạt 12.460 ha, trong đó nuôi tôm 7.480 ha, chiếm 60,0%; nuôi cá 3.120 ha, chiếm 25,0%; còn lại nuôi nhuyễn thể 1.860 ha, chiếm 14,9%. Sản lượng tôm nuôi đạt 246.000 tấn, tăng 4,6% so với năm 2024; kim ngạch xuất khẩu thủy sản đạt 1,24 tỷ USD. Tỉnh có 386 hợp tác xã, tổ hợp tác nuôi tôm.",
      errors: [],
    },
    // hospital; paragraph; 41.200 / 246.800 = 16,69% → "16,7%" ✓; nội trú 18.600 and 3.460 ca phẫu thuật are other wholes; 112,4% bed occupancy (no part)
    {
      text: "Năm 2025, Bệnh viện Sản - Nhi tỉnh Quảng Ninh đã khám bệnh cho 246.800 lượt người, trong đó 41.200 lượt trẻ em dưới 6 tuổi khám bằng thẻ bảo hiểm y tế, chiếm 16,7%. Bệnh viện điều trị nội trú cho 18.600 lượt người bệnh, thực hiện 3.460 ca phẫu thuật; công suất sử dụng giường bệnh đạt 112,4%. Kết quả đánh giá chất lượng bệnh viện năm 2025 đạt 3,92 điểm, tăng 0,12 điểm so với năm 2024.",
      errors: [],
    },
    // ── pct-total ──
    // courts (staff rating); 18,6 + 64,2 + 15,8 + 1,4 = 100,0 ✓ (of 500: 93, 321, 79, 7 = 500)
    { text: "Kết quả đánh giá, xếp loại 500 công chức Tòa án nhân dân hai cấp tỉnh Thanh Hóa năm 2025: hoàn thành xuất sắc nhiệm vụ 18,6%, hoàn thành tốt nhiệm vụ 64,2%, hoàn thành nhiệm vụ 15,8%, không hoàn thành nhiệm vụ 1,4%.", errors: [] },
    // commune committee; two structures side by side: 32,4 + 28,1 + 39,5 = 100,0 ✓; 46,2 + 53,8 = 100,0 ✓
    { text: "Năm 2025, cơ cấu kinh tế của xã Đông Hưng: nông nghiệp 32,4%, công nghiệp - xây dựng 28,1%, thương mại - dịch vụ 39,5%; cơ cấu lao động: lao động nông nghiệp 46,2%, lao động phi nông nghiệp 53,8%.", errors: [] },
    // elderly association; rates of different wholes in one sentence (no classes of one whole): 98,2%, 76,4%, 62,4% (sum 237 means nothing)
    { text: "Năm 2025, tỷ lệ người cao tuổi tỉnh Vĩnh Phúc có thẻ bảo hiểm y tế đạt 98,2%, được khám sức khỏe định kỳ đạt 76,4%, tham gia câu lạc bộ liên thế hệ tự giúp nhau đạt 62,4%.", errors: [] },
    // public transport subsidies; paragraph; three classes of passengers: 412 + 186 + 148 = 746 nghìn ✓; 55,23 → "55,2%", 24,93 → "24,9%", 19,84 → "19,8%" ✓;
    // 55,2 + 24,9 + 19,8 = 99,9 (rounding of three one-decimal figures); trợ giá 12,6 tỷ
    {
      text: "Tháng 11/2025, các tuyến xe buýt có trợ giá của tỉnh Thái Nguyên vận chuyển 746 nghìn lượt hành khách, gồm tuyến nội thành 412 nghìn lượt (55,2%), tuyến liên huyện 186 nghìn lượt (24,9%) và tuyến kế cận 148 nghìn lượt (19,8%). Kinh phí trợ giá trong tháng là 12,6 tỷ đồng; từ đầu năm, ngân sách tỉnh đã trợ giá 124,6 tỷ đồng. Hiện tỉnh có 14 tuyến xe buýt với 186 phương tiện, trong đó 46 xe sử dụng điện.",
      errors: [],
    },
    // ── two-ways ──
    // energy; paragraph; one text wholly in the English convention: 168.5 MWp, 246,860 MWh, 8.6%, 412.6 tỷ, 1,240 ha (no "." thousands, no "," decimals)
    {
      text: "Năm 2025, Công ty TNHH Năng lượng tái tạo Gia Lai vận hành 2 nhà máy điện mặt trời với tổng công suất 168.5 MWp trên diện tích 1,240 ha. Sản lượng điện phát lên lưới đạt 246,860 MWh, tăng 8.6% so với năm trước; doanh thu đạt 412.6 tỷ đồng. Công ty sử dụng 186 lao động, trong đó 64 kỹ sư, và đóng góp 24.8 tỷ đồng cho ngân sách địa phương, hỗ trợ 12 xã xây dựng nông thôn mới.",
      errors: [],
    },
    // pharmaceuticals; "Bằng chữ" right: bốn mươi hai triệu sáu trăm nghìn = 42.600.000 ✓; "1.005 (một nghìn không trăm linh năm)" ✓
    { text: "Sở Y tế tỉnh Tiền Giang đã tiếp nhận 1.005 (một nghìn không trăm linh năm) hồ sơ cấp chứng chỉ hành nghề dược; xử phạt Công ty cổ phần Dược phẩm Mekong số tiền 42.600.000 đồng (Bằng chữ: Bốn mươi hai triệu sáu trăm nghìn đồng).", errors: [] },
    // industrial parks; units right: 2.460 tỷ = 2,46 nghìn tỷ ✓ ("khoảng"); 1.850 triệu = 1,85 tỷ ✓
    { text: "Năm 2025, các khu công nghiệp tỉnh Hải Dương thu hút vốn đầu tư trong nước 2.460 tỷ đồng (khoảng 2,46 nghìn tỷ đồng); Ban Quản lý đã xử phạt 12 doanh nghiệp vi phạm về môi trường với tổng số tiền 1.850 triệu đồng (1,85 tỷ đồng).", errors: [] },
    // aquaculture; paragraph; "." thousands and "," decimals throughout: 12.460 tấn, 1.246,8 ha, 3,6 tỷ, 86,4 tạ (no number written two ways)
    {
      text: "Năm 2025, huyện Hải Hậu có 1.246,8 ha nuôi trồng thủy sản, sản lượng nuôi trồng đạt 12.460 tấn; sản lượng khai thác đạt 24.680 tấn. Toàn huyện có 386 tàu cá, trong đó 64 tàu có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình. Huyện hỗ trợ 3,6 tỷ đồng cho các hộ nuôi ngao bị thiệt hại; năng suất nuôi ngao bình quân đạt 86,4 tạ/ha.",
      errors: [],
    },
    // ── dates ──
    // universities; "thứ Sáu, ngày 19/12/2025" ✓ (python3 datetime: Friday) (paragraph; 246 ≤ 1.246, 1.240 ≤ 6.460)
    {
      text: "Thứ Sáu, ngày 19/12/2025, Trường Đại học Thủy lợi tổ chức lễ trao bằng tốt nghiệp cho 1.246 tân kỹ sư và 186 tân thạc sĩ. Trong số tân kỹ sư, 246 người tốt nghiệp loại giỏi và xuất sắc. Nhà trường cho biết 94,2% sinh viên khóa trước có việc làm sau một năm; năm 2025 trường tuyển sinh 6.460 sinh viên, trong đó 1.240 sinh viên chương trình tiên tiến.",
      errors: [],
    },
    // elderly association; a leap day: "thứ Ba, ngày 29/02/2028" ✓ (python3 datetime: Tuesday; 2028 is a leap year)
    { text: "Theo kế hoạch, Hội Người cao tuổi huyện Gia Lâm sẽ tổ chức Đại hội đại biểu nhiệm kỳ 2028-2033 vào thứ Ba, ngày 29/02/2028, với 186 đại biểu chính thức.", errors: [] },
    // water supply; "ngày 22/3/2025 (thứ Bảy)" ✓ (python3 datetime: Saturday); "Quyết định số 2460/QĐ-UBND" is a document number
    { text: "Hưởng ứng Ngày Nước thế giới 22/3/2025 (thứ Bảy), Công ty cổ phần Cấp nước Nghệ An thực hiện Quyết định số 2460/QĐ-UBND, lắp đặt miễn phí 124 đồng hồ nước cho hộ nghèo.", errors: [] },
    // disaster response; paragraph; "thứ Bảy, ngày 27/12/2025" ✓ (python3 datetime: Saturday); "24/24 giờ" (= 1); 1.246 hộ, 3,6 tỷ other figures
    {
      text: "Thứ Bảy, ngày 27/12/2025, Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình tổ chức tổng kết công tác phòng, chống thiên tai năm 2025. Trong năm, các lực lượng đã duy trì trực 24/24 giờ trong các đợt mưa lũ, sơ tán 1.246 hộ dân đến nơi an toàn. Tổng thiệt hại do thiên tai ước tính 86,4 tỷ đồng; tỉnh đã hỗ trợ khẩn cấp 3,6 tỷ đồng cho các hộ có nhà bị sập, trôi.",
      errors: [],
    },
    // ── period ──
    // youth union; reviews only planned: a plan issued 10/4/2025 that foresees "sơ kết vào tháng 7/2025" and "tổng kết vào tháng 9/2025"
    // (the summer campaign runs June–August; unsure: a checker tying "tổng kết" to the year 2025 would call September early, but both reviews are only planned and the period is the campaign)
    { text: "Ngày 10/4/2025, Tỉnh đoàn Bắc Giang ban hành kế hoạch Chiến dịch thanh niên tình nguyện hè năm 2025 với 12.460 lượt đoàn viên tham gia; dự kiến sơ kết chiến dịch vào tháng 7/2025 và tổng kết vào tháng 9/2025.", errors: [] },
    // auditing; "tổng kết công tác năm 2025" on 18/12/2025 ✓ (December)
    { text: "Ngày 18/12/2025, Kiểm toán nhà nước khu vực VI tổ chức hội nghị tổng kết công tác năm 2025; trong năm, đơn vị kiến nghị xử lý tài chính 2.460 tỷ đồng.", errors: [] },
    // microfinance; "sơ kết 6 tháng đầu năm 2025" on 2/7/2025 ✓
    { text: "Ngày 2/7/2025, Quỹ Trợ vốn cho phụ nữ nghèo tỉnh Thanh Hóa tổ chức sơ kết hoạt động 6 tháng đầu năm 2025; tổng dư nợ đạt 186 tỷ đồng với 24.600 khách hàng.", errors: [] },
    // commune committee; paragraph; "tổng kết năm 2024" on 10/01/2025 ✓ (after the year); "năm 2025" tasks; 9,4% and 1.246 other figures
    {
      text: "Ngày 10/01/2025, Ủy ban nhân dân xã Hòa Tiến tổ chức hội nghị tổng kết tình hình kinh tế - xã hội, quốc phòng - an ninh năm 2024 và triển khai nhiệm vụ năm 2025. Năm 2024, tổng giá trị sản xuất của xã tăng 9,4%; thu ngân sách xã đạt 12,6 tỷ đồng. Xã đã giao 8 thanh niên nhập ngũ, xây dựng lực lượng dân quân 124 đồng chí, giải quyết việc làm cho 1.246 lao động.",
      errors: [],
    },
    // ── positions ──
    // hospital; a change of post over time: Phó Giám đốc from 4/2021, Giám đốc from 9/2025
    { text: "Tháng 4/2021, bà Phan Thị Thu được bổ nhiệm giữ chức Phó Giám đốc Trung tâm Y tế huyện Hương Khê; từ tháng 9/2025, bà được bổ nhiệm giữ chức Giám đốc Trung tâm Y tế huyện Hương Khê.", errors: [] },
    // elderly association; a Chủ tịch and a Phó Chủ tịch who are two people
    { text: "Ông Đinh Văn Lộc, Chủ tịch Hội Người cao tuổi tỉnh Quảng Nam, và bà Võ Thị Mai, Phó Chủ tịch Hội Người cao tuổi tỉnh Quảng Nam, đã trao 386 suất quà cho hội viên có hoàn cảnh khó khăn.", errors: [] },
    // military recruitment; Chủ tịch UBND huyện who is also Chủ tịch Hội đồng nghĩa vụ quân sự (two units); the Phó Chủ tịch is another person
    { text: "Ông Lê Minh Tuấn, Chủ tịch Ủy ban nhân dân huyện Cẩm Xuyên, Chủ tịch Hội đồng nghĩa vụ quân sự huyện, và ông Hồ Văn Sơn, Phó Chủ tịch Ủy ban nhân dân huyện, Phó Chủ tịch Hội đồng nghĩa vụ quân sự huyện, đã tặng quà 146 tân binh.", errors: [] },
    // district committee; paragraph; one person Phó Bí thư Huyện ủy and Chủ tịch UBND huyện (two units, no rank and its deputy in one unit)
    {
      text: "Phát biểu tại hội nghị tổng kết năm 2025, ông Võ Đức Thắng, Phó Bí thư Huyện ủy, Chủ tịch Ủy ban nhân dân huyện Đức Linh cho biết tổng giá trị sản xuất của huyện tăng 8,6%, thu nhập bình quân đầu người đạt 68,4 triệu đồng. Huyện có 18/18 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo còn 0,86%. Công tác tuyển quân đạt 100% chỉ tiêu với 146 thanh niên nhập ngũ.",
      errors: [],
    },
  ],
});
