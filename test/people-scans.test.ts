/**
 * The people recogniser's scans, read on the token table or with a closer quick test, against
 * the scans they replace (the specification), on random texts of title words, names, dashes,
 * signatures, glued capitals, letters above U+FFFF and no-break spaces.
 *
 *   nextTitle        TITLE tried where a title start is spelled whole (UnitTrie), against the old
 *                    quick test of the first units alone
 *   honStart         the honorific before a name read back over a trie of the forms, against
 *                    HON_END over the slice before it (and readHonorifics against its old reading)
 *   termMayStart     skipTerm's quick test: true wherever TERM matches
 *   lostCapital      from the candidates by family name and last word (FamilyEnds) = a search of them all
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { findTitles, type TitleHit } from "../src/recognize/title.js";
import { ABBR_FIRST, abbrMatches, nextTitle } from "../src/recognize/title-scan.js";
import { T_CAP } from "../src/text/tokens.js";
import { sentences } from "../src/text/segment.js";
import { recognizePeople } from "../src/recognize/people.js";
import { pluralBefore } from "../src/recognize/people-scopes.js";
import { shortRefs } from "../src/recognize/people-build.js";
import { namedPeople, photoCredits } from "../src/recognize/byline.js";
import { foreignWord, nameCandidates, nameReading, spaceRuns } from "../src/recognize/name.js";
import { honEnd, honEndScan, honorificsBefore, honStart, readHonorificsByPattern } from "../src/recognize/honorific.js";
import { capitalisedWordBefore, TERM, termMayStart } from "../src/recognize/people-text.js";
import { fold } from "../src/text/fold.js";
import { FamilyEnds, lostCapital } from "../src/recognize/people-accept.js";
import { binaryString } from "./helpers/binary.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

const PIECES = [
  " ", "  ", ", ", ". ", " - ", "-", "\n", "\u00a0", "(", ")", ":", "𝐀", "\u0301", "QuangHuy",
  "Phó", "phó", "P.", "p.", "Giám đốc", "giám đốc", "Trưởng", "trưởng", "Trường", "trường", "ban", "Ban", "phòng", "Phòng",
  "nguyên", "Nguyên", "Q.", "quyền", "Bí thư", "Chủ tịch", "chủ tịch", "UBND", "tỉnh", "Thủ tướng", "thường trực",
  "Nguyễn Văn An", "Trần", "Thị", "Bộ", "Y tế", "Sở", "tên", "Ảnh", "ảnh", "người",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(""));
const RUNS = { numRuns: 2000 };

/** Every match of nextTitle from the start, each search from the end of the one before (as findTitles reads). */
function titleMatches(s: string, precise: boolean): [number, string][] {
  const doc = makeDoc(s);
  const out: [number, string][] = [];
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = nextTitle(doc, from, precise))) {
    out.push([m.index, m[0]]);
    from = m.index + m[0].length;
  }
  return out;
}

describe("people scans equal the scans they replace", () => {
  test("nextTitle: tried where a title start is spelled whole", () => {
    fc.assert(
      fc.property(text, (s) => {
        expectEqual(titleMatches(s, true), titleMatches(s, false));
      }),
      RUNS,
    );
  });
  test("nextTitle examples", () => {
    expect(titleMatches("Trường Đại học, Phó Giám đốc Sở Y tế", true).map(([, t]) => t)).toEqual(["phó giám đốc"]);
  });
});

describe("short references", () => {
  const words = ["Đạt", "An", "Anh", "Hùng", "𝐀n", "Ân"];
  const pieces = ["ông ", "bà ", "Ông ", "anh ", "đồng chí ", "đ/c ", "  ", " ", ", ", ".", "-", "\u0301", "x", "3", "\n", "Nguyễn Văn ", ...words, "Đạtx", "HùngAnh"];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((ps) => ps.join(""));
  const sorted = (h: [number, string][]) => [...h].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  test("read on the capitalised tokens: the same as a search of the text per name", () => {
    fc.assert(
      fc.property(texts, fc.subarray(words), (s, lasts) => {
        const doc = makeDoc(s);
        expectEqual(sorted(shortRefs(doc, lasts, false)), sorted(shortRefs(doc, lasts, true)));
      }),
      RUNS,
    );
  });
  test("examples", () => {
    const doc = makeDoc("Ông Nguyễn Văn Đạt phát biểu. Sau đó ông Đạt và anh Hùng Anh ra về.");
    expect(shortRefs(doc, ["Đạt", "Hùng"])).toEqual([[doc.norm.lastIndexOf("Đạt"), "Đạt"]]);
  });
});

