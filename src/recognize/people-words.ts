/**
 * Small readers of the text for the people readers (people-text.ts re-exports some): spaces skipped
 * either way, a bracket near, the folded words of a name, a name's first word, the words after "ông"/"bà".
 */
import type { Doc } from "../text/normalize.js";
import { cls, SPACE, unitAt } from "../text/chars.js";
import { tokenFold, type Token } from "./name.js";
import { fold } from "../text/fold.js";
import { COUNTRY_WORDS, ORG_HEADS } from "../lexicon/org-heads.js";
import { isPlace } from "./place.js";
import { unitClass } from "./phrase.js";
import { ORG_FIELD_NOUNS, WORLD_BODY_ENDS } from "../lexicon/org-words.js";

const ORG_HEAD_WORD = new Set(ORG_HEADS.map((h) => fold(h)));
const WORLD_ENDS = WORLD_BODY_ENDS.map((w) => ` ${fold(w)}`);
/** Fields of two words ("ngoại giao", "y tế"), folded: a ministry's name ends in one, its first word capitalised. */
const FIELD_PAIRS = new Set(ORG_FIELD_NOUNS.filter((f) => f.split(" ").length === 2).map((f) => fold(f)));

/**
 * The words between a title and a foreign name, when the title's organisation ran on into the name,
 * name the organisation: at most four words ending in a capitalised one that is no head ("Hàn Quốc",
 * "Ủy ban châu Âu"), or at most six ending as an international body's name does (lexicon/org-words.ts
 * WORLD_BODY_ENDS: "Quỹ Tiền tệ Quốc tế", "Ngân hàng Thế giới", "Liên hợp quốc"). Not "Công ty cổ
 * phần", "Hội Hữu nghị", "Chính phủ Cộng hòa".
 */
export function orgBeforeForeignName(org: string): boolean {
  const words = org.split(/\s+/);
  const n = words.length;
  const last = words[n - 1]!;
  // (six when a country or a place ends it: "Bộ Ngoại giao Liên bang Nga")
  if (/^\p{Lu}/u.test(last)) return (n <= 4 || (n <= 6 && placeEnds(words))) && !ORG_HEAD_WORD.has(fold(last));
  // ("Bộ Ngoại giao", "Bộ Y tế": a field of two words, its first capitalised, after a head)
  if (n >= 3 && n <= 4 && unitClass(words[n - 2]!.charCodeAt(0)) & 1 && FIELD_PAIRS.has(fold(`${words[n - 2]} ${last}`))) return true;
  const key = ` ${fold(org)}`;
  // (the end written with its capital: "Quỹ Tiền tệ Quốc tế", not "Hãng thông tấn quốc tế")
  return n <= 6 && WORLD_ENDS.some((w) => key.endsWith(w) && /^\p{Lu}/u.test(org.slice(org.length - w.length + 1)));
}

const COUNTRY = new Set<string>(COUNTRY_WORDS);
/** The last one to three of `words` are a country or a listed place. */
function placeEnds(words: string[]): boolean {
  const n = words.length;
  if (COUNTRY.has(words[n - 1]!)) return true;
  for (let k = 1; k <= 3 && k <= n; k++) if (isPlace(words.slice(n - k).join(" ").toLowerCase())) return true;
  return false;
}
/**
 * A country or a listed place ends right before `p`, one space between ("Mỹ" of "Ngoại trưởng Mỹ
 * Rex Tillerson", "Nhật Bản", "Liên bang Nga"): its last one to three words, each capitalised.
 */
export function countryBefore(doc: Doc, p: number): boolean {
  const { norm, key } = doc;
  if (p < 2 || norm.charCodeAt(p - 1) !== 32) return false;
  let b = p - 1;
  for (let n = 0; n < 3; n++) {
    let w = b;
    while (w > 0 && unitClass(norm.charCodeAt(w - 1)) & 2) w--;
    if (w === b || !(unitClass(norm.charCodeAt(w)) & 1)) return false;
    if ((n === 0 && COUNTRY.has(norm.slice(w, b))) || isPlace(key.slice(w, p - 1))) return true;
    if (w < 2 || norm.charCodeAt(w - 1) !== 32) return false;
    b = w - 1;
  }
  return false;
}

/** A "(" at p, or after one or two spaces: where BIRTH_NOTE may match. */
export const bracketNear = (key: string, p: number): boolean => {
  for (let i = p; i < p + 3; i++) {
    const c = unitAt(key, i);
    if (c === 40) return true;
    if (c !== 32) return false;
  }
  return false;
};

export function skipBack(s: string, p: number): number {
  while (p > 0 && (s[p - 1] === " " || s[p - 1] === "\t")) p--;
  return p;
}
export function skipFwd(s: string, p: number): number {
  while (p < s.length && (s[p] === " " || s[p] === "\t")) p++;
  return p;
}

/** The tokens' folds joined by single spaces: their slice of doc.key when each is that slice (tokenFold) and one space stands between each. */
export function foldedWords(doc: Doc, tokens: Token[]): string {
  const key = doc.key;
  let slice = true;
  // (the folds joined in the same loop on every path and only the value chosen: a second loop for
  // the rare case met no type feedback in optimised code and deopted foldedWords; a loop, not map
  // and join: see name-words.ts textsJoined)
  let out = "";
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const f = tokenFold(doc, t);
    out = k > 0 ? out + " " + f : f;
    if (f !== t.key || (k > 0 && (t.start !== tokens[k - 1]!.end + 1 || key.charCodeAt(t.start - 1) !== 32))) slice = false;
  }
  return slice && tokens.length > 0 ? key.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end) : out;
}

/** The first word of a folded name (all of it when it has no space): see PeopleText.mayBeAmong. */
export function firstWord(canon: string): string {
  const sp = canon.indexOf(" ");
  return sp < 0 ? canon : canon.slice(0, sp);
}

/**
 * The runs of non-space characters after every "ông " and "bà " of a folded text, sorted: a word
 * without white space follows one of them (`key.includes("ông " + w)`) exactly when it is a prefix
 * of one of these runs. Built once per document instead of a scan of the text per candidate (that
 * made 2 MB texts quadratic).
 */
export function wordsAfterAddress(key: string): string[] {
  const out: string[] = [];
  for (const form of ["ông ", "bà "]) {
    for (let at = key.indexOf(form); at >= 0; at = key.indexOf(form, at + 1)) {
      const s = at + form.length;
      let e = s;
      while (e < key.length && !(cls(key.charCodeAt(e)) & SPACE)) e++;
      out.push(key.slice(s, e));
    }
  }
  return out.sort();
}
/** Whether `w` is a prefix of a string of the sorted list (`w` holding no white space; else the plain test). */
export function startsAny(sorted: readonly string[], w: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(w);
}
