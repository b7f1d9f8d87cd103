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
import { yearMentions } from "../src/recognize/date.js";
import { latestPlainYear } from "../src/recognize/year-weak.js";
import type { DateHit } from "../src/recognize/types.js";
import { workBefore } from "./helpers/work.js";

const PIECES = [
  "Năm 2016, Công ty đã đạt",
  "năm 2017",
  "đến năm 2030",
  "Luật Đất đai 2013",
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
  expect(lazy, s).toBe(oracle(w, w.dates));
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
