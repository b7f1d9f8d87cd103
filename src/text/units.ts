/**
 * One 32-bit entry per UTF-16 unit for the one pass of normalize.ts: the folded unit in the high
 * half, the class bits of chars.ts and a few the pass derives from them in the low half, so that
 * each unit of the input costs one table read.
 *
 *   unitOf("Ấ")      → fold "ấ" << 16 | LETTER | UPPER
 *   unitOf("o")      → fold "o" << 16 | LETTER | LOWISH | LOWLET
 *   unitOf("ò")      → … | TOU   (a toned o/u: a tone that may move to the next vowel, fold.ts)
 *   unitOf("a")      → … | BAEI  (a bare a/e/i: the vowel it may move to)
 *   unitOf("\n")     → "\n" << 16 | SPACE | LF
 *   unitOf("\u00a0") → " " << 16 | SPACE | SWAP   (a one-for-one swap: the unit it becomes)
 *   unitOf("\u200b") → … | DROP                  (off the plain path: the pass hands it to slow.ts)
 *
 * Units below U+2000 are tabled at load, the rest on first sight (see {@link unitOf}).
 *
 * {@link unitsOf} copies a text's units into a reused Uint16Array: the pass reads them from there
 * (a typed array read, where charCodeAt tests the string's representation each time).
 */
import { cls, DROP, foldUnit, LETTER, MARK, SWAP, swapUnit, UNSTABLE, UPPER } from "./chars.js";
import { NODE_BUFFER, toneRole } from "./fold.js";

/** A surrogate (a pair or a lone one): off the plain path. */
export const SURR = 1 << 9;
/** A letter or mark that is not upper case (a capital after one makes a token T_ODD). */
export const LOWISH = 1 << 10;
/** A letter that is not upper case (a token holding one is not T_UPPER). */
export const LOWLET = 1 << 11;
/** The line feed. */
export const LF = 1 << 12;
/** A toned o or u (its folded form): the first vowel of a pair whose tone may move. */
export const TOU = 1 << 13;
/** A bare a, e or i (its folded form): the second vowel of such a pair. TOU << 1. */
export const BAEI = 1 << 14;
/** Set until the entry is learned (every entry starts so): the pass tests it with JOINS, in one go. */
export const UNKNOWN = 1 << 15;
/** Off the plain path: replaced, removed, changed by NFC, or a surrogate. */
export const OFF = SWAP | DROP | UNSTABLE | SURR;

const UNITS = new Int32Array(0x10000).fill(UNKNOWN);

function learn(c: number): number {
  let k = cls(c) & 0x1ff;
  if (c >= 0xd800 && c < 0xe000) k |= SURR;
  if (k & (LETTER | MARK) && !(k & UPPER)) k |= LOWISH;
  if (k & LETTER && !(k & UPPER)) k |= LOWLET;
  if (c === 0x0a) k |= LF;
  const f = foldUnit(c);
  const role = toneRole(f);
  if (k & LETTER && role === 1) k |= TOU;
  if (k & LETTER && role === 2) k |= BAEI;
  // a one-for-one swap holds the unit it becomes (never read as itself: the pass reads that one)
  const e = ((k & SWAP ? swapUnit(c) : f) << 16) | k;
  UNITS[c] = e;
  return e;
}
for (let c = 0; c < 0x2000; c++) learn(c);

/** The entry of a unit (learned on first sight). */
export function unitOf(c: number): number {
  const e = UNITS[c]!;
  return e & UNKNOWN ? learn(c) : e;
}

/** The table itself, for the hot loop: an entry with UNKNOWN is not learned yet. */
export const UNIT_TABLE = UNITS;

/** The units buffer reused from one call to the next (up to this many units; longer texts get their own). */
const REUSE_MAX = 1 << 18;
let reused = new Uint16Array(1024);
let reusedBytes: Buffer | null = null;

/**
 * The units of `s`, then a 0 (so a pass may read one unit past the end), in an array that the
 * next call may overwrite: read it before calling again.
 */
export function unitsOf(s: string): Uint16Array {
  const n = s.length;
  let a = reused;
  let bytes = reusedBytes;
  if (n + 1 > a.length) {
    a = new Uint16Array(Math.max(n + 1, Math.min(REUSE_MAX, a.length * 2)));
    bytes = null;
    if (a.length <= REUSE_MAX) {
      reused = a;
      reusedBytes = null;
    }
  }
  if (NODE_BUFFER) {
    // Node's Buffer copies the units natively (~0.2 ns a unit, ~80 ns a call; fold.ts NODE_BUFFER)
    if (!bytes) {
      bytes = NODE_BUFFER.from(a.buffer, a.byteOffset, a.byteLength);
      if (a === reused) reusedBytes = bytes;
    }
    bytes.write(s, 0, "utf16le");
  } else copyUnits(s, a);
  a[n] = 0;
  return a;
}

/** The units of `s` into `a` by charCodeAt: {@link unitsOf} where there is no Node Buffer (a browser). */
export function copyUnits(s: string, a: Uint16Array): void {
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
}
