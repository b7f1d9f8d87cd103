/**
 * markedTokens (number-tokens.ts): the tokens the number, money and date scans start from. Each
 * scan reads only these, so every token any of them tests must be marked, in text order: the
 * list equals the tokens that pass one of the scans' own tests, read off the whole table.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { T_DIGITS, T_LETTERS, T_ODD, T_WORD } from "../src/text/tokens.js";
import { freshTokens } from "../src/text/words.js";
import { digitRunEnd, markedTokens, START_IDS, wordRunEnd } from "../src/recognize/number-tokens.js";
import { RUN_AT } from "../src/recognize/number.js";
import { literalMatches } from "../src/recognize/date.js";
import { edged } from "../src/recognize/date-scan.js";
import { registry } from "../src/text/rx.js";
import { sentences } from "../src/text/segment.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

const PIECES = [
  "2017", "20", "3", "07", "x2017", "2017a", "/", ".", ",", "-", " ", "  ", "\u00a0", "\n", "²",
  "năm", "Năm", "tháng", "Tháng12", "thángx", "quý", "Quý", "ngày", "hai", "Hai", "hay", "mười", "mươi", "lăm", "mốt", "tư", "ba", "bẩy", "bảy",
  "tỷ", "triệu", "đồng", "USD1,23", "Hội4", "𝐀", "𝑎", "\u0301", "QuangHuy", "các", "nam", "thăng",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(""));

/** Each scan's test of one token (number.ts scan, money.ts, money-forms.ts, date.ts, date-scan.ts). */
function anyScanReads(key: string, start: number, end: number, f: number, id: number): boolean {
  if (!(f & T_WORD)) return false;
  const c = key.charCodeAt(start);
  const digitFirst = c >= 48 && c <= 57;
  const scan = digitFirst || (id < START_IDS.length && START_IDS[id] === 1);
  const glued = (f & T_DIGITS) !== 0;
  const codes = (f & (T_LETTERS | T_DIGITS)) === (T_LETTERS | T_DIGITS);
  // (a longer token with no digit, "thángx", starts none of the date patterns: see the literalMatches test)
  const word = key.slice(start, end);
  const literal = word === "tháng" || word === "năm" || word === "quí";
  const bare = (f & T_ODD) !== 0 || c === 49 || c === 50;
  return scan || glued || codes || literal || digitFirst || bare;
}

describe("markedTokens", () => {
  test("every token a scan reads is marked, in text order", () => {
    fc.assert(
      fc.property(text, (s) => {
        const doc = makeDoc(s);
        const tt = freshTokens(doc);
        const want: number[] = [];
        for (let i = 0; i < tt.count; i++) if (anyScanReads(doc.key, tt.start[i]!, tt.end[i]!, tt.flags[i]!, tt.id[i]!)) want.push(i);
        // (the marked list may hold more: tokens with a digit or an odd letter; none of those the scans skip is missing)
        const got = [...markedTokens(doc)];
        expectIs(want.every((i) => got.includes(i)), true);
        expectEqual(got, [...got].sort((a, b) => a - b));
      }),
      { numRuns: 2000 },
    );
  });
  test("literalMatches (read at marked tokens) = the date patterns over the key, on a left word edge", () => {
    const re = (name: string) => new RegExp(registry.find((r) => r.name === name)!.re.source, "gu");
    const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);
    const DATE_TEXT = fc
      .array(fc.constantFrom("tháng", "Tháng", "năm", "quý", "Quý", "thángx", "nămm", "quíiv", "IV", "3", "12", "2017", "20221", "/", "-", ".", ",", " ", "  ", "\n", "x", "𝐀"), { maxLength: 30 })
      .map((ps) => ps.join(""));
    fc.assert(
      fc.property(DATE_TEXT, (s) => {
        const doc = makeDoc(s);
        const got = literalMatches({ doc, sentences: sentences(doc), convention: "vi" });
        expectEqual(spans(got.month), spans(edged(doc.key, re("date.month"))));
        expectEqual(spans(got.quarter), spans(edged(doc.key, re("date.quarter"))));
        expectEqual(spans(got.year), spans(edged(doc.key, re("date.year"))));
        expectEqual(spans(got.words), spans(edged(doc.key, re("date.words"))));
      }),
      { numRuns: 3000 },
    );
  });
  test("digitRunEnd and wordRunEnd = where RUN (sticky) ends, wherever they answer, at every token a run can start at", () => {
    const RUN_TEXT = fc
      .array(fc.constantFrom("2017", "3", "07", "1.500", "4,2", "2.", ",5", "2a", "x3", "²", "¹2", "ǅ", "𝐀", "\u0301", "-", "/", ".", ",", " ", " ", "  ", "\n", "\u00a0", "hai", "Hai", "một", "Ba", "bẩy", "bảy", "mười", "năm", "mươi", "lăm", "tư", "triệu", "số", "xhai", "QuangHai", "tỷ", "tỉ", "nghìn", "ngàn", "rưỡi", "linh", "người", "hay", "đồng"), { maxLength: 24 })
      .map((ps) => ps.join(""));
    let read = 0;
    fc.assert(
      fc.property(RUN_TEXT, (s) => {
        const doc = makeDoc(s);
        const t = doc.tokens;
        for (let ti = 0; ti < t.count; ti++) {
          const at = t.start[ti]!;
          const c = doc.key.charCodeAt(at);
          const digit = c >= 48 && c <= 57;
          if (!(t.flags[ti]! & T_WORD) || !(digit || (t.id[ti]! < START_IDS.length && START_IDS[t.id[ti]!]))) continue;
          const e = digit ? digitRunEnd(doc, at) : wordRunEnd(doc, ti);
          if (e < 0) continue;
          read++;
          RUN_AT.lastIndex = at;
          expectIs(RUN_AT.exec(doc.key)?.[0], doc.key.slice(at, e));
        }
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(1000); // (it answers for most: the test reads what it claims)
  });
  test("a real sentence", () => {
    const doc = makeDoc("Ngày 20/12, hai doanh nghiệp nộp 3tỷ; tháng 𝐀 và năm");
    const words = [...markedTokens(doc)].map((i) => doc.norm.slice(doc.tokens.start[i]!, doc.tokens.end[i]!));
    expect(words).toEqual(["20", "12", "hai", "3tỷ", "tháng", "𝐀", "năm"]);
  });
});
