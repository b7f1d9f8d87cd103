/**
 * A list of names headed by a plural noun for people, where a two-syllable name with a family name
 * ("Lê Hải") is a person though no title or form of address stands before it (people-accept.ts;
 * the names after the first follow it as the next items of a list):
 *
 *   "Các vận động viên: Lê Hải, Phạm Tú"                       a role, a colon, the names
 *   "những anh hùng người dân tộc thiểu số: Hà Đặc, Hà Chương"  a noun with its modifiers, then a colon
 *   "Các nghệ nhân Lê Hải, Phạm Tú biểu diễn"                   the noun right before the names
 * Not: "các tuyến đường Lê Lợi, Trần Phú", "các xã Hà Châu, Hà Thanh" (no noun for people), "các cán bộ
 * đến thăm Lê Lợi, Trần Phú" (words after the noun and no colon), "anh hùng Lê Hải" (no plural), "các y
 * bác sĩ Bạch Mai ngay lập tức …" (no list: a hospital's name).
 */
import type { Doc } from "../text/normalize.js";
import { named } from "../text/rx.js";
import { PhraseSet, phraseBefore, unitClass } from "./phrase.js";
import { skipBack } from "./people-words.js";
import { LIST_PERSON_NOUNS, PERSON_ROLES } from "../lexicon/titles.js";

const NOUNS = new PhraseSet([...PERSON_ROLES, ...LIST_PERSON_NOUNS]);
const PLURALS = new PhraseSet(["các", "những"]);
/** After a name of a list: a comma or "và", then a capital. */
const LIST_NEXT = named("people-role-list.LIST_NEXT", /^ {0,2}(?:,|và) {1,2}\p{Lu}/u);
/** Lower-case words between the noun and the colon before the names, at most. */
const MAX_MODIFIERS = 5;

/**
 * Whether the name [start, end) opens a list (a comma or "và" and a capital after it) headed by
 * "các"/"những" and a noun for people: the noun right before it, or the noun, one to MAX_MODIFIERS
 * lower-case words and a colon.
 */
export function pluralNounBefore(doc: Doc, start: number, end: number): boolean {
  const norm = doc.norm;
  // (a list: a comma or "và" and a capitalised word after the name; "các y bác sĩ Bạch Mai ngay lập tức …" names a hospital)
  if (!LIST_NEXT.test(norm.slice(end, end + 8))) return false;
  let j = skipBack(norm, start);
  const colon = norm.charCodeAt(j - 1) === 58;
  if (colon) j = skipBack(norm, j - 1);
  for (let n = 0; n <= (colon ? MAX_MODIFIERS : 0); n++) {
    const b = phraseBefore(doc, j, NOUNS);
    if (b >= 0 && phraseBefore(doc, skipBack(norm, b), PLURALS) >= 0) return true;
    // (back over one lower-case word and the spaces before it)
    let w = j;
    while (w > 0 && unitClass(norm.charCodeAt(w - 1)) & 6) w--;
    if (w === j || !(unitClass(norm.charCodeAt(w)) & 8) || (w > 0 && norm.charCodeAt(w - 1) !== 32)) return false;
    j = skipBack(norm, w);
  }
  return false;
}
