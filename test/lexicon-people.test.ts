/**
 * The word lists behind people and organisations: NFC, no duplicates (folded), and no overlaps
 * between lists that would make a rule ambiguous.
 */
import { describe, expect, test } from "vitest";
import { fold } from "../src/text/fold.js";
import { CLAUSE_STARTS, SURNAMES, WEAK_SURNAMES } from "../src/lexicon/surnames.js";
import { HONORIFICS, PLURAL_HONORIFICS } from "../src/lexicon/honorifics.js";
import { PERSON_ROLES, SPEECH_VERBS, TITLES, TITLE_ABBREVIATIONS, TITLE_PREFIXES, TITLE_SUFFIXES, SHARED_HEADS, SHORT_SHARED_HEADS, TITLES_ONLY_BEFORE } from "../src/lexicon/titles.js";
import { ADMIN_UNITS, COUNTRY_WORDS, FIXED_NAMES, FOREIGN_ORG_WORDS, NOT_PERSON_BEFORE, ORG_HEADS, ORG_STOP_WORDS, PLACES } from "../src/lexicon/org-heads.js";

const lists: [string, readonly string[]][] = [
  ["SURNAMES", SURNAMES],
  ["WEAK_SURNAMES", WEAK_SURNAMES],
  ["HONORIFICS", HONORIFICS.map((h) => h.form)],
  ["PLURAL_HONORIFICS", PLURAL_HONORIFICS.map((h) => h.form)],
  ["TITLES", TITLES],
  ["TITLE_ABBREVIATIONS", Object.keys(TITLE_ABBREVIATIONS)],
  ["TITLE_PREFIXES", TITLE_PREFIXES],
  ["TITLE_SUFFIXES", TITLE_SUFFIXES],
  ["ORG_HEADS", ORG_HEADS],
  ["ADMIN_UNITS", ADMIN_UNITS],
  ["PLACES", PLACES],
  ["ORG_STOP_WORDS", ORG_STOP_WORDS],
  ["NOT_PERSON_BEFORE", NOT_PERSON_BEFORE],
  ["FIXED_NAMES", FIXED_NAMES],
  ["CLAUSE_STARTS", CLAUSE_STARTS],
  ["PERSON_ROLES", PERSON_ROLES],
  ["SPEECH_VERBS", SPEECH_VERBS],
  ["FOREIGN_ORG_WORDS", FOREIGN_ORG_WORDS],
  ["COUNTRY_WORDS", COUNTRY_WORDS],
];

describe.each(lists)("%s", (_name, list) => {
  test("NFC, trimmed, single-spaced", () => {
    expect(list.filter((w) => w !== w.normalize("NFC") || w !== w.trim() || /\s{2,}/.test(w))).toEqual([]);
  });
  test("no duplicates on the folded key", () => {
    const seen = new Set<string>();
    const dups = list.filter((w) => {
      const k = fold(w);
      if (seen.has(k)) return true;
      seen.add(k);
      return false;
    });
    expect(dups).toEqual([]);
  });
});

