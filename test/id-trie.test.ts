/**
 * text/id-trie.ts against a plain reading of its list: a walk of word ids (and step bits) reaches
 * a node exactly when the words read so far begin a listed phrase, the node gives the first listed
 * phrase equal to them, `starts` is "some phrase begins with this word"; firstIds and phraseTokens
 * cut a phrase as makeDoc cuts a text.
 */
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { firstIds, firstTokenOf, IdTrie, phraseTokens } from "../src/text/id-trie.js";
import { lexicon } from "../src/text/tokens.js";
import { makeDoc } from "../src/text/normalize.js";
import { freshTokens } from "../src/text/words.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

const WORDS = ["viện", "trung", "tâm", "ban", "cán", "bộ", "công", "chức", "t", ".", "ư", "x", "y"];
const step = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(0, 1));
const phrase = fc.array(step, { minLength: 1, maxLength: 4 }).map((ss) => ss.map(([w, b], i) => [w, i ? b : 0] as const));
const list = fc.array(fc.tuple(phrase, fc.boolean()), { minLength: 1, maxLength: 10 });
const same = (a: readonly (readonly [string, number])[], b: readonly (readonly [string, number])[]) => a.length === b.length && a.every(([w, x], i) => w === b[i]![0] && x === b[i]![1]);

describe("IdTrie", () => {
  test("a walk = the listed phrases that begin with the steps read", () => {
    fc.assert(
      fc.property(list, phrase, (ps, read) => {
        const entries = ps.map(([, ends], k) => (ends ? k : -1));
        const trie = new IdTrie(
          ps.map(([p]) => p.map(([w]) => w)),
          ps.map(([p]) => p.map(([, b]) => b)),
          entries,
        );
        const id0 = lexicon.lookup(read[0]![0]);
        expectIs(trie.starts(id0), ps.some(([p]) => p[0]![0] === read[0]![0]));
        let node = 0;
        for (let n = 1; n <= read.length; n++) {
          const [w, b] = read[n - 1]!;
          node = trie.step(node, lexicon.lookup(w), b);
          const prefix = read.slice(0, n);
          const begins = ps.some(([p]) => p.length >= n && same(p.slice(0, n), prefix));
          expectIs(node >= 0, begins);
          if (node < 0) break;
          const want = ps.findIndex(([p], k) => entries[k]! >= 0 && same(p, prefix));
          expectIs(trie.entry(node), want);
          expectIs(trie.isEnd(node), want >= 0);
        }
      }),
      { numRuns: 2000, seed: 14 },
    );
  });
  test("an empty list starts nothing", () => {
    const trie = new IdTrie([]);
    expect(trie.starts(lexicon.intern("viện"))).toBe(false);
    expect(trie.next(0, lexicon.intern("viện"))).toBe(-1);
  });
});

const PIECES = ["Viện", "viện", "Hoà", "hòa", "T.Ư", "TP.", "kg", "35kg", "%", "m²", "đ/c", "cán bộ", "-", "(", "𝐀b", "a\u0301", "1.000"];
describe("the cut of a phrase", () => {
  test("phraseTokens and firstTokenOf cut as makeDoc does", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(" ", "", "  ")), { minLength: 1, maxLength: 5 }), (parts) => {
        const s = parts.map(([p, sep]) => p + sep).join("").trim();
        const doc = makeDoc(s);
        const t = freshTokens(doc);
        const toks = [...Array(t.count).keys()].map((i) => [doc.key.slice(t.start[i]!, t.end[i]!), i > 0 && t.start[i]! > t.end[i - 1]!]);
        expectEqual(phraseTokens(doc.key), toks);
        expectIs(firstTokenOf(s), toks[0]?.[0]);
        const table = firstIds([s]);
        if (toks.length) expectIs(table[lexicon.lookup(toks[0]![0] as string)], 1);
      }),
      { numRuns: 500, seed: 14 },
    );
  });
});