describe("plural titles", () => {
  const pieces = ["các ", "Các ", "các", "xcác ", " ", "  ", "\t", "\u00a0", ", ", "Phó Giám đốc", "Ủy viên", "Trưởng ban", "Chủ tịch", "Sở Y tế", ": ", "A", "𝐀", "\n"];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((ps) => ps.join(""));
  const byStartOf = (s: string) => {
    const doc = makeDoc(s);
    const byStart = new Map<number, TitleHit>();
    for (const t of findTitles(doc, new Set())) if (!byStart.has(t.start)) byStart.set(t.start, t);
    return { doc, byStart };
  };
  test("read back from the titles: the same as a search of the text for 'các '", () => {
    fc.assert(
      fc.property(texts, (s) => {
        const { doc, byStart } = byStartOf(s);
        expectEqual(pluralBefore(doc, byStart), pluralBefore(doc, byStart, true));
      }),
      RUNS,
    );
  });
  test("examples", () => {
    const { doc, byStart } = byStartOf("các  Phó Giám đốc: A, B; xcác Ủy viên, Các Trưởng ban");
    expect(pluralBefore(doc, byStart)).toEqual([0, doc.norm.indexOf("Các")]);
  });
});

describe("people introduced by name", () => {
  const pieces = ["người ", "cổ đông ", "nạn nhân ", "tên ", "Tên ", "tên là ", "xtên ", "tênx ", "tên", " ", "  ", ", ", ". ", "Minh Khôi", "Minh Anh ", "Lê Văn An", "𝐀", "\u0301", "\n", "có "];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((ps) => ps.join(""));
  test("read at the tokens 'tên': the same as a search of the key for 'tên '", () => {
    fc.assert(
      fc.property(texts, (s) => {
        const doc = makeDoc(s);
        expectEqual(namedPeople(doc), namedPeople(doc, true));
      }),
      RUNS,
    );
  });
  test("examples", () => {
    expect(namedPeople(makeDoc("Một cổ đông tên Minh Khôi và nạn nhân tên là Minh Anh.")).map((h) => h.name)).toEqual(["Minh Khôi", "Minh Anh"]);
  });
});

describe("name candidates", () => {
  const pieces = [
    "Nguyễn", "Văn", "An", "Trần", "Thị", "Bình", "Hà", "Nội", "Hồ", "Chí", "Minh", "Quảng", "Ninh", "Phạm", "QuangHuy", "Jean-Claude", "Nội-Hải",
    "H'Lan", "UBND", "TP", "Việt", "Nam", "Kenji", "Tanaka", "𝐀n", "Giám", "Đốc", "Phó", "Ông", "Đoàn", "Lê", "Lợi",
    "O’Neil", "Jung-sook", "Aß", "AͅB", "ǅa", "ĐẠT", "Mcdonald", "Google",
    // title, head and clause words (read by id from the name tokens)
    "Chủ Tịch", "Bí Thư", "Giám Đốc", "Trung Tâm", "Đoàn Thanh Niên", "Sở", "Theo", "Và", "Các", "Nhà Nghiên Cứu", "Tuy Nhiên", "Sáng", "Phân Tích", "Tâm2",
    // places and fixed names, whole and cut short (a run that is one place is not split into tokens)
    "Việt Nam", "Hà Nội", "Hồ Chí", "Hồ Chí Minh", "Thổ Nhĩ", "Thổ Nhĩ Kỳ", "Tây Ban", "Nam Định", "Bà Rịa",
  ];
  const seps = [" ", " ", " ", "  ", ", ", ". ", "-", "\n", "\u0301", "ông ", "đường ", "tỉnh ", "\t", "’", "'", ",", "\u00a0"];
  const texts = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...seps)), { maxLength: 24 }).map((ps) => ps.flat().join(""));
  const read = (s: string, spec: boolean) => {
    nameReading.spec = spec;
    try {
      return nameCandidates(makeDoc(s)).map((c) => ({ ...c, tokens: c.tokens.map(({ id: _id, ...t }) => t) }));
    } finally {
      nameReading.spec = false;
    }
  };
  test("read on the token table: the same as by characters and joined folded words", () => {
    fc.assert(
      fc.property(texts, (s) => {
        expectEqual(read(s, false), read(s, true));
      }),
      RUNS,
    );
  });
});

