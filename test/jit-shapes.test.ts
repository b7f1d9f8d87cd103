// What the deopt fixes of scripts/bench-jit.mjs rely on: unitAt reads a string as charCodeAt does
// inside it and gives -1 outside (where charCodeAt gives NaN, which every caller only compared);
// and every figure hit of a text has one object shape (the same keys in the same order), while
// the values a recogniser wrote stay what they were.
// Phase 8: date hits and year mentions have one shape too, figureHit writes shaped()'s key list,
// and the readings moved to sites every call reaches (classify's comma group, wordCharBefore's
// capitals) read as before. (The lists that hold objects from the start, none(): jit-lists.test.ts.)
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { binaryString } from "./helpers/binary.js";
import { unitAt } from "../src/text/chars.js";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { inferConvention } from "../src/recognize/number.js";
import { recognizeFigures } from "../src/recognize/figures.js";
import { recognizeDates, yearMentions } from "../src/recognize/date.js";
import { classify, parseDigits } from "../src/recognize/number-grammar.js";
import { wordCharBefore } from "../src/recognize/date-scan.js";
import { expectIs } from "./helpers/expect-fast.js";

describe("unitAt", () => {
  test("the unit inside the string, -1 before and after it", () => {
    expect(unitAt("tỷ", 0)).toBe(0x74);
    expect(unitAt("tỷ", 1)).toBe(0x1ef7);
    expect(unitAt("tỷ", 2)).toBe(-1);
    expect(unitAt("tỷ", -1)).toBe(-1);
    expect(unitAt("", 0)).toBe(-1);
  });

  test("as charCodeAt for every index; where charCodeAt is NaN, -1 (no unit equals either)", () => {
    fc.assert(
      fc.property(binaryString(), fc.integer({ min: -3, max: 40 }), (s, i) => {
        const old = s.charCodeAt(i);
        const now = unitAt(s, i);
        if (Number.isNaN(old)) return now === -1;
        return now === old;
      }),
      { numRuns: 500 },
    );
  });
});

