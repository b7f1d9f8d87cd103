/**
 * The first words of a capitalised run with no family name that name a place, an organisation or a
 * brand, not the person after them: fromRun (name.ts) leaves them out of the name, and the name
 * then ends an organisation's phrase before it (people-starts.ts).
 *
 *   "Ủy ban châu Âu Jean-Claude Juncker"         the end of a place begun in lower case before the run
 *   "Chủ tịch Tập đoàn Alibaba Jack Ma"          a title, an organisation's head: its name's first words
 *   "Giám đốc Grab Việt Nam Jerry Lim"           a title, a brand and a place: the name after the place
 *   "Thủ tướng Australia Malcolm Turnbull"       a title, then a word the text writes alone elsewhere after
 *                                                a word of place or firm ("tại Australia", "hãng Grab")
 * Not: "Tổng thống Recep Tayyip Erdogan" (no word of it stands alone), "Tổng thống Hàn Quốc Moon Jae
 * In" (a place, read by fromRun itself), "ông Moon" elsewhere (after a form of address or a title).
 * And the other way, a first word that belongs to the name: "Paul Lê Nguyễn", "linh mục Joseph Trần Văn
 * Bảo" (a Western given name before the family name: westernGivenFirst).
 */
import type { Doc } from "../text/normalize.js";
import type { IdTrie } from "../text/id-trie.js";
import type { Token } from "./name-words.js";
import { T_CAP, T_WORD, type Tokens } from "../text/tokens.js";
import { PhraseSet, phraseAt, phraseBefore, unitClass } from "./phrase.js";
import { ORG_HEADS } from "../lexicon/org-heads.js";
import { GIVEN_NAME_ROLES, OFFICE_ROLES, PLACE_OR_FIRM_BEFORE } from "../lexicon/foreign-names.js";
import { named } from "../text/rx.js";
import { isSyllable } from "./name-words.js";
import { HONORIFICS } from "../lexicon/honorifics.js";
import { FOUNDER_ROLES, PERSON_ROLES, TITLES } from "../lexicon/titles.js";

/** Titles and roles a brand may follow before a person's name. */
export const ROLE_BEFORE_BRAND = new PhraseSet([...TITLES, ...PERSON_ROLES, ...FOUNDER_ROLES]);
const TITLE_SET = new PhraseSet([...TITLES, ...PERSON_ROLES]);
const HEAD_SET = new PhraseSet(ORG_HEADS);
const PLACE_OR_FIRM = new PhraseSet(PLACE_OR_FIRM_BEFORE);
const OFFICE = new PhraseSet([...TITLES, ...OFFICE_ROLES]);
const HONORIFIC = new PhraseSet(HONORIFICS.map((h) => h.form));

/** The end of the word before position `at` (spaces and tabs stepped over). */
export function spacesBefore(s: string, at: number): number {
  while (at > 0 && (s[at - 1] === " " || s[at - 1] === "\t")) at--;
  return at;
}

/**
 * How many of a run's first tokens end a listed place (`places`) whose first word the text writes
 * in lower case right before the run: "Ủy ban châu Âu Jean-Claude Juncker" (the run is "Âu
 * Jean-Claude Juncker", and "Âu" is also a family name). At least two tokens are left. Read by
 * lexicon ids: the word before is the document token before the run's first.
 */
export function lowerPlaceLead(key: string, toks: Tokens, tokens: Token[], places: IdTrie, maxPlace: number): number {
  const ti = tokens[0]!.ti;
  if (ti <= 0 || (toks.flags[ti - 1]! & (T_WORD | T_CAP)) !== T_WORD || toks.end[ti - 1] !== spacesBefore(key, tokens[0]!.start)) return 0;
  let node = places.next(0, toks.id[ti - 1]!);
  let best = 0;
  for (let n = 1; node >= 0 && n <= tokens.length - 2 && n < maxPlace; n++) {
    node = places.next(node, tokens[n - 1]!.id);
    if (node >= 0 && places.isEnd(node)) best = n;
  }
  return best;
}

