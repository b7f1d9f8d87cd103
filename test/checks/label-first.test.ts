/**
 * Two breakdown shapes blind audit 4 missed (fresh5.test.ts), and the traps around them:
 *
 * - an open "trong đó:" list whose labels come before their numbers, the parts kinds of
 *   enterprise ("doanh nghiệp tư nhân 310 đơn vị, công ty trách nhiệm hữu hạn 725 đơn vị, …"):
 *   disjoint, so an error only when they add up to MORE than the whole; kinds that may overlap
 *   (foreign-invested or state-capital firms are also companies of some form, a small firm is of
 *   any form) give no error;
 * - a body split into its posts ("7 đồng chí: 1 Bí thư, 2 Phó Bí thư và 5 Ủy viên"): one post each,
 *   so the posts add up to the body when the list reaches its plain members ("Ủy viên", "thành
 *   viên", or "Ủy viên Ban Thường vụ" of the Ban Thường vụ), unless the members of an inner body
 *   ("9 Ủy viên Ban Thường vụ") may count the heads and so fit the whole; a list of the heads only, one that
 *   passes over a post with no number, posts of two bodies, or a subgroup ("3 đồng chí nữ") is no
 *   partition.
 *
 * The sentences are invented for these tests (not copied from ../shared/corpus/checks).
 */
import { expect, test } from "vitest";
import { parseReport } from "../../src/index.js";
import { E, runTable, W } from "./table.js";

test("a number after 'cổ phần' is an amount; after 'phần' alone, an ordinal", () => {
  const texts = (t: string) => parseReport(t).figures.map((f) => f.text);
  expect(texts("Trong đó: công ty cổ phần 431 đơn vị, công ty trách nhiệm hữu hạn 1.987 đơn vị.")).toEqual(["431 đơn vị", "1.987 đơn vị"]);
  expect(texts("Tổng công ty nắm giữ cổ phần 51% vốn điều lệ.")).toEqual(["51%"]);
  expect(texts("Phần 2 gồm 5 chương.")).toEqual(["5 chương"]);
});

