/**
 * number-context.ts reads the words before a number with quick exits (nearWordBefore: the first
 * word must be one it looks for; qualifierBefore reads outwards only while a longer qualifier can
 * end with the words so far). Each is checked here against the plain reading it replaced (the
 * references below), at every position of random texts made of the words they look for.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { fold } from "../src/text/fold.js";
import { dateWordBefore, gluedBefore, ordinalBefore, qualifierBefore, QUAL_BOUND, TU, wordBefore } from "../src/recognize/number-context.js";
import { DATE_CONTEXT, ORDINAL_CONTEXT, QUALIFIERS } from "../src/lexicon/numbers.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

const DATE_MAX = new Map(DATE_CONTEXT.map(([w, max]) => [fold(w), max]));
const DATE_FILLERS = new Set(["từ", "đến", "ngày"].map(fold));
const ORDINALS = new Set(ORDINAL_CONTEXT.map(fold));
const lastOfPairs = (ws: Iterable<string>) => new Set([...ws].filter((w) => w.includes(" ")).map((w) => w.split(" ").pop()!));
const DATE_TWO_LAST = lastOfPairs(DATE_MAX.keys());
const ORDINAL_TWO_LAST = lastOfPairs(ORDINALS);
const QUAL_LAST = new Set([...QUAL_BOUND.keys()].map((w) => w.split(" ").pop()!));

function dateWordRef(key: string, start: number): string | undefined {
  for (let at = 0; at < 2; at++) {
    const w = wordBefore(key, start, at);
    if (!w) break;
    if (at === 1 && !DATE_FILLERS.has(wordBefore(key, start, 0)!.w)) break;
    const p = DATE_TWO_LAST.has(w.w) ? wordBefore(key, start, at + 1) : undefined;
    const two = p ? `${p.w} ${w.w}` : "";
    if (two && DATE_MAX.has(two)) return two;
    if (DATE_MAX.has(w.w)) return w.w;
  }
  return undefined;
}
function ordinalRef(key: string, start: number): boolean {
  const w0 = wordBefore(key, start, 0);
  if (!w0) return false;
  if (ORDINALS.has(w0.w)) return true;
  const w1 = ORDINAL_TWO_LAST.has(w0.w) ? wordBefore(key, start, 1) : undefined;
  return !!w1 && ORDINALS.has(`${w1.w} ${w0.w}`);
}
function qualifierRef(key: string, start: number): { word: string; s: number } | undefined {
  const from = wordBefore(key, start, 0)?.w === TU ? 1 : 0;
  const last = wordBefore(key, start, from);
  if (!last || !QUAL_LAST.has(last.w)) return undefined;
  const ws: { w: string; s: number }[] = [];
  for (let k = 0; k < from + 4; k++) {
    const w = wordBefore(key, start, k);
    if (!w) break;
    ws.push(w);
  }
  for (let len = Math.min(4, ws.length - from); len >= 1; len--) {
    let phrase = ws[from]!.w;
    for (let k = from + 1; k < from + len; k++) phrase = `${ws[k]!.w} ${phrase}`;
    if (QUAL_BOUND.has(phrase)) return { word: phrase, s: ws[from + len - 1]!.s };
  }
  return undefined;
}

const WORDS = [
  ...DATE_CONTEXT.map(([w]) => w), ...ORDINAL_CONTEXT, ...QUALIFIERS.map(([w]) => w), "từ", "đến", "ngày", "Năm", "nam", "thu", "tư",
  "5", "12", "2017", "x5", "a", "𝐀", ".", ",", "(",
];
const piece = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(" ", "  ", "\n", ""));
const text = fc.array(piece, { maxLength: 16 }).map((ps) => ps.join(" ").replace(/ {3,}/g, "  "));

describe("words before a number: quick exits agree with the plain reading", () => {
  test("dateWordBefore, ordinalBefore, qualifierBefore at every position", () => {
    fc.assert(
      fc.property(text, (s) => {
        const key = makeDoc(s).key;
        for (let at = 0; at <= key.length; at++) {
          expectIs(dateWordBefore(key, at), dateWordRef(key, at));
          expectIs(ordinalBefore(key, at), ordinalRef(key, at));
          expectEqual(qualifierBefore(key, at), qualifierRef(key, at));
        }
      }),
      { numRuns: 1500 },
    );
  });
  test("real phrases", () => {
    const key = makeDoc("ước tính khoảng 50 người, từ ngày 3, lần thứ 12, khoảng từ 10").key;
    expect(qualifierBefore(key, key.indexOf("50"))).toEqual({ word: "ước tính khoảng", s: 0 });
    expect(dateWordBefore(key, key.indexOf("3,"))).toBe(fold("ngày"));
    expect(ordinalBefore(key, key.indexOf("12"))).toBe(true);
    expect(qualifierBefore(key, key.indexOf("10"))?.word).toBe("khoảng");
  });
});

describe("gluedBefore: one digit test for every separator, as the old reading", () => {
  // the old reading, the oracle (letters and digits as number-context.ts reads them)
  const letter = (s: string, i: number) => /[\p{L}\p{M}]/u.test(s[i] ?? "");
  const digit = (s: string, i: number) => /\d/.test(s[i] ?? "");
  const old = (key: string, start: number): boolean => {
    const c1 = key[start - 1];
    if (c1 === undefined) return false;
    const c2 = start >= 2 ? start - 2 : -1;
    if ((c1 === "-" || c1 === "/" || c1 === ".") && c2 >= 0 && (letter(key, c2) || digit(key, c2))) return true;
    return (c1 === "," || c1 === ":") && c2 >= 0 && digit(key, c2);
  };
  test("at every position of texts of digits, letters and the five separators", () => {
    const glued = fc.array(fc.constantFrom("B", "qđ", "tp", "5", "12", "-", "/", ".", ",", ":", " ", "x"), { maxLength: 12 }).map((ps) => ps.join(""));
    fc.assert(
      fc.property(glued, (s) => {
        for (let at = 0; at <= s.length; at++) expectIs(gluedBefore(s, at), old(s, at), `at ${at}`);
      }),
      { numRuns: 800 },
    );
    expect(gluedBefore("B-52", 2)).toBe(true);
    expect(gluedBefore("8:30", 2)).toBe(true);
    expect(gluedBefore("a:30", 2)).toBe(false);
  });
});
