/**
 * Blind audit 8: a ninth batch of fresh cases, written and committed before baocao ran on them.
 * The author (helper blind9) read only: its brief and /work/notes/BRIEF.md; table.ts; all of
 * fresh8.test.ts (header and cases); the header of fresh7.test.ts and the comment lines of its
 * cases; the header of fresh6.test.ts; the checks README of ../shared/corpus/checks with about
 * seventy rows of its cases.tsv; and README.md's rule table with the measured-results table and
 * the two round summaries after it (lines ~236–330). Not src/relate, not src/check, no other
 * src/ file (the last commit's one-line message was seen when the worktree was made). Nothing was
 * run on this table: not parseReport, not the CLI, not vitest, no script of the repo (only
 * `npx tsc --noEmit -p .` to see it compile; `npm ci` built the repo, as any install does). Every
 * figure was checked by hand with python3 arithmetic, which is in the comment above each case; the
 * weekdays with python3's datetime.
 *
 * 40 contradictions (exactly one each, four per family: breakdown, plan, growth, fraction, share,
 * pct-total, two-ways, dates, period, positions) and 40 consistent texts (four per family).
 * Genres mostly beyond institute posts and beyond fresh8's mix: commune and ward people's
 * committees, border guards, customs, courts and a procuracy, hospital departments, vocational
 * colleges, kindergartens, water and power companies, microfinance, fisheries, forestry, tourism,
 * museums and libraries, elections (voters, turnout, ballots), religious and ethnic affairs,
 * veterans' and women's associations.
 *
 * Shapes (contradictions): two breakdowns of one whole (one adds up, the other not); a year list
 * closed by "tổng cộng"; stock and flow (đầu năm + kết nạp − giảm = cuối năm); an open
 * "trong đó" pair of exhaustive kinds (xuất/nhập khẩu) over its whole; "bằng N% kế hoạch" with the
 * plan in a bracket; the plan in the sentence before ("Chỉ tiêu … là …"); "không hoàn thành kế
 * hoạch" above 100%; "tăng 3 lần, từ A lên B" that is five times; "bằng 115% so với năm 2023 (…)";
 * percentage points ("tăng 2,5 điểm phần trăm … (95,1%)"); "tăng 12%, từ 248 xuống còn 218";
 * "thụ lý X, giải quyết Y, đạt tỷ lệ P%"; "27/25 đơn vị bầu cử"; "A/B …, chiếm N%"; "N% (A/B trẻ)";
 * a share with its whole in "nghìn"; a share with its whole in the sentence before; a five-class
 * structure of power sales; valid/invalid ballots; believers by religion closed by "khác"; length
 * bands of a fleet ("dưới 12 m … từ 12 m đến dưới 15 m … từ 15 m trở lên"); "Bằng chữ" in a
 * judgment; "nghìn tấn (tức … triệu tấn)"; words first then digits "năm mươi tư (45)"; the English
 * convention in a company report with the amount in words; a weekday in a bracket after the date
 * ("Ngày 14/4/2025 (thứ Ba)"); 31/9; 29/02/1900 (a century year that is no leap year); "Sáng Chủ
 * nhật, ngày 7/12/2024"; a term "nhiệm kỳ 2021-2026" reviewed in 2024; a phase 2021-2025 reviewed
 * in 2024; a school year reviewed in its November, with a right weekday; a half-year reviewed in
 * March; one person stated twice with a rank and its deputy (dashes around the second title, a
 * military rank after the second title, a hospital department, a short name "bà Trang").
 *
 * Shapes (traps): two breakdowns of one whole that both add up; a year list with "tổng cộng" and
 * a "trong đó" inside one year; stock and flow that holds; "hơn 386.000" with parts summing to
 * 386.600; "gần … đạt khoảng 92%"; a term's plan beside one year's result; plan and growth in one
 * sentence, each with its base; count × unit price beside a plan; percentage points (8,2 points =
 * +15,1% relative); "bằng 115% …, tức tăng 15%"; "tăng 3 lần, từ A lên B" as three times; "gần
 * 86.000 … tăng 12%"; "thụ lý, giải quyết, đạt P%" with a subset after; fractions of two wholes
 * (voters, valid ballots); A/B with a rate of another whole beside; a share of a whole not written
 * beside a larger figure of another whole; "chiếm gần một nửa"; "chiếm hơn 30%"; a share in a
 * paragraph with an unbased growth; turnout beside the valid-ballot share; two percent
 * structures of one whole (sex and level); three one-decimal shares summing to 99,9; an open list
 * of shares; "Bằng chữ" with "lăm" and "3 (ba) năm"; count × unit price restated in words; ha
 * restated in km²; the English convention with an amount in words that agrees; a right Sunday of
 * 2021; 29/02/1908; a judgment number "31/2024/HS-ST" beside 29/02/2024; a right Friday; a
 * mid-term review; a congress opening its term; a school year reviewed in May; a half-year
 * reviewed in its June; a change of post by appointment; posts in two units; a title with the
 * company's abbreviation (PC Quảng Bình); a head and a deputy who are two people with names that
 * share a prefix. 22 of the 80 (12 contradictions, 10 traps) sit inside paragraphs of
 * 340–411 characters with unrelated figures.
 *
 * Labels the author is unsure of are said in the case's comment ("unsure"). The sentences are
 * invented (not copied from ../shared nor from the other tables; place names are real, bodies
 * and figures invented). Traps are listed in `invalid` with `errors: []` (no error and no
 * warning expected), so their findings are also checked. Nothing is marked test.fails here: the
 * first run records the failures.
 *
 * First run (blind, on main at 7d4aba8 with only this file merged, before any fix of this
 * session's helpers, none of whom saw this file): contradictions raised as the expected error
 * 26/40; consistent texts with no error and no warning 40/40. Per family (contradictions): breakdown
 * 1/4 (a year list closed by "tổng cộng" and stock and flow missed; the "trong đó" export/import pair
 * a warning), plan 3/4, growth 2/4 (percentage points missed; "tăng 12% … xuống còn" a warning),
 * fraction 2/4 ("thụ lý … giải quyết … đạt tỷ lệ" and "46/52 …, chiếm 92,3%" missed), share 3/4,
 * pct-total 2/4 (101,0 from five one-decimal shares a warning; two ballot shares missed), two-ways
 * 4/4, dates 4/4, period 3/4 (a phase reviewed before its end), positions 2/4 (a rank and its
 * deputy between commas after the second title; a short name). The misses are test.fails with what
 * baocao did.
 *
 * Now (s32-fix9, by shape, with sentences of its own in fix9-shapes.test.ts): 35/40 · 40/40. Fixed:
 * "không hoàn thành kế hoạch" after "nhưng vẫn", "tăng 12% … xuống còn" (an error: the clause's own
 * words go both ways), "46/52 …, chiếm 92,3%.", a part counted in "lượt" before a predicate, a
 * structure introduced with its year, owner and dimension, two complementary ballot shares, a phase
 * reviewed by its programme's name, a title before ", Đại tá X,", a short name "bà Trang". And the
 * year list closed by "tổng cộng" (s32-chkmiss's relate/sum-years.ts, written for the known misses
 * without this file): 36/40 · 40/40; and stock and flow (s32-stockflow, relate/stock-flow.ts, with
 * its own table in stock-flow.test.ts): 37/40 · 40/40. Left: percentage points, "thụ lý … vụ, việc …,
 * đạt tỷ lệ" (the "vụ, việc" pair breaks the reading chkmiss added for "thụ lý X, giải quyết Y, đạt
 * P%"), and the export/import pair after "trong đó" (a warning: parts not known to be disjoint).
 */
