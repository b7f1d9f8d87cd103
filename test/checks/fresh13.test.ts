/**
 * Blind audit 12: a thirteenth batch of fresh cases, written and committed before baocao ran on them.
 * The author (helper blind13) read only: its brief (/work/notes/p34/blind13.md) and
 * /work/notes/BRIEF34.md (its ~60 lines); table.ts (its first 80 lines); fresh12.test.ts (lines 1–260,
 * each cut at ~300–400 characters: header, all contradictions, the first traps; and lines 380–392); README.md's "Consistency checks" section with its
 * rule table and measured-results table (lines 216–300); the file list of
 * /work/shared/corpus/checks and the first ~25 lines of its README (not cases.tsv). Not the headers of
 * fresh11/10/9.test.ts (the genres to avoid were taken from the brief and fresh12's header), not src/
 * (no file), no other test/checks file, no git log (only the worktree's creation).
 * Nothing was run on this table: not parseReport, not the CLI, not vitest, no script of the repo
 * nor of /work/notes/tools (only `npx tsc --noEmit -p .` to see it compile; `npm ci` built the
 * repo, as any install does). Every figure relation was checked with python3 arithmetic, which is
 * in the comment above each case; the weekdays with python3's datetime.
 *
 * 40 contradictions (exactly one each, four per family: breakdown, plan, growth, fraction, share,
 * pct-total, two-ways, dates, period, positions) and 40 consistent texts (four per family).
 * Genres beyond fresh8–12's: party inspection commissions (kiểm tra, kỷ luật đảng viên, xếp loại
 * đảng viên), mass mobilisation (Dân vận khéo), ethnic minority affairs (Chương trình 1719, cơ cấu dân
 * tộc), religion (tín đồ, cơ sở thờ tự), national defence education (đối tượng 3, đối tượng 4), militia
 * (dân quân tự vệ), immigration and residence (hộ chiếu, căn cước, định danh điện tử, cư trú), notaries
 * (phí, thù lao công chứng), legal aid (vụ việc trợ giúp pháp lý), land clearance and resettlement
 * (bồi thường, hỗ trợ, tái định cư, bàn giao mặt bằng), social housing (căn hộ, cho vay nhà ở xã hội),
 * rural roads (km đường, cầu dân sinh), a fishing port (sản lượng qua cảng, lượt tàu), rice export
 * companies, coffee and pepper cooperatives, seafood processing, textile firms, logistics (container,
 * phương thức vận tải), e-commerce (sàn, đơn hàng, hộ kinh doanh), digital transformation (dịch vụ công
 * trực tuyến toàn trình, hồ sơ trực tuyến, số hóa), libraries, museums, heritage (di tích), population
 * and family planning (mức sinh, con thứ 3, tỷ số giới tính khi sinh, cơ cấu tuổi), child protection,
 * drug rehabilitation, elderly care (mừng thọ, bảo trợ xã hội).
 *
 * Shapes (contradictions): party discipline after "gồm" (28 + 12 + 4 + 4 ≠ 46, paragraph); households
 * closed by "còn lại" (1.246 − 1.018 ≠ 238); militia after "gồm" in a structure ending at ";" before a
 * rate (1.212 + 642 ≠ 1.864); a "trong đó" part larger than its whole (436 > 412 căn, paragraph); "đạt
 * N% kế hoạch năm (plan)" (107,3 vs 112,6); "không đạt kế hoạch đề ra (plan)" at 103,8% (paragraph);
 * "vượt 12% kế hoạch năm (plan)" that is 23,4% (paragraph); "bằng N% kế hoạch (plan)" in tỷ (87,9 vs
 * 93,2); "tăng N% so với năm 2024 (base)" in tỷ USD (11,25 vs 14,2, paragraph); a later period told
 * first with a wrong rate (quý I/2025 … quý I/2024 …, 20,0 vs 24,6); "tăng gấp 3 lần … (base)" that is
 * 1,5; "giảm so với năm 2024 (base)" that is a rise (paragraph); "12/11 xã"; "A/B thủ tục (đạt N%)"
 * (75,8 vs 78,6, paragraph); "38/46 di tích … (86,2%)"; "24/28 xã … (đạt 87,5%)" beside a decision
 * number and date (paragraph); "chiếm N%" of rice exports (59,8 vs 64,2, paragraph); whole in "nghìn
 * tỷ", part in "tỷ" (75,8 vs 68,4); a share of 104,6%; a share of believers (35,0 vs 38,6, paragraph);
 * a party members' rating (98,4); "phần còn lại" (38,6 + 63,4 = 102,0, paragraph); transport modes
 * (97,8, paragraph); rehabilitation classes (102,2); "Bằng chữ" (2.640.000 vs 2.460.000); "12.460 triệu
 * đồng (tương đương 1,246 tỷ đồng)" (paragraph); "46 (bốn mươi tám)"; one amount "1.864 tỷ" and "1,864
 * tỷ" (paragraph); a Friday called Thursday; 31/6; 29/02/2026 (paragraph); a Thursday called Wednesday
 * (paragraph); "tổng kết công tác dân số năm 2025" on 15/11 (paragraph); "sơ kết 6 tháng đầu năm" on
 * 10/5; "sơ kết quý II" on 12/6 (paragraph); "tổng kết năm học 2025-2026" on 15/01/2026; one person
 * Trưởng Ban / Phó Trưởng Ban Dân vận Huyện ủy, Chủ nhiệm / Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy
 * (paragraph), Phó Giám đốc / Giám đốc of a museum, Trưởng phòng / Phó Trưởng phòng Quản lý xuất nhập
 * cảnh (paragraph).
 *
 * Shapes (traps): new party members "trong đó" nữ and dân tộc thiểu số, then a closing stock and "cuối
 * năm có 1.246 đảng viên nữ" (paragraph); "trong đó" attributes that overlap (legal aid: dân tộc thiểu
 * số / hộ nghèo / trẻ em, summing above the whole); several wholes in one sentence (căn cước with
 * "trong đó" children, định danh, cư trú); "nghìn tỷ" whole with "tỷ" parts closed by "còn lại"
 * (paragraph); a plan claim about another measure ("riêng lợi nhuận … không đạt kế hoạch") beside 104,8%
 * (paragraph); a forecast ("dự kiến cả năm vượt kế hoạch") beside 82,1% for 10 months; "lũy kế" and
 * "bình quân mỗi tháng" with a plan in a bracket (paragraph); "vượt 3,8% kế hoạch" in tỷ beside a
 * figure in triệu; a later period told first ("Quý I/2025 … quý I/2024 …, tăng 20%"); "tăng gấp 2,5
 * lần … (base)"; percentage points beside a relative rate and a sex ratio (paragraph); "giảm 38 em …,
 * tương đương giảm 13,4%"; slashes that are document numbers and dates with "18/18 xã (100%)";
 * "46/52 xã (88,5%)"; "246/312 hộ (78,8%)" beside a rate of another whole (paragraph); "1.846/1.846
 * (100%)" and "864/912 (94,7%)" (paragraph); a share of a sub-whole named after "chiếm"; a share of the
 * whole and a share of a sub-whole in one sentence (paragraph); a share with no part written
 * (paragraph); "nghìn tỷ" whole, "tỷ" part (20%); three classes with counts whose one-decimal shares sum
 * to 100,1 (paragraph); two structures side by side, each 100 (paragraph); rates of three different
 * wholes; a rating closed by "còn lại" (100,0); a Vietnamese text wholly in the English convention
 * (1,246.8 tỷ; 5.1%; 246,800 TEU; paragraph); "Bằng chữ" right; "4.600 tỷ (khoảng 4,6 nghìn tỷ)" and
 * "12.460 triệu (12,46 tỷ)"; "." thousands and "," decimals throughout with "2.015 (hai nghìn không
 * trăm mười lăm)" (paragraph); a right Friday (paragraph); a leap day 29/02/2024 with its Thursday;
 * "thứ Hai (15/12/2025)" beside "Quyết định số 31/2025/QĐ-UBND"; a right Friday with "24/7"
 * (paragraph); a review only planned ("dự kiến sơ kết … vào tháng 7/2025"); a year reviewed in December;
 * "sơ kết 6 tháng đầu năm" on 4/7 (paragraph); "tổng kết … năm 2025" on 8/01/2026 (paragraph); "nguyên
 * Phó Giám đốc …, nay là Giám đốc"; a Giám đốc and a Phó Giám đốc who are two people; a Chỉ huy trưởng
 * who is Phó Chủ tịch of another body (paragraph); a change of post over time (Phó Trưởng Ban in 2020,
 * Trưởng Ban from 3/2023, paragraph).
 * 39 of the 80 (20 contradictions, 19 traps) sit inside paragraphs of 380–488 characters with
 * unrelated figures.
 *
 * Labels the author is unsure of are said in the case's comment ("unsure"). The sentences are
 * invented (not copied from ../shared nor from the other tables; place names are real, bodies,
 * people and figures invented). Traps are listed in `invalid` with `errors: []` (no error and no
 * warning expected), so their findings are also checked. Nothing is marked test.fails here: the
 * first run records the failures.
 *
 * First run (coordinator, on e6190ff: main at the end of round 34, every fix of the round merged):
 * contradictions 27/40 caught as errors (11 no finding, 2 only a warning), traps 39/40 silent (one false
 * error, also on 5b9bf80: the last part of a "trong đó" list taken for the actual of the whole's plan
 * percent). The fourteen are test.fails below.
 */
