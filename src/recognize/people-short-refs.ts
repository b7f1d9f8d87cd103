/**
 * Short references to a person named in full: a form of address right before the last word of the
 * name ("ông Đạt", "bà Hằng", "đồng chí Hùng"), with no letter or capitalised word after it.
 *
 *   "ông Nguyễn Văn Đạt … ông Đạt chủ trì"   → [at, "Đạt"] (people-build.ts addShortRefs reads it)
 * Not: "ông Đạt Phát" (another capitalised word follows), "Đạta" (a letter follows).
 * (Split out of people-build.ts, unchanged.)
 */
import type { Doc } from "../text/normalize.js";
import { named } from "../text/rx.js";
import { peopleIndex } from "./people-index.js";

/**
 * A form of address right before one capitalised word: "ông Đạt", "bà Hằng" (tested on the text before
 * the word); not a place's name after a place word ("huyện Anh Sơn", "xã Em Hòa").
 */
const SHORT = named("person.short-ref", /(?<![\p{L}\p{M}\p{N}])(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[eE]m|[cC]ô|[tT]hầy|[đĐ]ồng chí|[đĐ]\/c)[ ]{1,2}$/u);
/** The one capitalised word of a short reference, and what may not follow it (a letter, or another capitalised word). */
export const SHORT_WORD = named("people-build.SHORT_WORD", /^\p{Lu}[\p{Ll}\p{M}]*$/u);
/** A place word before a capitalised form of address and the word: a place's name ("huyện Anh Sơn", "phường Cô Giang"). */
const PLACE_NAMED = named("person.short-ref-place", /(?<![\p{L}\p{M}])(?:huyện|xã|tỉnh|quận|phường|thị xã|thị trấn|thôn|làng|ấp|phố|sông|núi|chợ) (?:Ông|Bà|Anh|Chị|Em|Cô|Thầy)[ ]{1,2}$/u);
const SHORT_AFTER = named("people-build.SHORT_AFTER", /^(?:[\p{L}\p{M}\p{N}]| \p{Lu})/u);

/** Per code unit: 1 while a name of shortRefs' list starts with it. */
const FIRST_UNIT = new Uint8Array(65536);
/**
 * Where a last name of `lasts` (each a capitalised word: SHORT_WORD) stands as a short reference:
 * a form of address right before it (SHORT), no letter, mark or digit after it, nor another
 * capitalised word. Read in one pass over the capitalised tokens: such a word is a whole token
 * ("ông Đạt" holds the token "Đạt"). `byIndexOf`: a search of the text per name (the
 * specification; it was used for up to eight names, but a short name such as "An" is found
 * inside many words, and each find was tested; and for more names it made long texts quadratic).
 */
export function shortRefs(doc: Doc, lasts: readonly string[], byIndexOf = false): [number, string][] {
  const norm = doc.norm;
  const out: [number, string][] = [];
  if (!lasts.length) return out;
  const shortAt = (at: number, last: string) => {
    const e = at + last.length;
    if (!SHORT_AFTER.test(norm.slice(e, e + 2)) && SHORT.test(norm.slice(Math.max(0, at - 14), at)) && !PLACE_NAMED.test(norm.slice(Math.max(0, at - 20), at))) out.push([at, last]);
  };
  if (byIndexOf) {
    for (const last of lasts) for (let at = norm.indexOf(last); at >= 0; at = norm.indexOf(last, at + 1)) shortAt(at, last);
    return out;
  }
  const set = new Set(lasts);
  // (the first units of the names marked in a shared table, cleared after the walk)
  for (const l of lasts) FIRST_UNIT[l.charCodeAt(0)] = 1;
  const toks = doc.tokens;
  try {
    for (const i of peopleIndex(doc).caps) {
      if (FIRST_UNIT[norm.charCodeAt(toks.start[i]!)] === 0) continue;
      const last = norm.slice(toks.start[i]!, toks.end[i]!);
      if (set.has(last)) shortAt(toks.start[i]!, last);
    }
  } finally {
    for (const l of lasts) FIRST_UNIT[l.charCodeAt(0)] = 0;
  }
  return out;
}

