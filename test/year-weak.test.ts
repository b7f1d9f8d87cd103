/**
 * event.ts latestYear reads the year mentions from the latest year down and stops at the first that
 * counts (recognize/year-weak.ts latestPlainYear). Checked here against the reading it replaced:
 * every mention of yearMentions with all its flags, the latest that is not weak, not the end of a
 * range and not the end of a school year to come. On random texts made of the pieces those flags
 * are read from (targets, ranges, school years, laws, directives, document dates), the same year.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import type { Work } from "../src/report/phases.js";
import { documentYear, yearMentions } from "../src/recognize/date.js";
import { latestPlainYear, yearBeyondPlain } from "../src/recognize/year-weak.js";
import type { DateHit } from "../src/recognize/types.js";
import { workBefore } from "./helpers/work.js";
import { expectIs } from "./helpers/expect-fast.js";

const PIECES = [
  "Năm 2016, Công ty đã đạt",
  "năm 2017",
  "đến năm 2030",
  "Luật Đất đai 2013",
  "Bộ luật Hình sự năm 1999, sửa đổi, bổ sung năm 2009",
  "Điều 139 BLHS 1999",
  "(UNCLOS) 1982",
  "(2021)",
  "nhiệm kỳ 2016-2021",
  "năm học 2017 - 2018",
  "tuyển sinh vào lớp 10",
  "giai đoạn 2015 – 2020",
  "từ nay đến năm 2020, các tỉnh cần",
  "SN 1980",
  "hơn 2000 điểm bán",
  "20-5-1970",
  "Báo cáo số 118/BC-UBND ngày 05/3/2016",
  "Quyết định số 2100/QĐ-CT ngày 19-9-2016",
  "ngày 5/6/2017",
  "tháng 4/2019",
  "đến ngày 31/12/2025",
  "so với cùng kỳ 2018",
  "Chiều 14/9",
  "Tết Kỷ Hợi 2019",
  "kế hoạch năm 2018",
  "2022 là",
  " ",
  ", ",
  ". ",
  "\n",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((ps) => ps.join(" "));

/** The reading latestPlainYear replaced: every mention, every flag. */
function oracle(w: Work, dates: DateHit[]): number | null {
  let best: number | null = null;
  for (const y of yearMentions(w.ctx, dates)) if (!y.weak && !y.rangeEnd && !(y.school && y.coming && !y.rangeStart) && (best === null || y.year > best)) best = y.year;
  return best;
}

function same(s: string): number | null {
  const w = workBefore(s, "event");
  const lazy = latestPlainYear(w.ctx, w.dates);
  expectIs(lazy, oracle(w, w.dates), s);
  return lazy;
}

describe("latestPlainYear is the latest counting year of yearMentions", () => {
  test("random texts: the same year", () => {
    let found = 0;
    let none_ = 0;
    fc.assert(
      fc.property(text, (s) => {
        if (same(s) === null) none_++;
        else found++;
      }),
      { numRuns: 400, seed: 14 },
    );
    // both outcomes are reached: the property is not vacuous
    expect(found).toBeGreaterThan(50);
    expect(none_).toBeGreaterThan(5);
  });

  test("real values", () => {
    expect(same("Dịp Tết Kỷ Hợi 2019, Công ty tặng quà. Mục tiêu đến năm 2030 là mở rộng.")).toBe(2019);
    expect(same("Theo Báo cáo số 118/BC-UBND ngày 05/3/2016, tổng kết năm học 2016 - 2017.")).toBe(2017);
    expect(same("Kết quả tuyển sinh vào lớp 10 năm học 2017 - 2018 đã công bố.")).toBe(2017);
    expect(same("Luật Đất đai 2013 quy định rõ.")).toBeNull();
  });

  test("the seed report: the same year", () => {
    const seed = readFileSync(new URL("../fixtures/seed.txt", import.meta.url), "utf8");
    same(seed);
  });
});

/**
 * event.ts reads the year of the text (documentYear, every mention with every flag) after
 * latestPlainYear found none only when yearBeyondPlain says a year told as "now" or an anniversary
 * may give one. The oracle: documentYear itself, on the pieces above and those that tell "now".
 */
describe("yearBeyondPlain: with no plain year and none of its words, documentYear is null", () => {
  const NOW = ["từ nay đến cuối năm 2017", "Từ đầu năm 2017 đến nay", "từ giờ đến hết năm 2019", "tính đến thời điểm này", "kỷ niệm 60 năm", "45 năm thành lập", "15 năm ngày truyền thống", "đến nay"];
  const withNow = fc.array(fc.constantFrom(...PIECES, ...NOW), { maxLength: 14 }).map((ps) => ps.join(" "));

  /** The guard's answer, checked against documentYear; "skip" when event.ts would not read it. */
  function guarded(s: string): "plain" | "skip" | "read-null" | "read-year" {
    const w = workBefore(s, "event");
    if (latestPlainYear(w.ctx, w.dates) !== null) return "plain";
    const year = documentYear(w.ctx, w.dates);
    if (!yearBeyondPlain(w.ctx, w.dates)) {
      expect(year, s).toBeNull();
      return "skip";
    }
    return year === null ? "read-null" : "read-year";
  }

  test("random texts: documentYear is null wherever the guard skips it", () => {
    const seen = { plain: 0, skip: 0, "read-null": 0, "read-year": 0 };
    fc.assert(
      fc.property(withNow, (s) => {
        seen[guarded(s)]++;
      }),
      { numRuns: 600, seed: 25 },
    );
    // every branch is reached; "read-year" shows the words the guard looks for do give years
    // (a guard that skipped them would fail above)
    expect(seen.skip).toBeGreaterThan(30);
    expect(seen["read-year"]).toBeGreaterThan(5);
    expect(seen.plain).toBeGreaterThan(50);
  });

  test("real values", () => {
    expect(guarded("Luật Đất đai 2013 quy định rõ.")).toBe("skip");
    expect(guarded("Hội nghị tổng kết công tác Đảng")).toBe("skip");
    // "này" is one of the words, but with no year written there is no year to find
    expect(guarded("Hội nghị này tổng kết công tác Đảng")).toBe("skip");
    const none = workBefore("Hội nghị này tổng kết công tác Đảng", "event");
    expect(yearBeyondPlain(none.ctx, none.dates)).toBe(false);
    // both years are targets ("đến … năm"), but "từ nay đến cuối năm 2017" tells the year of the text
    const now = "Từ nay đến cuối năm 2017, phấn đấu đến năm 2030 hoàn thành.";
    expect(guarded(now)).toBe("read-year");
    const n = workBefore(now, "event");
    expect(documentYear(n.ctx, n.dates)).toBe(2017);
    const w = workBefore("Mục tiêu đến năm 2030. Tính đến thời điểm này, từ năm 2013 đến nay.", "event");
    expect(latestPlainYear(w.ctx, w.dates)).toBeNull();
    expect(yearBeyondPlain(w.ctx, w.dates)).toBe(true);
  });
});