describe("overlaps", () => {
  const f = (l: readonly string[]) => new Set(l.map((w) => fold(w)));
  test("weak family names are family names", () => {
    const s = new Set(SURNAMES);
    expect(WEAK_SURNAMES.filter((w) => !s.has(w as (typeof SURNAMES)[number]))).toEqual([]);
  });
  test("family names are single syllables with a capital", () => {
    expect(SURNAMES.filter((w) => !/^\p{Lu}\p{Ll}*$/u.test(w))).toEqual([]);
  });
  test("no title is also a form of address or a degree", () => {
    const h = f(HONORIFICS.map((x) => x.form));
    expect(TITLES.filter((t) => h.has(fold(t)))).toEqual([]);
  });
  test("honorifics end in a letter and hold no white space but single spaces (honEnd reads them backwards from their end)", () => {
    // a folded form's last unit is none of honEnd's separators (" ", ".", ",", "-", "–"), and a space
    // in it stands for a run of white space (the pattern's \s+): no other white space inside
    const bad = HONORIFICS.map((x) => fold(x.form)).filter((w) => !/\p{L}$/u.test(w) || /\s\s|[^\S ]|^\s/u.test(w));
    expect(bad).toEqual([]);
  });
  test("honorifics end in a letter, with single spaces between their words (honStart reads them back from their end)", () => {
    // a folded form's last unit is none of the separators after it (" ", ".", ",", "-", "–"), and a
    // space in it stands for a run of white space (HON_END's \s+): no other white space in it
    const bad = HONORIFICS.map((x) => fold(x.form)).filter((w) => !/\p{L}$/u.test(w) || /^\s|\s\s|[^\S ]/u.test(w));
    expect(bad).toEqual([]);
  });
  test("no title is an organisation head", () => {
    const o = f(ORG_HEADS);
    expect(TITLES.filter((t) => o.has(fold(t)))).toEqual([]);
  });
  test("stop words are not organisation heads or admin units", () => {
    const o = f([...ORG_HEADS, ...ADMIN_UNITS]);
    expect(ORG_STOP_WORDS.filter((w) => o.has(fold(w)))).toEqual([]);
  });
  test("places are not person names in the fixed list", () => {
    const p = f(PLACES);
    expect(FIXED_NAMES.filter((n) => p.has(fold(n)))).toEqual([]);
  });
  test("titles that share their head name a real head", () => {
    const o = f(ORG_HEADS);
    expect(Object.values(SHARED_HEADS).filter((h) => !o.has(fold(h)))).toEqual([]);
  });
  test("a short head stands for a shared head, and an abbreviated title ends in it", () => {
    const shared = new Set(Object.keys(SHARED_HEADS).map(fold));
    for (const [k, v] of Object.entries(SHORT_SHARED_HEADS)) {
      expect(shared.has(fold(v.of))).toBe(true);
      expect(Object.keys(TITLE_ABBREVIATIONS).some((a) => fold(a).endsWith(` ${k}`))).toBe(true);
    }
  });
  test("a title that is a post only before some organisations is a title", () => {
    const t = f(TITLES);
    expect(Object.keys(TITLES_ONLY_BEFORE).filter((x) => !t.has(fold(x)))).toEqual([]);
  });
  test("abbreviations expand to a title with or without Phó", () => {
    const t = f(TITLES);
    expect(Object.values(TITLE_ABBREVIATIONS).filter((x) => !t.has(fold(x.replace(/^Phó /, ""))))).toEqual([]);
  });
});

describe("COUNTRY_WORDS read by word id (name.ts COUNTRY_IDS)", () => {
  test("each is one word token of the text, and that token's id is in the table; the case-changed spelling is read by id too", async () => {
    const { makeDoc } = await import("../src/text/normalize.js");
    const { COUNTRY_IDS } = await import("../src/recognize/name.js");
    for (const w of COUNTRY_WORDS) {
      const doc = makeDoc(`ông ${w} nói`);
      expect(doc.tokens.count, w).toBe(3);
      expect(doc.tokens.start[1], w).toBe(4);
      expect(doc.tokens.end[1], w).toBe(4 + w.length);
      expect(COUNTRY_IDS.has(doc.tokens.id[1]!), w).toBe(true);
      // the id is of the fold: "MỸ" has it as well (name.ts then compares the word as written)
      expect(COUNTRY_IDS.has(makeDoc(w.toUpperCase()).tokens.id[0]!), w).toBe(true);
    }
    // and no other word of the text has one of those ids
    expect(COUNTRY_IDS.has(makeDoc("ông").tokens.id[0]!)).toBe(false);
    expect(COUNTRY_IDS.size).toBe(new Set(COUNTRY_WORDS.map(fold)).size);
  });
});
