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
  let pv = 0;
  for (let i = 0, n = s.length; i < n; i++) {
    const c = s.charCodeAt(i);
    const v = c < FIXED.length ? FIXED[c]! : 0;
    if (v === 0) return false;
    if (v & F_LETTER) {
      // the last two letters of a run: a tone fold would move to the last one
      if (pv !== 0 && ((pv & F_TONED_O && (c === 97 || c === 101)) || (pv & F_TONED_U && c === 105)) && !(i + 1 < n && cls(s.charCodeAt(i + 1)) & (LETTER | MARK))) return false;
      pv = v;
    } else pv = 0;
  }
  return true;
}
/** "o" and "u" with each of the five tones (NFC), where fold rule 3 may move the tone to the vowel after. */
const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
const TONED_O = new Set(TONES.map((t) => ("o" + t).normalize("NFC").charCodeAt(0)));
const TONED_U = new Set(TONES.map((t) => ("u" + t).normalize("NFC").charCodeAt(0)));

/** Per unit below U+2060, read in one lookup: 0 when fold may change it (see {@link foldFixed}), else F_* bits. */
const F_KEEP = 1;
const F_LETTER = 2;
const F_TONED_O = 4;
const F_TONED_U = 8;
const FIXED = ((): Uint8Array => {
  const t = new Uint8Array(0x2060);
  for (let c = 0; c < t.length; c++) {
    if (!(c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e))) continue;
    if (!(cls(c) & (LETTER | MARK))) {
      t[c] = F_KEEP;
      continue;
    }
    if (foldUnit(c) !== c) continue;
    t[c] = F_KEEP | F_LETTER | (TONED_O.has(c) ? F_TONED_O : 0) | (TONED_U.has(c) ? F_TONED_U : 0);
  }
  return t;
})();

/** fold(s), without folding a string that is its own fold. */
export function foldKey(s: string): string {
  return foldFixed(s) ? s : fold(s);
}