import { E, runTable } from "./table.js";

runTable("fresh 13: contradictions", {
  valid: [],
  invalid: [
    // ── breakdown ──
    // party inspection commission; paragraph; "gồm": 28 + 12 + 4 + 4 = 48 ≠ 46 đảng viên (124 tổ chức đảng, 386 đảng viên giám sát, 1,24 tỷ are other wholes)
    {
      text: "Năm 2025, Ủy ban Kiểm tra Huyện ủy Diễn Châu đã kiểm tra 124 tổ chức đảng và giám sát chuyên đề 386 đảng viên, trong đó có 46 đảng viên là cấp ủy viên các cấp. Qua kiểm tra khi có dấu hiệu vi phạm, cấp ủy và Ủy ban Kiểm tra các cấp đã thi hành kỷ luật 46 đảng viên, gồm 28 đảng viên bị khiển trách, 12 đảng viên bị cảnh cáo, 4 đảng viên bị cách chức và 4 đảng viên bị khai trừ ra khỏi Đảng. Ủy ban Kiểm tra cũng kiểm tra tài chính đảng tại 38 tổ chức đảng, kiến nghị thu hồi 1,24 tỷ đồng.",
      errors: [E("breakdown.sum")],
    },
    // land clearance; "còn lại": 1.246 − 1.018 = 228 ≠ 238 hộ
    { text: "Dự án đường bộ ven biển đoạn qua huyện Hậu Lộc có 1.246 hộ dân bị ảnh hưởng; đến ngày 30/11/2025, Hội đồng bồi thường, hỗ trợ và tái định cư huyện đã vận động 1.018 hộ bàn giao mặt bằng, còn lại 238 hộ chưa bàn giao.", errors: [E("breakdown.sum")], fails: "no finding: the households of a land clearance, those paid and 'còn lại' those left, over two clauses" },
    // militia; a "gồm" structure ending at ";" then another figure: 1.212 + 642 = 1.854 ≠ 1.864 đồng chí; 24,6% is a rate of another whole
    { text: "Đến cuối năm 2025, lực lượng dân quân tự vệ thị xã Sơn Tây có 1.864 đồng chí, gồm 1.212 dân quân và 642 tự vệ; tỷ lệ đảng viên trong lực lượng đạt 24,6%.", errors: [E("breakdown.sum")], fails: "no finding: '1.864 đồng chí, gồm 1.212 dân quân và 642 tự vệ' — the parts' nouns are not known as kinds of 'đồng chí'" },
    // housing programme; paragraph; a part larger than its whole: 436 căn dành cho công nhân > 412 căn nhà ở xã hội (unsure of the id: breakdown.part is meant)
    // (2.460 tỷ, 1.864 căn, 6 dự án other figures)
    {
      text: "Theo Sở Xây dựng tỉnh Bắc Ninh, năm 2025 toàn tỉnh có 6 dự án nhà ở xã hội được khởi công với tổng mức đầu tư 2.460 tỷ đồng, quy mô 1.864 căn hộ. Trong năm, các chủ đầu tư đã hoàn thành, đưa vào sử dụng 412 căn nhà ở xã hội, trong đó 436 căn dành cho công nhân các khu công nghiệp thuê và thuê mua. Ngân hàng Chính sách xã hội chi nhánh tỉnh đã giải ngân cho vay mua, thuê mua nhà ở xã hội đối với 124 khách hàng.",
      errors: [E("breakdown.part")], fails: "no finding: a part larger than its whole in a paragraph of housing projects ('quy mô N căn hộ, trong đó …')",
    },
    // ── plan ──
    // rice export company; "đạt 112,6% kế hoạch năm (360.000 tấn)": 386.400 / 360.000 = 107,33% ≠ 112,6%
    { text: "Năm 2025, Tổng công ty Lương thực miền Nam xuất khẩu 386.400 tấn gạo, đạt 112,6% kế hoạch năm (360.000 tấn), kim ngạch đạt 246 triệu USD.", errors: [E("plan.ratio")] },
    // coffee cooperative; paragraph; "không đạt kế hoạch đề ra (1.200 tấn)" while 1.246 / 1.200 = 103,83% ≥ 100% (plan.direction)
    // (186 thành viên, 412 ha, 12,4 tỷ unrelated)
    {
      text: "Hợp tác xã Dịch vụ nông nghiệp cà phê Ea Tu (thành phố Buôn Ma Thuột) hiện có 186 thành viên với 412 ha cà phê, trong đó 246 ha đạt chứng nhận 4C. Niên vụ 2024-2025, sản lượng cà phê nhân của hợp tác xã đạt 1.246 tấn, không đạt kế hoạch đề ra (1.200 tấn) do nắng hạn kéo dài đầu vụ. Doanh thu của hợp tác xã đạt 12,4 tỷ đồng; hợp tác xã đã ký hợp đồng bao tiêu với 2 doanh nghiệp xuất khẩu và chia lãi cho thành viên theo mức độ sử dụng dịch vụ.",
      errors: [E("plan.direction")],
    },
    // digital transformation; paragraph; "vượt 12% kế hoạch năm (200.000 hồ sơ)": 246.800 / 200.000 = 123,4% → vượt 23,4% ≠ 12%
    // (1.864 thủ tục, 98,6%, 412.600 tài khoản unrelated)
    {
      text: "Năm 2025, Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh tiếp tục đẩy mạnh chuyển đổi số; toàn tỉnh có 1.864 thủ tục hành chính được cung cấp dịch vụ công trực tuyến. Trong năm, hệ thống đã tiếp nhận 246.800 hồ sơ trực tuyến, vượt 12% kế hoạch năm (200.000 hồ sơ). Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,6%; có 412.600 tài khoản định danh điện tử được tích hợp để đăng nhập Cổng dịch vụ công của tỉnh.",
      errors: [E("plan.ratio")],
    },
    // social housing credit; "bằng 93,2% kế hoạch (2.120 tỷ đồng)": 1.864 / 2.120 = 87,92% ≠ 93,2%
    { text: "Năm 2025, Ngân hàng Chính sách xã hội chi nhánh tỉnh Bình Dương giải ngân 1.864 tỷ đồng cho vay nhà ở xã hội, bằng 93,2% kế hoạch (2.120 tỷ đồng).", errors: [E("plan.ratio")] },
    // ── growth ──
    // seafood processing; paragraph; "tăng 14,2% so với năm 2024 (1,12 tỷ USD)": 1,246 / 1,12 = 1,1125 → 11,25% ≠ 14,2%
    // (46 nhà máy, 86.400 lao động, 24,6% unrelated)
    {
      text: "Năm 2025, tỉnh Cà Mau có 46 nhà máy chế biến thủy sản xuất khẩu đang hoạt động, giải quyết việc làm cho 86.400 lao động. Kim ngạch xuất khẩu thủy sản của tỉnh đạt 1,246 tỷ USD, tăng 14,2% so với năm 2024 (1,12 tỷ USD). Tôm vẫn là mặt hàng chủ lực; thị trường Hoa Kỳ chiếm khoảng 24,6% kim ngạch. Các doanh nghiệp đã đầu tư đổi mới công nghệ, nâng tỷ lệ sản phẩm giá trị gia tăng và mở rộng sang các thị trường có hiệp định thương mại tự do.",
      errors: [E("growth.rate")],
    },
    // e-commerce; a later period told first: 2.460 / 2.050 = 1,20 → 20,0% ≠ 24,6%
    { text: "Quý I/2025, doanh thu bán lẻ qua các sàn thương mại điện tử của doanh nghiệp trên địa bàn tỉnh Đồng Nai đạt 2.460 tỷ đồng; quý I/2024 đạt 2.050 tỷ đồng, tăng 24,6%.", errors: [E("growth.rate")] },
    // libraries; "tăng gấp 3 lần so với năm 2024 (124.000 lượt)": 186.000 / 124.000 = 1,5 lần ≠ 3 (nor 4)
    { text: "Năm 2025, Thư viện tỉnh Bắc Giang phục vụ 186.000 lượt bạn đọc truy cập thư viện số, tăng gấp 3 lần so với năm 2024 (124.000 lượt).", errors: [E("growth.multiple")] },
    // drug rehabilitation; paragraph; "giảm so với năm 2024 (386 người)" while 412 > 386: a rise called a fall (growth.direction; unsure of the id only)
    // (18 xã, 64 người, 12 điểm unrelated)
    {
      text: "Theo báo cáo của Công an huyện Kỳ Sơn, đến ngày 30/11/2025, số người nghiện ma túy có hồ sơ quản lý trên địa bàn huyện là 412 người, giảm so với năm 2024 (386 người). Trong năm, huyện đã lập hồ sơ đưa 64 người vào cơ sở cai nghiện bắt buộc, tổ chức cai nghiện tự nguyện tại cộng đồng cho 38 người. Toàn huyện có 18 xã, thị trấn đạt tiêu chí xã không có ma túy; lực lượng chức năng đã xóa 12 điểm, tụ điểm phức tạp về ma túy.",
      errors: [E("growth.direction")], fails: "no finding: 'giảm so với năm 2024 (386 người)' while the figure rose — a direction with its base in a bracket",
    },
    // ── fraction ──
    // mass mobilisation; "12/11 xã, thị trấn": 12 > 11
    { text: "Năm 2025, 12/11 xã, thị trấn của huyện Quan Hóa đã xây dựng và nhân rộng mô hình \"Dân vận khéo\" trong phát triển kinh tế, giảm nghèo.", errors: [E("fraction.over")], fails: "no finding: '12/11 xã, thị trấn' — a fraction whose noun is a pair is not read" },
    // digital transformation; paragraph; "1.412/1.864 thủ tục (đạt 78,6%)": 1.412 / 1.864 = 75,75% ≠ 78,6%
    {
      text: "Báo cáo kết quả chuyển đổi số năm 2025 của tỉnh Hà Nam cho biết: hạ tầng cáp quang đã phủ đến 100% thôn, xóm; tỷ lệ người trưởng thành có điện thoại thông minh đạt 86,4%. Toàn tỉnh có 1.412/1.864 thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình (đạt 78,6%). Tỷ lệ thanh toán trực tuyến trên Cổng dịch vụ công quốc gia đạt 46,2%; đã số hóa 246.800 hồ sơ, kết quả giải quyết thủ tục hành chính.",
      errors: [E("fraction.percent")],
    },
    // heritage; "38/46 di tích (86,2%)": 38 / 46 = 82,61% ≠ 86,2%
    { text: "Đến nay, 38/46 di tích quốc gia trên địa bàn tỉnh Vĩnh Phúc đã được lập quy hoạch tổng thể bảo quản, tu bổ, phục hồi (86,2%).", errors: [E("fraction.percent")], fails: "no finding: 'A/B di tích … (P%)' with the bracket at the end of a long clause" },
    // ethnic minority affairs; paragraph; "24/28 xã (đạt 87,5%)": 24 / 28 = 85,71% ≠ 87,5%
    // (Quyết định số 1719/QĐ-TTg and 14/10/2021 are a number and a date; 1.246 hộ, 186 tỷ unrelated)
    {
      text: "Thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021, năm 2025 huyện Mường Tè được phân bổ 186 tỷ đồng. Đến nay, 24/28 xã đặc biệt khó khăn đã hoàn thành hỗ trợ đất ở, nhà ở cho hộ nghèo (đạt 87,5%); 1.246 hộ được hỗ trợ nước sinh hoạt phân tán. Ban Dân tộc tỉnh đánh giá đời sống đồng bào từng bước được cải thiện.",
      errors: [E("fraction.percent")], fails: "no finding: 'A/B xã … (đạt P%)' with the bracket at the end of a long clause",
    },
    // ── share ──
    // rice export; paragraph; "gạo thơm 246.800 tấn, chiếm 64,2%": 246.800 / 412.600 = 59,82% ≠ 64,2%
    // (12 thị trường, 38 doanh nghiệp unrelated)
    {
      text: "Năm 2025, các doanh nghiệp kinh doanh xuất khẩu gạo trên địa bàn thành phố Cần Thơ xuất khẩu 412.600 tấn gạo, trong đó gạo thơm 246.800 tấn, chiếm 64,2%. Gạo của thành phố đã có mặt tại 12 thị trường chính; Philippines và Indonesia vẫn là hai thị trường nhập khẩu lớn nhất. Sở Công Thương cho biết thành phố hiện có 38 doanh nghiệp đủ điều kiện kinh doanh xuất khẩu gạo, nhiều doanh nghiệp đã liên kết với hợp tác xã để xây dựng vùng nguyên liệu.",
      errors: [E("share.of-whole")],
    },
    // textile firm; whole in "nghìn tỷ", part in "tỷ": 1.864 / 2.460 = 75,77% ≠ 68,4%
    { text: "Năm 2025, Tổng công ty May Hưng Yên đạt doanh thu 2,46 nghìn tỷ đồng, trong đó doanh thu xuất khẩu 1.864 tỷ đồng, chiếm 68,4%.", errors: [E("share.of-whole")] },
    // pepper cooperative; a share above 100%: "chiếm 104,6%" of the cooperative's pepper area (share.over-100)
    { text: "Hợp tác xã hồ tiêu Lộc Ninh (tỉnh Bình Phước) có 186 ha hồ tiêu của 64 thành viên; diện tích hồ tiêu đạt chứng nhận hữu cơ chiếm 104,6% tổng diện tích của hợp tác xã.", errors: [E("share.over-100")] },
    // religion; paragraph; "tín đồ Công giáo 86.400 người, chiếm 38,6%": 86.400 / 246.800 = 35,01% ≠ 38,6%
    // (412 cơ sở thờ tự, 1.246 chức sắc unrelated)
    {
      text: "Theo Ban Tôn giáo tỉnh Đồng Nai, đến cuối năm 2025, toàn tỉnh có 246.800 tín đồ các tôn giáo, trong đó tín đồ Công giáo 86.400 người, chiếm 38,6%. Các tôn giáo có 412 cơ sở thờ tự và 1.246 chức sắc, chức việc. Trong năm, các tổ chức tôn giáo đã tham gia nhiều hoạt động từ thiện, nhân đạo; chính quyền các cấp đã giải quyết kịp thời các đề nghị về hoạt động tôn giáo theo quy định của Luật Tín ngưỡng, tôn giáo.",
      errors: [E("share.of-whole")], fails: "no finding: 'tín đồ Công giáo 86.400 người, chiếm 38,6%' — a part whose counted noun changes to 'người'",
    },
    // ── pct-total ──
    // party members' rating: 14,6 + 76,8 + 6,2 + 0,8 = 98,4 ≠ 100
    { text: "Kết quả đánh giá, xếp loại đảng viên năm 2025 của Đảng bộ huyện Thanh Chương: hoàn thành xuất sắc nhiệm vụ 14,6%, hoàn thành tốt nhiệm vụ 76,8%, hoàn thành nhiệm vụ 6,2%, không hoàn thành nhiệm vụ 0,8%.", errors: [E("percent-total.sum")] },
    // ethnic minority affairs; paragraph; "phần còn lại": 38,6 + 63,4 = 102,0 ≠ 100 (the remainder is 61,4)
    {
      text: "Huyện Bảo Lạc (tỉnh Cao Bằng) có diện tích tự nhiên 918 km², dân số 56.400 người. Về cơ cấu dân tộc, người Kinh chiếm 38,6%, đồng bào các dân tộc thiểu số chiếm phần còn lại 63,4%, chủ yếu là người Mông, Dao, Tày và Nùng. Năm 2025, huyện đã cấp 12.460 thẻ bảo hiểm y tế cho người dân tộc thiểu số sống ở vùng đặc biệt khó khăn và hỗ trợ 246 hộ phát triển sản xuất, chuyển đổi nghề.",
      errors: [E("percent-total.sum")],
    },
    // logistics; paragraph; modes: 72,4 + 18,6 + 6,2 + 0,6 = 97,8 ≠ 100 (no "còn lại")
    {
      text: "Năm 2025, khối lượng hàng hóa vận chuyển trên địa bàn tỉnh Lào Cai đạt 24,6 triệu tấn, tăng 8,4% so với năm 2024. Cơ cấu khối lượng hàng hóa vận chuyển theo phương thức: đường bộ 72,4%, đường sắt 18,6%, đường thủy nội địa 6,2%, đường hàng không 0,6%. Trung tâm logistics Kim Thành đã đưa vào khai thác 12 ha kho bãi; thời gian thông quan trung bình của một tờ khai giảm còn 2,4 giờ.",
      errors: [E("percent-total.sum")],
    },
    // drug rehabilitation: 42,6 + 31,2 + 28,4 = 102,2 ≠ 100
    { text: "Trong tổng số 1.246 người cai nghiện ma túy năm 2025 tại tỉnh Nghệ An, cai nghiện tự nguyện tại gia đình chiếm 42,6%, cai nghiện tự nguyện tại cộng đồng 31,2%, cai nghiện tại cơ sở cai nghiện ma túy 28,4%.", errors: [E("percent-total.sum")], fails: "no finding: classes of 'Trong tổng số N người …' told with 'chiếm' and no cue of a structure" },
    // ── two-ways ──
    // notaries; "Bằng chữ": hai triệu sáu trăm bốn mươi nghìn = 2.640.000 ≠ 2.460.000
    { text: "Phí công chứng hợp đồng chuyển nhượng quyền sử dụng đất là 2.460.000 đồng (Bằng chữ: Hai triệu sáu trăm bốn mươi nghìn đồng), thu theo Thông tư số 257/2016/TT-BTC.", errors: [E("restatement.words")] },
    // land compensation; paragraph; "12.460 triệu đồng (tương đương 1,246 tỷ đồng)": 12.460 triệu = 12,46 tỷ ≠ 1,246 tỷ
    {
      text: "Ngày 14/10/2025, Ủy ban nhân dân huyện Thủy Nguyên phê duyệt phương án bồi thường, hỗ trợ, tái định cư dự án cầu Bạch Đằng 2 với 86 hộ bị thu hồi đất nông nghiệp, tổng diện tích 6,4 ha. Tổng kinh phí bồi thường, hỗ trợ là 12.460 triệu đồng (tương đương 1,246 tỷ đồng). Có 12 hộ đủ điều kiện được bố trí tái định cư tại khu tái định cư xã Lập Lễ; mỗi hộ được hỗ trợ ổn định đời sống 6 tháng và hỗ trợ đào tạo, chuyển đổi nghề.",
      errors: [E("restatement.units")],
    },
    // militia; "46 (bốn mươi tám)": 48 ≠ 46
    { text: "Năm 2025, Ban Chỉ huy quân sự huyện Tân Kỳ tổ chức huấn luyện cho 46 (bốn mươi tám) đồng chí dân quân năm thứ nhất, đạt 100% kế hoạch.", errors: [E("restatement.words")] },
    // roads; paragraph; one amount written "1.864 tỷ" and later "1,864 tỷ" (the same digits with "." and ","); other figures consistent (unsure: numbers.two-ways is meant)
    {
      text: "Giai đoạn 2021-2025, huyện Lục Ngạn đã huy động 1.864 tỷ đồng để đầu tư xây dựng giao thông nông thôn, trong đó nhân dân đóng góp, hiến đất trị giá khoảng 246 tỷ đồng. Toàn huyện đã cứng hóa 412,6 km đường trục xã, liên xã và 864 km đường ngõ xóm; xây mới 24 cầu dân sinh. Với số vốn 1,864 tỷ đồng này, 100% xã của huyện đã có đường ô tô đến trung tâm xã được nhựa hóa hoặc bê tông hóa.",
      errors: [E("numbers.two-ways")], fails: "numbers.two-ways raised only as a warning: '1.864 tỷ' and '1,864 tỷ' under different labels",
    },
    // ── dates ──
    // national defence education; "Thứ Năm, ngày 12/12/2025": 12/12/2025 is a Friday (python3 datetime)
    { text: "Thứ Năm, ngày 12/12/2025, Hội đồng Giáo dục quốc phòng và an ninh tỉnh Hòa Bình khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 86 đối tượng 3.", errors: [E("dates.weekday")] },
    // immigration and residence; 31/6/2025: June has 30 days
    { text: "Ngày 31/6/2025, Phòng Quản lý xuất nhập cảnh Công an tỉnh Khánh Hòa đã cấp 1.246 hộ chiếu phổ thông cho công dân trên địa bàn.", errors: [E("dates.impossible")] },
    // legal aid; paragraph; 29/02/2026: 2026 is not a leap year (246, 38, 12 unrelated)
    {
      text: "Ngày 29/02/2026, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Lai Châu tổ chức hội nghị triển khai nhiệm vụ năm 2026. Năm 2025, Trung tâm đã thực hiện 246 vụ việc trợ giúp pháp lý, trong đó 38 vụ việc tham gia tố tụng; tổ chức 12 đợt trợ giúp pháp lý lưu động tại các xã biên giới. Người được trợ giúp pháp lý chủ yếu là người dân tộc thiểu số, người thuộc hộ nghèo và trẻ em; 100% vụ việc được đánh giá đạt chất lượng.",
      errors: [E("dates.impossible")],
    },
    // elderly care; paragraph; "thứ Tư, ngày 20/11/2025": 20/11/2025 is a Thursday (python3 datetime)
    {
      text: "Thứ Tư, ngày 20/11/2025, Trung tâm Bảo trợ xã hội tỉnh Thái Bình tổ chức lễ mừng thọ cho 124 cụ đang được nuôi dưỡng tập trung tại Trung tâm, trong đó 12 cụ tròn 90 tuổi. Hiện Trung tâm nuôi dưỡng 186 đối tượng bảo trợ xã hội, mức trợ cấp nuôi dưỡng 2,4 triệu đồng/người/tháng. Năm 2025, Trung tâm tiếp nhận 46 lượt người cao tuổi có hoàn cảnh đặc biệt khó khăn và phối hợp với bệnh viện khám sức khỏe định kỳ cho toàn bộ đối tượng.",
      errors: [E("dates.weekday")],
    },
    // ── period ──
    // family planning and population; paragraph; "tổng kết công tác dân số năm 2025" on 15/11/2025 (the year not over)
    {
      text: "Ngày 15/11/2025, Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác dân số năm 2025 và triển khai nhiệm vụ năm 2026. Năm 2025, toàn tỉnh có 46.200 trẻ được sinh ra; tổng tỷ suất sinh đạt 2,12 con/phụ nữ; tỷ số giới tính khi sinh là 112,4 bé trai/100 bé gái. Tỷ lệ bà mẹ mang thai được tầm soát trước sinh đạt 64,8% và 86,2% trẻ sơ sinh được sàng lọc.",
      errors: [E("period.review")], fails: "period.review raised only as a warning: 'tổng kết công tác dân số năm 2025' held on 15/11",
    },
    // museums; "sơ kết 6 tháng đầu năm 2025" on 10/5/2025
    { text: "Ngày 10/5/2025, Bảo tàng tỉnh Quảng Bình tổ chức sơ kết công tác 6 tháng đầu năm 2025; trong kỳ, Bảo tàng đón 24.600 lượt khách tham quan.", errors: [E("period.review")] },
    // child protection; paragraph; "sơ kết công tác quý II/2025" on 12/6/2025 (quý II ends 30/6)
    {
      text: "Ngày 12/6/2025, Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum tổ chức sơ kết công tác bảo vệ, chăm sóc trẻ em quý II/2025. Trong quý, tổng đài điện thoại quốc gia bảo vệ trẻ em 111 đã tiếp nhận 46 cuộc gọi từ địa bàn tỉnh; các cơ quan chức năng đã can thiệp, hỗ trợ 12 trẻ em bị xâm hại. Tỉnh đã tặng 1.246 suất quà cho trẻ em có hoàn cảnh đặc biệt nhân Tháng hành động vì trẻ em với tổng trị giá 624 triệu đồng.",
      errors: [E("period.review")], fails: "no finding: 'sơ kết công tác … quý II/2025' on 12/6 — the period after a long name of the work",
    },
    // national defence education at a university centre; "tổng kết năm học 2025-2026" on 15/01/2026 (the school year runs to mid-2026)
    { text: "Ngày 15/01/2026, Trung tâm Giáo dục quốc phòng và an ninh Đại học Huế tổ chức tổng kết năm học 2025-2026, cấp chứng chỉ giáo dục quốc phòng và an ninh cho 4.612 sinh viên.", errors: [E("period.review")] },
    // ── positions ──
    // mass mobilisation; one person Trưởng Ban / Phó Trưởng Ban Dân vận Huyện ủy Yên Thành, no change of post
    { text: "Bà Nguyễn Thị Lan, Trưởng Ban Dân vận Huyện ủy Yên Thành, chủ trì hội nghị biểu dương 46 mô hình \"Dân vận khéo\". Theo Phó Trưởng Ban Dân vận Huyện ủy Yên Thành Nguyễn Thị Lan, năm 2025 có 12 mô hình được nhân rộng.", errors: [E("positions.conflict")], fails: "no finding: the deputy post told before the name in the next sentence ('Theo Phó Trưởng Ban … Nguyễn Thị Lan')" },
    // party inspection; paragraph; one person Chủ nhiệm / Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh
    {
      text: "Ông Trần Văn Kiên, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh, cho biết năm 2025 Ủy ban Kiểm tra các cấp trong Đảng bộ tỉnh đã kiểm tra 246 tổ chức đảng và 412 đảng viên khi có dấu hiệu vi phạm. Qua kiểm tra, đã thi hành kỷ luật 86 đảng viên. Phát biểu kết luận hội nghị, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh Trần Văn Kiên đề nghị các cấp ủy tiếp tục nâng cao chất lượng giám sát thường xuyên, phát hiện sớm vi phạm.",
      errors: [E("positions.conflict")],
    },
    // museums; one person Giám đốc / Phó Giám đốc Bảo tàng tỉnh Quảng Ngãi
    { text: "Ông Phạm Minh Đức, Phó Giám đốc Bảo tàng tỉnh Quảng Ngãi, cho biết Bảo tàng đang lưu giữ 12.460 hiện vật. Giám đốc Bảo tàng tỉnh Quảng Ngãi Phạm Minh Đức cho biết thêm năm 2025 Bảo tàng đón 38.600 lượt khách.", errors: [E("positions.conflict")] },
    // immigration; paragraph; one person Trưởng phòng / Phó Trưởng phòng Quản lý xuất nhập cảnh Công an tỉnh Lạng Sơn
    {
      text: "Thượng tá Hoàng Văn Nam, Trưởng phòng Quản lý xuất nhập cảnh Công an tỉnh Lạng Sơn, cho biết năm 2025 đơn vị đã cấp 18.460 hộ chiếu phổ thông và giải quyết cho 2.460 lượt người nước ngoài tạm trú. Trong năm, đơn vị phát hiện, xử lý 46 trường hợp người nước ngoài vi phạm quy định về cư trú. Theo Phó Trưởng phòng Quản lý xuất nhập cảnh Công an tỉnh Lạng Sơn Hoàng Văn Nam, 100% hồ sơ được giải quyết đúng hạn.",
      errors: [E("positions.conflict")],
    },
  ],
});

