/**
 * WordTrie (src/text/words.ts) against the regex it stands for: rx`${L}${words(list)}${R}` over
 * the folded key, on random word lists and texts.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { L, R, rx, words } from "../src/text/rx.js";
import { WordTrie } from "../src/text/words.js";
import { lexicon } from "../src/text/tokens.js";

/** Spellings that fold alike (case, tone placement, y/i) and words that share prefixes. */
const SYLLABLES = ["hoà", "Hòa", "HOÀ", "hoa", "tỷ", "tỉ", "Tỉ", "kỹ", "kĩ", "thuật", "Viện", "viện", "trưởng", "phó", "Phó", "giám", "đốc", "ban", "Ban", "tp", "TP", "ubnd", "1", "2", "03", "a", "b", "ab"];
const PUNCT = [".", "/", "-", ",", "(", ")"];
const entry = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES, ...PUNCT), fc.constantFrom(" ", "")), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.map(([w, sep], i) => (i ? sep : "") + w).join(""));
const list = fc.array(entry, { minLength: 1, maxLength: 8 });
const text = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES, ...PUNCT), fc.constantFrom(" ", "  ", "\n", "", "\u00a0", " - ", ", ", ".")), { maxLength: 30 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(""));

const viaRegex = (ws: string[], s: string) => {
  const re = rx`${L}${words(ws)}${R}`;
  return [...makeDoc(s).key.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
};
const viaTrie = (ws: string[], s: string) => [...new WordTrie(ws).matches(makeDoc(s))].map((m) => [m.start, m.end]);

describe("WordTrie", () => {
  test("finds what rx`${L}${words(list)}${R}` finds, on random lists and texts", () => {
    fc.assert(
      fc.property(list, text, (ws, s) => {
        expect(viaTrie(ws, s)).toEqual(viaRegex(ws, s));
      }),
      { numRuns: 150, seed: 14 },
    );
  });
  test("texts made of the list's own entries", () => {
    fc.assert(
      fc.property(list, fc.array(fc.tuple(fc.nat(7), fc.constantFrom(" ", "\n", "", ". ", "a ")), { maxLength: 12 }), (ws, picks) => {
        const s = picks.map(([k, sep]) => ws[k % ws.length] + sep).join("");
        expect(viaTrie(ws, s)).toEqual(viaRegex(ws, s));
      }),
      { numRuns: 150, seed: 15 },
    );
  });
  test("the longest entry wins; spellings fold; the word edges hold", () => {
    const heads = new WordTrie(["Phó Giám đốc", "Giám đốc", "Phó", "Tp.", "Đ/c"]);
    const d = makeDoc("Phó giám đốc Sở; Giám Đốc; TP.HCM; tp. Huế; Đ/C Lan; Phóng viên");
    expect([...heads.matches(d)].map((m) => d.norm.slice(m.start, m.end))).toEqual(["Phó giám đốc", "Giám Đốc", "tp.", "Đ/C"]);
    expect(heads.has("phó  GIÁM đốc")).toBe(true);
    const d2 = makeDoc("Thủ tướng thăm Thuỷ điện");
    expect([...new WordTrie(["thủy điện"]).matches(d2)].map((m) => m.word)).toEqual(["thuỉ điện"]);
  });
  test("matchAt gives the token after the longest match", () => {
    const t = new WordTrie(["ban chấp hành", "ban"]);
    const d = makeDoc("Ban Chấp hành Công đoàn");
    expect(t.matchAt(d, 0)).toBe(3);
    expect(t.lastWord).toBe("ban chấp hành");
    expect(t.matchAt(d, 1)).toBe(-1);
  });
  test("a range: only tokens inside it", () => {
    const t = new WordTrie(["hội nghị"]);
    const d = makeDoc("Hội nghị. Hội nghị tổng kết. Hội nghị");
    expect([...t.matches(d, 1, 30)].map((m) => m.start)).toEqual([10]);
  });
  test("a list compiled after the doc was made still matches (ids looked up again)", () => {
    const d = makeDoc("Một từ chưa từng có: zyxwvut qrstuv");
    const before = lexicon.size;
    const t = new WordTrie(["zyxwvut qrstuv"]);
    expect(lexicon.size).toBeGreaterThan(before);
    expect([...t.matches(d)].map((m) => m.word)).toEqual(["zixwvut qrstuv"]);
  });
});
