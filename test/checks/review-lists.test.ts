/**
 * False errors a review of the label-first lists and posts found (after s29-lists), and the real
 * errors beside them:
 *
 * - a Ban Chấp hành split into its heads, the Ban Thường vụ and "Ủy viên Ban Chấp hành": the Ban
 *   Thường vụ's count holds the heads, so the list fits (1 + 2 + 9 + 18 = 30, 9 + 18 = 27);
 * - a nested "trong đó" (the parts of one part) that ends before the outer list's next item: a
 *   part of another kind than the nested whole ("công ty cổ phần" after "công ty TNHH", "4 ủy
 *   viên" after "2 Phó Bí thư, trong đó 1 Phó Bí thư …") is not one of its parts;
 * - separate elections ("bầu Ban Chấp hành gồm 15 đồng chí, bầu Ban Thường vụ gồm 5 đồng chí,
 *   bầu Bí thư, 2 Phó Bí thư …"): a second body's whole ends the list;
 * - enterprises counted by ownership (nhà nước, ngoài nhà nước, có vốn đầu tư nước ngoài) beside
 *   legal forms (TNHH, cổ phần): two dimensions, which overlap; one dimension alone is a partition.
 *
 * The sentences are invented for these tests (not copied from ../shared/corpus/checks).
 */
import { expect, test } from "vitest";
import { parseReport } from "../../src/index.js";
import { E, runTable, W } from "./table.js";