runTable("fresh 13: consistent traps", {
  valid: [],
  invalid: [
    // ── breakdown ──
    // party building; paragraph; new members "trong đó" 64 nữ, 12 dân tộc thiểu số (attributes, each ≤ 186); a closing stock of a subclass
    // stated apart: "cuối năm … có 4.612 đảng viên" and "cuối năm có 1.246 đảng viên nữ" (1.246 ≤ 4.612); 38 chi bộ another whole;
    // "đạt 103,3% chỉ tiêu Nghị quyết (180 đảng viên)": 186 / 180 = 103,33% ✓
    {
      text: "Năm 2025, Đảng bộ huyện Nghĩa Đàn kết nạp 186 đảng viên mới, trong đó 64 đảng viên nữ và 12 đảng viên là người dân tộc thiểu số, đạt 103,3% chỉ tiêu Nghị quyết (180 đảng viên). Đến cuối năm, toàn Đảng bộ có 4.612 đảng viên sinh hoạt tại 38 chi bộ, đảng bộ cơ sở; cuối năm có 1.246 đảng viên nữ. Ủy ban Kiểm tra Huyện ủy đã giám sát 24 tổ chức đảng, đề nghị xóa tên 6 đảng viên bỏ sinh hoạt đảng.",
      errors: [],
    },
    // legal aid; "trong đó" attributes that overlap: 864 + 412 + 186 = 1.462 > 1.246, but người dân tộc thiểu số / hộ nghèo / trẻ em are not disjoint (each ≤ 1.246)
    { text: "Năm 2025, Trung tâm Trợ giúp pháp lý nhà nước tỉnh Sơn La thực hiện 1.246 vụ việc trợ giúp pháp lý, trong đó 864 vụ việc cho người dân tộc thiểu số, 412 vụ việc cho người thuộc hộ nghèo và 186 vụ việc cho trẻ em.", errors: [] },
    // residence and identity cards; several wholes in one sentence: 246.800 hồ sơ căn cước "trong đó 38.600" of children (≤ 246.800), 412.600 tài khoản định danh, 18.460 thủ tục cư trú
    { text: "Năm 2025, Công an tỉnh Bắc Ninh đã thu nhận 246.800 hồ sơ cấp thẻ căn cước, trong đó 38.600 hồ sơ của trẻ em dưới 14 tuổi, kích hoạt 412.600 tài khoản định danh điện tử mức độ 2 và giải quyết 18.460 thủ tục đăng ký thường trú, tạm trú.", errors: [] },
    // land clearance; paragraph; money in "nghìn tỷ" and "tỷ" closed by "còn lại": 1.246 − 864 = 382 tỷ ✓; 1.246 hộ, 46,2 ha, 186 lô other figures
    {
      text: "Dự án Cảng hàng không quốc tế Long Thành có tổng kinh phí bồi thường, hỗ trợ, tái định cư giai đoạn bổ sung là 1,246 nghìn tỷ đồng. Đến ngày 30/11/2025, Ban Quản lý dự án đã chi trả 864 tỷ đồng, còn lại 382 tỷ đồng sẽ chi trả trong quý I/2026. Dự án liên quan 1.246 hộ dân với diện tích thu hồi 46,2 ha; khu tái định cư Lộc An - Bình Sơn đã bàn giao 186 lô đất cho các hộ đủ điều kiện bố trí tái định cư.",
      errors: [],
    },
    // ── plan ──
    // seafood; paragraph; a plan claim about another measure: revenue 4.612 / 4.400 = 104,82% → "104,8%" ✓; "riêng lợi nhuận … không đạt kế hoạch (240 tỷ)": 186 / 240 = 77,5% < 100 ✓
    {
      text: "Năm 2025, Công ty cổ phần Thủy sản Sao Biển Hậu Giang đạt doanh thu 4.612 tỷ đồng, bằng 104,8% kế hoạch năm (4.400 tỷ đồng). Riêng lợi nhuận sau thuế chỉ đạt 186 tỷ đồng, không đạt kế hoạch (240 tỷ đồng) do giá tôm nguyên liệu tăng cao và chi phí vận chuyển đường biển tăng. Công ty duy trì việc làm cho 3.460 lao động với thu nhập bình quân 9,6 triệu đồng/người/tháng và xuất khẩu sang 46 thị trường.",
      errors: [],
    },
    // textile; a forecast: 10 months 386 / 470 = 82,13% → "82,1%" ✓; "dự kiến cả năm vượt kế hoạch" is not a claim about the 386
    { text: "10 tháng năm 2025, kim ngạch xuất khẩu của Tổng công ty Dệt may Nam Định đạt 386 triệu USD, bằng 82,1% kế hoạch năm (470 triệu USD); với các đơn hàng đã ký, dự kiến cả năm vượt kế hoạch.", errors: [] },
    // fishing port; paragraph; "lũy kế" and "bình quân": 86.400 / 90.000 = 96,0% ✓; 86.400 / 11 = 7.854,5 → "7.855" ✓; 1.246 lượt tàu, 24 tỷ unrelated
    {
      text: "Lũy kế 11 tháng năm 2025, sản lượng thủy sản qua cảng cá Tắc Cậu (tỉnh Kiên Giang) đạt 86.400 tấn, đạt 96% kế hoạch năm (90.000 tấn); bình quân mỗi tháng 7.855 tấn. Trong kỳ, cảng đã đón 1.246 lượt tàu cá cập cảng, 100% tàu cá từ 15 m trở lên được kiểm tra nhật ký khai thác. Ban Quản lý cảng đang triển khai dự án nạo vét luồng và mở rộng bến với tổng vốn 24 tỷ đồng, dự kiến hoàn thành trong năm 2026.",
      errors: [],
    },
    // notaries; "vượt 3,8% kế hoạch (12 tỷ)": 12,46 / 12 = 1,03833 → 3,83% ✓; "1.246 triệu đồng" nộp ngân sách another figure
    { text: "Năm 2025, các tổ chức hành nghề công chứng trên địa bàn tỉnh Nam Định thu phí công chứng 12,46 tỷ đồng, vượt 3,8% kế hoạch (12 tỷ đồng), nộp ngân sách nhà nước 1.246 triệu đồng.", errors: [] },
    // ── growth ──
    // coffee cooperative; a later period told first: 864 / 720 = 1,20 → "tăng 20%" ✓
    { text: "Quý I/2025, Hợp tác xã cà phê Công Bằng (huyện Krông Năng) xuất bán 864 tấn cà phê nhân; quý I/2024 xuất bán 720 tấn, tăng 20%.", errors: [] },
    // e-commerce; "tăng gấp 2,5 lần so với năm 2024 (1.240 đơn hàng)": 3.100 / 1.240 = 2,5 ✓ (unsure: a reading of "tăng gấp N lần" as N+1 would call it wrong; ×N is the usual meaning)
    { text: "Năm 2025, sàn thương mại điện tử của tỉnh Thái Nguyên ghi nhận 3.100 đơn hàng chè, tăng gấp 2,5 lần so với năm 2024 (1.240 đơn hàng).", errors: [] },
    // population; paragraph; percentage points beside rates: 9,6 − 8,4 = 1,2 điểm ✓; births 12.460 / 12.990 = 0,95920 → giảm 4,08% → "4,1%" ✓; 112,6 is a sex ratio
    {
      text: "Năm 2025, tỷ lệ sinh con thứ 3 trở lên của tỉnh Hải Dương là 8,4%, giảm 1,2 điểm phần trăm so với năm 2024 (9,6%). Toàn tỉnh có 12.460 trẻ được sinh ra, giảm 4,1% so với năm 2024 (12.990 trẻ); tỷ số giới tính khi sinh là 112,6 bé trai/100 bé gái. Có 86,4% cặp vợ chồng trong độ tuổi sinh đẻ sử dụng biện pháp tránh thai hiện đại; 246 câu lạc bộ tiền hôn nhân duy trì sinh hoạt thường xuyên.",
      errors: [],
    },
    // child protection; "giảm 38 em so với năm 2024 (284 em), tương đương giảm 13,4%": 284 − 246 = 38 ✓; 38 / 284 = 13,38% ✓
    { text: "Năm 2025, toàn tỉnh Gia Lai có 246 trẻ em bị xâm hại, giảm 38 em so với năm 2024 (284 em), tương đương giảm 13,4%.", errors: [] },
    // ── fraction ──
    // ethnic minority affairs; slashes that are document numbers and dates (12/NQ-TU, 14/6/2022, 1719/QĐ-TTg, 14/10/2021); "18/18 xã (100%)" ✓
    { text: "Thực hiện Nghị quyết số 12/NQ-TU ngày 14/6/2022 của Tỉnh ủy Điện Biên và Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, đến nay 18/18 xã vùng đồng bào dân tộc thiểu số của huyện Mường Nhé có đường ô tô đến trung tâm xã (100%).", errors: [] },
    // militia; "46/52 xã (88,5%)": 46 / 52 = 88,46% ✓
    { text: "Năm 2025, 46/52 xã, phường của tỉnh Bắc Kạn xây dựng được nhà làm việc của Ban Chỉ huy quân sự cấp xã đạt chuẩn (88,5%).", errors: [] },
    // land clearance / resettlement; paragraph; "246/312 hộ (78,8%)": 246 / 312 = 78,85% ✓; 96,4% satisfaction is of another whole; 186 tỷ unrelated
    {
      text: "Đến ngày 15/12/2025, dự án cao tốc Châu Đốc - Cần Thơ - Sóc Trăng đoạn qua huyện Châu Thành đã có 246/312 hộ nhận tiền bồi thường, hỗ trợ (78,8%), với tổng số tiền 186 tỷ đồng. Qua khảo sát của Ủy ban Mặt trận Tổ quốc huyện, tỷ lệ hộ dân hài lòng với công tác bồi thường, hỗ trợ đạt 96,4%. Huyện đã đầu tư khu tái định cư 12 ha với đầy đủ hạ tầng điện, nước, đường nội bộ, dự kiến bàn giao nền cho 64 hộ trong quý I/2026.",
      errors: [],
    },
    // digital transformation; paragraph; "1.846/1.846 hồ sơ (100%)" ✓ and "864/912 hồ sơ (94,7%)": 864 / 912 = 94,74% ✓; 24 tháng, 12 điểm unrelated
    {
      text: "Tháng 11/2025, Bộ phận một cửa của Ủy ban nhân dân huyện Đông Hưng tiếp nhận 1.846 hồ sơ thủ tục hành chính, đã giải quyết đúng hạn 1.846/1.846 hồ sơ (100%). Trong số hồ sơ tiếp nhận qua dịch vụ công trực tuyến, 864/912 hồ sơ được số hóa kết quả giải quyết (94,7%). Huyện đã bố trí 12 điểm hỗ trợ người dân nộp hồ sơ trực tuyến tại các xã và duy trì tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố.",
      errors: [],
    },
    // ── share ──
    // logistics port; a share of a sub-whole named after "chiếm": 124.500 / 684.000 = 18,20% of export containers ✓ (of the 1,246 triệu TEU it would be 9,99%)
    { text: "Năm 2025, sản lượng container qua cảng Cái Mép - Thị Vải đạt 1,246 triệu TEU, trong đó hàng xuất khẩu 684.000 TEU; container rỗng chiếm 18,2% lượng container xuất khẩu, tương đương 124.500 TEU.", errors: [] },
    // e-commerce; paragraph; 2.860 / 6.840 = 41,81% → "41,8%" ✓; 684 / 2.860 = 23,92% of the hộ kinh doanh → "23,9%" ✓; 46 lớp, 1.246 học viên other figures
    {
      text: "Năm 2025, toàn tỉnh Long An có 6.840 doanh nghiệp, hộ kinh doanh tham gia bán hàng trên các sàn thương mại điện tử, trong đó 2.860 hộ kinh doanh, chiếm 41,8%; riêng 684 hộ kinh doanh có gian hàng trên hai sàn trở lên, chiếm 23,9% số hộ kinh doanh tham gia. Sở Công Thương đã tổ chức 46 lớp tập huấn kỹ năng bán hàng trực tuyến cho 1.246 học viên và hỗ trợ 124 sản phẩm OCOP đưa lên sàn.",
      errors: [],
    },
    // museums; paragraph; a share whose whole is written but its part is not ("khách quốc tế chiếm 12,4%" of 246.800 lượt; no count of foreign visitors);
    // 1.246 lượt học sinh, 38 hiện vật other figures
    {
      text: "Năm 2025, Bảo tàng Lịch sử Thành phố Hồ Chí Minh đón 246.800 lượt khách tham quan, trong đó khách quốc tế chiếm 12,4%. Bảo tàng đã tổ chức 18 chuyên đề trưng bày, tiếp nhận 38 hiện vật do các cá nhân hiến tặng và phối hợp với các trường học đưa 1.246 lượt học sinh đến học tập trải nghiệm. Ứng dụng thuyết minh tự động bằng mã QR đã được triển khai tại toàn bộ các phòng trưng bày thường trực.",
      errors: [],
    },
    // social housing; money "nghìn tỷ" whole, "tỷ" part: 920 / 4.600 = 20,0% ✓
    { text: "Dự án nhà ở xã hội Khu công nghiệp VSIP Nghệ An có tổng vốn đầu tư 4,6 nghìn tỷ đồng, trong đó vốn vay ưu đãi 920 tỷ đồng, chiếm 20%.", errors: [] },
    // ── pct-total ──
    // libraries; paragraph; three classes with counts: 412 + 346 + 488 = 1.246 ✓; 412 / 1.246 = 33,07 → 33,1; 346 / 1.246 = 27,77 → 27,8; 488 / 1.246 = 39,17 → 39,2;
    // 33,1 + 27,8 + 39,2 = 100,1 (rounding of three one-decimal shares)
    {
      text: "Năm 2025, Thư viện tỉnh Ninh Bình bổ sung 1.246 đầu sách mới, gồm 412 đầu sách khoa học kỹ thuật (33,1%), 346 đầu sách văn học nghệ thuật (27,8%) và 488 đầu sách thuộc các lĩnh vực khác (39,2%). Thư viện đã luân chuyển 18.600 bản sách về 86 điểm bưu điện văn hóa xã và tủ sách cơ sở, tổ chức 12 đợt trưng bày sách chuyên đề. Thư viện số của tỉnh hiện có 24.600 tài liệu số hóa, phục vụ 64.000 lượt truy cập.",
      errors: [],
    },
    // population; paragraph; two structures side by side: 24,6 + 66,2 + 9,2 = 100,0 ✓ and 38,4 + 61,6 = 100,0 ✓
    {
      text: "Kết quả điều tra dân số giữa kỳ năm 2025 cho thấy tỉnh Phú Thọ có 1,52 triệu người. Cơ cấu dân số theo nhóm tuổi: từ 0 đến 14 tuổi chiếm 24,6%, từ 15 đến 64 tuổi chiếm 66,2%, từ 65 tuổi trở lên chiếm 9,2%. Dân số thành thị chiếm 38,4%, dân số nông thôn chiếm 61,6%. Tuổi thọ trung bình của người dân đạt 74,6 tuổi; tỷ số phụ thuộc chung đã bắt đầu tăng do tốc độ già hóa dân số nhanh.",
      errors: [],
    },
    // elderly care; rates of different wholes (not classes of one): 98,6%, 64,2%, 100%
    { text: "Năm 2025, tỷ lệ người cao tuổi tỉnh Hà Tĩnh có thẻ bảo hiểm y tế đạt 98,6%, tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt 64,2%, 100% người cao tuổi tròn 90 tuổi và 100 tuổi được chúc thọ, mừng thọ.", errors: [] },
    // party members' rating closed by "còn lại": 16,4 + 78,2 + 5,4 = 100,0 ✓
    { text: "Kết quả xếp loại đảng viên năm 2025 của Đảng bộ Khối các cơ quan tỉnh Tuyên Quang: hoàn thành xuất sắc nhiệm vụ 16,4%, hoàn thành tốt nhiệm vụ 78,2%, còn lại 5,4% hoàn thành nhiệm vụ.", errors: [] },
    // ── two-ways ──
    // logistics company; Vietnamese text wholly in the English convention ("1,246.8", "5.1%", "246,800", "46.5 ha", "1,864"); paragraph: 1,246.8 / 1,186.2 = 1,05109 → "5.1%" ✓; 246,800 / 224,600 = 1,09884 → "9.9%" ✓
    // (no "." thousands and no "," decimals anywhere)
    {
      text: "Năm 2025, Công ty cổ phần Logistics Cảng Đình Vũ Xanh đạt doanh thu 1,246.8 tỷ đồng, tăng 5.1% so với năm 2024 (1,186.2 tỷ đồng). Sản lượng container qua các cảng của công ty tại Hải Phòng đạt 246,800 TEU, tăng 9.9% so với năm trước (224,600 TEU). Công ty vận hành 12 cảng cạn với tổng diện tích 46.5 ha, sử dụng 1,864 lao động; năm 2026, công ty dự kiến đầu tư 412 tỷ đồng mua sắm cần cẩu và xe tải điện.",
      errors: [],
    },
    // legal aid; "Bằng chữ" right: một triệu hai trăm năm mươi nghìn = 1.250.000 ✓
    { text: "Chi thù lao cho trợ giúp viên pháp lý tham gia tố tụng vụ án số 12/2025/HS-ST là 1.250.000 đồng (Bằng chữ: Một triệu hai trăm năm mươi nghìn đồng).", errors: [] },
    // housing; "4.600 tỷ đồng (khoảng 4,6 nghìn tỷ đồng)" ✓ and "12.460 triệu đồng (12,46 tỷ đồng)" ✓
    { text: "Tổng mức đầu tư dự án nhà ở xã hội phường Hòa Hiệp Bắc là 4.600 tỷ đồng (khoảng 4,6 nghìn tỷ đồng); kinh phí bồi thường giải phóng mặt bằng 12.460 triệu đồng (12,46 tỷ đồng).", errors: [] },
    // roads; paragraph; "." thousands and "," decimals throughout; "2.015 (hai nghìn không trăm mười lăm)" right; 1.246,8 km, 4,6 m, 186,4 tỷ
    {
      text: "Sau 5 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, huyện Gia Viễn đã đầu tư cứng hóa 1.246,8 km đường giao thông nông thôn với mặt đường rộng 4,6 m trở lên, xây mới 2.015 (hai nghìn không trăm mười lăm) cống thoát nước và 24 cầu dân sinh. Tổng kinh phí đầu tư đạt 186,4 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ xi măng tương đương 46,2 tỷ đồng. Toàn huyện có 100% đường trục xã được nhựa hóa.",
      errors: [],
    },
    // ── dates ──
    // mass mobilisation; paragraph; "thứ Sáu, ngày 17/10/2025" is a Friday ✓ (python3 datetime); no review is held (a meeting to praise models); 1.246 ≤ 12.460
    {
      text: "Thứ Sáu, ngày 17/10/2025, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị biểu dương các mô hình \"Dân vận khéo\" tiêu biểu. Từ năm 2015 đến nay, toàn tỉnh đã xây dựng 12.460 mô hình \"Dân vận khéo\", trong đó 1.246 mô hình cấp tỉnh; nhân dân hiến 186 ha đất làm đường giao thông nông thôn. Hội nghị đã khen thưởng 64 tập thể và 124 cá nhân có thành tích xuất sắc trong phong trào thi đua.",
      errors: [],
    },
    // family planning; a leap day 29/02/2024 with its right weekday, a Thursday ✓ (python3 datetime)
    { text: "Thứ Năm, ngày 29/02/2024, Chi cục Dân số tỉnh Nam Định phát động chiến dịch tăng cường truyền thông, vận động lồng ghép dịch vụ dân số tại 86 xã có mức sinh cao.", errors: [] },
    // notaries; "thứ Hai (15/12/2025)" is a Monday ✓; "Quyết định số 31/2025/QĐ-UBND" is a document number, not a date
    { text: "Theo Quyết định số 31/2025/QĐ-UBND của Ủy ban nhân dân tỉnh Bình Định, từ thứ Hai (15/12/2025), 12 văn phòng công chứng trên địa bàn tỉnh áp dụng mức thù lao công chứng mới.", errors: [] },
    // child protection; paragraph; "thứ Sáu, ngày 26/9/2025" is a Friday ✓; "24/7" is a schedule, not a date; "8 tháng năm 2025" is over by 26/9; 46 ≤ 186
    {
      text: "Thứ Sáu, ngày 26/9/2025, Sở Y tế tỉnh Quảng Nam phối hợp với Cục Bảo trợ xã hội ra mắt điểm tư vấn, hỗ trợ trẻ em hoạt động 24/7 tại thành phố Tam Kỳ. Trong 8 tháng năm 2025, toàn tỉnh đã hỗ trợ 186 trẻ em có hoàn cảnh đặc biệt, trong đó 46 trẻ em mồ côi cả cha và mẹ được nhận chăm sóc thay thế. Tỉnh dự kiến vận động 2,4 tỷ đồng để trao học bổng cho 412 học sinh nghèo vượt khó trong năm học 2025-2026.",
      errors: [],
    },
    // ── period ──
    // drug rehabilitation; a review only planned: report on 12/3/2025, "dự kiến sơ kết … vào tháng 7/2025"
    { text: "Ngày 12/3/2025, Ủy ban nhân dân tỉnh Sơn La ban hành kế hoạch cao điểm tấn công, trấn áp tội phạm ma túy; dự kiến sơ kết 6 tháng đầu năm 2025 việc thực hiện kế hoạch vào tháng 7/2025.", errors: [] },
    // religion; a year reviewed in December: "tổng kết công tác tôn giáo năm 2025" on 18/12/2025
    { text: "Ngày 18/12/2025, Ban Tôn giáo tỉnh An Giang tổ chức hội nghị tổng kết công tác tôn giáo năm 2025, khen thưởng 24 tập thể và 46 cá nhân có thành tích xuất sắc.", errors: [] },
    // textile union; paragraph; "sơ kết 6 tháng đầu năm 2025" on 4/7/2025 (after 30/6) ✓; figures unrelated
    {
      text: "Ngày 4/7/2025, Công đoàn Tập đoàn Dệt may Việt Nam tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2025. Trong 6 tháng, công đoàn các cấp đã phát triển 2.460 đoàn viên mới, thăm hỏi, tặng quà cho 1.246 đoàn viên có hoàn cảnh khó khăn với tổng số tiền 864 triệu đồng. Thu nhập bình quân của người lao động ngành dệt may đạt 9,2 triệu đồng/người/tháng; 46 doanh nghiệp đã ký thỏa ước lao động tập thể.",
      errors: [],
    },
    // militia; paragraph; "tổng kết công tác quốc phòng, quân sự địa phương năm 2025" on 8/01/2026 ✓
    {
      text: "Ngày 8/01/2026, Bộ Chỉ huy quân sự tỉnh Hà Giang tổ chức hội nghị tổng kết công tác quốc phòng, quân sự địa phương năm 2025, triển khai nhiệm vụ năm 2026. Năm 2025, tỉnh đã huấn luyện 6.400 đồng chí dân quân tự vệ, tổ chức 12 cuộc diễn tập khu vực phòng thủ cấp huyện, cấp xã và bồi dưỡng kiến thức quốc phòng và an ninh cho 1.864 đối tượng. Công tác tuyển quân đạt 100% chỉ tiêu với 864 thanh niên nhập ngũ.",
      errors: [],
    },
    // ── positions ──
    // justice; a change of post over time: "nguyên Phó Giám đốc …, nay là Giám đốc Sở Tư pháp"
    { text: "Bà Lê Thị Hồng, nguyên Phó Giám đốc Sở Tư pháp tỉnh Bình Thuận, nay là Giám đốc Sở Tư pháp tỉnh Bình Thuận, đã chủ trì hội nghị tập huấn cho 124 công chứng viên.", errors: [] },
    // legal aid; a Giám đốc and a Phó Giám đốc who are two people
    { text: "Ông Vũ Văn Tài, Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh Yên Bái, và bà Hà Thị Duyên, Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh Yên Bái, đã trực tiếp tư vấn cho 46 người dân.", errors: [] },
    // national defence education; paragraph; one person Chỉ huy trưởng Ban Chỉ huy quân sự huyện and Phó Chủ tịch Hội đồng giáo dục quốc phòng và an ninh huyện (two units)
    {
      text: "Trung tá Đinh Công Hùng, Chỉ huy trưởng Ban Chỉ huy quân sự huyện Quế Phong, Phó Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh huyện, cho biết năm 2025 huyện đã bồi dưỡng kiến thức quốc phòng và an ninh cho 246 đối tượng 4 là trưởng thôn, bản và chức sắc tôn giáo. Học sinh 12 trường trung học phổ thông được học đủ chương trình giáo dục quốc phòng; 100% giáo viên giáo dục quốc phòng đạt chuẩn theo quy định.",
      errors: [],
    },
    // ethnic minority affairs; paragraph; a change of post over time: Phó Trưởng Ban Dân tộc in 2020, Trưởng Ban Dân tộc from 3/2023
    {
      text: "Năm 2020, ông Lò Văn Thắng được bổ nhiệm giữ chức Phó Trưởng Ban Dân tộc tỉnh Lai Châu; từ tháng 3/2023, ông được bổ nhiệm giữ chức Trưởng Ban Dân tộc tỉnh Lai Châu. Năm 2025, Ban Dân tộc đã tham mưu thực hiện chính sách hỗ trợ cho 12.460 hộ đồng bào dân tộc thiểu số, cấp 186.400 thẻ bảo hiểm y tế và tổ chức 24 lớp bồi dưỡng kiến thức dân tộc cho 1.246 cán bộ, công chức cấp xã.",
      errors: [],
    },
  ],
});
