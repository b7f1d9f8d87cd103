/**
 * The people index (one walk of the token table) against the walks it replaces: every token
 * flagged T_CAP, every token of odd letters, the tokens of "ảnh" and "tên", the tokens whose word
 * may start an organisation head, the first words of the plural honorifics; the tokens it lists
 * as possible title starts are those where titleMayStart holds; the plural honorifics' pairs read
 * from its list (pluralStarts) against PLURAL_PAIRS' walk of the whole table; the table of each
 * lexicon id's lists (roleTable) against the tables it is made from, as the lexicon grows; and
 * merged() against a sort of the union.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { HEAD_FIRST_IDS, merged, peopleIndex, PLURAL_FIRST_IDS, roleTable } from "../src/recognize/people-index.js";
import { titleFirstTable } from "../src/recognize/title-first.js";
import { pluralStarts } from "../src/recognize/people-scopes.js";
import { PLURAL_PAIRS } from "../src/recognize/honorific.js";
import { lexicon, T_CAP, T_LETTERS, T_ODD, T_WORD } from "../src/text/tokens.js";
import { titleMayStart } from "../src/recognize/title-scan.js";
import { freshTokens } from "../src/text/words.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

const PIECES = [" ", "  ", ", ", ".", "\n", "\u00a0", "𝐀", "\u0301", "3", "Ảnh", "ảnh", "cảnh", "tên", "Tên", "tênx", "Viện", "viện", "Trung tâm", "Sở", "T.Ư", "QuangHuy", "Nguyễn Văn An", "UBND", "ông", "Phó", "phógiám", "Giám đốc", "nguyênGiám", "trường", "p.", "các", "Các", "CÁC", "đồng chí", "Đồng chí", "ông", "bà", "đ/c", "hai", "Hai", "nghiên cứu sinh", "cácông", "-", "\t"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ps) => ps.join(""));

describe("people index", () => {
  test("the same tokens as a walk per reader", () => {
    const ANH = lexicon.lookup("ảnh");
    const TEN = lexicon.lookup("tên");
    fc.assert(
      fc.property(text, (s) => {
        const doc = makeDoc(s);
        const t = freshTokens(doc);
        const all = [...Array(t.count).keys()];
        const ix = peopleIndex(doc);
        expectEqual(ix.caps, all.filter((i) => t.flags[i]! & T_CAP));
        expectEqual(ix.odd, all.filter((i) => t.flags[i]! & T_ODD));
        expectEqual(ix.anh, all.filter((i) => t.id[i] === ANH));
        expectEqual(ix.ten, all.filter((i) => t.id[i] === TEN));
        expectEqual(ix.heads, all.filter((i) => t.id[i]! < HEAD_FIRST_IDS.length && HEAD_FIRST_IDS[t.id[i]!] === 1));
        expectEqual(ix.plural, all.filter((i) => t.flags[i]! & T_WORD && t.id[i]! < PLURAL_FIRST_IDS.length && PLURAL_FIRST_IDS[t.id[i]!] === 1));
        // the plural honorifics' pairs read from that list, as PLURAL_PAIRS reads them walking the whole table
        expectEqual(pluralStarts(doc), PLURAL_PAIRS.starts(doc));
        // every letter token where a title may start (titleMayStart, the test nextTitle makes) is listed, and only letter tokens are
        const titles = new Set(ix.titles);
        expectEqual(all.filter((i) => t.flags[i]! & T_LETTERS && titleMayStart(doc, t, i, t.start[i]!) && !titles.has(i)), []);
        expectEqual(ix.titles.filter((i) => !(t.flags[i]! & T_LETTERS)), []);
        // and at each listed token it may, but at the end of the text (nextTitle tries the listed tokens without asking again)
        expectEqual(ix.titles.filter((i) => t.start[i]! + 1 < doc.key.length && !titleMayStart(doc, t, i, t.start[i]!)), []);
        expectEqual(ix.titles, [...ix.titles].sort((a, b) => a - b));
        expectIs(peopleIndex(doc), ix);
      }),
      { numRuns: 1000 },
    );
  });
  test("roleTable: each id's bits are the tables it is made from, for every id, as the lexicon grows", () => {
    const ANH = lexicon.lookup("ảnh");
    const TEN = lexicon.lookup("tên");
    const check = () => {
      const roles = roleTable();
      const titleFirst = titleFirstTable();
      expect(roles[0]).toBe(0);
      const wrong: number[] = [];
      for (let id = 1; id <= lexicon.size; id++) {
        const want =
          (titleFirst[id] === 1 ? 1 : 0) |
          (id < HEAD_FIRST_IDS.length && HEAD_FIRST_IDS[id] === 1 ? 2 : 0) |
          (id < PLURAL_FIRST_IDS.length && PLURAL_FIRST_IDS[id] === 1 ? 4 : 0) |
          (id === ANH ? 8 : 0) |
          (id === TEN ? 16 : 0);
        if (roles[id] !== want) wrong.push(id);
      }
      expect(wrong).toEqual([]);
    };
    check();
    // words the lexicon learns after the table was made: a title's glued start, a plain word
    const before = lexicon.size;
    const glued = lexicon.intern("phógiámđốcxqz");
    const plain = lexicon.intern("quảxqz");
    expect(lexicon.size).toBe(before + 2);
    check();
    expect(roleTable()[glued]).toBe(1);
    expect(roleTable()[plain]).toBe(0);
    // and a text with them lists them by their ids (the words are written as their keys)
    const doc = makeDoc("Ông phógiámđốcxqz quảxqz Các đồng chí");
    const t = freshTokens(doc);
    expect([...t.id.subarray(0, t.count)]).toContain(glued);
    expect([...t.id.subarray(0, t.count)]).toContain(plain);
    expect(peopleIndex(doc).titles.map((i) => doc.key.slice(t.start[i]!, t.end[i]!))).toContain("phógiámđốcxqz");
    expect(peopleIndex(doc).titles.map((i) => doc.key.slice(t.start[i]!, t.end[i]!))).not.toContain("quảxqz");
  });
  test("merged: the union in order", () => {
    const sorted = fc.uniqueArray(fc.nat(60)).map((xs) => xs.sort((a, b) => a - b));
    fc.assert(
      fc.property(sorted, sorted, (a, b) => {
        expectEqual(merged(a, b), [...new Set([...a, ...b])].sort((x, y) => x - y));
      }),
    );
  });
});
