/**
 * The words around a count, read by hand (no regex, no slice) where count.ts asks often: the end
 * of the word after a position, the word before it, whether it is capitalised mid-sentence, a
 * place's name right before a number, and a number word that only looks like one.
 *
 *   spacedWordEnd("có  nhiệm vụ", 2, 20) → 9 (the end of "nhiệm")   lastWord("có 5", 3) → "có"
 *   previousWordCapitalised("có Hà 15", 6) → true ("Hà" mid-sentence); ("Ngày 15", 5) → false (it opens the text)
 *   plainNumberWord("hay", …) → false ("hay", or, folds like "hai")  placeBefore("việt nam 6 tàu", 9) → true (folded key)
 *   wordsAfter("5 cây xanh", 1) → { w: 2, wEnd: 5, w2End: 10 } (WORD_AFTER read by hand)
 *   loneLetterBefore("x 3", 2) → true ("m 3 khí", "x 2": a unit or a label before the number)
 */
import { isPlace } from "./place.js";
import { named } from "../text/rx.js";
import { LETTER as C_LETTER, MARK as C_MARK, SPACE as C_SPACE, cls, codePointClass, unitAt } from "../text/chars.js";

/**
 * A lower-case word after a number, and the word after it: the specification of {@link wordsAfter}
 * (count.ts anyNoun), which reads it without the regex (property-tested against it).
 */
export const WORD_AFTER = named("count.word", / {1,2}(?<w>[\p{Ll}][\p{L}\p{M}]*)(?: (?<w2>[\p{L}\p{M}]+))?/uy);

/**
 * WORD_AFTER at `at`, read by hand: where its word `w` starts and ends, and where the second word
 * `w2` ends (wEnd when there is none; it starts at wEnd + 1); null when it does not match.
 */
export function wordsAfter(s: string, at: number): { w: number; wEnd: number; w2End: number } | null {
  if (unitAt(s, at) !== 32) return null;
  let p = at + 1;
  if (unitAt(s, p) === 32) p++;
  // (after two spaces a letter must follow: with one, the next unit would be a space)
  const c = unitAt(s, p);
  if (!(c >= 97 && c <= 122) && !(c >= 0x80 && LOWER.test(String.fromCodePoint(s.codePointAt(p)!)))) return null;
  const wEnd = letterRunEnd(s, p);
  let w2End = wEnd;
  if (unitAt(s, wEnd) === 32) {
    const e = letterRunEnd(s, wEnd + 1);
    if (e > wEnd + 1) w2End = e;
  }
  return { w: p, wEnd, w2End };
}
const LOWER = named("count-words.LOWER", /\p{Ll}/u);

/**
 * The end of the run of letters and marks ([\p{L}\p{M}], by code point) from `at`: a unit's class
 * from the table of text/chars.ts (a lone surrogate is no letter), a surrogate pair's by its code
 * point. (The table on every unit: a letter outside the Latin and Vietnamese ranges took a branch
 * of its own that few texts reach, and V8 threw away the optimised callers there.)
 */
export function letterRunEnd(s: string, at: number): number {
  let i = at;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (cls(c) & (C_LETTER | C_MARK)) {
      i++;
      continue;
    }
    if (c < 0xd800 || c > 0xdbff || !(codePointClass(s.codePointAt(i)!) & (C_LETTER | C_MARK))) break;
    i += 2;
  }
  return i;
}

/**
 * /(?:^|[^\p{L}])(?!ở)\p{L}\s{1,2}$/u on s.slice(from, at) (count.ts LONE_LETTER_BEFORE): one
 * letter, not "ở", alone before one or two white spaces that end the text. Decided by hand when
 * the letter is Latin or Vietnamese with another before it (most numbers: a word before them).
 */
export function loneLetterBefore(s: string, from: number, at: number, re: RegExp): boolean {
  let i = at;
  while (i > from && at - i < 3 && isSpace(s.charCodeAt(i - 1))) i--;
  if (i === at || at - i > 2) return false;
  // (the two units before the spaces are letters of a word: no lone letter)
  if (i - 2 >= from && latinLetter(s.charCodeAt(i - 1)) && latinLetter(s.charCodeAt(i - 2))) return false;
  return re.test(s.slice(from, at));
}
/** A Latin or Vietnamese letter (\p{L}; not a mark) of the ranges most text uses. */
function latinLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9);
}

export function wordEnd(key: string, at: number): number {
  const w = spacedWordEnd(key, at, 20);
  return w < 0 ? at : w;
}

/**
 * /^ {1,2}[\p{L}\p{M}]+/ on key.slice(at, at + cap), without the slice: the end of the word, or
 * -1 when there is none.
 */
