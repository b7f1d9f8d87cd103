/**
 * count-noun-trie.ts walks the listed counted nouns as a trie over word ids on the token table
 * (listedNounAt), where count.ts read words off the key with a pattern and grew the phrase as a
 * string (listedNounInKey, kept as the reference). Both checked against each other at every
 * position, with and without a lead, of random texts made of the nouns' words, their separators,
 * and what the tokens cut otherwise than the pattern: digits glued to letters, "-", "/", quotes,
 * astral letters, capitals after lower case, white space of all kinds.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { listedNounAt, listedNounInKey } from "../src/recognize/count-noun-trie.js";
import { expectEqual } from "./helpers/expect-fast.js";

const WORDS = ["cán", "bộ", "Cán Bộ", "công", "chức", "nhân", "viên", "CNVC", "LĐ", "đ", "c", "Đ/c", "tỉnh", "thành", "phố", "ban", "ngành", "hội", "viên", "học", "sinh", "sinh viên", "doanh", "nghiệp", "đơn", "vị", "xã", "phường", "thị", "trấn", "nhiệm", "vụ", "lượt", "người", "hộ", "tiến", "sĩ", "giảng", "dạy", "huyện", "quận", "Huyện"];
const SEPS = [" ", " ", " ", "  ", "   ", ", ", ",", ",  ", "-", "/", "\t", "\n", "\u00a0", "“", "\"", "'", "‘", "(", ".", "3", "35.214", "𝐀", "aB", "\u0301", "ỳ"];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { maxLength: 20 })
  .map((ps) => ps.join(""));

describe("listed nouns walked on the token table = read off the key", () => {
  test("listedNounAt = listedNounInKey at every position, with and without a lead", () => {
    fc.assert(
      fc.property(text, (s) => {
        const doc = makeDoc(s);
        for (let at = 0; at <= doc.key.length; at++) {
          expectEqual(listedNounAt(doc, at, true), listedNounInKey(doc.key, at, true));
          expectEqual(listedNounAt(doc, at, false), listedNounInKey(doc.key, at, false));
        }
      }),
      { numRuns: 3000 },
    );
  });
  test("real text", () => {
    const doc = makeDoc("có 12 cán bộ, công chức và 35.214hội viên, 3 CNVC-LĐ, 2 đ/c và 4  tỉnh,  thành phố");
    const at = (w: string) => doc.key.indexOf(w);
    expect(listedNounAt(doc, at(" cán"), true)).toEqual({ start: at("cán"), end: at(" và"), noun: "cán bộ, công chức" });
    expect(listedNounAt(doc, at("hội"), true)?.noun).toBe("hội viên");
    expect(listedNounAt(doc, at("cnvc"), false)?.noun).toBe("cnvc-lđ");
    expect(listedNounAt(doc, at("đ/c"), false)?.noun).toBe("đ/c");
    expect(listedNounAt(doc, at("tỉnh"), false)?.noun).toBe("tỉnh, thành phố");
    expect(listedNounAt(doc, at(" và"), true)).toBeNull();
  });
});
