/**
 * Organisation word lists (src/lexicon/org-words.ts): what each list is for, tested apart from the
 * recogniser (org.test.ts reads them in sentences).
 */
import { describe, expect, test } from "vitest";
import { fold } from "../src/text/fold.js";
import { LEGAL_FORMS, NUMBERED_WORDS, ORG_FIELD_NOUNS, ORG_FIELD_VERBS } from "../src/lexicon/org-words.js";
import { NAME_COMMA_FIELDS, REVIEW_COMMA_FIELDS } from "../src/lexicon/comma-fields.js";
import { ORG_STOP_WORDS } from "../src/lexicon/org-heads.js";

const k = (l: readonly string[]) => new Set(l.map((w) => fold(w)));

describe("org-words: fields inside organisation names", () => {
  test("a field is either a noun or a verb, never both", () => {
    const verbs = k(ORG_FIELD_VERBS);
    expect([...k(ORG_FIELD_NOUNS)].filter((w) => verbs.has(w))).toEqual([]);
  });
  test("legal forms are no fields", () => {
    const fields = k([...ORG_FIELD_NOUNS, ...ORG_FIELD_VERBS]);
    expect(LEGAL_FORMS.filter((w) => fields.has(fold(w)))).toEqual([]);
  });
  test("no field noun is a stop word as a whole (a noun never starts the rest of a clause)", () => {
    const stops = k(ORG_STOP_WORDS);
    expect(ORG_FIELD_NOUNS.filter((w) => stops.has(fold(w)))).toEqual([]);
  });
  test("comma pairs have one comma", () => expect([...NAME_COMMA_FIELDS, ...REVIEW_COMMA_FIELDS].filter((p) => p.split(",").length !== 2)).toEqual([]));
  test("numbered words are lower case", () => expect(NUMBERED_WORDS.filter((w) => w !== w.toLowerCase())).toEqual([]));
});
