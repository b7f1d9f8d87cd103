/**
 * people.ts recognizePeople skips its readers for a text with no two capitalised words with white
 * space between them (half the archive's titles): every name holds such a pair. Checked here against the unguarded reading (readPeople), its people and the name starts it leaves for
 * the organisations (people-starts.ts), on random texts made of what names and bylines are read
 * from — one capital and two, honorifics and titles, credits and signatures, capitals inside a
 * word or after digits, hyphens, apostrophes, capitals above U+FFFF, title case, all capitals —
 * where the skip is taken and where it is not.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { sentences } from "../src/text/segment.js";
import { readPeople, recognizePeople } from "../src/recognize/people.js";
import { nameStartsOf, peopleNameStarts } from "../src/recognize/people-starts.js";
import { nameCandidates } from "../src/recognize/name.js";
import type { Ctx } from "../src/recognize/types.js";
import { expectEqual } from "./helpers/expect-fast.js";

const PIECES = [
  " ", " ", ", ", ". ", " - ", "\n", ": ", "(", ")", "/", "'", "-", "2017", "3",
  "ông", "bà", "anh", "chị", "đồng chí", "Đồng chí", "Ông", "Bà", "Bác", "ca sĩ", "Giám đốc", "Phó Chủ tịch", "TS.", "GS.TS", "Ảnh", "ảnh", "Theo", "theo", "tên", "PV",
  "Lan", "Hồ", "Nguyễn", "Văn", "An", "Hải Nam", "Lê An", "Thị", "Madonna", "Park", "Jin", "woo", "Jin-woo", "O'Neil", "McDonald", "NguyễnVăn", "văn",
  "NGUYỄN", "VĂN AN", "2017Nguyễn", "Nguyễn2", "𝐀", "𝐀n", "ǅan", "Đ", "X", "cho biết", "hội nghị", "tỉnh", "Hà Nội",
  "ảnh:", "Ảnh:", "a-", "D'", "’", "\t", "\u00a0", "Hà", "Minh", "Khôi", "tên", "cổ đông tên", "Theo Thúy Hà/", "\u0301",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((ps) => ps.join(""));
const ctxOf = (s: string): Ctx => {
  const doc = makeDoc(s);
  return { doc, sentences: sentences(doc), convention: "vi" };
};
const starts = (c: Ctx) => [...(peopleNameStarts.get(c.doc) ?? new Set<number>())].sort((a, b) => a - b);

describe("recognizePeople's skip is readPeople where it is taken", () => {
  test("random texts: the same people and the same name starts", () => {
    let few = 0;
    let found = 0;
    fc.assert(
      fc.property(text, (s) => {
        const a = ctxOf(s);
        const b = ctxOf(s);
        const got = recognizePeople(a);
        const want = readPeople(b);
        expectEqual(got, want);
        expectEqual(starts(a), starts(b));
        // the name candidates the guard leaves in the memo (org.ts reads them) are those of a fresh doc
        expectEqual(nameCandidates(a.doc), nameCandidates(ctxOf(s).doc));
        if (starts(b).length === 0 && want.length === 0) few++;
        if (want.length) found++;
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(50);
    expect(few).toBeGreaterThan(50);
  });
  test("random words and what stands between them: the same people, name starts and candidates", () => {
    const word = fc.constantFrom("Lan", "Hồ", "Nguyễn", "Văn", "An", "Lee", "Park", "Jin", "woo", "an", "hải", "Đ", "X", "NAM", "Ảnh", "ảnh", "ông", "tên", "D", "O", "Neil", "2017", "𝐀n", "ǅan", "Ân\u0301");
    const between = fc.constantFrom(" ", " ", " ", "  ", "-", "'", "’", ":", ": ", "\n", ", ", ". ", " - ", "/", "\u00a0", "");
    const words = fc.array(fc.tuple(word, between), { maxLength: 8 }).map((ps) => ps.map(([w, b]) => w + b).join(""));
    fc.assert(
      fc.property(words, (s) => {
        const a = ctxOf(s);
        const b = ctxOf(s);
        expectEqual(recognizePeople(a), readPeople(b));
        expectEqual(starts(a), starts(b));
        expectEqual(nameCandidates(a.doc), nameCandidates(ctxOf(s).doc));
      }),
      { numRuns: 3000 },
    );
  });
  test("real text", () => {
    // a hyphen and an apostrophe inside the first word of a pair
    for (const s of ["Jin-woo Lee", "D'Arc Lan", "ảnh:Lan Anh"]) {
      const a = ctxOf(s);
      recognizePeople(a);
      expect(nameCandidates(a.doc).length, s).toBe(1);
    }
    expect(recognizePeople(ctxOf("Hội nghị tổng kết công tác năm 2017")).length).toBe(0);
    expect(recognizePeople(ctxOf("Bác Hồ")).map((p) => p.name)).toEqual(["Bác Hồ"]);
    expect(recognizePeople(ctxOf("Chủ tịch Hồ Chí Minh")).map((p) => p.name)).toEqual(["Hồ Chí Minh"]);
  });
});

/**
 * recognizePeople leaves its name starts marked as made from every name candidate when no byline
 * cut one (people-starts.ts `ofEvery`); org.ts then takes them as they are, without making its own
 * set to compare. Marked so, they must be the set org.ts would make.
 */
describe("name starts marked as of every candidate are the organisations' own", () => {
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  test("random texts", () => {
    let marked = 0;
    let unmarked = 0;
    fc.assert(
      fc.property(text, (s) => {
        const c = ctxOf(s);
        readPeople(c);
        if (!peopleNameStarts.ofEvery(c.doc)) {
          unmarked++;
          return;
        }
        marked++;
        expectEqual(sorted(peopleNameStarts.get(c.doc)!), sorted(nameStartsOf(nameCandidates(c.doc))));
      }),
      { numRuns: 3000 },
    );
    expect(marked).toBeGreaterThan(100);
    expect(unmarked).toBeGreaterThan(0);
  });
  test("real text", () => {
    const plain = ctxOf("Giám đốc Sở Y tế Trần Văn An phát biểu.");
    readPeople(plain);
    expect(peopleNameStarts.ofEvery(plain.doc)).toBe(true);
    expect(sorted(peopleNameStarts.get(plain.doc)!)).toEqual([17]);
    // the credit "Nguyễn Văn Thắng" cuts the capitalised run "Nguyễn Văn Thắng Hội": not every candidate
    const credit = ctxOf("Ảnh: Nguyễn Văn Thắng Hội nghị diễn ra sáng nay.");
    readPeople(credit);
    expect(peopleNameStarts.ofEvery(credit.doc)).toBe(false);
  });
});