/**
 * Where the person's name starts in tokens [s, e) of a run with no family name, when a title (or a
 * title and an organisation's head) ends right before it and the run's first words are the
 * organisation's: after a place inside the run ("Grab Việt Nam Jerry Lim"), or after first words
 * that are listed brands (`brand`) or that the text writes alone elsewhere ("Tập đoàn Alibaba Jack
 * Ma" with "của Alibaba" in the text), two words at least left for the name. The words left out are
 * foreign words (`foreign`), not Vietnamese syllables ("Nhà Trắng Sean Spicer" is read elsewhere).
 * `placeAt(k)`: the length of a listed place at k, or 0. s itself when none of these holds.
 */
export function orgLead(doc: Doc, tokens: Token[], s: number, e: number, placeAt: (k: number) => number, brand: (t: Token) => boolean, foreign: (t: Token) => boolean): number {
  if (e - s < 3 || !foreign(tokens[s]!)) return s;
  const { key } = doc;
  const at = s > 0 ? tokens[s - 1]!.end : spacesBefore(key, tokens[0]!.start);
  const h = phraseBefore(doc, at, HEAD_SET);
  const head = h >= 0 && phraseBefore(doc, spacesBefore(key, h), TITLE_SET) >= 0;
  if (!head && phraseBefore(doc, at, ROLE_BEFORE_BRAND) < 0) return s;
  for (let k = s + 1; k < e - 2; k++) {
    const pl = placeAt(k);
    if (pl && e - k - pl >= 2 && e - k - pl <= 3) return foreign(tokens[k + pl]!) ? k + pl : s;
    if (!foreign(tokens[k]!)) break;
  }
  // (after an office, a capitalised word alone after any lower-case word elsewhere)
  const office = head || phraseBefore(doc, at, OFFICE) >= 0;
  let n = s;
  while (e - n > 2 && foreign(tokens[n]!) && (brand(tokens[n]!) || standsAlone(doc, tokens[n]!, office))) n++;
  // (the name's first word no Vietnamese syllable either: "Real Madrid Khi Perez" is a clause run on)
  return n < e && foreign(tokens[n]!) ? n : s;
}

/**
 * The word of `t` written elsewhere in the text with a capital and on its own, after a word that
 * names a place or a firm (lexicon/foreign-names.ts PLACE_OR_FIRM_BEFORE: "tại Australia", "hãng
 * Grab"), or, for an `office` (a title or OFFICE_ROLES before the run), after any lower-case word
 * that is no form of address nor a title ("của Australia"); and with no capital after it ("ông
 * Moon", "Tổng thống Moon" never count; "của Gina" counts only after an office).
 */
function standsAlone(doc: Doc, t: Token, office: boolean): boolean {
  const { key, norm } = doc;
  const w = t.key;
  if (w.length < 2 || /\s/u.test(w)) return false;
  for (let at = key.indexOf(w); at >= 0; at = key.indexOf(w, at + 1)) {
    const end = at + w.length;
    if (at === t.start) continue;
    if ((at > 0 && unitClass(norm.charCodeAt(at - 1)) & 6) || (end < norm.length && unitClass(norm.charCodeAt(end)) & 6) || !(unitClass(norm.charCodeAt(at)) & 1)) continue;
    let n = end;
    while (n < norm.length && norm[n] === " ") n++;
    if (n < norm.length && (unitClass(norm.charCodeAt(n)) & 1 || norm[n] === "-")) continue;
    const b = spacesBefore(norm, at);
    if (b === at || !(unitClass(norm.charCodeAt(b - 1)) & 8)) continue;
    if (phraseBefore(doc, b, PLACE_OR_FIRM) >= 0) return true;
    if (office && phraseBefore(doc, b, HONORIFIC) < 0 && phraseBefore(doc, b, TITLE_SET) < 0) return true;
  }
  return false;
}

/** A Western given name as written: a capital, then lower-case letters; one hyphen ("Jean-Paul"). */
const GIVEN = named("name-lead.GIVEN", /^\p{Lu}\p{Ll}{2,11}(?:-\p{Lu}\p{Ll}{1,11})?$/u);
const GIVEN_BEFORE = new PhraseSet([...HONORIFICS.map((h) => h.form), ...GIVEN_NAME_ROLES]);

