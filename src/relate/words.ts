/**
 * Folded words of a slice of text, and the character classes of the code points that make them
 * (read by every relation finder through context.ts, which re-exports them).
 */
import { fold } from "../text/fold.js";
import { cls, codePointClass, WORD } from "../text/chars.js";
import { foldKey } from "../text/fold-fixed.js";

/**
 * Folded words of a string (punctuation dropped): runs of letters, marks, digits, "/", "." and "-",
 * with "." and "/" trimmed off both ends of a run of two or more. One pass over the folded string
 * with the character tables instead of a replace, a split and a map (the same words: see
 * {@link foldedWordsSpec}, property-tested in test/relate-scans.test.ts).
 *
 *   foldedWords("Tổng số: 1.320 hộ, (trong đó …)") → ["tổng", "số", "1.320", "hộ", "trong", "đó"]
 */
export function foldedWords(s: string): string[] {
  // (most callers pass a slice of the folded key: already its own fold)
  const f = foldKey(s);
  const n = f.length;
  const out: string[] = [];
  let i = 0;
  while (i < n) {
    // skip to the next unit of a word
    let w = wordUnits(f, i);
    while (w === 0 && ++i < n) w = wordUnits(f, i);
    if (i >= n) break;
    let a = i;
    while (w > 0) {
      i += w;
      w = i < n ? wordUnits(f, i) : 0;
    }
    let b = i;
    if (b - a > 1) {
      // (a run that starts with "." or "/" is rare: the step is taken on every run, so that its
      // addition has type feedback before the first such run, which was a deopt of foldedWords)
      let x = a;
      do x++;
      while (x <= b && isDotSlash(f.charCodeAt(x - 1)));
      a = x - 1;
      while (b > a && isDotSlash(f.charCodeAt(b - 1))) b--;
      if (b > a) out.push(f.slice(a, b));
    } else if (!isDotSlash(f.charCodeAt(a))) out.push(f[a]!);
  }
  return out;
}

/**
 * The last ",", ";", ":", "(", ")" or ASCII digit in s[from, at), or from - 1: one loop back, where
 * nounBefore searched a slice six times (five lastIndexOf and /\d\D*$/u, whose match starts at the last digit).
 */
export function lastCut(s: string, from: number, at: number): number {
  let i = at - 1;
  for (; i >= from; i--) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || (c >= 48 && c <= 57)) break;
  }
  return Math.max(i, from - 1);
}

/**
 * The index of the last of `stops` (single characters) in `s`, or -1: where a segment's last clause
 * starts, less one. lastStop(lead, ",;:(") is Math.max(lead.lastIndexOf(","), …) in one loop back.
 */
export function lastStop(s: string, stops: string): number {
  let i = s.length - 1;
  while (i >= 0 && !stops.includes(s[i]!)) i--;
  return i;
}

/** "." or "/". */
const isDotSlash = (c: number): boolean => c === 46 || c === 47;

/** How many units of a word start at f[i] (a letter, mark or digit, "/", "." or "-": 1, or 2 above U+FFFF), or 0. */
function wordUnits(f: string, i: number): number {
  const c = f.charCodeAt(i);
  if (c === 46 || c === 47 || c === 45) return 1;
  return unitsOfClass(f, i, WORD, f.length);
}

/**
 * How many units the code point at s[i] takes when its class has a bit of `mask` (1, or 2 for a
 * pair above U+FFFF whole before `lim`), else 0 (a lone surrogate is in no class).
 */
export function unitsOfClass(s: string, i: number, mask: number, lim: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c < 0xdc00) {
    const d = i + 1 < lim ? s.charCodeAt(i + 1) : 0;
    return d >= 0xdc00 && d < 0xe000 && codePointClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) & mask ? 2 : 0;
  }
  if (c >= 0xdc00 && c < 0xe000) return 0;
  return cls(c) & mask ? 1 : 0;
}

/** The definition {@link foldedWords} follows (kept for the property test). */
export function foldedWordsSpec(s: string): string[] {
  return fold(s)
    .replace(/[^\p{L}\p{M}\p{N}/.\s-]/gu, " ")
    .split(/\s+/)
    .map((w) => (w.length > 1 ? w.replace(/^[./]+|[./]+$/g, "") : w))
    .filter((w) => w && w !== "." && w !== "/");
}
