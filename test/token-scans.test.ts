/**
 * Patterns tried only where the token table says a match can start, against the global scans of
 * the whole text they replace (the specification), on random texts: digits and separators, words
 * glued to digits, letters above U+FFFF, combining marks, glued capitals, no-break spaces.
 *
 *   bareYears        BARE_YEAR over the key, minus those after a word character, "/", "." or ","
 *   numericMatches   date.numeric over the key, on a left word edge (date-scan.ts edged())
 *   gluedMatches     money.glued over the key ("Hội4 tỷ đồng")
 *   scanAt           person.honorific-plural over the key, on a left word edge, tried at WordPairs starts
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { registry, scanAt } from "../src/text/rx.js";
import { bareYears, edged } from "../src/recognize/date-scan.js";
import { numericMatches } from "../src/recognize/date.js";
import { gluedMatches } from "../src/recognize/money.js";
import { PLURAL, PLURAL_PAIRS } from "../src/recognize/honorific.js";
import { OVER_PAIRS, UNDER_PAIRS } from "../src/relate/plan.js";
import { nextToken } from "../src/recognize/org-token.js";
import { wordBefore } from "../src/recognize/phrase.js";
import type { Ctx } from "../src/recognize/types.js";
import { expectEqual } from "./helpers/expect-fast.js";

const pattern = (name: string) => new RegExp(registry.find((r) => r.name === name)!.re.source, "gu");
const ctxOf = (s: string): Ctx => {
  const doc = makeDoc(s);
  return { doc, sentences: sentences(doc), convention: "vi" };
};
const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);

const PIECES = [
  "2017", "1999", "20", "12", "3", "07", "2017a", "x2017", "/", ".", ",", "-", " - ", " ", "  ", "\u00a0", "\n",
  "năm", "tháng", "ngày", "tỷ", "triệu", "đồng", "VNĐ", "Hội", "là", "quỹ", "𝐀", "𝑎", "\u0301", "QuangHuy", "các", "đồng chí", "hai", "nghiên cứu sinh", "đ/c", "xcác", "Các",
  "vượt", "kế hoạch", "chỉ tiêu", "dự toán", "mức", "hoàn thành", "Không", "không", "chưa", "đạt", "được", "đến", "tới", " đến ",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(""));
const RUNS = { numRuns: 2000 };

describe("token-table scans equal the whole-text scans", () => {
  test("bareYears", () => {
    const re = pattern("date.bare-year");
    fc.assert(
      fc.property(text, (s) => {
        const key = makeDoc(s).key;
        const want = [...key.matchAll(re)].filter((m) => !(m.index > 0 && /[\p{L}\p{M}\p{N}/.,]/u.test(key[m.index - 1]!))).map((m) => m.index);
        expectEqual(bareYears(makeDoc(s)), want);
      }),
      RUNS,
    );
  });
  test("numericMatches", () => {
    const re = pattern("date.numeric");
    fc.assert(
      fc.property(text, (s) => {
        const ctx = ctxOf(s);
        expectEqual(spans(numericMatches(ctx)), spans(edged(ctx.doc.key, re)));
      }),
      RUNS,
    );
  });
  test("gluedMatches", () => {
    const re = pattern("money.glued");
    fc.assert(
      fc.property(text, (s) => {
        const ctx = ctxOf(s);
        expectEqual(spans(gluedMatches(ctx)), spans(ctx.doc.key.matchAll(re)));
      }),
      RUNS,
    );
  });
  test("scanAt at word pairs, with a left edge", () => {
    const re = new RegExp(PLURAL.source, "gu");
    fc.assert(
      fc.property(text, (s) => {
        const doc = makeDoc(s);
        const key = doc.key;
        const want: RegExpExecArray[] = [];
        let m: RegExpExecArray | null;
        re.lastIndex = 0;
        while ((m = re.exec(key))) {
          if (wordBefore(key, m.index)) {
            re.lastIndex = m.index + 1;
            continue;
          }
          want.push(m);
        }
        expectEqual(spans(scanAt(PLURAL, key, PLURAL_PAIRS.starts(doc), (at) => !wordBefore(key, at))), spans(want));
      }),
      RUNS,
    );
  });
  test("plan directions at word pairs", () => {
    for (const [name, pairs] of [["relate.plan-over", OVER_PAIRS], ["relate.plan-under", UNDER_PAIRS]] as const) {
      const re = pattern(name);
      const sticky = new RegExp(re.source, "uy");
      fc.assert(
        fc.property(text, (s) => {
          const doc = makeDoc(s);
          expectEqual(spans(scanAt(sticky, doc.key, pairs.starts(doc))), spans(doc.key.matchAll(re)));
        }),
        RUNS,
      );
    }
  });
  test("org-token.ts nextToken reads what its two sticky patterns read", () => {
    const spaces = registry.find((r) => r.name === "person.org-spaces")!.re;
    const token = registry.find((r) => r.name === "person.org-token")!.re;
    const spec = (norm: string, pos: number) => {
      spaces.lastIndex = pos;
      spaces.exec(norm);
      const s = spaces.lastIndex;
      token.lastIndex = s;
      const m = token.exec(norm);
      return m ? { s, e: s + m[0].length, t: m[0] } : null;
    };
    const chars = fc.array(fc.constantFrom(" ", "  ", "a", "Bộ", ",", "(", "“", "\u00a0", "\u3000", "\n", "𝐀", "\ud835", "-", ".", "!", "<"), { maxLength: 20 }).map((ps) => ps.join(""));
    fc.assert(
      fc.property(chars, fc.nat(25), (s, pos) => {
        expectEqual(nextToken(s, pos), spec(s, pos));
      }),
      RUNS,
    );
  });
  test("the examples match", () => {
    const s = "Ngày 20/12/2017, quỹ của Hội4 tỷ đồng; năm 2016 các đồng chí";
    const ctx = ctxOf(s);
    expect(spans(numericMatches(ctx))).toEqual([[5, "20/12/2017"]]);
    expect(spans(gluedMatches(ctx))).toEqual([[s.indexOf("4 tỷ"), "4 tỉ đồng"]]);
    expect(bareYears(ctx.doc)).toEqual([s.indexOf("2016")]);
    const p = makeDoc("đạt 96 tỷ, hoàn thành vượt kế hoạch; Không  đạt chỉ tiêu, vượt mức dự toán");
    // "hoàn thành", "vượt kế" (inside the first match) and "vượt mức": two matches
    expect(OVER_PAIRS.starts(p).length).toBe(3);
    expect(spans(scanAt(new RegExp(pattern("relate.plan-over").source, "uy"), p.key, OVER_PAIRS.starts(p))).map(([, t]) => t)).toEqual(["hoàn thành vượt kế hoạch", "vượt mức dự toán"]);
    expect(UNDER_PAIRS.starts(p).length).toBe(1);
  });
});
