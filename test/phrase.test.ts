/**
 * phraseAt / phraseBefore (src/recognize/phrase.ts) read on the token table against their
 * character readings (phraseAtChars / phraseBeforeChars, the specification), at every position
 * of random texts and of the seed report, with random and real word lists.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { makeDoc } from "../src/text/normalize.js";
import { PhraseSet, phraseAt, phraseAtChars, phraseBefore, phraseBeforeChars } from "../src/recognize/phrase.js";
import { TITLES } from "../src/lexicon/titles.js";
import { NOT_PERSON_BEFORE, ORG_HEADS } from "../src/lexicon/org-heads.js";
import { expectEqual, expectIs } from "./helpers/expect-fast.js";

/** Spellings that fold alike, glued capitals, digits, an astral letter, a word with a slash. */
const WORDS = ["hoà", "Hòa", "HOÀ", "phó", "Phó", "giám", "đốc", "đốcSở", "Sở", "ban", "Ban", "tp", "TP", "a", "b", "ab", "a1", "2", "đ/c", "𝐀bc", "x\u0301", "Giám"];
const SEPS = [" ", "  ", "   ", "    ", "\n", "", ". ", ", ", "\u00a0", "\t", "-"];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { maxLength: 16 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(""));
const phrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((ws) => ws.join(" "));
const list = fc.array(phrase, { minLength: 1, maxLength: 6 });

function same(ws: readonly string[], s: string): void {
  const ps = new PhraseSet(ws);
  const doc = makeDoc(s);
  for (let p = 0; p <= doc.norm.length; p++) {
    for (const glued of [true, false]) expectEqual([p, glued, phraseAt(doc, p, ps, glued)], [p, glued, phraseAtChars(doc, p, ps, glued)]);
    expectEqual([p, phraseBefore(doc, p, ps)], [p, phraseBeforeChars(doc.key, p, ps)]);
  }
}

describe("phrase readers on tokens", () => {
  test("the same as by characters, on random lists and texts", () => {
    fc.assert(
      fc.property(list, text, (ws, s) => same(ws, s)),
      { numRuns: 200, seed: 14 },
    );
  });
  test("texts made of the list's own phrases", () => {
    fc.assert(
      fc.property(list, fc.array(fc.tuple(fc.nat(5), fc.constantFrom(...SEPS)), { maxLength: 10 }), (ws, picks) => {
        same(ws, picks.map(([i, sep]) => ws[i % ws.length]! + sep).join(""));
      }),
      { numRuns: 200, seed: 15 },
    );
  });
  test("few words, so that phrases run across every kind of gap", () => {
    const few = ["ban", "Ban", "hoà", "đốcSở", "a1", "𝐀bc"];
    const t = fc.array(fc.tuple(fc.constantFrom(...few), fc.constantFrom(...SEPS)), { maxLength: 12 }).map((parts) => parts.map(([w, sep]) => w + sep).join(""));
    const l = fc.array(fc.array(fc.constantFrom(...few), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" ")), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(l, t, (ws, s) => same(ws, s)),
      { numRuns: 300, seed: 16 },
    );
  });
  test("the real lists on the seed report", () => {
    const seed = readFileSync(new URL("../fixtures/seed.txt", import.meta.url), "utf8");
    const sets = [new PhraseSet([...TITLES, ...TITLES.map((t) => `phó ${t}`)]), new PhraseSet(ORG_HEADS), new PhraseSet(NOT_PERSON_BEFORE)];
    const doc = makeDoc(seed);
    let found = 0;
    for (const ps of sets) {
      for (let p = 0; p <= doc.norm.length; p++) {
        const a = phraseAt(doc, p, ps);
        expectIs(a, phraseAtChars(doc, p, ps));
        expectIs(phraseBefore(doc, p, ps), phraseBeforeChars(doc.key, p, ps));
        if (a > 0) found++;
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});
