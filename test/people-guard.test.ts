/**
 * people.ts recognizePeople skips its readers for a text with fewer than two tokens that may start
 * a capitalised word (most short titles): every person's name holds two capitalised words. Checked
 * here against the unguarded reading (readPeople), its people and the name starts it leaves for
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
import { peopleNameStarts } from "../src/recognize/people-starts.js";
import { nameCandidates } from "../src/recognize/name.js";
import type { Ctx } from "../src/recognize/types.js";
import { expectEqual } from "./helpers/expect-fast.js";

const PIECES = [
  " ", " ", ", ", ". ", " - ", "\n", ": ", "(", ")", "/", "'", "-", "2017", "3",
  "ông", "bà", "anh", "chị", "đồng chí", "Đồng chí", "Ông", "Bà", "Bác", "ca sĩ", "Giám đốc", "Phó Chủ tịch", "TS.", "GS.TS", "Ảnh", "ảnh", "Theo", "theo", "tên", "PV",
  "Lan", "Hồ", "Nguyễn", "Văn", "An", "Hải Nam", "Lê An", "Thị", "Madonna", "Park", "Jin", "woo", "Jin-woo", "O'Neil", "McDonald", "NguyễnVăn", "văn",
  "NGUYỄN", "VĂN AN", "2017Nguyễn", "Nguyễn2", "𝐀", "𝐀n", "ǅan", "Đ", "X", "cho biết", "hội nghị", "tỉnh", "Hà Nội",
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
  test("real text", () => {
    expect(recognizePeople(ctxOf("Hội nghị tổng kết công tác năm 2017")).length).toBe(0);
    expect(recognizePeople(ctxOf("Bác Hồ")).map((p) => p.name)).toEqual(["Bác Hồ"]);
    expect(recognizePeople(ctxOf("Chủ tịch Hồ Chí Minh")).map((p) => p.name)).toEqual(["Hồ Chí Minh"]);
  });
});