describe("white space runs", () => {
  // fromRun steps over an organisation head by its words: spaceRuns replaced key.slice(s, e).split(/\s+/).length - 1
  const units = fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "a", "đ", "ư", "\u0301", "-", ".", "𝐀");
  test("spaceRuns: the runs that split(/\\s+/) cuts at, over any range", () => {
    fc.assert(
      fc.property(fc.array(units, { maxLength: 30 }), fc.nat(), fc.nat(), (ps, a, b) => {
        const s = ps.join("");
        const lo = Math.min(a, b) % (s.length + 1);
        const hi = lo + (Math.max(a, b) % (s.length - lo + 1));
        expectIs(spaceRuns(s, lo, hi), s.slice(lo, hi).split(/\s+/).length - 1);
      }),
      RUNS,
    );
  });
  test("examples", () => {
    expect(spaceRuns("đoàn thanh  niên", 0, 16)).toBe(2);
    expect(spaceRuns(" a ", 0, 3)).toBe(2);
    expect(spaceRuns("", 0, 0)).toBe(0);
  });
});

describe("foreign words", () => {
  const units = ["A", "Ă", "Đ", "Ấ", "a", "ư", "ễ", "ß", "ǅ", "ʰ", "ª", "Σ", "ς", "'", "’", "-", "\u0301", "\u0345", "𝐀", "𝐚", "1", " "];
  const words = fc.array(fc.constantFrom(...units), { maxLength: 10 }).map((us) => us.join(""));
  const FOREIGN_WORD = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;
  test("foreignWord: read over case classes, the same as the pattern", () => {
    fc.assert(
      fc.property(words, (w) => {
        expectIs(foreignWord(w), FOREIGN_WORD.test(w));
      }),
      { numRuns: 5000 },
    );
    for (const w of ["Jean-Claude", "H'Lan", "K’Nhàn", "Nguyễn", "Sung-ho", "A'B", "AB", "Ab-", "Ab-C", "A-b"]) expectEqual([w, foreignWord(w)], [w, FOREIGN_WORD.test(w)]);
  });
});

describe("words before a name", () => {
  const pieces = ["ông ", "bà ", "PGS.TS. ", "PGS.TS ", "TS. ", "GS ", "Thiếu tướng, ", "đồng chí ", "đồng  chí ", "Đồng chí ", "đ/c ", "giáo sư – ", "Tiến sỹ - ", "tỷ phú ", "Mỹ ", "Hàn Quốc ", "anh ", "xông ", "𝐀", "𝐀ông ", "\u0301", " ", "  ", ".", ",", "-", "a", "Q", "\n", "3"];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((ps) => ps.join(""));
  test("honEnd: the pattern tried where a form may start, the same as its scan", () => {
    fc.assert(
      fc.property(texts, (s) => {
        const key = makeDoc(s).key;
        const a = honEnd(key);
        const b = honEndScan(key);
        expectEqual(a && [a.index, a[0]], b && [b.index, b[0]]);
      }),
      RUNS,
    );
  });
  // separators and white space inside and after the forms, forms glued to letters and digits
  const more = [...pieces, "đồng\nchí ", "đồng\t \u00a0chí – ", "Thầy thuốc  Nhân dân ", "phó ", "Nhà giáo ", "Ưu tú. ", "đ/c", "Đ.c ", "TS.", "ts,", " -", " – ", "  –   ", " . ", "ông.", "Hoàng Anh  ", "Anh ", "CN. ", "Tiến sĩ. ", "thạc sĩ ", "ThS ", "Ths ", "𝐀ts "];
  const texts2 = fc.array(fc.constantFrom(...more), { maxLength: 14 }).map((ps) => ps.join(""));
  test("honStart: read back over the forms' trie, the same as HON_END over the slice", () => {
    fc.assert(
      fc.property(texts2, fc.nat(80), fc.nat(80), (s, a, b) => {
        const key = makeDoc(s).key;
        const end = Math.min(b, key.length);
        const from = Math.min(a, end);
        const m = honEndScan(key.slice(from, end));
        expectEqual([s, honStart(key, from, end)], [s, m ? from + m.index : -1]);
      }),
      { numRuns: 5000 },
    );
  });
  test("readHonorifics: by honStart, the same as by the pattern (readHonorificsByPattern)", () => {
    fc.assert(
      fc.property(texts2, fc.constantFrom("Nguyễn Văn An", "Lan", "Hoàng Anh", "Kim"), (s, name) => {
        const text = s + name;
        const doc = makeDoc(text);
        const pos = doc.norm.length - name.length;
        expectEqual([text, honorificsBefore(doc, pos)], [text, readHonorificsByPattern(makeDoc(text), pos)]);
      }),
      { numRuns: 5000 },
    );
  });
  test("capitalisedWordBefore: read back, the same as the pattern", () => {
    fc.assert(
      fc.property(texts, fc.nat(60), (s, n) => {
        const norm = makeDoc(s).norm;
        const end = Math.min(n, norm.length);
        expectEqual(capitalisedWordBefore(norm, end), capitalisedWordBefore(norm, end, true));
      }),
      RUNS,
    );
  });
});

