/**
 * The run of capitalised words a name candidate starts from, read over the character codes.
 *
 *   "ông Nguyễn Văn An phát biểu"   → runAt at "N" ends after "An"
 *   "H'Lan Niê", "Jean-Claude Rivière" → an apostrophe after a capital, hyphenated parts
 *   "Hà" alone, "-Nam", "xHà Nội"   → -1 (one word; a letter or a letter and "-" before it)
 */
import { named } from "../text/rx.js";
import { classOf, unitClass } from "./phrase.js";

/**
 * A run of capitalised words separated by single spaces (what the pattern below describes), found
 * by a scan over the character codes: a table lookup per character is several times quicker than a
 * `u`-flag regex that V8 cannot skip ahead with. The pattern stays the specification (and is proven
 * ReDoS-safe with the others); runAt() matches exactly what it matches at a position.
 */
named("person.run", /\p{Lu}(?<![\p{L}\p{M}\p{N}]-?[^])(?:['’]\p{Lu})?[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*(?: \p{Lu}(?:['’]\p{Lu})?[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*)+/gu);
const ASTRAL = new Map<number, number>();
const astralClass = (cp: number): number => {
  let f = ASTRAL.get(cp);
  if (f === undefined) ASTRAL.set(cp, (f = classOf(String.fromCodePoint(cp))));
  return f;
};
export const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
export const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Class of the code point starting at i (a surrogate pair read whole), and its width in units. */
let width = 1;
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  width = 1;
  if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
    width = 2;
    return astralClass(s.codePointAt(i)!);
  }
  return c === c ? unitClass(c) : 0;
}
/** Class of the code point ending at i, and its width. */
function classBefore(s: string, i: number): number {
  if (i <= 0) return (width = 0);
  const c = s.charCodeAt(i - 1);
  width = 1;
  if (isLow(c) && i >= 2 && isHigh(s.charCodeAt(i - 2))) {
    width = 2;
    return astralClass(s.codePointAt(i - 2)!);
  }
  return unitClass(c);
}
/** End of `[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*` from p. */
function wordRest(s: string, p: number): number {
  for (;;) {
    while (p < s.length && classAt(s, p) & 2) p += width;
    if (s.charCodeAt(p) !== 45 || !(p + 1 < s.length && classAt(s, p + 1) & 2)) return p;
    p += 1;
  }
}
/** Past `(?:['’]\p{Lu})?` at p ("H'Lan", "K’Nhàn": a capital, an apostrophe, a capital). */
function apostrophe(s: string, p: number): number {
  const c = s.charCodeAt(p);
  // (the class after p read and the end added on every path, only the value chosen: the arithmetic
  // of the rare branch met no type feedback in optimised code, and deopted nameCandidates; classAt's
  // width is read again by the caller's next classAt before it is used)
  const q = p + 1;
  const k = q < s.length ? classAt(s, q) : 0;
  const past = q + width;
  return (k & 1) !== 0 && (c === 39 || c === 0x2019) ? past : p;
}
/** End of the person.run match starting at i, or -1. */
export function runAt(s: string, i: number): number {
  if (!(classAt(s, i) & 1)) return -1;
  let p = i + width;
  // (?<![\p{L}\p{M}\p{N}]-?[^]): no letter, mark or digit before, nor one and a hyphen
  if (classBefore(s, i) & 6) return -1;
  if (width === 1 && s.charCodeAt(i - 1) === 45 && classBefore(s, i - 1) & 6) return -1;
  p = wordRest(s, apostrophe(s, p));
  let words = 1;
  while (s.charCodeAt(p) === 32 && p + 1 < s.length && classAt(s, p + 1) & 1) {
    p = wordRest(s, apostrophe(s, p + 1 + width));
    words++;
  }
  return words > 1 ? p : -1;
}
