/**
 * Folding a string that is already folded, without folding it: most strings the relation finders
 * read are slices of doc.key (folded once by makeDoc), and fold() of each slice cost a cache
 * lookup, an NFC pass, a fold pass and a decode. (Beside fold.ts, whose rules it must follow.)
 *
 *   foldFixed("kế hoạch năm 2017")   → true  (fold would give it back)
 *   foldFixed("Kế hoạch"), foldFixed("hòa") → false (fold lowers "K"; moves the tone: "hoà")
 *   foldKey(s)                        → fold(s), skipping the work when foldFixed(s)
 */
import { cls, foldUnit, LETTER, MARK } from "./chars.js";
import { fold } from "./fold.js";

/**
 * Whether fold(s) === s, known without folding: every unit is one that NFC leaves alone whatever
 * stands around it (below U+0300, the Latin Extended Additional letters, punctuation
 * U+2010–U+2027 and U+2030–U+205E), folds to itself, and no run of letters ends with a toned
 * "o" before "a" or "e", or a toned "u" before "i" (the only places where fold moves a tone,
 * fold.ts rule 3). A slice of doc.key nearly always is; else fold decides.
 */
export function foldFixed(s: string): boolean {
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e))) return false;
    if (cls(c) & (LETTER | MARK)) {
      if (foldUnit(c) !== c) return false;
      // the last two letters of a run: a tone fold would move to the last one
      if (prev && !(i + 1 < s.length && cls(s.charCodeAt(i + 1)) & (LETTER | MARK)) && ((TONED_O.has(prev) && (c === 97 || c === 101)) || (TONED_U.has(prev) && c === 105))) return false;
      prev = c;
    } else prev = 0;
  }
  return true;
}
/** "o" and "u" with each of the five tones (NFC), where fold rule 3 may move the tone to the vowel after. */
const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const TONED_O = new Set(TONES.map((t) => ("o" + t).normalize("NFC").charCodeAt(0)));
const TONED_U = new Set(TONES.map((t) => ("u" + t).normalize("NFC").charCodeAt(0)));

/** fold(s), without folding a string that is its own fold. */
export function foldKey(s: string): string {
  return foldFixed(s) ? s : fold(s);
}
