/**
 * Each check on hand-made figures (no recognisers involved), through the relations
 * (src/relate/), so that a rule is tested even while a recogniser misses a phrasing.
 *
 *   "Doanh thu đạt 3 tỷ đồng, bằng 120% kế hoạch 2 tỷ đồng." → plan.ratio:error
 */
import { describe, expect, test } from "vitest";
import { findingsOf, findingsOfPeople, type Spec } from "./check-helper.js";
import type { Report } from "../src/schema.js";

const VND = (v: number) => ({ kind: "money", currency: "VND", value: v }) as const;
const N = (v: number, noun?: string, of?: number) => ({ kind: "count", value: v, ...(noun ? { noun } : {}), ...(of !== undefined ? { of } : {}) }) as const;
const P = (v: number) => ({ kind: "percent", value: v }) as const;

const cases: [string, string, Spec[], string[]][] = [
  // breakdowns
  ["exhaustive list adds up", "Tổng thu 12 tỷ đồng, gồm 7 tỷ đồng từ dịch vụ và 5 tỷ đồng từ sản xuất.", [["12 tỷ đồng", VND(12e9)], ["7 tỷ đồng", VND(7e9)], ["5 tỷ đồng", VND(5e9)]], []],
  ["exhaustive list does not add up", "Tổng thu 12,5 tỷ đồng, gồm 7,2 tỷ đồng từ dịch vụ và 4,1 tỷ đồng từ sản xuất.", [["12,5 tỷ đồng", VND(12.5e9)], ["7,2 tỷ đồng", VND(7.2e9)], ["4,1 tỷ đồng", VND(4.1e9)]], ["breakdown.sum:error"]],
  // "4 tỷ" is not anything from 3,5 to 4,5 tỷ: amounts are taken as written (precision.ts)
  ["whole tỷ are taken as written", "Tổng thu 12 tỷ đồng, gồm 7 tỷ đồng từ dịch vụ và 4 tỷ đồng từ sản xuất.", [["12 tỷ đồng", VND(12e9)], ["7 tỷ đồng", VND(7e9)], ["4 tỷ đồng", VND(4e9)]], ["breakdown.sum:error"]],
  ["a decimal may round", "Tổng thu 12,3 tỷ đồng, gồm 7,24 tỷ đồng từ dịch vụ và 5,1 tỷ đồng từ sản xuất.", [["12,3 tỷ đồng", VND(12.3e9)], ["7,24 tỷ đồng", VND(7.24e9)], ["5,1 tỷ đồng", VND(5.1e9)]], []],
  ["counts are exact", "Có 12 đơn vị, gồm 7 trường và 4 viện.", [["12 đơn vị", N(12, "đơn vị")], ["7 trường", N(7, "trường")], ["4 viện", N(4, "viện")]], ["breakdown.sum:error"]],
  // "gần" widens 4,1 tỷ, but not to 5,3 tỷ
  ["a qualifier widens, not without end", "Tổng thu 12,5 tỷ đồng, gồm 7,2 tỷ đồng từ dịch vụ và gần 4,1 tỷ đồng từ sản xuất.", [["12,5 tỷ đồng", VND(12.5e9)], ["7,2 tỷ đồng", VND(7.2e9)], ["gần 4,1 tỷ đồng", { ...VND(4.1e9), approx: true, bound: "about" }]], ["breakdown.sum:error"]],
  ["a qualifier explains a small gap", "Tổng thu 12,5 tỷ đồng, gồm 7,2 tỷ đồng từ dịch vụ và khoảng 5 tỷ đồng từ sản xuất.", [["12,5 tỷ đồng", VND(12.5e9)], ["7,2 tỷ đồng", VND(7.2e9)], ["khoảng 5 tỷ đồng", { ...VND(5e9), approx: true, bound: "about" }]], []],
  // carried-over and new topics cannot overlap: more of them than the whole is an error
  ["partial, disjoint parts, too many", "Viện chủ trì 05 đề tài (trong đó có 03 đề tài chuyển tiếp và 03 đề tài mở mới).", [["05 đề tài", N(5, "đề tài")], ["03 đề tài chuyển tiếp", N(3, "đề tài chuyển tiếp")], ["03 đề tài mở mới", N(3, "đề tài mở mới")]], ["breakdown.sum:error"]],
  // women and party members may be the same people
  ["partial, overlapping parts, too many", "Hội có 250 hội viên, trong đó 150 nữ và 120 đảng viên.", [["250 hội viên", N(250, "hội viên")], ["150 nữ", N(150, "nữ")], ["120 đảng viên", N(120, "đảng viên")]], []],
  ["partial, parts that may overlap or not, too many: a warning", "Xã có 300 hộ, trong đó 180 hộ trồng lúa và 160 hộ chăn nuôi.", [["300 hộ", N(300, "hộ")], ["180 hộ trồng lúa", N(180, "hộ trồng lúa")], ["160 hộ chăn nuôi", N(160, "hộ chăn nuôi")]], ["breakdown.sum:warning"]],
  ["a part larger than the whole", "Hội có 250 hội viên, trong đó 300 hội viên nữ.", [["250 hội viên", N(250, "hội viên")], ["300 hội viên nữ", N(300, "hội viên nữ")]], ["breakdown.part:error"]],
  ["partial and smaller", "Hội có 250 hội viên, trong đó 90 hội viên nữ.", [["250 hội viên", N(250, "hội viên")], ["90 hội viên nữ", N(90, "hội viên nữ")]], []],
  // plan
  ["plan ratio right", "Doanh thu đạt 3 tỷ đồng, bằng 150% kế hoạch 2 tỷ đồng.", [["3 tỷ đồng", VND(3e9)], ["150%", P(150)], ["2 tỷ đồng", VND(2e9)]], []],
  ["plan ratio wrong", "Doanh thu đạt 3,6 tỷ đồng, bằng 120% kế hoạch 2,5 tỷ đồng.", [["3,6 tỷ đồng", VND(3.6e9)], ["120%", P(120)], ["2,5 tỷ đồng", VND(2.5e9)]], ["plan.ratio:error"]],
  // "4 tỷ, bằng 180% kế hoạch 2 tỷ" is an error; "4 tỷ, bằng 203% kế hoạch 2 tỷ" is not
  ["plan ratio: whole tỷ as written", "Doanh thu đạt 4 tỷ đồng, bằng 180% kế hoạch 2 tỷ đồng.", [["4 tỷ đồng", VND(4e9)], ["180%", P(180)], ["2 tỷ đồng", VND(2e9)]], ["plan.ratio:error"]],
  ["plan ratio: whole tỷ rounded", "Doanh thu đạt 4 tỷ đồng, bằng 203% kế hoạch 2 tỷ đồng.", [["4 tỷ đồng", VND(4e9)], ["203%", P(203)], ["2 tỷ đồng", VND(2e9)]], []],
  ["plan ratio, amounts in full", "Thu được 300.000.000 đồng, bằng 120% kế hoạch 200.000.000 đồng.", [["300.000.000 đồng", VND(3e8)], ["120%", P(120)], ["200.000.000 đồng", VND(2e8)]], ["plan.ratio:error"]],
  ["plan ratio within the written precision", "Thu được 45,6 tỷ đồng, đạt 114% so với kế hoạch (40 tỷ đồng).", [["45,6 tỷ đồng", VND(45.6e9)], ["114%", P(114)], ["40 tỷ đồng", VND(40e9)]], []],
  ["vượt kế hoạch under 100%", "Sản lượng đạt 95% kế hoạch, vượt kế hoạch đề ra.", [["95%", P(95)]], ["plan.direction:error"]],
  ["vượt kế hoạch with the excess after it", "Doanh thu vượt kế hoạch 12%.", [["12%", P(12)]], []],
  ["không đạt kế hoạch at 105%", "Công ty không đạt kế hoạch lợi nhuận (đạt 105% kế hoạch).", [["105%", P(105)]], ["plan.direction:error"]],
  // growth
  ["growth right", "Lợi nhuận đạt 120 tỷ đồng, tăng 20% so với cùng kỳ năm trước (100 tỷ đồng).", [["120 tỷ đồng", VND(120e9)], ["20%", P(20)], ["100 tỷ đồng", VND(100e9)]], []],
  ["growth wrong", "Lợi nhuận đạt 120 tỷ đồng, tăng 30% so với cùng kỳ năm trước (100 tỷ đồng).", [["120 tỷ đồng", VND(120e9)], ["30%", P(30)], ["100 tỷ đồng", VND(100e9)]], ["growth.rate:error"]],
  ["fall from … to … right", "Chi phí giảm từ 80 tỷ đồng xuống 60 tỷ đồng, giảm 25%.", [["80 tỷ đồng", VND(80e9)], ["60 tỷ đồng", VND(60e9)], ["25%", P(25)]], []],
  ["fall from … to … wrong", "Chi phí giảm từ 80 tỷ đồng xuống 60 tỷ đồng, giảm 35%.", [["80 tỷ đồng", VND(80e9)], ["60 tỷ đồng", VND(60e9)], ["35%", P(35)]], ["growth.rate:error"]],
  ["increase stated as an amount", "Doanh thu tăng 20 tỷ đồng (20%) so với năm trước (100 tỷ đồng).", [["20 tỷ đồng", VND(20e9)], ["20%", P(20)], ["100 tỷ đồng", VND(100e9)]], []],
  ["a fall of more than 100%", "Số vụ vi phạm giảm 130% so với năm trước.", [["130%", P(130)]], ["growth.over-100:warning"]],
  // fractions and shares
  ["fraction right", "Hoàn thành 08/11 chỉ tiêu.", [["08/11 chỉ tiêu", N(8, "chỉ tiêu", 11)]], []],
  ["fraction over", "Hoàn thành 12/11 chỉ tiêu.", [["12/11 chỉ tiêu", N(12, "chỉ tiêu", 11)]], ["fraction.over:error"]],
  ["fraction and percent", "Có 45/60 học sinh đỗ (tỷ lệ 75%).", [["45/60 học sinh", N(45, "học sinh", 60)], ["75%", P(75)]], []],
  ["fraction and wrong percent", "Có 45/60 học sinh đỗ (tỷ lệ 80%).", [["45/60 học sinh", N(45, "học sinh", 60)], ["80%", P(80)]], ["fraction.percent:error"]],
  ["percent cut, not rounded", "Có 2/3 đơn vị đạt (tỷ lệ 66,6%).", [["2/3 đơn vị", N(2, "đơn vị", 3)], ["66,6%", P(66.6)]], []],
  ["share of the whole right", "Có 50 hội viên, trong đó 20 hội viên nữ (chiếm 40%).", [["50 hội viên", N(50, "hội viên")], ["20 hội viên nữ", N(20, "hội viên nữ")], ["40%", P(40)]], []],
  ["share of the whole wrong", "Có 50 hội viên, trong đó 20 hội viên nữ (chiếm 60%).", [["50 hội viên", N(50, "hội viên")], ["20 hội viên nữ", N(20, "hội viên nữ")], ["60%", P(60)]], ["share.of-whole:error"]],
  ["share over 100", "Lao động nữ chiếm 148,5%.", [["148,5%", P(148.5)]], ["share.over-100:error"]],
  // written two ways
  ["same digits 1000× apart", "Kế hoạch 2.450 tỷ đồng. Kế hoạch 2,450 tỷ đồng.", [["2.450 tỷ đồng", VND(2450e9)], ["2,450 tỷ đồng", VND(2.45e9)]], ["numbers.two-ways:error"]],
  // read the same, written two ways: one separator is a slip all the same
  ["same value written two ways", "Kế hoạch 2.450 tỷ đồng. Kế hoạch 2,450 tỷ đồng.", [["2.450 tỷ đồng", VND(2450e9)], ["2,450 tỷ đồng", VND(2450e9)]], ["numbers.two-ways:error"]],
  ["a count with a decimal comma", "Có 1,500 người dự.", [["1,500 người", N(1.5, "người")]], ["numbers.separator:warning"]],
];

