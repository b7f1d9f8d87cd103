/**
 * The people recogniser's scans, read on the token table or with a closer quick test, against
 * the scans they replace (the specification), on random texts of title words, names, dashes,
 * signatures, glued capitals, letters above U+FFFF and no-break spaces.
 *
 *   nextTitle        TITLE tried where a title start is spelled whole (UnitTrie), against the old
 *                    quick test of the first units alone
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { nextTitle } from "../src/recognize/title.js";
import { shortRefs } from "../src/recognize/people-build.js";

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
        expect(titleMatches(s, true)).toEqual(titleMatches(s, false));
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
        expect(sorted(shortRefs(doc, lasts, false))).toEqual(sorted(shortRefs(doc, lasts, true)));
      }),
      RUNS,
    );
  });
  test("examples", () => {
    const doc = makeDoc("Ông Nguyễn Văn Đạt phát biểu. Sau đó ông Đạt và anh Hùng Anh ra về.");
    expect(shortRefs(doc, ["Đạt", "Hùng"])).toEqual([[doc.norm.lastIndexOf("Đạt"), "Đạt"]]);
  });
});
