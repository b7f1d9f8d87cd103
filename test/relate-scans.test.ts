/**
 * The relation finders' faster readings of the text against the plain ones they replace (the
 * specification), on random texts: Vietnamese words in both tone placements, digits with
 * separators, punctuation, brackets, letters above U+FFFF, lone surrogates, combining marks,
 * no-break and other white space.
 *
 *   foldedWords   one pass with the character tables = fold, replace, split, trim, filter
 *   foldFixed(s)  true only when fold(s) === s (slices of doc.key are, nearly always)
 *   guard(re, ws) the pattern tried only on strings holding one of ws = the pattern
 *   wordAfter     the word after a number, read with the character tables = /^\s*([\p{L}\p{M}]+)/u on 24 units
 *   cue-scan.ts   trieMatches, pairStarts (one pass for all cue sets) = WordTrie.matches, WordPairs.starts
 *   kinds.ts      a noun's words split once at white space and "(),;:" = squeeze, trim, replace, split;
 *                 mayHaveHead with abbreviations read from tables = from the lists ABBR gives;
 *                 knownAt: the known nouns at a word from a trie over words = the joined prefixes looked up
 *   andOrAt       " và ", " hoặc " at a space, read in place = AND_OR on a slice of 7
 *   coordAhead    ",", "/", "và", "hoặc" within 30 units: in every match of COORD on that slice
 *   named-list    "trong số …," found from the tokens "trong" = indexOf of each opener over the key
 *   restatement   the token "chữ" before ":" = indexOf of "chữ" (a prefilter: no match of IN_WORDS_CUE without it)
 *   sum-after     a token "tổng" in the gap (a prefilter: no match of TOTAL_CUE without it)
 *   lastCut       the last ",;:()" or digit, one loop back = five lastIndexOf and /\d\D*$/u
 *   lastStop      the last of a set of stops, one loop back = their lastIndexOf
 *   trimmedEnd    the end of a prefix less its white space, read back = slice(0, at).replace(/\s+$/, "").length
 *   PhraseList.at the longest phrase at a word, compared word by word = each phrase's every() over the words
 *   split-by      "chia/phân theo …:" tried only before a "theo" = the global scan of its cue
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { binaryString } from "./helpers/binary.js";
import { coordAhead, COORD, foldedWords, foldedWordsSpec, GUARDS, PhraseList, wordAfter, wordAfterSpec } from "../src/relate/context.js";
import { foldFixed, foldKey } from "../src/text/fold-fixed.js";
import { fold } from "../src/text/fold.js";
import { makeDoc } from "../src/text/normalize.js";
import "../src/relate/index.js";
import { AND_OR, andOrAt } from "../src/relate/list.js";
import { CUE } from "../src/relate/breakdown.js";
import { REVIEW } from "../src/relate/period.js";
import { OVER_CUES, OVER_PAIRS, UNDER_CUES, UNDER_PAIRS } from "../src/relate/plan.js";
import { pairStarts, trieMatches } from "../src/relate/cue-scan.js";
import { Memo, type RelateCtx } from "../src/relate/context.js";
import { KIND_SPLIT, kindOf, kindOfWords, knownAt, knownAtSpec, mayHaveHead, mayHaveHeadSpec, splitKind } from "../src/relate/kinds.js";
import { ORGANIZATION_NOUNS, PERSONNEL_NOUNS, TASK_NOUNS } from "../src/lexicon/count-nouns.js";
import { HYPERNYMS, PEOPLE_WORDS } from "../src/lexicon/kinds.js";
import { NOUN_ABBREVIATIONS } from "../src/lexicon/kinds.js";
import { trimmedEnd } from "../src/relate/position-before.js";
import { namedCuesSpec, namedListCues } from "../src/relate/named-list.js";
import { chuColon, chuWordColon, IN_WORDS_CUE } from "../src/relate/restatement.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";
import { TONG_WORD, TOTAL_CUE } from "../src/relate/sum-after.js";
import { lastCut, lastStop } from "../src/relate/words.js";
import { cueMatches, cueMatchesSpec } from "../src/relate/split-by.js";

const PIECES = [
  "Tổng", "số", "hộ", "Hoà", "hòa", "THUỶ", "quý", "Quí", "tỷ", "đồng", "trong đó", "gồm", "chiếm", "vượt", "kế hoạch", "còn lại",
  "1.320", "3,247", "156/412", "2017", "07", "%", "/", ".", "..", "./", "-", " - ", ",", ";", ":", "(", ")", "…", "\"", "“", "'",
  " ", "  ", "\u00a0", "\n", "\t", "\u2028", "\ufeff", "\u0301", "\u0323", "𝐀", "𝑎b", "😀", "\ud800", "\udc00", "x", "A.B", "v.v.", "TP.", "a/b/", "-.",
  "hòa", "hoà", "qùi", "túi", "tuí", "Hòang", "hòang", "W\u030A", "w\u030a", "ẘ", "\u2000", "\u2126", "ǹ", "ọe", "ỏ", "ê", "ò", "K",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ps) => ps.join(""));
const anyText = binaryString({ maxLength: 40 });

describe("relate: faster scans equal their specifications", () => {
  test("foldedWords", () => {
    fc.assert(
      fc.property(fc.oneof(text, anyText), (s) => {
        expectEqual(foldedWords(s), foldedWordsSpec(s));
      }),
      { numRuns: 3000 },
    );
  });
  test("foldedWords: examples", () => {
    expect(foldedWords("Tổng số: 1.320 hộ, (trong đó …)")).toEqual(["tổng", "số", "1.320", "hộ", "trong", "đó"]);
    expect(foldedWords(" ./a. - 𝐀x / .")).toEqual(["a", "-", "𝐀x"]);
  });
  test("every guard says what its pattern says", () => {
    expect(GUARDS.length).toBeGreaterThan(8);
    for (const g of GUARDS) {
      // the pattern's own words, the guard's, and what may stand around them
      const own = g.re.source.match(/[\p{L}\p{M}]{2,}/gu) ?? [];
      const pieces = fc.constantFrom(...own, ...g.needs, " ", "  ", "\n", ",", "(", "a", "x", "1", "đ", "ư", "\u0301", "𝐀");
      const str = fc.array(pieces, { maxLength: 12 }).map((ps) => ps.join(""));
      fc.assert(
        fc.property(str, (s) => {
          expectIs(g.test(s), g.re.test(s));
        }),
        { numRuns: 1500 },
      );
    }
  });
  test("split-by: the cue tried at the tokens \"theo\" only, the same matches as the global scan", () => {
    const pieces = fc.constantFrom("chia theo xã:", "phân theo giới tính:", "Chia theo", "chia", "phân", "theo", "Chia", "Phân", "THEO", "chia theo", "phân theo", "chiatheo", "nhân", "5", "xã", "giới tính", "đơn vị", "huyện", ":", " :", ";", ".", " ", "  ", "\n", "\t", "\u00a0", "\u2000", "a", "𝐀", "\u0301", "12");
    let found = 0;
    const matches = (key: string, ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], key.slice(m.index, m.index + m[0].length)]);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), fc.boolean(), (ps, spaced) => {
        const doc = makeDoc(ps.join(spaced ? " " : ""));
        const rc = { doc, key: doc.key, memo: new Memo() } as unknown as RelateCtx;
        const want = cueMatchesSpec(doc.key);
        found += want.length;
        expectEqual(matches(doc.key, cueMatches(rc)), matches(doc.key, want));
      }),
      { numRuns: 4000 },
    );
    expect(found).toBeGreaterThan(500);
    const doc = makeDoc("Toàn huyện có 300 hộ; chia theo xã: xã A 120 hộ. Phân\u00a0 theo  giới tính: nam; 5chia theo xã: x");
    const rc = { doc, key: doc.key, memo: new Memo() } as unknown as RelateCtx;
    expect(cueMatches(rc).map((m) => m[0])).toEqual(["chia theo xã:", "phân  theo  giới tính:", "chia theo xã:"]);
  });
  test("andOrAt", () => {
    const pieces = fc.constantFrom(" ", "và", "hoặc", "va", "hoặ", "\u00a0", "\n", "x", ",", "𝐀", "vàng");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), (ps) => {
        const key = ps.join("");
        for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) expectIs(andOrAt(key, i), AND_OR.test(key.slice(i, i + 7)));
      }),
      { numRuns: 3000 },
    );
  });
  test("foldFixed: true only when fold leaves the string as it is", () => {
    let fixed = 0;
    fc.assert(
      fc.property(fc.oneof(text, anyText), fc.nat(), fc.nat(), (s, a, b) => {
        // slices of a folded key, cut anywhere, and raw strings
        const key = makeDoc(s).key;
        const [x, y] = [a % (key.length + 1), b % (key.length + 1)].sort((p, q) => p - q);
        for (const t of [s, key.slice(x!, y!)]) {
          if (!foldFixed(t)) continue;
          fixed++;
          expectIs(fold(t), t);
        }
      }),
      { numRuns: 4000 },
    );
    expect(fixed).toBeGreaterThan(1000);
    expect(foldFixed("kế hoạch năm 2017, tăng 5%")).toBe(true);
    expect(foldFixed("hòa")).toBe(false);
    fc.assert(
      fc.property(fc.oneof(text, anyText), (s) => {
        expectIs(foldKey(s), fold(s));
      }),
      { numRuns: 3000 },
    );
    expect(foldFixed("Hoà")).toBe(false);
  });
  test("wordAfter", () => {
    fc.assert(
      fc.property(fc.oneof(text, anyText), (s) => {
        for (let at = 0; at <= s.length; at++) expectIs(wordAfter(s, at), wordAfterSpec(s, at));
      }),
      { numRuns: 2000 },
    );
    expect(wordAfter("12 điểm", 2)).toBe("điểm");
  });
  test("cue-scan: one pass, the same matches as each set's own scan", () => {
    const cueWords = [...CUE.trie.list.slice(0, 40), ...REVIEW.trie.list.slice(0, 20)];
    let found = 0;
    const words = fc.constantFrom(...cueWords, "vượt", "kế hoạch", "mức", "chỉ tiêu", "không", "đạt", "chưa", "hoàn thành", "Hoàn", "dự toán", "12", ":", ",", ".", "-", "(", " ", "  ", "\n", "x", "𝐀", "Trong", "đó", "gồm", "năm");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 25 }), fc.boolean(), (ps, spaced) => {
        const doc = makeDoc(ps.join(spaced ? " " : ""));
        const rc = { doc, memo: new Memo() } as unknown as RelateCtx;
        expectEqual(trieMatches(rc, CUE), [...CUE.trie.matches(doc)]);
        expectEqual(trieMatches(rc, REVIEW), [...REVIEW.trie.matches(doc)]);
        expectEqual(pairStarts(rc, OVER_CUES), OVER_PAIRS.starts(doc));
        expectEqual(pairStarts(rc, UNDER_CUES), UNDER_PAIRS.starts(doc));
        found += trieMatches(rc, CUE).length + pairStarts(rc, OVER_CUES).length;
      }),
      { numRuns: 2000 },
    );
    expect(found).toBeGreaterThan(500);
  });
  test("kinds.ts readKind: one split of the folded noun", () => {
    const old = (noun: string) => fold(noun).replace(/\s+/g, " ").trim().replace(/[(),;:]/g, " ").split(" ").filter(Boolean);
    fc.assert(
      fc.property(fc.oneof(text, anyText), (s) => {
        expectEqual(fold(s).split(KIND_SPLIT).filter(Boolean), old(s));
        expectEqual(splitKind(fold(s)), old(s));
        expectEqual(splitKind(s), s.split(KIND_SPLIT).filter(Boolean));
      }),
      { numRuns: 3000 },
    );
  });
  test("kinds.ts mayHaveHead: an abbreviation's words from tables, as from its word list", () => {
    const abbr = NOUN_ABBREVIATIONS.map(([a]) => fold(a));
    const word = fc.constantFrom(...abbr, "đơn", "vị", "lượt", "khách", "cán", "bộ", "người", "chuyển", "tiếp", "hộ", "x", "", "của", "tỷ", "1.320", "hợp", "tác", "xã");
    let yes = 0;
    fc.assert(
      fc.property(fc.array(word, { maxLength: 5 }), fc.nat(6), (ws, from) => {
        expectIs(mayHaveHead(ws, from), mayHaveHeadSpec(ws, from));
        if (mayHaveHead(ws, from)) yes++;
      }),
      { numRuns: 3000 },
    );
    expect(yes).toBeGreaterThan(300);
    // an abbreviation reads as its noun: "cbcc" is "cán bộ công chức", a kind of people
    expect(kindOfWords(["cbcc"]).people).toBe(true);
  });
  test("kinds.ts knownAt: the known nouns at a word from the trie, as the joined prefixes looked up", () => {
    const lex = [...PEOPLE_WORDS, ...TASK_NOUNS, ...PERSONNEL_NOUNS, ...ORGANIZATION_NOUNS, ...HYPERNYMS.flatMap(([h, l]) => [h, ...l])];
    const pool = [...new Set(lex.flatMap((w) => fold(w).split(/\s+/)).filter(Boolean))];
    const word = fc.oneof(fc.constantFrom(...pool), fc.constantFrom("x", "của", "trường", "1.320"));
    const phrases = [...new Set(lex.map((w) => fold(w).replace(/\s+/g, " ").trim()).filter(Boolean))];
    let found = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.constantFrom(...phrases)), { minLength: 1, maxLength: 4 }), (parts) => {
        const ws = parts.flatMap((p) => p.split(" "));
        for (let i = 0; i < ws.length; i++) {
          const want = knownAtSpec(ws, i);
          expectEqual(knownAt(ws, i), want);
          if (want.length > 1) found++;
        }
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(300);
    expect(kindOf("đơn vị trực thuộc của trường").bases).toEqual(["đơn vị trực thuộc", "đơn vị", "đơn"]);
  });
  test("named-list: the openers found from the tokens 'trong', as indexOf finds them", () => {
    let found = 0;
    const words = fc.constantFrom("trong số", "Trong số", "trong tổng số", "trong  số", "trong", "số", "tổng", "hồ sơ", "các", "lao động", "nữ", "giáo viên", "trên", "đó", "có", "156", "người", ",", ".", ":", "(", " ", "\n", "x", "𝐀", "𝑎", "\u0301", "đốcSở", "Trongsố", "1");
    const opener = fc.constantFrom("trong số", "Trong số", "trong tổng số", "Trong tổng số", "trong  số", "trong\nsố", "xtrong số", "𝐀trong số", "1trong số", "\u0301trong số", "trong sốt");
    const noun = fc.array(fc.constantFrom("hồ sơ", "các", "lao động", "nữ", "giáo viên", "trên", "này", "đó", "người", "học sinh", "x", "5", "(", "𝐀"), { minLength: 1, maxLength: 4 });
    const close = fc.constantFrom(",", " ,", " có 156 người", " có người", ";", "");
    const piece = fc.array(words, { maxLength: 8 }).map((ps) => ps.join(" "));
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, opener, noun, close), { minLength: 1, maxLength: 3 }), fc.boolean(), (parts, spaced) => {
        const sep = spaced ? " " : "";
        const doc = makeDoc(parts.map(([a, o, n, c]) => a + sep + o + " " + n.join(" ") + c).join(sep));
        const rc = { doc, key: doc.key, norm: doc.norm, memo: new Memo() } as unknown as RelateCtx;
        const spec = namedCuesSpec(rc);
        expectEqual(namedListCues(rc), spec);
        found += spec.length;
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(300);
  });
  test("restatement: no cue in words without a token 'chữ' before ':'", () => {
    let hits = 0;
    const words = fc.constantFrom("bằng chữ", "Bằng chữ:", "viết bằng chữ :", "số tiền bằng chữ", "chữ", "chữa", "bằngchữ", "bằng", ":", ":", " ", "  ", "\n", "\u00a0", "\ufeff", "x", "𝐀", "(", "12", "đồng");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), fc.boolean(), (ps, spaced) => {
        const doc = makeDoc(ps.join(spaced ? " " : ""));
        const rc = { doc, key: doc.key, norm: doc.norm, memo: new Memo() } as unknown as RelateCtx;
        const fast = chuWordColon(rc);
        IN_WORDS_CUE.lastIndex = 0;
        const match = IN_WORDS_CUE.test(doc.key);
        IN_WORDS_CUE.lastIndex = 0;
        if (match) expectIs(fast, true);
        if (fast) expectIs(chuColon(doc.key), true);
        if (match) hits++;
      }),
      { numRuns: 3000 },
    );
    expect(hits).toBeGreaterThan(300);
  });
  test("sum-after: every gap TOTAL_CUE matches holds a token 'tổng'", () => {
    let hits = 0;
    const words = fc.constantFrom("tổng cộng", "Tổng cộng là", "tổng số là", "tổng số có", "nâng tổng số người học mới lên", "nâng tổng số lên thành", "tổng", "Tổngcộng", "xtổng cộng", "𝐀tổng cộng", "tổng\u0301 cộng", "xe", "hồ sơ", "mới", ",", ";", ":", " ", "  ", "\n", "\u00a0", "12", "x");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 10 }), fc.boolean(), (ps, spaced) => {
        const doc = makeDoc(ps.join(spaced ? " " : ""));
        const { key, tokens: t } = doc;
        for (let a = 0; a < key.length; a++) {
          if (!TOTAL_CUE.test(key.slice(a))) continue;
          hits++;
          let has = false;
          for (let i = 0; i < t.count; i++) if (t.id[i] === TONG_WORD.id && t.start[i]! >= a) has = true;
          expectIs(has, true);
        }
      }),
      { numRuns: 2000 },
    );
    expect(hits).toBeGreaterThan(300);
  });
  test("lastCut: the last ',;:()' or digit, as five lastIndexOf and a search", () => {
    fc.assert(
      fc.property(fc.oneof(text, anyText), fc.nat(), fc.nat(), (s, x, y) => {
        const from = x % (s.length + 1);
        const at = from + (y % (s.length - from + 1));
        const slice = s.slice(from, at);
        const cut = Math.max(slice.lastIndexOf(","), slice.lastIndexOf(";"), slice.lastIndexOf(":"), slice.lastIndexOf("("), slice.lastIndexOf(")"), slice.search(/\d\D*$/u));
        expectIs(lastCut(s, from, at), from + cut);
      }),
      { numRuns: 3000 },
    );
  });
  test("lastStop: the last of a set of stops, as their lastIndexOf", () => {
    fc.assert(
      fc.property(fc.oneof(text, anyText), fc.constantFrom(",;:(", ",;:", ",;:()", ";"), (s, stops) => {
        expectIs(lastStop(s, stops), Math.max(...[...stops].map((c) => s.lastIndexOf(c))));
      }),
      { numRuns: 3000 },
    );
  });
  test("coordAhead: every match of COORD after a count holds what it looks for", () => {
    let hits = 0;
    const pieces = fc.constantFrom(" ", "  ", "\n", "\u00a0", ",", "/", "và", "hoặc", "va", "hoặ", "v", "h", "cá nhân", "tập thể", "x", "𝐀", "1", ".");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (ps) => {
        const key = ps.join("");
        for (let at = 0; at <= key.length; at++) {
          const m = COORD.exec(key.slice(at, at + 30));
          if (m) {
            hits++;
            expectIs(coordAhead(key, at), true);
          }
        }
      }),
      { numRuns: 2000 },
    );
    expect(hits).toBeGreaterThan(1000);
  });
  test("trimmedEnd: the prefix's end less its white space, as slice and replace", () => {
    const spec = (s: string, at: number) => s.slice(0, at).replace(/\s+$/, "").length;
    fc.assert(
      fc.property(fc.oneof(text, anyText), (s) => {
        for (let at = 0; at <= s.length; at++) expectIs(trimmedEnd(s, at), spec(s, at));
      }),
      { numRuns: 2000 },
    );
    expect(trimmedEnd("Đại tá  Lê", 8)).toBe(6);
    expect(trimmedEnd("a\u00a0\u3000\u2028\t", 5)).toBe(1);
    expect(trimmedEnd("   ", 3)).toBe(0);
    expect(trimmedEnd("x\u200b", 2)).toBe(2); // a zero-width space is no white space of /\s/
  });
  test("PhraseList.at: the longest phrase at a word, as each phrase's every() over the words", () => {
    const phrases = ["so với", "so với mức", "với", "so", "trên", "của", "mức", "theo", "đạt", "bằng", "cùng kỳ năm trước", "cùng kỳ"];
    const list = new PhraseList(phrases);
    const folded = phrases.map((p) => fold(p).split(" "));
    // (the reading before: the phrases of the first word, longest first, each compared with every())
    const spec = (ws: readonly string[], i: number) => {
      const l = folded.filter((p) => p[0] === (ws[i] ?? "")).sort((a, b) => b.length - a.length);
      for (const p of l) if (p.every((w, k) => ws[i + k] === w)) return p.length;
      return 0;
    };
    const word = fc.constantFrom(...folded.flat(), "năm", "x", "");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (ws) => {
        for (let i = 0; i <= ws.length; i++) expectIs(list.at(ws, i), spec(ws, i));
      }),
      { numRuns: 2000 },
    );
    expect(list.at(["so", "với", "mức", "2"], 0)).toBe(3);
    expect(list.at(["cùng", "kì", "năm", "trước"], 0)).toBe(4);
    expect(list.at(["cùng", "kì", "năm"], 0)).toBe(2);
    expect(list.at(["so"], 1)).toBe(0);
  });
});