import { E, runTable } from "./table.js";

runTable("fresh 9: contradictions", {
  valid: [],
  invalid: [
    // ── breakdown ──
    // commune; two breakdowns of one whole: 142 + 96 + 80 = 318 ✓; 205 + 103 = 308 ≠ 318 hồ sơ
    { text: "Năm 2024, Bộ phận Một cửa của Ủy ban nhân dân xã Phong Thạnh tiếp nhận 318 hồ sơ thủ tục hành chính, gồm 142 hồ sơ hộ tịch, 96 hồ sơ đất đai và 80 hồ sơ chứng thực; xét theo hình thức nộp, 318 hồ sơ này gồm 205 hồ sơ nộp trực tuyến và 103 hồ sơ nộp trực tiếp.", errors: [E("breakdown.sum")] },
    // forestry; a year list closed by "tổng cộng": 46 + 58 + 63 + 71 = 238 ≠ 248 ha
    { text: "Giai đoạn 2021-2024, Ban Quản lý rừng phòng hộ Tĩnh Gia đã trồng mới rừng phòng hộ ven biển: năm 2021 trồng 46 ha, năm 2022 trồng 58 ha, năm 2023 trồng 63 ha, năm 2024 trồng 71 ha, tổng cộng 248 ha.", errors: [E("breakdown.sum")] },
    // veterans; stock and flow: 4.260 + 186 − 74 = 4.372 ≠ 4.382 hội viên
    // (unsure: no documented rule names stock and flow; may give no finding, or another rule)
    { text: "Đầu năm 2024, Hội Cựu chiến binh huyện Hương Sơn có 4.260 hội viên; trong năm kết nạp mới 186 hội viên, giảm 74 hội viên do từ trần và chuyển sinh hoạt, đến cuối năm toàn huyện có 4.382 hội viên.", errors: [E("breakdown.sum")] },
    // customs; paragraph; an open "trong đó" pair of disjoint kinds over the whole:
    // 7.380 + 5.240 = 12.620 > 12.460 tờ khai (unsure: may come as breakdown.part)
    {
      text: "Năm 2024, Chi cục Hải quan cửa khẩu quốc tế Lao Bảo đã làm thủ tục cho 12.460 tờ khai, trong đó 7.380 tờ khai xuất khẩu và 5.240 tờ khai nhập khẩu, với tổng kim ngạch 1.846 triệu USD. Chi cục đã phát hiện, xử lý 38 vụ vi phạm pháp luật hải quan, thu nộp ngân sách 2,6 tỷ đồng tiền phạt. Thời gian thông quan trung bình hàng xuất khẩu là 2 giờ 15 phút; 100% thủ tục hải quan được thực hiện trên hệ thống điện tử.",
      // (a warning until round 33: export and import declarations are two qualifiers of one noun, relate/pair-qualifiers.ts)
      errors: [E("breakdown.sum")],
    },

    // ── plan ──
    // water company; "bằng N% kế hoạch" with the plan in a bracket: 28,6 ÷ 27,2 = 105,1%, not 110%
    { text: "Năm 2024, Công ty Cổ phần Cấp nước Hà Tĩnh sản xuất 28,6 triệu m³ nước sạch, bằng 110% kế hoạch năm (27,2 triệu m³).", errors: [E("plan.ratio")] },
    // vocational college; the plan in the sentence before: 1.846 ÷ 1.760 = 104,9%, not 108%
    { text: "Chỉ tiêu tuyển sinh năm 2024 của Trường Cao đẳng Kỹ thuật Công nghệ Dung Quất là 1.760 người. Kết thúc đợt tuyển sinh, trường đã tuyển được 1.846 người, đạt 108% chỉ tiêu.", errors: [E("plan.ratio")] },
    // microfinance; paragraph; "không hoàn thành kế hoạch" above 100%: 612 ÷ 580 = 105,5%
    // ("96% là phụ nữ" has no written whole)
    {
      text: "Năm 2024, Tổ chức tài chính vi mô TNHH Thanh Tâm chi nhánh Thanh Hóa phục vụ 18.600 thành viên, 96% là phụ nữ nông thôn. Doanh số giải ngân cả năm đạt 612 tỷ đồng nhưng vẫn không hoàn thành kế hoạch được giao (580 tỷ đồng). Tỷ lệ nợ quá hạn chỉ 0,12%; chi nhánh đã mở thêm 2 điểm giao dịch và tổ chức 1.240 buổi sinh hoạt cụm về giáo dục tài chính cho thành viên.",
      errors: [E("plan.direction")],
    },
    // fisheries; paragraph: 186.400 ÷ 190.000 = 98,1%, not 89,6% (186.400 ≤ 276.400; 1.920 ≤ 4.860)
    {
      text: "Năm 2024, tổng sản lượng thủy sản của tỉnh Quảng Ngãi đạt 276.400 tấn, trong đó sản lượng khai thác hải sản đạt 186.400 tấn, đạt 89,6% kế hoạch năm (190.000 tấn). Toàn tỉnh có 4.860 tàu cá, trong đó 1.920 tàu có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình. Ngư dân được hỗ trợ 18,6 tỷ đồng tiền nhiên liệu; cảng cá Sa Huỳnh đón 6.400 lượt tàu ra vào.",
      errors: [E("plan.ratio")],
    },

    // ── growth ──
    // library; "tăng 3 lần, từ A lên B": 92.000 ÷ 18.400 = 5 times (neither 3 nor 4)
    { text: "Số lượt bạn đọc truy cập thư viện số của Thư viện tỉnh Bình Định tăng 3 lần, từ 18.400 lượt năm 2022 lên 92.000 lượt năm 2024.", errors: [E("growth.multiple")] },
    // customs; "bằng N% so với năm trước (base)": 4.860 ÷ 4.460 = 108,97% → 109%, not 115%
    { text: "Năm 2024, kim ngạch xuất nhập khẩu qua địa bàn Cục Hải quan tỉnh Lạng Sơn đạt 4.860 triệu USD, bằng 115% so với năm 2023 (4.460 triệu USD).", errors: [E("growth.rate")] },
    // elections; percentage points: 98,6 − 95,1 = 3,5 points, not 2,5
    // (unsure: points may not be read; the rule may be another growth.* id — it is growth.delta since
    // round 33, relate/growth-points.ts: a difference of two rates, as "tăng 380 em so với … (2.150 em)")
    { text: "Tại cuộc bầu cử đại biểu Hội đồng nhân dân xã Tân Lập, tỷ lệ cử tri đi bầu đạt 98,6%, tăng 2,5 điểm phần trăm so với cuộc bầu cử nhiệm kỳ trước (95,1%).", errors: [E("growth.delta")] },
    // fisheries; paragraph; "tăng 12%, từ 248 … xuống còn 218": 218 ÷ 248 = 87,9%, a fall of 12,1%
    // (unsure: may also come as growth.rate, +12% against −12,1%)
    {
      text: "Năm 2024, Chi cục Thủy sản tỉnh Kiên Giang đã kiểm tra 1.260 lượt tàu cá tại các cảng, cửa biển; số vụ vi phạm quy định về khai thác thủy sản bất hợp pháp tăng 12%, từ 248 vụ năm 2023 xuống còn 218 vụ năm 2024. Chi cục đã thả 2,4 triệu con giống thủy sản để tái tạo nguồn lợi, cấp 640 giấy chứng nhận an toàn thực phẩm và hướng dẫn 86 tổ hợp tác khai thác trên biển.",
      errors: [E("growth.direction")],
    },

    // ── fraction ──
    // court; "thụ lý X, giải quyết Y, đạt tỷ lệ P%": 1.158 ÷ 1.246 = 92,9%, not 94,9%
    // (unsure: no A/B written; may come as share.of-whole or plan.ratio, or nothing)
    // (a test.fails until s33, expected as fraction.percent: the pair "vụ, việc" broke share-handled.ts's
    // reading; read since, it comes as share.of-whole, the rule of "thụ lý 250 vụ, giải quyết 230 vụ, đạt 92%")
    { text: "Năm 2024, Tòa án nhân dân huyện Thạch Thành thụ lý 1.246 vụ, việc các loại, đã giải quyết 1.158 vụ, việc, đạt tỷ lệ 94,9%.", errors: [E("share.of-whole")] },
    // elections; A > B: 27/25 đơn vị bầu cử
    { text: "Kết quả bầu cử, huyện Mường Tè có 27/25 đơn vị bầu cử đại biểu Hội đồng nhân dân huyện bầu đủ số đại biểu được ấn định.", errors: [E("fraction.over")] },
    // ethnic affairs; "A/B …, chiếm N%": 46 ÷ 52 = 88,5%, not 92,3% (= 48 ÷ 52)
    // (unsure: may come as share.of-whole)
    { text: "Đến hết năm 2024, huyện Bảo Lâm có 46/52 thôn, bản đặc biệt khó khăn được đầu tư đường giao thông đến trung tâm thôn, chiếm 92,3%.", errors: [E("fraction.percent")] },
    // kindergarten; paragraph; "N% (A/B trẻ)": 22 ÷ 412 = 5,3%, not 6,3%
    {
      text: "Năm học 2024-2025, Trường Mầm non Hoa Ban có 412 trẻ, 14 nhóm lớp, 100% trẻ được ăn bán trú. Qua cân đo đầu năm, tỷ lệ trẻ suy dinh dưỡng thể thấp còi là 6,3% (22/412 trẻ), giảm so với năm học trước. Trường có 31 giáo viên, 100% đạt chuẩn trình độ đào tạo; năm qua trường được đầu tư 1,8 tỷ đồng xây mới 3 phòng học và bổ sung đồ chơi ngoài trời cho các cháu.",
      errors: [E("fraction.percent")],
    },

    // ── share ──
    // hospital department: 1.872 ÷ 4.680 = 40,0%, not 44%
    { text: "Năm 2024, Khoa Nhi Bệnh viện Đa khoa tỉnh Ninh Thuận điều trị nội trú 4.680 lượt bệnh nhi, trong đó 1.872 lượt mắc bệnh lý hô hấp, chiếm 44%.", errors: [E("share.of-whole")] },
    // elections: 13 ÷ 35 = 37,1%, not 40%
    { text: "Kết quả bầu cử đại biểu Hội đồng nhân dân huyện Tam Đường, tổng số người trúng cử là 35 người, trong đó nữ 13 người, chiếm 40%.", errors: [E("share.of-whole")] },
    // veterans; the whole in "nghìn": 31.620 ÷ 46.800 = 67,6%, not 72,6%
    { text: "Hội Cựu chiến binh tỉnh Nam Định hiện có 46,8 nghìn hội viên; trong đó hội viên là đảng viên 31.620 người, chiếm 72,6%.", errors: [E("share.of-whole")] },
    // forestry; paragraph; the whole in the sentence before: 18.640 ÷ 72.460 = 25,7%, not 28,4%
    // ("58,2%" has no written whole)
    {
      text: "Năm 2024, tổng diện tích rừng trồng của Công ty TNHH MTV Lâm nghiệp Yên Thế là 72.460 ha, tỷ lệ che phủ rừng trên địa bàn quản lý đạt 58,2%. Diện tích rừng được cấp chứng chỉ quản lý rừng bền vững FSC là 18.640 ha, chiếm 28,4% tổng diện tích rừng trồng. Công ty khai thác 2.860 ha rừng trồng, sản lượng gỗ 312.000 m³; đã trồng lại 2.940 ha và ươm 4,6 triệu cây giống.",
      errors: [E("share.of-whole")],
    },

    // ── pct-total ──
    // power company; five classes of one whole: 58,4 + 31,2 + 6,8 + 2,1 + 2,5 = 101,0 ≠ 100
    // (rounding of five one-decimal values allows at most 0,25)
    { text: "Cơ cấu điện thương phẩm năm 2024 của Công ty Điện lực Vĩnh Phúc theo thành phần phụ tải: công nghiệp - xây dựng 58,4%; quản lý và tiêu dùng dân cư 31,2%; thương mại - dịch vụ 6,8%; nông, lâm nghiệp, thủy sản 2,1%; hoạt động khác 2,5%.", errors: [E("percent-total.sum")] },
    // elections; valid and invalid ballots: 98,7 + 2,3 = 101,0 ≠ 100
    // (unsure: two classes may not be read as a closed structure)
    { text: "Tổng hợp kết quả bầu cử tại phường Quang Trung: số phiếu hợp lệ chiếm 98,7% và số phiếu không hợp lệ chiếm 2,3% tổng số phiếu thu vào.", errors: [E("percent-total.sum")] },
    // religious affairs; paragraph; closed by "các tôn giáo khác": 46,2 + 38,5 + 9,4 + 4,1 = 98,2 ≠ 100
    {
      text: "Huyện Xuân Trường hiện có 86 cơ sở thờ tự của các tôn giáo được Nhà nước công nhận, 112 chức sắc và 246 chức việc. Trong tổng số 18.640 tín đồ các tôn giáo trên địa bàn, tín đồ Công giáo chiếm 46,2%, Phật giáo chiếm 38,5%, Tin Lành chiếm 9,4%, các tôn giáo khác chiếm 4,1%. Năm 2024, Ban Tôn giáo huyện đã tổ chức 8 lớp bồi dưỡng kiến thức pháp luật cho 640 lượt chức sắc, chức việc.",
      errors: [E("percent-total.sum")],
    },
    // fisheries; length bands that cover the fleet: 54,2 + 18,6 + 29,4 = 102,2 ≠ 100
    { text: "Cơ cấu đội tàu cá tỉnh Bình Thuận năm 2024 theo chiều dài: tàu dưới 12 m chiếm 54,2%; tàu từ 12 m đến dưới 15 m chiếm 18,6%; tàu từ 15 m trở lên chiếm 29,4%.", errors: [E("percent-total.sum")] },

    // ── two-ways ──
    // court; "Bằng chữ": bốn mươi sáu triệu sáu trăm nghìn = 46.600.000 ≠ 48.600.000 đồng
    { text: "Hội đồng xét xử buộc bị đơn Công ty TNHH Xây dựng Minh Phát bồi thường cho nguyên đơn số tiền 48.600.000 đồng (Bằng chữ: Bốn mươi sáu triệu sáu trăm nghìn đồng).", errors: [E("restatement.words")] },
    // fisheries; "tức" in other units: 148,6 nghìn tấn = 0,1486 triệu tấn ≠ 1,486 triệu tấn
    { text: "Năm 2024, sản lượng thủy sản nuôi trồng của tỉnh Cà Mau đạt 148,6 nghìn tấn (tức 1,486 triệu tấn).", errors: [E("restatement.units")] },
    // elections; words first, then digits: năm mươi tư = 54 ≠ 45
    { text: "Ủy ban bầu cử huyện Mù Cang Chải công bố danh sách chính thức gồm năm mươi tư (45) người ứng cử đại biểu Hội đồng nhân dân huyện.", errors: [E("restatement.words")] },
    // water company; paragraph; English convention throughout; 1,520 tỷ against "một nghìn hai
    // trăm năm mươi tỷ" = 1,250 tỷ ("tăng 9.6%" has no base)
    // (unsure: a separator or mixed-convention warning may come too)
    {
      text: "Công ty Cổ phần Nước sạch Thuận Thành công bố kết quả năm 2024: doanh thu thuần 1,246.8 tỷ đồng, lợi nhuận sau thuế 186.4 tỷ đồng, tăng 9.6% so với năm trước. Đại hội đồng cổ đông thường niên đã thông qua phương án tăng vốn điều lệ lên 1,520 tỷ đồng (một nghìn hai trăm năm mươi tỷ đồng) và chia cổ tức 12%. Công ty cung cấp bình quân 186,000 m³ nước mỗi ngày cho 142,600 khách hàng tại 4 huyện.",
      errors: [E("restatement.words")],
    },

    // ── dates ──
    // museum; a weekday in a bracket after the date: 14/4/2025 was a Monday, not a Tuesday
    { text: "Ngày 14/4/2025 (thứ Ba), Bảo tàng tỉnh Gia Lai khai mạc trưng bày chuyên đề về Tây Nguyên với 146 hiện vật, tài liệu, hình ảnh.", errors: [E("dates.weekday")] },
    // customs; September has 30 days
    { text: "Ngày 31/9/2024, Chi cục Hải quan cửa khẩu Móng Cái đã bắt giữ 2 xe tải chở 12 tấn nầm lợn đông lạnh không rõ nguồn gốc.", errors: [E("dates.impossible")] },
    // museum; 1900 is no leap year (divisible by 100, not by 400)
    // (unsure: a rule of "divisible by 4" alone would take 29/02/1900 for real)
    { text: "Bảo tàng tỉnh Nam Định vừa tiếp nhận bức thư viết tay đề ngày 29/02/1900 của một nhà nho địa phương, cùng 36 hiện vật khác do gia đình hiến tặng.", errors: [E("dates.impossible")] },
    // women's association; paragraph; 7/12/2024 was a Saturday, not a Sunday
    {
      text: "Sáng Chủ nhật, ngày 7/12/2024, Hội Liên hiệp Phụ nữ thành phố Tuy Hòa tổ chức Ngày hội Phụ nữ khởi nghiệp với 46 gian hàng của các hội viên. Tại ngày hội, Hội đã trao 12 giải thưởng cho các dự án khởi nghiệp tiêu biểu, giới thiệu 86 sản phẩm OCOP và ký kết hợp tác tiêu thụ với 4 siêu thị. Năm 2024, Hội đã hỗ trợ 312 phụ nữ vay vốn với tổng dư nợ 14,6 tỷ đồng.",
      errors: [E("dates.weekday")],
    },

    // ── period ──
    // women's association; a term 2021-2026 "tổng kết" on 14/5/2024, two years before it ends
    // (unsure: a term across years may not be read as a period)
    { text: "Ngày 14/5/2024, Hội Liên hiệp Phụ nữ huyện Nghĩa Hưng tổ chức hội nghị tổng kết nhiệm kỳ 2021-2026, biểu dương 46 chi hội tiêu biểu.", errors: [E("period.review")] },
    // forestry; a phase 2021-2025 reviewed on 15/6/2024
    { text: "Ngày 15/6/2024, Chi cục Kiểm lâm tỉnh Yên Bái tổ chức hội nghị tổng kết Đề án phát triển rừng bền vững giai đoạn 2021-2025, báo cáo toàn tỉnh đã trồng mới 62.400 ha rừng.", errors: [E("period.review")] },
    // kindergarten; the school year 2024-2025 (to May 2025) reviewed on 15/11/2024; the weekday is
    // right (15/11/2024 was a Friday)
    { text: "Thứ Sáu, ngày 15/11/2024, Trường Mầm non Tuổi Thơ tổ chức lễ tổng kết năm học 2024-2025, khen thưởng 28 cô giáo và 146 cháu ngoan.", errors: [E("period.review")] },
    // microfinance; paragraph; "sơ kết 6 tháng đầu năm 2025" on 28/3/2025, three months early
    {
      text: "Ngày 28/3/2025, Quỹ Hỗ trợ phụ nữ phát triển tỉnh Thanh Hóa tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2025. Quỹ hiện phục vụ 8.640 thành viên tại 112 xã, dư nợ cho vay đạt 146 tỷ đồng, tỷ lệ nợ quá hạn 0,3%. Trong năm 2024, Quỹ đã giải ngân 186 tỷ đồng cho 5.280 lượt thành viên vay vốn phát triển chăn nuôi, trồng trọt và buôn bán nhỏ ở nông thôn.",
      errors: [E("period.review")],
    },

    // ── positions ──
    // court; the second title between dashes, name first: Chánh án and Phó Chánh án of one court
    { text: "Ông Đinh Công Tráng, Chánh án Tòa án nhân dân huyện Yên Mô, cho biết năm 2024 đơn vị đã giải quyết 612 vụ, việc. Cũng tại hội nghị, ông Đinh Công Tráng - Phó Chánh án Tòa án nhân dân huyện Yên Mô - đề nghị các xã tăng cường hòa giải ở cơ sở.", errors: [E("positions.conflict")] },
    // border guard; a military rank after the second title: Chỉ huy trưởng and Phó Chỉ huy trưởng
    { text: "Đại tá Lê Văn Bình, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Hà Giang, đã trao 46 con bò giống cho hộ nghèo khu vực biên giới. Phát biểu tại buổi lễ, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh Hà Giang, Đại tá Lê Văn Bình, cho biết đơn vị sẽ tiếp tục hỗ trợ 20 hộ trong năm 2025.", errors: [E("positions.conflict")] },
    // hospital department; paragraph; Trưởng khoa and Phó trưởng khoa of one department
    {
      text: "Năm 2024, Khoa Hồi sức tích cực - Chống độc, Bệnh viện Đa khoa tỉnh Thanh Hóa điều trị cho 2.460 lượt người bệnh nặng, thực hiện 312 ca lọc máu liên tục và 46 ca trao đổi oxy qua màng ngoài cơ thể. BSCKII Trần Thị Hạnh, Trưởng khoa Hồi sức tích cực - Chống độc, cho biết khoa có 64 giường bệnh. Theo Phó trưởng khoa Hồi sức tích cực - Chống độc Trần Thị Hạnh, tỷ lệ cứu sống người bệnh sốc nhiễm khuẩn đạt 72%.",
      errors: [E("positions.conflict")],
    },
    // museum; paragraph; the second mention by the given name only: Giám đốc and Phó Giám đốc
    // (unsure: "bà Trang" may not be tied to "Phạm Thị Thu Trang")
    {
      text: "Năm 2024, Bảo tàng tỉnh Lâm Đồng đón 86.400 lượt khách, tổ chức 6 cuộc trưng bày lưu động tại 12 huyện, thành phố. Bà Phạm Thị Thu Trang, Giám đốc Bảo tàng tỉnh Lâm Đồng, cho biết bảo tàng đang lưu giữ 18.640 hiện vật, trong đó có 4 bảo vật quốc gia. Trả lời phóng viên, bà Trang, Phó Giám đốc Bảo tàng tỉnh Lâm Đồng, cho biết năm 2025 bảo tàng sẽ số hóa thêm 2.000 hiện vật.",
      errors: [E("positions.conflict")],
    },
  ],
});