describe("figure hits share one shape", () => {
  const hitsOf = (text: string) => {
    const doc = makeDoc(text);
    return recognizeFigures({ doc, sentences: sentences(doc), convention: inferConvention(doc).convention });
  };

  test("money, percent, measure and counts of the seed: one key list, values as written", () => {
    const hits = hitsOf(readFileSync(new URL("../fixtures/seed.txt", import.meta.url), "utf8"));
    const kinds = new Set(hits.map((h) => h.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    const keys = new Set(hits.map((h) => Object.keys(h).join(",")));
    expect(keys.size).toBe(1);
    for (const h of hits) {
      expect(typeof h.value).toBe("number");
      expect(h.end).toBeGreaterThan(h.start);
      if (h.kind === "money") expect(h.currency).toBeTruthy();
      if (h.kind === "count") expect(h.category).toBeTruthy();
    }
  });

  test("a range, an approximate figure, a part of a whole and a percent: the fields they need, one shape", () => {
    const hits = hitsOf("Doanh thu từ 3,9 triệu đến 4,35 triệu đồng; khoảng 120 cán bộ; 12/15 chỉ tiêu; tăng 12,5% so với năm 2016.");
    expect(new Set(hits.map((h) => Object.keys(h).join(","))).size).toBe(1);
    const money = hits.filter((h) => h.kind === "money");
    expect(money.map((h) => h.value)).toEqual([3.9e6, 4.35e6]);
    expect(money[0]!.range).toEqual({ from: 3.9e6, to: 4.35e6 });
    const approx = hits.find((h) => h.kind === "count" && h.value === 120);
    expect(approx?.approx).toBe(true);
    expect(approx?.bound).toBe("about");
    const part = hits.find((h) => h.kind === "count" && h.value === 12);
    expect(part?.of).toBe(15);
    const pct = hits.find((h) => h.kind === "percent");
    expect(pct?.value).toBe(12.5);
    expect(pct?.approx).toBeUndefined();
  });
});

describe("figureHit writes what shaped() writes", () => {
  test("a decimal measure, an integer one, a percent and money from figureHit and shaped(): one key list, values as written", () => {
    const doc = makeDoc("Sản lượng đạt 2,5 tấn, đường dài 12 km, tăng 12,5%, doanh thu 5 tỷ đồng, 120 cán bộ.");
    const hits = recognizeFigures({ doc, sentences: sentences(doc), convention: "vi" });
    expect(new Set(hits.map((h) => Object.keys(h).join(","))).size).toBe(1);
    expect(hits.filter((h) => h.kind === "measure").map((h) => [h.value, h.unit])).toEqual([[2.5, "tấn"], [12, "km"]]);
    expect(hits.find((h) => h.kind === "percent")?.value).toBe(12.5);
    expect(hits.find((h) => h.kind === "money")?.value).toBe(5e9);
    const m = hits.find((h) => h.kind === "measure")!;
    expect([m.currency, m.of, m.approx, m.numStart, m.numEnd]).toEqual([undefined, undefined, undefined, doc.key.indexOf("2,5"), doc.key.indexOf("2,5") + 3]);
  });
});

describe("date hits share one shape", () => {
  test("a day, an impossible day, a day given its year, a month, a quarter, a year: one key list, values as written", () => {
    const doc = makeDoc("Ngày 31/02/2022 họp; ngày 14/9 khai mạc, tháng 5/2021 và tháng 13/2021, quý III/2020, năm 2019, năm 20221. Hôm 3/4/2018 bế mạc.");
    const hits = recognizeDates({ doc, sentences: sentences(doc), convention: "vi", referenceDate: "2021-10-01" });
    const by = new Map(hits.map((h) => [h.value, h]));
    // (before, the impossible ones and the others had different keys: `invalid` was spread in or left out)
    expect(new Set(hits.map((h) => Object.keys(h).join(","))).size).toBe(1);
    expect(by.get("2022-02-31")?.invalid).toBe(true);
    expect(by.get("2021-13")?.invalid).toBe(true);
    expect(by.get("20221")?.invalid).toBe(true);
    expect(by.get("2021-09-14")?.yearInferred).toBe(true);
    expect(by.get("2021-09-14")?.invalid).toBeUndefined();
    expect(by.get("2021-05")?.invalid).toBeUndefined();
    expect(by.get("2018-04-03")?.yearInferred).toBeUndefined();
    expect([...by.keys()]).toEqual(expect.arrayContaining(["2020-Q3", "2019"]));
  });
});

describe("classify reads a digit group at one Number site", () => {
  // the old reading, the oracle: a comma group the document also writes with a dot is thousands
  const old = (word: string, dots: ReadonlySet<string>): number | undefined => {
    if (dots.size && word.length >= 5 && word.length <= 7 && /^\d{1,3},\d{3}$/.test(word) && dots.has(word.replace(",", "."))) return Number(word.replace(",", ""));
    if (/^\d+$/.test(word)) return Number(word);
    return parseDigits(word, "vi")?.value;
  };
  test("the same value as before, with and without the dotted form in the document", () => {
    const group = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom(",", ".", "")).map(([a, b, sep]) => `${a}${sep}${String(b).padStart(3, "0")}`);
    fc.assert(
      fc.property(group, fc.boolean(), (word, dotted) => {
        const dots = new Set(dotted ? [word.replace(",", ".")] : ["9.999"]);
        expectIs(classify(word, 0, "vi", dots)?.val, old(word, dots), word);
      }),
      { numRuns: 400 },
    );
    expect(classify("2,418", 0, "vi", new Set(["2.418"]))?.val).toBe(2418);
    expect(classify("2,418", 0, "vi", new Set(["1.615"]))?.val).toBe(2.418);
  });
});

describe("wordCharBefore tests ASCII letters of both cases at one site", () => {
  test("as the old three ranges for every ASCII unit; letters and marks beyond as before", () => {
    const old = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    for (let c = 0; c < 0x80; c++) expectIs(wordCharBefore(String.fromCharCode(c), 1), old(c), `unit ${c}`);
    expect(wordCharBefore("Đà", 1)).toBe(true);
    expect(wordCharBefore("ngày 5", 5)).toBe(false);
  });
});

describe("year mentions share one shape", () => {
  test("a school year, a term, a plan, part of a year, a year until now, a dated year: one key list, flags as found", () => {
    const doc = makeDoc("Năm học 2016-2017 kết thúc. Nhiệm kỳ 2016-2021 có nhiều đổi mới. Kế hoạch năm 2017 đã giao. 6 tháng đầu năm 2019 tăng. Từ năm 2013 đến nay đã xây 5 trường. Ngày 19/9/2016 họp.");
    const ctx = { doc, sentences: sentences(doc), convention: "vi" as const };
    const ms = yearMentions(ctx, recognizeDates(ctx));
    // (before, each set of flags was added in its own order: a key list, a shape, of its own)
    expect(new Set(ms.map((m) => Object.keys(m).join(","))).size).toBe(1);
    const at = (year: number) => ms.filter((m) => m.year === year);
    expect(at(2016).some((m) => m.school && m.rangeStart)).toBe(true);
    expect(at(2021).some((m) => m.term && m.rangeEnd)).toBe(true);
    expect(at(2017).some((m) => m.plan)).toBe(true);
    expect(at(2019).some((m) => m.partOfYear)).toBe(true);
    expect(at(2013).some((m) => m.floor === 2013 || m.now)).toBe(true);
    expect(at(2016).some((m) => m.dated?.value === "2016-09-19")).toBe(true);
    expect(ms.every((m) => m.coming === undefined && m.streak === undefined)).toBe(true);
  });
});
