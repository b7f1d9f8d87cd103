/**
 * Where person names start, as recognizePeople computed them for a document (e.g. the start of
 * "Trần Văn An" in "Giám đốc Sở X Trần Văn An"): org.ts reuses the set when it is the same, so the
 * organisation phrases read for titles are not read again. `ofEvery`: the set was made from every
 * name candidate of the document (no byline cut one), by the same filter org.ts applies, so it is
 * the set org.ts would make, and org.ts takes it without making its own to compare.
 */
import type { Doc } from "../text/normalize.js";
import type { NameCandidate } from "./name.js";
import { fold } from "../text/fold.js";
import { FIXED_CITY_NAMES } from "../lexicon/org-heads.js";

const CITY_NAMES = new Set<string>(FIXED_CITY_NAMES.map((n) => fold(n)));

/**
 * Where the names of `cands` start that end an organisation phrase before them: with a family
 * name (or after an organisation's or a brand's words left out of the run, name-lead.ts), not all capitals, not after a word that marks a place or a street, and not a city's fixed
 * name (a historical name may be a namesake's: "… Văn phòng Chính phủ Trần Quốc Toản" ends the
 * organisation there). recognizePeople and recognizeOrganizations both read them so.
 */
export function nameStartsOf(cands: readonly NameCandidate[]): Set<number> {
  return new Set(cands.filter((c) => (c.surname || c.cut) && (!c.fixed || !CITY_NAMES.has(fold(c.name))) && !c.caps && !c.negative).map((c) => c.start));
}

export const peopleNameStarts = {
  get: (doc: Doc): Set<number> | undefined => doc.memo.nameStarts as Set<number> | undefined,
  set: (doc: Doc, starts: Set<number>, ofEvery = false): void => {
    doc.memo.nameStarts = starts;
    doc.memo.nameStartsOfEvery = ofEvery;
  },
  ofEvery: (doc: Doc): boolean => doc.memo.nameStartsOfEvery,
};