runTable("label-first lists and posts", {
  valid: [
    // a subgroup, not a partition
    "Ban Chấp hành Hội Nông dân xã gồm 15 đồng chí, trong đó 3 đồng chí nữ.",
    // posts that add up: 1 + 2 + 9 + 23 = 35
    "Đại hội đã bầu Ban Chấp hành Đảng bộ khóa mới gồm 35 đồng chí: 1 Bí thư, 2 Phó Bí thư, 9 Ủy viên Ban Thường vụ và 23 ủy viên.",
    "Huyện ủy có 45 đồng chí Ủy viên Ban Chấp hành, trong đó: 1 Bí thư, 2 Phó Bí thư, 12 ủy viên Ban Thường vụ và 30 ủy viên.",
    "Hội đồng trường gồm 9 thành viên: 1 Chủ tịch, 1 Phó Chủ tịch và 7 thành viên.",
    "Ban Chỉ đạo gồm 15 thành viên: 1 Trưởng ban, 2 Phó Trưởng ban và 12 thành viên.",
    "Ban Chấp hành Công đoàn gồm 7 đồng chí: Chủ tịch 1 đồng chí, Phó Chủ tịch 2 đồng chí và ủy viên 4 đồng chí.",
    "Ban Chấp hành Đoàn trường gồm 25 đồng chí. Ban Thường vụ gồm 7 đồng chí: 1 Bí thư, 2 Phó Bí thư và 4 ủy viên.",
    "Đại hội bầu Ban Chấp hành khóa mới gồm 27 đồng chí; Ban Chấp hành bầu Ban Thường vụ 9 đồng chí, gồm 1 Bí thư, 2 Phó Bí thư và 6 ủy viên Ban Thường vụ.",
    // the Ban Thường vụ's 9 may count its Bí thư and Phó Bí thư: 9 + 26 = 35, 9 + 25 ≤ 35
    "Đại hội đã bầu Ban Chấp hành Đảng bộ khóa mới gồm 35 đồng chí: 1 Bí thư, 2 Phó Bí thư, 9 Ủy viên Ban Thường vụ và 26 ủy viên.",
    "Ban Chấp hành Đảng bộ khóa mới gồm 35 đồng chí, trong đó: 1 Bí thư, 2 Phó Bí thư, 9 Ủy viên Ban Thường vụ và 25 ủy viên.",
    // posts of another body (the Ban Thường vụ's members within the Ban Chấp hành): 1 + 2 + 9 = 12 of 35
    "Ban Chấp hành Đảng bộ khóa mới gồm 35 đồng chí: 1 Bí thư, 2 Phó Bí thư, 9 Ủy viên Ban Thường vụ.",
    "Ban Chấp hành Công đoàn cơ sở gồm 9 đồng chí, trong đó: 1 Chủ tịch, 1 Phó Chủ tịch, 2 ủy viên Ban Thường vụ.",
    "Ban Chấp hành Hội Cựu chiến binh huyện gồm 21 đồng chí; Ban Thường vụ gồm 7 đồng chí, trong đó có 1 Chủ tịch và 2 Phó Chủ tịch.",
    // the heads only, a closed cue: 1 + 2 of 7 (and of a board of directors: its other members unnamed)
    "Ban Thường vụ Huyện đoàn gồm 7 đồng chí, gồm 1 Bí thư và 2 Phó Bí thư.",
    "Ban Giám đốc Công ty gồm 4 người: 1 Giám đốc và 2 Phó Giám đốc.",
    "Ban Giám đốc Công ty gồm 4 người: 1 Giám đốc và 3 Phó Giám đốc.",
    // a kind of plain member, not all of them ("thành viên độc lập"): 1 + 2 of 5
    "Hội đồng quản trị gồm 5 thành viên: 1 Chủ tịch và 2 thành viên độc lập.",
    "Hội đồng quản trị gồm 5 thành viên: 1 Chủ tịch và 4 thành viên.",
    // posts beside a subgroup and a staff list with its heads in a bracket
    "Ban Chấp hành gồm 15 đồng chí, trong đó có 1 Bí thư, 2 Phó Bí thư, 3 đồng chí nữ.",
    "Trường có 58 cán bộ, giáo viên, nhân viên; trong đó Ban Giám hiệu 3 người (1 Hiệu trưởng, 2 Phó Hiệu trưởng), giáo viên 48 người, nhân viên 7 người.",
    // a post with no number ("Phó Bí thư": one more)
    "Ban Thường vụ Huyện đoàn gồm 7 đồng chí: 1 Bí thư, Phó Bí thư và 5 ủy viên.",
    // posts of two bodies may be held by one person: 6 + 8 = 14 > 12
    "Đoàn công tác gồm 12 đồng chí, trong đó 6 Bí thư Đảng ủy xã và 8 Chủ tịch UBND xã.",
    "Lớp bồi dưỡng có 80 học viên, trong đó 45 Bí thư chi bộ và 40 Phó Bí thư Đảng ủy xã.",
    "Tham dự hội nghị có 150 đại biểu, trong đó có 42 đồng chí Bí thư chi bộ và 38 đồng chí trưởng thôn.",
    // a plain member's count that holds the others ("đoàn viên": every member is one)
    "Chi đoàn có 42 đoàn viên, trong đó: Bí thư 1 đồng chí, Phó Bí thư 1 đồng chí, ủy viên Ban Chấp hành 3 đồng chí và đoàn viên 38 đồng chí.",
    // kinds of enterprise, labels first, within the whole: 310 + 725 + 198 = 1.233 ≤ 1.240
    "Toàn huyện có 1.240 doanh nghiệp đang hoạt động, trong đó: doanh nghiệp tư nhân 310 đơn vị, công ty trách nhiệm hữu hạn 725 đơn vị và công ty cổ phần 198 đơn vị.",
    "Năm 2024, thành phố có 5.320 doanh nghiệp đăng ký thành lập mới, trong đó: công ty trách nhiệm hữu hạn 3.980 doanh nghiệp, công ty cổ phần 1.120 doanh nghiệp, doanh nghiệp tư nhân 220 doanh nghiệp.",
    // numbers first, "trong đó có", some kinds only
    "Toàn tỉnh có 2.150 doanh nghiệp, trong đó có 380 công ty cổ phần và 1.420 công ty trách nhiệm hữu hạn.",
    // the list ends; another noun follows
    "Chi cục đang quản lý 860 doanh nghiệp, trong đó: doanh nghiệp tư nhân 214 đơn vị, công ty cổ phần 97 đơn vị; ngoài ra còn quản lý 1.205 hộ kinh doanh.",
    // labels first, overlapping attributes: 158 + 276 = 434 > 420, 840 + 215 + 610 > 1.250
    "Đảng bộ có 420 đảng viên, trong đó: đảng viên nữ 158 đồng chí, đảng viên là người dân tộc thiểu số 276 đồng chí.",
    "Công ty có 1.250 lao động, trong đó: lao động nữ 840 người, lao động có trình độ đại học 215 người, công nhân kỹ thuật 610 người.",
    // parts in another noun than the whole's
    "Khu công nghiệp đã thu hút 126 dự án, trong đó: doanh nghiệp có vốn đầu tư nước ngoài 48 dự án, doanh nghiệp trong nước 78 dự án.",
    // a company named by a number: no count
    "Công ty Cổ phần 479 có 320 công nhân, trong đó 95 lao động nữ.",
  ],
  invalid: [
    // disjoint kinds of enterprise, labels first, more than the whole: 310 + 745 + 198 = 1.253 > 1.240
    { text: "Toàn huyện có 1.240 doanh nghiệp đang hoạt động, trong đó: doanh nghiệp tư nhân 310 đơn vị, công ty trách nhiệm hữu hạn 745 đơn vị và công ty cổ phần 198 đơn vị.", errors: [E("breakdown.sum")] },
    // the same, numbers first: 380 + 1.920 = 2.300 > 2.150
    { text: "Toàn tỉnh có 2.150 doanh nghiệp, trong đó có 380 công ty cổ phần và 1.920 công ty trách nhiệm hữu hạn.", errors: [E("breakdown.sum")] },
    // a closed list of kinds: 3.980 + 1.120 + 230 = 5.330 ≠ 5.320
    { text: "Năm 2024, thành phố có 5.320 doanh nghiệp đăng ký thành lập mới, gồm: công ty trách nhiệm hữu hạn 3.980 doanh nghiệp, công ty cổ phần 1.120 doanh nghiệp và doanh nghiệp tư nhân 230 doanh nghiệp.", errors: [E("breakdown.sum")] },
    // staff roles, labels first: 3 + 55 + 9 = 67 > 64
    { text: "Trường có 64 cán bộ, giáo viên, nhân viên, trong đó: cán bộ quản lý 3 người, giáo viên 55 người và nhân viên 9 người.", errors: [E("breakdown.sum")] },
    // posts to the plain members: 1 + 2 + 9 + 24 = 36 ≠ 35; 1 + 2 + 7 = 10 ≠ 9; 1 + 2 + 9 = 12 ≠ 11; 1 + 2 + 5 = 8 ≠ 7
    { text: "Đại hội đã bầu Ban Chấp hành Đảng bộ khóa mới gồm 35 đồng chí: 1 Bí thư, 2 Phó Bí thư, 9 Ủy viên Ban Thường vụ và 24 ủy viên.", errors: [E("breakdown.sum")] },
    { text: "Hội đồng trường gồm 9 thành viên: 1 Chủ tịch, 2 Phó Chủ tịch và 7 thành viên.", errors: [E("breakdown.sum")] },
    { text: "Hội đồng quản trị gồm 5 thành viên: 1 Chủ tịch và 5 thành viên.", errors: [E("breakdown.sum")] },
    { text: "Đại hội Hội Liên hiệp Phụ nữ xã bầu Ban Chấp hành khóa mới gồm 11 đồng chí: 1 Chủ tịch, 2 Phó Chủ tịch và 9 ủy viên.", errors: [E("breakdown.sum")] },
    { text: "Ban Chấp hành Công đoàn gồm 7 đồng chí: Chủ tịch 1 đồng chí, Phó Chủ tịch 2 đồng chí và ủy viên 5 đồng chí.", errors: [E("breakdown.sum")] },
    // more than the whole however the Ban Thường vụ is read: 1 + 2 + 9 + 28 = 40, 9 + 28 = 37 > 35
    { text: "Ban Chấp hành Đảng bộ khóa mới gồm 35 đồng chí, trong đó: 1 Bí thư, 2 Phó Bí thư, 9 Ủy viên Ban Thường vụ và 28 ủy viên.", errors: [E("breakdown.sum")] },
    // the heads alone more than the body: 1 + 3 = 4 > 3; 45 + 40 = 85 > 80 (posts of one kind of body)
    { text: "Ban Giám hiệu nhà trường gồm 3 người: 1 Hiệu trưởng và 3 Phó Hiệu trưởng.", errors: [E("breakdown.sum")] },
    { text: "Lớp bồi dưỡng có 80 học viên, trong đó 45 Bí thư chi bộ và 40 Phó Bí thư chi bộ.", errors: [E("breakdown.sum")] },
    // kinds that may overlap (state capital in a joint-stock company, a small firm of any form): a warning, no error
    { text: "Toàn ngành có 310 doanh nghiệp, trong đó: công ty cổ phần 120 doanh nghiệp, doanh nghiệp có vốn nhà nước 95 doanh nghiệp, công ty trách nhiệm hữu hạn 140 doanh nghiệp.", errors: [W("breakdown.sum")] },
    { text: "Toàn tỉnh có 2.150 doanh nghiệp, trong đó: doanh nghiệp nhỏ và vừa 2.010 doanh nghiệp, công ty cổ phần 380 doanh nghiệp.", errors: [W("breakdown.sum")] },
    // posts of two bodies, the nouns read short ("45 đồng chí Bí thư chi" | "40 đồng chí Phó Bí thư"): a warning, no error
    { text: "Lớp bồi dưỡng có 80 học viên, trong đó 45 đồng chí Bí thư chi bộ và 40 đồng chí Phó Bí thư Đảng ủy xã.", errors: [W("breakdown.sum")] },
    { text: "Toàn tỉnh có 2.150 doanh nghiệp, trong đó: doanh nghiệp có vốn đầu tư nước ngoài 420 doanh nghiệp, công ty trách nhiệm hữu hạn 1.390 doanh nghiệp và công ty cổ phần 510 doanh nghiệp.", errors: [W("breakdown.sum")] },
  ],
});
