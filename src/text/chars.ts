import { named } from "./named.js";
/**
 * Character tables for the one pass over a text (normalize.ts) and for fold.ts: one lookup per
 * UTF-16 unit instead of a regex test.
 *
 *   cls("a")  → LETTER              cls("Ấ") → LETTER | UPPER     cls("7") → DIGIT
 *   cls(" ")  → SPACE               cls("\u0301") → MARK | JOINS  cls("\u00a0") → SPACE | SWAP
 *   foldUnit("Ỷ") → "ỉ"  (lower case, y → i, tone kept; tone placement is fold.ts's job)
 *   swapUnit("–") → "-"  (one-for-one: the offset map stays the identity)
 *
 * Units below U+2000 (every letter Vietnamese uses) are tabled when the module loads; the rest
 * on first sight. Surrogates are classed per code point by {@link codePointClass}.
 */

/** \p{L}: a letter. */
export const LETTER = 1;
/** \p{M}: a combining mark (part of a word, like a letter). */
export const MARK = 2;
/** \p{N}: a digit or other number character. */
export const DIGIT = 4;
/** \p{Lu}: an upper-case letter. */
export const UPPER = 8;
/** \s: white space (as the regex engine sees it). */
export const SPACE = 16;
/** A mark that joins the cluster of the character before it (the ones NFC composes). */
export const JOINS = 32;
/** Replaced by one other unit: no-break spaces, dashes, tab, ð/Ð/Ɖ, a lone CR. */
export const SWAP = 64;
/** Removed: zero-width characters, BOM, soft hyphen (and CR before LF, decided in context). */
export const DROP = 128;
/** NFC changes this unit on its own (a singleton such as U+2126 Ω). */
export const UNSTABLE = 256;
/** Letters, marks and digits: what the word edges of rx.ts treat as inside a word. */
export const WORD = LETTER | MARK | DIGIT;
const KNOWN = 0x8000;

/** One-for-one replacements; the offset map stays the identity. */
const SWAPS: Record<number, number> = {
  0x00f0: 0x0111, // ð (Icelandic eth) → đ
  0x00d0: 0x0110, // Ð → Đ
  0x0189: 0x0110, // Ɖ (African D) → Đ
  0x00a0: 0x20,
  0x2007: 0x20,
  0x202f: 0x20,
  0x2009: 0x20,
  0x200a: 0x20,
  0x2002: 0x20,
  0x2003: 0x20,
  0x3000: 0x20,
  0x09: 0x20, // tab
  0x2013: 0x2d, // en dash
  0x2014: 0x2d, // em dash
  0x2012: 0x2d,
  0x2212: 0x2d, // minus sign
  0x2010: 0x2d,
  0x2011: 0x2d,
  0x0d: 0x0a, // a lone CR (CR LF loses its CR)
};
const DROPS = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad];

const CLS = new Uint16Array(0x10000);
const FOLD = new Uint16Array(0x10000);
const SWAP_TO = new Uint16Array(0x10000);

const RE_LETTER = named("chars.RE_LETTER", /\p{L}/u);
const RE_MARK = named("chars.RE_MARK", /\p{M}/u);
const RE_DIGIT = named("chars.RE_DIGIT", /\p{N}/u);
const RE_UPPER = named("chars.RE_UPPER", /\p{Lu}/u);
const RE_SPACE = named("chars.RE_SPACE", /\s/u);

function isJoiningMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** The y → i letters, with their tones: ỳ ý ỷ ỹ ỵ → ì í ỉ ĩ ị (upper case folded first). */
const Y_TO_I = new Map<string, string>();
for (const [y, i] of [["y", "i"], ...["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"].map((t) => [("y" + t).normalize("NFC"), ("i" + t).normalize("NFC")])] as [string, string][])
  Y_TO_I.set(y, i);

function learn(c: number): number {
  let k = KNOWN;
  if (c >= 0xd800 && c < 0xe000) {
    // surrogates: classed per code point, never letters of a Vietnamese syllable
    CLS[c] = k;
    FOLD[c] = c;
    return k;
  }
  const ch = String.fromCharCode(c);
  if (RE_LETTER.test(ch)) k |= LETTER;
  if (RE_MARK.test(ch)) k |= MARK;
  if (RE_DIGIT.test(ch)) k |= DIGIT;
  if (RE_UPPER.test(ch)) k |= UPPER;
  if (RE_SPACE.test(ch)) k |= SPACE;
  if (isJoiningMark(c)) k |= JOINS;
  const swap = SWAPS[c];
  if (swap !== undefined) {
    k |= SWAP;
    SWAP_TO[c] = swap;
  }
  if (DROPS.includes(c)) k |= DROP;
  if (!(k & MARK) && ch.normalize("NFC") !== ch) k |= UNSTABLE;
  // the folded unit: lower case where that keeps one unit, then y → i (fold.ts)
  let f = ch;
  if (k & (LETTER | MARK)) {
    const lo = ch.toLowerCase();
    if (lo.length === 1) f = lo;
    f = Y_TO_I.get(f) ?? f;
  }
  FOLD[c] = f.charCodeAt(0);
  CLS[c] = k;
  return k;
}
for (let c = 0; c < 0x2000; c++) learn(c);
for (const c of [...Object.keys(SWAPS).map(Number), ...DROPS]) learn(c);
// every joining mark is known from the start: the pass tests the unit after each one by table
for (let c = 0x20d0; c <= 0x20ff; c++) learn(c);
for (let c = 0xfe20; c <= 0xfe2f; c++) learn(c);

/** The class bits of a UTF-16 unit (a surrogate has none: see {@link codePointClass}). */
export function cls(c: number): number {
  const k = CLS[c]!;
  return k & KNOWN ? k : learn(c);
}

/** The folded unit (lower case, y → i) of a unit of NFC text; others pass through. */
export function foldUnit(c: number): number {
  if (!(CLS[c]! & KNOWN)) learn(c);
  return FOLD[c]!;
}

/** The replacement of a SWAP unit. */
export function swapUnit(c: number): number {
  return SWAP_TO[c]!;
}

/** Direct table access for the hot loop: class bits (0 until learned) and folded units. */
export const TABLES = { CLS, FOLD, KNOWN } as const;

const ASTRAL = new Map<number, number>();
/** Class bits (LETTER, MARK, DIGIT, UPPER) of a code point above U+FFFF. */
export function codePointClass(cp: number): number {
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = (RE_LETTER.test(ch) ? LETTER : 0) | (RE_MARK.test(ch) ? MARK : 0) | (RE_DIGIT.test(ch) ? DIGIT : 0) | (RE_UPPER.test(ch) ? UPPER : 0);
    ASTRAL.set(cp, k);
  }
  return k;
}

/**
 * The UTF-16 unit of `s` at `i`, or -1 outside it. `charCodeAt` answers NaN there, and optimised
 * code that reads past a string's end is thrown away ("out of bounds" deopt) and compiled again:
 * scans that look one unit ahead or behind read through this instead.
 */
export function unitAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : -1;
}
