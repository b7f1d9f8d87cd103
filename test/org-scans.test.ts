/**
 * The organisation recogniser's scans, read on the token table, against the regex they replace
 * (the specification), on random texts of head words, capitals, punctuation, white space of
 * several kinds and letters above U+FFFF.
 *
 *   headEndAt   the heads walked as a trie over token ids, against HEAD_AT tried at the token
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { headEndAt, headEndChars } from "../src/recognize/org.js";
import { T_ODD, T_WORD } from "../src/text/tokens.js";
import { freshTokens } from "../src/text/words.js";
import { expectEqual } from "./helpers/expect-fast.js";

const PIECES = [
  " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u200b", ", ", ".", "-", "(", "𝐀", "\u0301", "2", "x",
  "Trung tâm", "trung", "tâm", "Ban", "ban", "chấp hành", "Ban Chấp hành", "Công ty", "công ti", "Tổng Công ty",
  "Viện", "viện", "Phân viện", "Sở", "Bộ", "UBND", "Ủy ban nhân dân", "T.Ư", "T", "Ư", "Đảng ủy", "Đảng uỷ",
  "Liên đoàn Lao động", "LĐLĐ", "Trường", "Đại học", "Học viện", "Văn phòng", "Hà Nội",
  // tokens of odd letters after a head's first word: "cHấp", "tÂm" (a capital after a lower-case letter), an astral letter
  "cHấp", "tÂm", "Trung tÂm", "Ban cHấp hành", "Viện𝐀", "𝐀Viện", "TP.", "Tp.", "Tp.Hà", "TP.𝐀",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(""));

describe("organisation heads", () => {
  test("headEndAt: the trie over token ids ends where HEAD_AT does", () => {
    fc.assert(
      fc.property(text, (s) => {
        const doc = makeDoc(s);
        const t = freshTokens(doc);
        for (let i = 0; i < t.count; i++) {
          if ((t.flags[i]! & (T_WORD | T_ODD)) !== T_WORD) continue;
          expectEqual([i, headEndAt(doc, t, i)], [i, headEndChars(doc.key, t.start[i]!)]);
        }
      }),
      { numRuns: 3000 },
    );
  });
  test("examples", () => {
    const doc = makeDoc("Ban Chấp hành Công đoàn T.Ư và trung tâm");
    const t = freshTokens(doc);
    expect(doc.norm.slice(0, headEndAt(doc, t, 0))).toBe("Ban Chấp hành");
    const tu = doc.norm.indexOf("T.Ư");
    let i = 0;
    while (t.start[i] !== tu) i++;
    expect(headEndAt(doc, t, i)).toBe(tu + 3);
  });
});
