/**
 * Money in the shapes of Duckling's Vietnamese AmountOfMoney corpus (Duckling/AmountOfMoney/VI/
 * Corpus.hs, 71 phrasings in 20 groups). The corpus is the model of the shapes; the amounts and
 * wordings here are our own. Each phrasing is put into a sentence, "Giá vé là … mỗi người.", and
 * must give exactly the money figures listed (a range gives its two ends, as GOLD.md splits them;
 * a bound "dưới …", "hơn …" gives its amount).
 * Known misses stay as test.fails (issue 13 asks for at least 65 of 71).
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/report/parse.js";

const sentence = (p: string) => `Giá vé là ${p} mỗi người.`;
function money(p: string): [number, string][] {
  return parseReport(sentence(p))
    .figures.filter((f) => f.kind === "money")
    .map((f) => [Math.round(f.value * 100) / 100, f.currency!]);
}

/** [expected figures, phrasings] in Duckling's groups, in its order. */
const GROUPS: [string, [number, string][], string[]][] = [
  ["dollars", [[15, "USD"]], ["$15", "15$", "mười lăm đô", "mười lăm đô la", "mười lăm đô mỹ"]],
  ["cents", [[0.15, "USD"]], ["mười lăm xen", "mười lăm xu"]],
  ["dollars, thousands", [[12_000, "USD"]], ["$12.000", "12K$", "$12k"]],
  ["USD code glued", [[2.45, "USD"]], ["USD2,45"]],
  ["dollars and cents", [[3.45, "USD"]], ["3 đô la và 45 xen", "ba đô la và 45 xen", "3 đô 45 xu", "ba đô 45", "3 chấm 45 đô la", "ba phẩy 45 đô"]],
  ["đồng in words", [[15, "VND"]], ["mười lăm đồng"]],
  ["đồng, thousands", [[25_000, "VND"]], ["25.000 đồng", "25K đồng", "25k đồng"]],
  ["VNĐ", [[5000, "VND"]], ["5000 VNĐ", "VN$5000"]],
  ["euros", [[35, "EUR"]], ["35€", "35 euros", "35 Euro", "35 Euros", "EUR 35"]],
  ["EUR code glued", [[49.99, "EUR"]], ["EUR49,99"]],
  ["rupees", [[50, "INR"]], ["Rs. 50", "Rs 50", "50 Rupees", "50Rs", "Rs50"]],
  ["rupees and paise", [[50.25, "INR"]], ["50 Rupees 25", "năm mươi rupees 25", "năm mươi rupees 25 xen"]],
  ["INR code glued", [[45, "INR"]], ["INR45"]],
  ["pounds", [[12, "GBP"]], ["£12", "mười hai pounds"]],
  ["GBP code", [[4.05, "GBP"]], ["GBP4,05", "GBP 4,05"]],
  ["dirham", [[3, "AED"]], ["3 AED.", "3 dirham"]],
  [
    "a range of đồng",
    [
      [3000, "VND"],
      [5000, "VND"],
    ],
    [
      "giữa 3000 và 5000 đồng",
      "giữa 3000 đồng và 5000 đồng",
      "từ 3000 đồng đến 5000 đồng",
      "từ 3000 VNĐ tới 5000 VNĐ",
      "từ 3000 đến 5000 đồng",
      "khoảng 3000-5000 đồng",
      "khoảng chừng từ 3000 đến 5000 đồng",
      "tầm khoảng 3000 tới 5000 đồng",
      "xấp xỉ VND3000-VND5000",
      "3000-5000 đồng",
    ],
  ],
  [
    "a range of dollars",
    [
      [2.5, "USD"],
      [2.8, "USD"],
    ],
    ["giữa 2,5 và 2,8 đô la", "từ 2 phẩy 5 đến hai chấm tám đô la"],
  ],
  [
    "at most",
    [[9000, "VND"]],
    ["dưới chín ngàn đồng", "ít hơn chín nghìn đồng", "kém hơn 9k đồng", "không tới 9000 đồng", "không cao hơn 9000 đồng", "không hơn 9.000 đồng", "không quá 9.000 đồng", "từ 9000 đồng trở xuống"],
  ],
  [
    "at least",
    [[2.55, "USD"]],
    ["nhiều hơn 2 đô la và năm mươi lăm xen", "ít nhất $2,55", "hơn 2,55 đô la", "trên hai đô la và 55 xu", "không ít hơn 2,55 đô la", "cao hơn $2,55", "từ $2,55 trở lên"],
  ],
];

/** Phrasings still read wrong (each one a test.fails, so a fix shows up as a failure to flip). */
const KNOWN_MISSES = new Set<string>([]);

const rows = GROUPS.flatMap(([group, want, phrasings]) => phrasings.map((p) => [group, p, want] as const));

describe("Duckling-shaped money (issue 13)", () => {
  test("71 phrasings in 20 groups", () => {
    expect(rows).toHaveLength(71);
    expect(GROUPS).toHaveLength(20);
  });
  for (const [group, p, want] of rows) {
    const t = KNOWN_MISSES.has(p) ? test.fails : test;
    t(`${group}: ${sentence(p)}`, () => expect(money(p)).toEqual(want));
  }
  test("at least 65 of 71 read right", () => expect(rows.length - KNOWN_MISSES.size).toBeGreaterThanOrEqual(65));
});