describe("photo credits", () => {
  const pieces = ["Ảnh", "ảnh", "ẢNH", "cảnh", "hình ảnh", "Ảnh minh họa", " minh họa", " tư liệu", ":", ": ", " ", "  ", "\n", "\u00a0", "𝐀", "\u0301", "2", "x", ".", "(", ")",
    "Lan Chi", "LAN CHI", "Thu Hằng", "Chiến Thắng", " Tại lễ", " ông", "Nguyễn Văn An", "/TTXVN", "-"];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((ps) => ps.join(""));
  test("read at the tokens of the word 'ảnh': the same as a search of the key for every 'ảnh'", () => {
    fc.assert(
      fc.property(texts, (s) => {
        const doc = makeDoc(s);
        expectEqual(photoCredits(doc, false), photoCredits(doc, true));
      }),
      RUNS,
    );
  });
  test("examples", () => {
    const doc = makeDoc("Quang cảnh hội nghị. Ảnh: Lan Chi. Hình ảnh 𝐀ảnh: Thu Hằng");
    expect(photoCredits(doc).map((h) => h.name)).toEqual(["Lan Chi", "Thu Hằng"]);
  });
});

describe("title abbreviations", () => {
  const pieces = ["PCT", "Phó GĐ", "P.TGĐ", "TGĐ", "GĐ", "GVCC", "GVC", "ĐBQH", "Chánh VP", "PTT", "TTg", "HT", "x", "X", "3", "²", "𝐀", "\u0301", " ", "  ", ".", ",", "-", "\n", "\u00a0", "UBND", "ông ", "Phó", "PHÓ", "Pct", "pct", "Chánh", "P", "Phòng", "Gđ", "ĐB", "PBT", "PHT", "QuangHuy", "PCTx"];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((ps) => ps.join(""));
  const read = (s: string, scan: boolean) => abbrMatches(makeDoc(s), scan).map((m) => [m.index, m[0]]);
  test("tried at word tokens with an abbreviation's first word (and inside tokens of odd letters): the same as the global scan", () => {
    fc.assert(
      fc.property(texts, (s) => {
        expectEqual(read(s, false), read(s, true));
      }),
      RUNS,
    );
  });
  test("examples", () => {
    expect(read("PCT UBND, xGĐ và 𝐀GĐ, Phó GĐ", false)).toEqual([[0, "PCT"], [19, "GĐ"], [23, "Phó GĐ"]]);
  });
  test("every abbreviation's first unit starts a capitalised token (only those tokens are tried)", () => {
    const firsts = [...ABBR_FIRST.keys()].filter((c) => ABBR_FIRST[c] === 1);
    expect(firsts.length).toBeGreaterThan(3);
    for (const c of firsts) expectEqual([String.fromCharCode(c), makeDoc(`${String.fromCharCode(c)}x`).tokens.flags[0]! & T_CAP], [String.fromCharCode(c), T_CAP]);
  });
});