/**
 * Whether the token `t`, right before a family name and after nothing in its run but honorifics
 * (`afterHonorific`: one or more), is a Western given name of the person ("Paul Lê Nguyễn", "Ông Peter
 * Nguyễn Văn An"): a capitalised word that is no Vietnamese syllable and none of
 * `notName` (brands, firms' words, clubs, countries), with the run opening a clause or a list item
 * (the text's or a line's start, after ",", ";", "(", ".", "và") or after an honorific or a role
 * of GIVEN_NAME_ROLES. Not after a title or any other word ("Chủ tịch Vingroup Phạm Nhật Vượng").
 * `loose`: the Vietnamese name has two syllables, a lower-case word follows it, and the text writes the
 * given name and the family name elsewhere as a whole run; opening a clause or a list item, the run
 * then has a capitalised verb glued on ("Jun Phạm và …", then "và Jun Phạm Chọn hóa thân": "Jun Phạm",
 * a stage name, chose): only an honorific or a role before makes it a name.
 */
export function westernGivenFirst(doc: Doc, t: Token, afterHonorific: boolean, notName: (t: Token) => boolean, loose = false): boolean {
  if (!GIVEN.test(t.text) || isSyllable(t.text) || notName(t)) return false;
  // ("Ông Peter Nguyễn Văn An": the run's honorifics before it)
  if (afterHonorific) return true;
  const { key, norm } = doc;
  const at = spacesBefore(key, t.start);
  if (at === 0) return !loose;
  const u = norm.charCodeAt(at - 1);
  // (not after ":", where a credit's or a label's name may run on: "Photo: Milor Trần Trang điểm")
  if (u === 10 || u === 44 || u === 59 || u === 40 || u === 46) return !loose;
  if (key.startsWith(" và", at - 3)) return !loose;
  return phraseBefore(doc, at, GIVEN_BEFORE) >= 0;
}

/** A lower-case word ends right before `at` (across spaces), and it is no "ương" ("Trung ương Đoàn …"). */
export function lowerWordBefore(doc: Doc, at: number): boolean {
  const norm = doc.norm;
  const e = spacesBefore(norm, at);
  let b = e;
  while (b > 0 && unitClass(norm.charCodeAt(b - 1)) & 6) b--;
  const w = norm.slice(b, e);
  return w.length > 0 && w === w.toLowerCase() && w !== w.toUpperCase() && doc.key.slice(b, e) !== "ương";
}

/** A lower-case letter after one space at `at`: a word of the sentence goes on ("… Chọn hóa thân"). */
export function lowerWordAfter(norm: string, at: number): boolean {
  if (norm.charCodeAt(at) !== 32) return false;
  const c = norm[at + 1] ?? "";
  return c !== c.toUpperCase();
}

/**
 * A title right before an organisation's head, the two before `at` (the run's start) within six words of
 * one clause: "Thứ trưởng Bộ Ngoại giao | Belarus Rybakov", "Phó Thủ tướng Chính phủ | Belarus Semashko".
 */
export function postBefore(doc: Doc, at: number): boolean {
  const norm = doc.norm;
  let p = spacesBefore(norm, at);
  for (let n = 0; n < 6; n++) {
    let w = p;
    while (w > 0 && unitClass(norm.charCodeAt(w - 1)) & 6) w--;
    if (w === p) return false;
    if (unitClass(norm.charCodeAt(w)) & 1 && phraseAt(doc, w, HEAD_SET, false) > 0 && phraseBefore(doc, spacesBefore(norm, w), TITLE_SET) >= 0) return true;
    if (w === 0 || (norm.charCodeAt(w - 1) !== 32 && norm.charCodeAt(w - 1) !== 9)) return false;
    p = spacesBefore(norm, w);
  }
  return false;
}

/**
 * The text norm[start, end) ("Jun Phạm") written elsewhere as a whole run: no letter before it, and
 * after it no letter and no space and capital (the run ends there).
 */
export function endsElsewhere(norm: string, start: number, end: number): boolean {
  const w = norm.slice(start, end);
  for (let at = norm.indexOf(w); at >= 0; at = norm.indexOf(w, at + 1)) {
    if (at === start) continue;
    const e = at + w.length;
    if (at > 0 && unitClass(norm.charCodeAt(at - 1)) & 6) continue;
    if (e < norm.length && unitClass(norm.charCodeAt(e)) & 6) continue;
    if (norm.charCodeAt(e) === 32 && unitClass(norm.charCodeAt(e + 1)) & 1) continue;
    return true;
  }
  return false;
}
