/**
 * Words before a capitalised run that make it part of another name, not a person's:
 *
 *   "đường Lê Lợi", "số 18 Hoàng Quốc Việt", "tại 25 Trần Hưng Đạo"   a street, a house number
 *   "Trường THPT Lê Quý Đôn", "tư tưởng Hồ Chí Minh"                  a school, a fixed phrase
 *   "huyện Triệu Phong" (admin words: only for two syllables, name.ts) an administrative unit
 *   "các tuyến Lương Nhữ Học, Triệu Quang Phục và …"                  an item of a list of streets
 * Not: "đối tượng Nguyễn Văn A" (a longer word that only ends like one, NOT_PERSON_BEFORE_EXCEPT).
 * (Split out of name.ts, unchanged.)
 */
import type { Doc } from "../text/normalize.js";
import { fold } from "../text/fold.js";
import { PhraseSet, phraseBefore } from "./phrase.js";
import { ADMIN_UNITS, NOT_PERSON_BEFORE, NOT_PERSON_BEFORE_EXCEPT, STREET_LIST_EXCEPT, STREET_LIST_WORDS } from "../lexicon/org-heads.js";
import { LEGAL_FORMS } from "../lexicon/org-words.js";

/** Per code unit: 1 where /[\s.\d]/u matches it as a one-unit string, 0 where not, 2 not read yet. */
const SPACE_DOT_DIGIT = new Uint8Array(65536).fill(2);
function spaceDotDigit(c: number): boolean {
  let f = SPACE_DOT_DIGIT[c]!;
  if (f === 2) SPACE_DOT_DIGIT[c] = f = /[\s.\d]/u.test(String.fromCharCode(c)) ? 1 : 0;
  return f === 1;
}
/** (and a company's legal form: "Công ty TNHH một thành viên Hà Thành", "DNTN Minh Long") */
const NOT_BEFORE = new PhraseSet([...NOT_PERSON_BEFORE, ...LEGAL_FORMS]);
const NOT_BEFORE_EXCEPT = new PhraseSet(NOT_PERSON_BEFORE_EXCEPT);
/** "đường Lê Lợi", "số 18 Hoàng Quốc Việt", "Trường THPT Lê Quý Đôn", "tư tưởng Hồ Chí Minh". */
export function negativeBefore(doc: Doc, p: number, admin = true): boolean {
  const key = doc.key;
  let e = p;
  while (e > 0 && p - e < 12 && spaceDotDigit(key.charCodeAt(e - 1))) e--;
  if (e === p) return false;
  // a house number right before the name: "tại 25 Trần Hưng Đạo"
  if (admin && /\d\s{0,2}$/.test(key.slice(Math.max(0, p - 3), p)) && !/\d[/.,]\d*\s{0,2}$/.test(key.slice(Math.max(0, p - 6), p))) return true;
  const b = phraseBefore(doc, e, NOT_BEFORE);
  // "đối tượng", "thị trường": a longer word that only ends like one of them
  if (b >= 0) {
    const x = phraseBefore(doc, e, NOT_BEFORE_EXCEPT);
    // (both compared on every path: the second alone, in the rare branch, met no type feedback and
    // deopted negativeBefore and candidate)
    const found = x >= 0;
    const first = x < b;
    if (found && first) return false;
  }
  if (b >= 0) return admin || !ADMIN.has(key.slice(b, e).replace(/\s+/g, " "));
  return key.charCodeAt(e - 1) === 44 || key.startsWith(AND, e - 3) ? streetListItem(doc, p) : false;
}
const STREETS = new PhraseSet(STREET_LIST_WORDS);
const NOT_STREETS = new PhraseSet(STREET_LIST_EXCEPT);
const AND = " " + fold("và");
/** Items read back through a list for its street word. */
const MAX_ITEMS = 6;
/**
 * A name in a list after a street word (STREET_LIST_WORDS): "các tuyến Lương Nhữ Học, Triệu Quang Phục
 * và Hải Thượng Lãn Ông" names streets. Read back item by item: a comma or "và", then capitalised words.
 */
function streetListItem(doc: Doc, p: number): boolean {
  const { key, norm } = doc;
  let at = p;
  for (let item = 0; item < MAX_ITEMS; item++) {
    // the link before the item at `at`: a comma or "và"
    let e = trimEnd(key, at);
    if (key.charCodeAt(e - 1) === 44) e--;
    else if (key.startsWith(AND, e - AND.length)) e -= AND.length;
    else return false;
    // the item before the link: one to five capitalised words, letters only ("(Q.1)", "TP.Quy Nhơn)" end the list)
    let s = trimEnd(key, e);
    const itemEnd = s;
    for (let w = 0; w < 5; w++) {
      const q = trimEnd(key, s);
      let ws = q;
      while (ws > 0 && key.charCodeAt(ws - 1) !== 32 && key.charCodeAt(ws - 1) !== 44 && key.charCodeAt(ws - 1) !== 10) ws--;
      if (ws === q || norm[ws] === norm[ws]!.toLowerCase() || /[().]/.test(key.slice(ws, q))) break;
      s = ws;
    }
    if (s === itemEnd) return false;
    const b = phraseBefore(doc, trimEnd(key, s), STREETS);
    if (b >= 0) {
      const x = phraseBefore(doc, trimEnd(key, s), NOT_STREETS);
      return x < 0 || x >= b;
    }
    at = s;
  }
  return false;
}
/** `s` moved back over the spaces before it. */
function trimEnd(key: string, s: number): number {
  while (s > 0 && key.charCodeAt(s - 1) === 32) s--;
  return s;
}
const ADMIN = new Set(ADMIN_UNITS.map((a) => fold(a)));