runTable("review of lists and posts", {
  valid: [
    // the Ban Thường vụ's count holds the heads: 9 + 18 = 27, 7 + 18 = 25, 12 + 33 = 45, 5 + 10 = 15, 4 + 15 = 19
    "Ban Chấp hành gồm 27 đồng chí: 1 Bí thư, 2 Phó Bí thư, 9 ủy viên Ban Thường vụ, 18 ủy viên Ban Chấp hành.",
    "Ban Chấp hành Đoàn trường gồm 25 đồng chí: 1 Bí thư, 2 Phó Bí thư, 7 Ủy viên Ban Thường vụ và 18 Ủy viên Ban Chấp hành.",
    "Huyện ủy có 45 Ủy viên Ban Chấp hành: 1 Bí thư, 2 Phó Bí thư, 12 Ủy viên Ban Thường vụ và 33 Ủy viên Ban Chấp hành.",
    "Ban Chấp hành Công đoàn gồm 15 đồng chí: 1 Chủ tịch, 2 Phó Chủ tịch, 5 Ủy viên Ban Thường vụ và 10 Ủy viên Ban Chấp hành.",
    "Ban Chấp hành Hội Liên hiệp Phụ nữ gồm 19 đồng chí: 1 Chủ tịch, 2 Phó Chủ tịch, 4 ủy viên Thường vụ và 15 ủy viên Ban Chấp hành.",
    "Ban Chấp hành Đảng bộ xã gồm 15 đồng chí: Bí thư 1 đồng chí, Phó Bí thư 2 đồng chí, Ủy viên Ban Thường vụ 5 đồng chí, Ủy viên Ban Chấp hành 10 đồng chí.",
    // a nested "trong đó" ends at a part of another kind: 310 of 400; 400 + 198 ≤ 1.000
    "Toàn huyện có 1.000 doanh nghiệp, trong đó: công ty trách nhiệm hữu hạn 400 đơn vị, trong đó công ty TNHH một thành viên 310 đơn vị; công ty cổ phần 198 đơn vị.",
    "Toàn tỉnh có 1.500 doanh nghiệp, trong đó 800 công ty TNHH, trong đó 520 công ty TNHH một thành viên; 410 công ty cổ phần và 290 doanh nghiệp tư nhân.",
    // the same with posts: 1 of 2 Phó Bí thư; 1 + 2 + 4 = 7, 1 + 3 + 3 = 7 ≠ 9 is no partition of the heads
    "Ban Thường vụ gồm 7 đồng chí: 1 Bí thư kiêm Chủ tịch HĐND, 2 Phó Bí thư, trong đó 1 Phó Bí thư kiêm Chủ tịch UBND, và 4 ủy viên.",
    "Ban Thường vụ gồm 9 đồng chí: 1 Bí thư, 3 Phó Bí thư, trong đó 1 Phó Bí thư thường trực, và 5 ủy viên.",
    // separate elections: each body its own whole
    "Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí, bầu Ban Thường vụ gồm 5 đồng chí, bầu Bí thư, 2 Phó Bí thư và 3 đồng chí Ủy ban Kiểm tra.",
    // ownership alone, within the whole: 20 + 1.380 + 100 = 1.500
    "Toàn tỉnh có 1.500 doanh nghiệp, trong đó: doanh nghiệp nhà nước 20 đơn vị, doanh nghiệp ngoài nhà nước 1.380 đơn vị, doanh nghiệp có vốn đầu tư nước ngoài 100 đơn vị.",
  ],
  invalid: [
    // fits no reading: 1 + 2 + 9 + 30 = 42, 9 + 30 = 39 > 35
    { text: "Ban Chấp hành gồm 35 đồng chí: 1 Bí thư, 2 Phó Bí thư, 9 Ủy viên Ban Thường vụ và 30 Ủy viên Ban Chấp hành.", errors: [E("breakdown.sum")] },
    // the nested list keeps its own parts, more than its whole: 520 + 310 = 830 > 800 (one kind, told apart by no partition: a warning)
    { text: "Toàn tỉnh có 1.500 doanh nghiệp, trong đó 800 công ty TNHH, trong đó 520 công ty TNHH một thành viên và 310 công ty TNHH hai thành viên trở lên; 410 công ty cổ phần và 290 doanh nghiệp tư nhân.", errors: [W("breakdown.sum")] },
    // posts that fall short of a closed list (the nested "trong đó" aside): 1 + 3 + 3 = 7 ≠ 9
    { text: "Ban Thường vụ gồm 9 đồng chí: 1 Bí thư, 3 Phó Bí thư, trong đó 1 Phó Bí thư thường trực, và 3 ủy viên.", errors: [E("breakdown.sum")] },
    // ownership alone, more than the whole: 20 + 1.400 + 100 = 1.520 > 1.500
    { text: "Toàn tỉnh có 1.500 doanh nghiệp, trong đó: doanh nghiệp nhà nước 20 đơn vị, doanh nghiệp ngoài nhà nước 1.400 đơn vị, doanh nghiệp FDI 100 đơn vị.", errors: [E("breakdown.sum")] },
    {
      text: "Toàn tỉnh có 1.500 doanh nghiệp, trong đó: doanh nghiệp nhà nước 20 đơn vị, doanh nghiệp ngoài nhà nước 1.400 đơn vị, doanh nghiệp có vốn đầu tư nước ngoài 100 đơn vị.",
      errors: [E("breakdown.sum")],
    },
    // ownership beside legal forms (a state enterprise is often a company of one of the forms): a warning at most
    { text: "Trên địa bàn có 320 doanh nghiệp, trong đó: doanh nghiệp nhà nước 15 đơn vị, công ty TNHH 210 đơn vị, công ty cổ phần 100 đơn vị.", errors: [W("breakdown.sum")] },
    { text: "Trên địa bàn có 300 doanh nghiệp, trong đó: doanh nghiệp nhà nước 15 đơn vị, công ty TNHH 210 đơn vị, công ty cổ phần 100 đơn vị.", errors: [W("breakdown.sum")] },
  ],
});

test("a label is spelt as the text spells it ('công ty', not the folded 'công ti')", () => {
  const r = parseReport("Toàn huyện có 1.240 doanh nghiệp, trong đó: doanh nghiệp tư nhân 310 đơn vị, công ty trách nhiệm hữu hạn 745 đơn vị và công ty cổ phần 198 đơn vị.");
  const msgs = r.findings.filter((f) => f.rule === "breakdown.sum").map((f) => `${f.message.vi} ${f.message.en} ${f.arithmetic?.vi ?? ""}`);
  expect(msgs.length).toBe(1);
  expect(msgs.join(" ")).not.toMatch(/công ti\b/u);
});