runTable("fresh 9: consistent traps", {
  valid: [],
  invalid: [
    // ── breakdown ──
    // kindergarten; two breakdowns of one whole: 58 + 268 = 326; 161 + 165 = 326 (sum of all four 652)
    { text: "Năm học 2024-2025, Trường Mầm non Sơn Ca có 326 trẻ, gồm 58 trẻ nhà trẻ và 268 trẻ mẫu giáo; theo giới tính, có 161 trẻ nữ và 165 trẻ nam. Trường có 11 nhóm, lớp với 27 giáo viên.", errors: [] },
    // museum; "tổng cộng" with a "trong đó" inside one year: 118.400 + 136.900 + 157.300 = 412.600
    // (the 21.300 lies inside 2023's 136.900; counted as a part it would give 433.900)
    { text: "Từ năm 2022 đến năm 2024, Bảo tàng tỉnh Quảng Trị đón tổng cộng 412.600 lượt khách: năm 2022 đón 118.400 lượt, năm 2023 đón 136.900 lượt (trong đó 21.300 lượt khách quốc tế), năm 2024 đón 157.300 lượt.", errors: [] },
    // women's association; paragraph; stock and flow that holds: 12.840 + 615 − 238 = 13.217
    {
      text: "Năm 2024, Hội Liên hiệp Phụ nữ huyện Đô Lương đã giúp 46 hộ hội viên thoát nghèo, giải ngân 12,4 tỷ đồng vốn vay ưu đãi qua 86 tổ tiết kiệm và vay vốn. Về tổ chức, đầu năm toàn huyện có 12.840 hội viên; trong năm kết nạp thêm 615 hội viên, giảm 238 hội viên do chuyển đi, từ trần; đến ngày 31/12/2024 có 13.217 hội viên, sinh hoạt tại 312 chi hội.",
      errors: [],
    },
    // border guard; "hơn 386.000" and "khoảng 214.000": 214.000 + 172.600 = 386.600, more than
    // 386.000, as "hơn" says
    { text: "Năm 2024, Đồn Biên phòng cửa khẩu quốc tế Cầu Treo đã kiểm soát, làm thủ tục xuất nhập cảnh cho hơn 386.000 lượt người, trong đó khoảng 214.000 lượt xuất cảnh và 172.600 lượt nhập cảnh.", errors: [] },

    // ── plan ──
    // tourism; approximations: 1,2 ÷ 1,3 = 92,3% → "khoảng 92%" ("gần 1,2 triệu")
    { text: "Năm 2024, Khu du lịch quốc gia Mộc Châu đón gần 1,2 triệu lượt khách, đạt khoảng 92% kế hoạch năm (1,3 triệu lượt).", errors: [] },
    // women's association; a term's plan beside one year: 368 ÷ 500 = 73,6% (132 ÷ 500 = 26,4%
    // would be wrong)
    { text: "Nghị quyết Đại hội Hội Liên hiệp Phụ nữ huyện Yên Thành nhiệm kỳ 2021-2026 đề ra chỉ tiêu giúp 500 hộ phụ nữ thoát nghèo; riêng năm 2024 đã giúp 132 hộ, lũy kế từ đầu nhiệm kỳ đến hết năm 2024 đã giúp 368 hộ, đạt 73,6% chỉ tiêu nhiệm kỳ.", errors: [] },
    // power company; plan and growth in one sentence, each with its base: 612 ÷ 600 = 102%;
    // 612 ÷ 564 = 108,51% → tăng 8,5%
    { text: "Năm 2024, Công ty Điện lực Lai Châu đạt sản lượng điện thương phẩm 612 triệu kWh, đạt 102% kế hoạch (600 triệu kWh) và tăng 8,5% so với năm 2023 (564 triệu kWh).", errors: [] },
    // vocational college; paragraph; 2.140 ÷ 2.000 = 107% → vượt 7%; count × unit price:
    // 312 × 1,5 = 468 triệu; 1.386 ≤ 2.140
    {
      text: "Năm 2024, Trường Trung cấp Dân tộc nội trú tỉnh Nghệ An tuyển sinh 2.140 người, vượt 7% chỉ tiêu được giao (2.000 người), trong đó 1.386 người là con em đồng bào dân tộc thiểu số. Nhà trường đã cấp 312 suất học bổng, mỗi suất 1,5 triệu đồng, tổng kinh phí 468 triệu đồng. Tỷ lệ học sinh tốt nghiệp có việc làm sau 6 tháng đạt 91,4%; trường có 86 giáo viên cơ hữu.",
      errors: [],
    },

    // ── growth ──
    // water; percentage points: 62,4 − 54,2 = 8,2 points (62,4 ÷ 54,2 = +15,1% relative, not claimed)
    { text: "Đến cuối năm 2024, tỷ lệ hộ dân nông thôn tỉnh Sóc Trăng sử dụng nước sạch theo quy chuẩn đạt 62,4%, tăng 8,2 điểm phần trăm so với năm 2020 (54,2%).", errors: [] },
    // tourism company; "bằng 115% …, tức tăng 15%": 276 ÷ 240 = 1,15
    { text: "Năm 2024, doanh thu của Công ty Cổ phần Du lịch Hạ Long Xanh đạt 276 tỷ đồng, bằng 115% so với năm 2023 (240 tỷ đồng), tức tăng 15%.", errors: [] },
    // power company; "tăng 3 lần, từ A lên B" as three times: 42.600 ÷ 14.200 = 3
    { text: "Số khách hàng của Công ty Điện lực Bắc Kạn thanh toán tiền điện không dùng tiền mặt tăng 3 lần, từ 14.200 khách hàng năm 2021 lên 42.600 khách hàng năm 2024.", errors: [] },
    // museum; paragraph; "gần 86.000": 86.000 ÷ 76.800 = 111,98% → 12% (any figure from
    // 76.800 × 1,115 = 85.632 up rounds to 12%); "chiếm khoảng 18%" has no written whole
    {
      text: "Năm 2024, Bảo tàng Lịch sử tỉnh Thừa Thiên Huế đón gần 86.000 lượt khách, tăng 12% so với năm 2023 (76.800 lượt). Bảo tàng đã tổ chức 14 cuộc trưng bày chuyên đề, tiếp nhận 312 hiện vật do các cá nhân hiến tặng, số hóa 2.460 hiện vật. Khách tham quan qua hình thức trực tuyến chiếm khoảng 18%; bảo tàng đã phối hợp với 26 trường học tổ chức các tiết học lịch sử tại di tích.",
      errors: [],
    },

    // ── fraction ──
    // court; "thụ lý, giải quyết, đạt P%": 1.158 ÷ 1.246 = 92,94% → 92,9%; the 412 hòa giải thành
    // is a subset of the 1.158 (no rate claimed)
    { text: "Năm 2024, Tòa án nhân dân thị xã Sơn Tây thụ lý 1.246 vụ, việc, đã giải quyết 1.158 vụ, việc, đạt tỷ lệ 92,9%; trong số đã giải quyết, hòa giải thành 412 vụ, việc.", errors: [] },
    // elections; fractions of two wholes: 1.246 ÷ 1.302 = 95,70%; 1.118 ÷ 1.240 = 90,16% → 90,2%
    // (valid ballots 1.240 ≤ 1.246 voters)
    { text: "Tại khu vực bỏ phiếu số 3 phường Nam Hà, có 1.246/1.302 cử tri đi bầu (95,7%); ứng cử viên Nguyễn Thị Thu trúng cử với 1.118/1.240 phiếu hợp lệ (90,2%).", errors: [] },
    // ethnic affairs; A/B and a rate of another whole: 52 ÷ 56 = 92,86% → 92,9%; 98,4% is of households
    { text: "Đến cuối năm 2024, huyện Si Ma Cai có 52/56 thôn, bản có đường ô tô đến trung tâm (92,9%), tỷ lệ hộ sử dụng điện lưới quốc gia đạt 98,4%.", errors: [] },
    // procuracy; paragraph: 372 ÷ 386 = 96,37% → 96,4%; 198 ÷ 198 = 100%
    {
      text: "Năm 2024, Viện kiểm sát nhân dân huyện Quỳnh Phụ đã thụ lý kiểm sát 386 tin báo, tố giác về tội phạm, đã giải quyết 372/386 tin (96,4%). Viện đã thực hành quyền công tố đối với 214 vụ án hình sự với 362 bị can; truy tố đúng thời hạn 198/198 vụ (100%). Đơn vị đã ban hành 12 kiến nghị phòng ngừa vi phạm, 100% kiến nghị được các cơ quan hữu quan tiếp thu, chấp nhận.",
      errors: [],
    },

    // ── share ──
    // women's association; a share of a whole not written: 68,2% of the women aged 18 and over
    // (3.460 ÷ 0,682 ≈ 5.073 women); 3.460 ÷ 12.860 = 26,9% would be wrong
    { text: "Đến cuối năm 2024, Hội Liên hiệp Phụ nữ xã Quảng Phú có 3.460 hội viên, chiếm 68,2% số phụ nữ từ 18 tuổi trở lên trên địa bàn; xã có 12.860 nhân khẩu.", errors: [] },
    // tourism; "chiếm gần một nửa": 612 ÷ 1.264 = 48,4%
    { text: "Năm 2024, trong 1.264 lượt khách quốc tế lưu trú tại các homestay của xã Tả Van, khách Pháp chiếm gần một nửa, với 612 lượt.", errors: [] },
    // elections; "chiếm hơn 30%": 11 ÷ 35 = 31,4%
    { text: "Hội đồng nhân dân huyện Phong Thổ khóa mới có 35 đại biểu, trong đó 11 đại biểu nữ, chiếm hơn 30%.", errors: [] },
    // customs; paragraph: 2.184 ÷ 3.246 = 67,28% → 67,3%; "tăng 12% so với năm trước" has no base
    {
      text: "Năm 2024, Cục Hải quan tỉnh Quảng Ninh thu ngân sách nhà nước 3.246 tỷ đồng, tăng 12% so với năm trước; trong đó thuế giá trị gia tăng hàng nhập khẩu 2.184 tỷ đồng, chiếm 67,3%. Cục đã phát hiện, bắt giữ 146 vụ buôn lậu, gian lận thương mại, trị giá hàng hóa vi phạm ước 86,4 tỷ đồng. Thời gian giải phóng hàng bình quân đối với luồng xanh giảm còn 1 giờ 40 phút.",
      errors: [],
    },

    // ── pct-total ──
    // elections; turnout and the valid-ballot share are of two wholes: 99,1 + 98,6 = 197,7 is no claim
    { text: "Cuộc bầu cử tại xã Ea Tiêu diễn ra an toàn: tỷ lệ cử tri đi bầu đạt 99,1%; số phiếu hợp lệ chiếm 98,6% tổng số phiếu thu vào.", errors: [] },
    // vocational college; two structures of one whole: 61,4 + 38,6 = 100; 42,5 + 35,2 + 22,3 = 100
    { text: "Năm học 2024-2025, Trường Cao đẳng Việt - Đức Hà Tĩnh có 3.480 học sinh, sinh viên; theo giới tính, nam chiếm 61,4%, nữ chiếm 38,6%; theo trình độ đào tạo, cao đẳng chiếm 42,5%, trung cấp chiếm 35,2%, sơ cấp chiếm 22,3%.", errors: [] },
    // library; rounding: 42.150 + 4.580 + 1.870 = 48.600; 86,73 / 9,42 / 3,85 → 86,7 + 9,4 + 3,8 = 99,9
    // (within 3 × 0,05)
    { text: "Năm 2024, Thư viện huyện Gia Viễn có 48.600 bản tài liệu, gồm 42.150 bản sách tiếng Việt (86,7%), 4.580 bản sách ngoại văn (9,4%) và 1.870 bản tài liệu số hóa (3,8%).", errors: [] },
    // tourism; paragraph; an open list of shares: 21,4 + 12,6 + 8,2 = 42,2 < 100 (no "khác");
    // 684.000 ≤ 3,6 triệu; "công suất … 64%" is no class
    {
      text: "Năm 2024, thị xã Sa Pa đón 3,6 triệu lượt khách, trong đó khách quốc tế 684.000 lượt. Trong số khách quốc tế, khách Hàn Quốc chiếm 21,4%, khách Pháp chiếm 12,6%, khách Mỹ chiếm 8,2%. Tổng thu từ du lịch đạt 12.460 tỷ đồng; toàn thị xã có 1.046 cơ sở lưu trú với 12.800 buồng, công suất sử dụng buồng bình quân đạt 64%, cao hơn mức bình quân của tỉnh.",
      errors: [],
    },

    // ── two-ways ──
    // court; "Bằng chữ" with "lăm": hai mươi lăm triệu = 25.000.000; "3 (ba) năm"
    { text: "Tòa án nhân dân huyện Krông Pắc tuyên phạt bị cáo Y Thái Niê 3 (ba) năm tù và phạt bổ sung 25.000.000 đồng (Bằng chữ: Hai mươi lăm triệu đồng).", errors: [] },
    // veterans; count × unit price restated in words: 120 × 500.000 = 60.000.000 = sáu mươi triệu
    { text: "Nhân dịp Tết, Hội Cựu chiến binh huyện Can Lộc đã trao 120 suất quà cho hội viên khó khăn, mỗi suất 500.000 đồng, tổng trị giá 60 triệu đồng (sáu mươi triệu đồng).", errors: [] },
    // forestry; ha restated in km²: 23.610 ha = 236,1 km² (1 km² = 100 ha)
    { text: "Khu bảo tồn thiên nhiên Xuân Liên có diện tích rừng đặc dụng 23.610 ha (tương đương 236,1 km²), với 1.246 loài thực vật bậc cao.", errors: [] },
    // power company; paragraph; English convention throughout, words agree: 1,250 tỷ = một nghìn
    // hai trăm năm mươi tỷ
    {
      text: "Công ty Cổ phần Điện lực Hà Linh công bố kết quả năm 2024: sản lượng điện thương phẩm 1,248.6 triệu kWh, doanh thu 2,460.5 tỷ đồng, lợi nhuận sau thuế 86.2 tỷ đồng. Vốn điều lệ của công ty là 1,250 tỷ đồng (một nghìn hai trăm năm mươi tỷ đồng). Tỷ lệ tổn thất điện năng giảm còn 3.8%; công ty phục vụ 412,600 khách hàng tại 9 huyện, thị xã.",
      errors: [],
    },

    // ── dates ──
    // elections; a right weekday: 23/5/2021 was a Sunday; "nhiệm kỳ 2021-2026" is no review
    { text: "Chủ nhật, ngày 23/5/2021, hơn 12.400 cử tri của xã Hòa Bình đã đi bỏ phiếu bầu đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026.", errors: [] },
    // museum; 1908 is a leap year (divisible by 4, not by 100)
    { text: "Bảo tàng tỉnh Thái Bình trưng bày một tờ báo quốc ngữ số ra ngày 29/02/1908, cùng 214 hiện vật về phong trào Duy Tân.", errors: [] },
    // court; a judgment number "31/2024/HS-ST" and 29/02/2024 (2024 is a leap year)
    { text: "Theo Bản án số 31/2024/HS-ST ngày 29/02/2024 của Tòa án nhân dân huyện Cẩm Giàng, bị cáo Lê Văn Tài bị tuyên phạt 30 tháng tù về tội trộm cắp tài sản.", errors: [] },
    // vocational college; paragraph; a right weekday: 6/12/2024 was a Friday; 4 + 8 + 12 = 24
    // prizes among 46 lessons (an open count)
    {
      text: "Thứ Sáu, ngày 6/12/2024, Trường Cao đẳng Nghề Kỹ thuật Mỹ nghệ Việt Nam tổ chức Hội giảng nhà giáo giáo dục nghề nghiệp với 46 bài giảng của 38 nhà giáo. Ban giám khảo đã trao 4 giải Nhất, 8 giải Nhì và 12 giải Ba; 6 bài giảng được chọn dự hội giảng cấp Bộ. Năm học 2024-2025, trường tuyển sinh 1.460 học sinh, sinh viên ở 18 ngành, nghề đào tạo.",
      errors: [],
    },

    // ── period ──
    // veterans; a mid-term review of 2022-2027 on 18/10/2024
    { text: "Ngày 18/10/2024, Hội Cựu chiến binh tỉnh Phú Yên tổ chức hội nghị sơ kết giữa nhiệm kỳ 2022-2027, đánh giá kết quả thực hiện 12 chỉ tiêu của Nghị quyết Đại hội.", errors: [] },
    // women's association; a congress opening its term 2025-2030 on 24/9/2025 (no review)
    { text: "Ngày 24/9/2025, Đại hội đại biểu Hội Liên hiệp Phụ nữ huyện Đông Triều lần thứ XXI, nhiệm kỳ 2025-2030, đã bầu 27 đồng chí vào Ban Chấp hành.", errors: [] },
    // vocational college; the school year 2023-2024 reviewed on 28/5/2024, next year's launched
    { text: "Ngày 28/5/2024, Trường Trung cấp Nông Lâm Yên Bái tổ chức tổng kết năm học 2023-2024 và triển khai nhiệm vụ năm học 2024-2025, khen thưởng 64 học sinh xuất sắc.", errors: [] },
    // border guard; paragraph; a half-year reviewed in its last month, on 26/6/2025
    // (unsure by the house rule: it lets a year be reviewed in its December)
    {
      text: "Ngày 26/6/2025, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025. Trong 6 tháng, các đồn biên phòng đã phát hiện, bắt giữ 86 vụ buôn lậu, vận chuyển hàng cấm, thu giữ 14,6 kg ma túy; phối hợp tổ chức 312 buổi tuyên truyền cho 18.600 lượt người dân khu vực biên giới. Đơn vị đã vận động 46 hộ dân tham gia tự quản đường biên, cột mốc.",
      errors: [],
    },

    // ── positions ──
    // court; a change of post by appointment: Phó Chánh án, then Chánh án from 01/8/2024
    { text: "Ông Phan Văn Đức, Phó Chánh án Tòa án nhân dân huyện Hải Hậu, được bổ nhiệm giữ chức Chánh án Tòa án nhân dân huyện Hải Hậu từ ngày 01/8/2024. Chánh án Phan Văn Đức cam kết giải quyết đúng hạn 100% vụ án.", errors: [] },
    // commune; posts in two units: Chủ tịch of the women's union, Phó Chủ tịch of the Front
    { text: "Bà Lò Thị Phương, Chủ tịch Hội Liên hiệp Phụ nữ xã Mường Lói, đồng thời là Phó Chủ tịch Ủy ban Mặt trận Tổ quốc xã Mường Lói, đã trao 24 suất quà cho phụ nữ nghèo.", errors: [] },
    // power company; one post told with the company's abbreviation (PC Quảng Bình)
    { text: "Ông Hoàng Minh Tuấn, Giám đốc Công ty Điện lực Quảng Bình, cho biết năm 2024 đơn vị đã đầu tư 186 tỷ đồng cải tạo lưới điện. Theo Giám đốc PC Quảng Bình Hoàng Minh Tuấn, tỷ lệ tổn thất điện năng giảm còn 3,9%.", errors: [] },
    // hospital department; paragraph; a head and a deputy who are two people (Lê Thị Hồng and
    // Lê Thị Hồng Nhung)
    {
      text: "Năm 2024, Khoa Nội tiết, Bệnh viện Đa khoa tỉnh Nghệ An quản lý điều trị ngoại trú cho 12.460 người bệnh đái tháo đường, tổ chức 24 buổi tư vấn dinh dưỡng. BSCKII Lê Thị Hồng, Trưởng khoa Nội tiết, cho biết khoa đã triển khai kỹ thuật đo liên tục đường huyết cho 146 người bệnh. Phó trưởng khoa Nội tiết, ThS.BS Lê Thị Hồng Nhung, đã báo cáo 3 đề tài nghiên cứu tại hội nghị khoa học của bệnh viện.",
      errors: [],
    },
  ],
});