describe("people read whole", () => {
  // names said twice (accepted at one mention, read again at another), with and without a context
  // that accepts them, and names sharing a first word
  const pieces = [
    "ông ", "Ông ", "bà ", "TS. ", "đồng chí ", "các đồng chí ", "Phó Giám đốc ", "Bộ trưởng ", "Chủ tịch UBND tỉnh ", ", ", " và ", ". ", ": ", " cho biết", " phát biểu", "\n",
    "Nguyễn Văn An", "Nguyễn Văn Anh", "Nguyễn Thị Bình", "Lan Chi", "Lan Anh", "Kenji Tanaka", "Kenji Sato", "Hà Văn Nam", "Hồ Chí Minh", "Việt Nam", "Hà Nội", "QuangHuy", "Trần QuangHuy",
    "ông An", "Ảnh: Lan Chi", " đường Lê Lợi",
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((ps) => ps.join(""));
  const read = (s: string, spec: boolean) => {
    nameReading.spec = spec;
    try {
      const doc = makeDoc(s);
      return recognizePeople({ doc, sentences: sentences(doc), convention: "vi" });
    } finally {
      nameReading.spec = false;
    }
  };
  test("on the token table and by first words: the same people as nameReading.spec", () => {
    fc.assert(
      fc.property(texts, (s) => {
        expectEqual(read(s, false), read(s, true));
      }),
      { numRuns: 1000 },
    );
  });
  test("examples", () => {
    const people = read("TS. Nguyễn Văn An phát biểu. Nguyễn Văn Anh và Nguyễn Văn An cho biết", false);
    expect(people.map((p) => [p.name, p.mentions.length])).toEqual([["Nguyễn Văn An", 2], ["Nguyễn Văn Anh", 1]]);
  });
});

/**
 * skipTerm's quick test (people-text.ts termMayStart) against TERM itself: wherever the pattern
 * matches, the test says it may; and on a real term, where it says no, the pattern does not match.
 */
describe("people: the term after a post, tried only where it may start", () => {
  const TERM_PIECES = [
    ",", ", ", ",  ", ",   ", " ", "\t", "\u00a0", "\n", ";", "Ủy viên", "nhiệm kỳ", "nhiệm kì", "khóa", "khoá", "các", "từ", "năm", "tháng",
    "2015", "-", "2020", "XII", "xii", "IX", "Nguyễn", "N", "C", "T", "K", "nguyên", "tỉnh", "𝐀", "\u0301", "3", "/",
  ];
  const termText = fc.array(fc.constantFrom(...TERM_PIECES), { maxLength: 14 }).map((ps) => fold(ps.join(" ").replace(/ {2,}/g, (m) => m.slice(0, 1 + (m.length % 3)))));
  test("never says no where TERM matches", () => {
    fc.assert(
      fc.property(fc.oneof(termText, binaryString({ maxLength: 30 })), fc.nat(8), (key, p0) => {
        const p = Math.min(p0, key.length);
        if (TERM.test(key.slice(p, p + 40))) expectIs(termMayStart(key, p), true);
      }),
      { numRuns: 5000 },
    );
  });
  test("examples", () => {
    for (const s of [", nhiệm kỳ 2015-2020", ",  khóa XII", " các khóa XI; XII", "từ năm 2010", ", từ tháng 3/2012"]) {
      const key = fold(s);
      expect([TERM.test(key), termMayStart(key, 0)]).toEqual([true, true]);
    }
    // a post after a comma, the next sentence, a stop: no term, no pattern tried
    for (const s of [", Chủ tịch", ", Bí thư", ". Ông", "; Phó", ", cán bộ", " trưởng ban"]) expect(termMayStart(fold(s), 0)).toBe(false);
  });
});

/** lostCapital read from the candidates by family name and last word (FamilyEnds) = its search of them all. */
describe("people: a lost capital, from an index of the candidates", () => {
  const LOST_PIECES = [
    "công nhân Nguyễn Thị Minh tâm,", "bà Nguyễn Thị Tâm", "Ông Trần Thanh mẫn làm Chủ tịch", "ông Trần Thanh Mẫn", "Trần Mẫn", "Nguyễn Văn An cho biết",
    "Nguyễn Văn an", "Lê Thị Hoa hoa", "Lê Hoa", "Lê Thị Hoa", ", ", ". ", "\n", "và", "Tâm", "tâm",
  ];
  const lostText = fc.array(fc.constantFrom(...LOST_PIECES), { maxLength: 12 }).map((ps) => ps.join(" "));
  test("the same answer for every candidate with a family name", () => {
    let lost = 0;
    fc.assert(
      fc.property(lostText, (s) => {
        const doc = makeDoc(s);
        const cands = nameCandidates(doc);
        const ends = new FamilyEnds();
        for (const c of cands) {
          if (!c.surname) continue;
          const a = lostCapital(doc.norm, doc.key, c, cands);
          if (a) lost++;
          expectIs(lostCapital(doc.norm, doc.key, c, cands, ends), a);
        }
      }),
      { numRuns: 2000 },
    );
    expect(lost).toBeGreaterThan(20);
  });
});