describe("checks on hand-made figures", () => {
  test.each(cases)("%s", async (_name, text, specs, expected) => {
    expect((await findingsOf(text, specs)).sort()).toEqual([...expected].sort());
  });
});

describe("positions", () => {
  // one person, titles at the given places of a 60-character text; the name written next to each
  const person = (titles: [string, string | null][]) => [
    {
      id: "p1",
      name: "Nguyễn Văn Hùng",
      honorifics: [],
      roles: [],
      positions: titles.map(([title, org], i) => ({ title, org, span: { start: i * 10, end: i * 10 + 5 }, text: title, rule: "person.title" as const })),
      mentions: titles.map((_, i) => ({ span: { start: i * 10 + 5, end: i * 10 + 9 }, text: "Hùng", rule: "person.name" as const })),
    },
  ];
  const rules = (titles: [string, string | null][]) => findingsOfPeople(" ".repeat(60), person(titles) as Report["people"]);
  test("head and deputy of one unit", () => expect(rules([["Giám đốc", "Sở Y tế"], ["Phó Giám đốc", "Sở Y tế"]])).toEqual(["positions.conflict:error"]));
  test("Bộ trưởng and Thứ trưởng of one ministry", () => expect(rules([["Bộ trưởng", "Bộ Tài chính"], ["Thứ trưởng", "Bộ Tài chính"]])).toEqual(["positions.conflict:error"]));
  test("two posts, a former post, other units", () =>
    expect(rules([["Bí thư", "Đảng ủy"], ["Giám đốc", "Công ty"], ["nguyên Phó Giám đốc", "Công ty"], ["Phó Giám đốc", "Sở Y tế"]])).toEqual([]));
});