export function spacedWordEnd(key: string, at: number, cap: number): number {
  const limit = Math.min(key.length, at + cap);
  let i = at;
  if (unitAt(key, i) !== 32) return -1;
  i++;
  // (the second space added as 0 or 1: an `i++` of its own, reached only after two spaces, had no
  // type feedback when V8 optimised this, which it then threw away)
  i += unitAt(key, i) === 32 ? 1 : 0;
  const s = i;
  while (i < limit && isLetterOrMark(key, i)) i++;
  return i > s ? i : -1;
}

/** "hay" (or) folds like "hai"; "HAI" in capitals is a name; "đòn bẩy" is a lever. */
const HAY = named("count-words.HAY", /(?:^|\s)hay(?:\s|$)/iu);
const BAY = named("count-words.BAY", /^bẩy$/iu);
const DON_BEFORE = named("count-words.DON_BEFORE", /đòn\s+$/iu);

export function plainNumberWord(text: string, norm: string, at: number): boolean {
  const t = text.trim();
  if (HAY.test(t)) return false;
  // (a word that starts in lower case is not all capitals)
  if (t.length > 1 && t[0] === t[0]!.toUpperCase() && t === t.toUpperCase() && t !== t.toLowerCase()) {
    // all capitals inside a sentence that is not itself in capitals
    const around = norm.slice(Math.max(0, at - 40), at + 40);
    if (around !== around.toUpperCase()) return false;
  }
  if (BAY.test(t) && DON_BEFORE.test(norm.slice(Math.max(0, at - 6), at))) return false;
  return true;
}

export function capitalised(norm: string, at: number): boolean {
  const c = norm[at] ?? "";
  return c !== c.toLowerCase();
}

/** The folded word just before a position ("" when none). */
export function lastWord(key: string, at: number): string {
  let e = at;
  while (e > 0 && key.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && letterOrMarkUnit(key, b - 1)) b--;
  return key.slice(b, e);
}

/** A listed place's name (one to three words) ends right before the number: "Việt Nam 6 tàu", "Đà Nẵng 9 trường hợp". */
export function placeBefore(key: string, numStart: number): boolean {
  const before = key.slice(Math.max(0, numStart - 40), numStart).trimEnd().split(" ");
  for (let n = 1; n <= 3 && n <= before.length; n++) if (isPlace(before.slice(-n).join(" "))) return true;
  return false;
}

export function previousWordCapitalised(norm: string, numStart: number, words = 1): boolean {
  // the same as matching /([\p{L}\p{M}]+)\s{1,2}$/ on the 30 characters before, without a regex
  let at = numStart;
  for (let k = 0; k < words; k++) {
    const floor = Math.max(0, at - 30);
    let i = at;
    while (i > floor && at - i < 3 && isSpace(norm.charCodeAt(i - 1))) i--;
    const spaces = at - i;
    if (spaces < 1 || spaces > 2 || i === floor || !isLetterOrMark(norm, i - 1)) return false;
    while (i > floor && isLetterOrMark(norm, i - 1)) i--;
    at = i;
    const w0 = norm[i]!;
    if (w0 === w0.toLowerCase()) continue;
    // /(?:^|[.!?:;\n"“(\-]\s*)$/ on the 30 characters before the word
    if (at === 0) continue;
    const floor2 = Math.max(0, at - 30);
    let j = at;
    let newline = false;
    while (j > floor2 && isSpace(norm.charCodeAt(j - 1))) {
      if (norm.charCodeAt(j - 1) === 10) newline = true;
      j--;
    }
    if (newline) continue;
    if (j > floor2 && OPENERS.includes(norm[j - 1]!)) continue;
    return true;
  }
  return false;
}

const OPENERS = '.!?:;"“(-';
const LETTER_OR_MARK = named("count-words.LETTER_OR_MARK", /[\p{L}\p{M}]/u);

/**
 * /[\p{L}\p{M}]/u.test(s[i]) (one UTF-16 unit: a surrogate is no letter), deciding the Latin and
 * Vietnamese ranges without the regex.
 */
function letterOrMarkUnit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0x80) return false;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f)) return true;
  return LETTER_OR_MARK.test(s[i]!);
}

/**
 * JavaScript's \s, for a unit (or -1, NaN: no space). Above ASCII by the table of text/chars.ts,
 * whose SPACE is /\s/u itself (a chain of comparisons there had branches few texts reach).
 */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && (cls(c) & C_SPACE) !== 0);
}

/** [\p{L}\p{M}] for the UTF-16 unit at i (Latin and Vietnamese letters without a regex). */
export function isLetterOrMark(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9) || (c >= 0x300 && c <= 0x36f)) return true;
  if (c >= 0xd800 && c <= 0xdfff) return LETTER_OR_MARK.test(String.fromCodePoint(s.codePointAt(c >= 0xdc00 ? i - 1 : i)!));
  return LETTER_OR_MARK.test(s[i]!);
}
