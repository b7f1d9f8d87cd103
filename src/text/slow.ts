/**
 * The units off the plain path of makeDoc's one pass (normalize.ts): a removed unit (zero-width,
 * BOM, soft hyphen, the CR of CR LF), an NFC singleton, a surrogate, and a cluster of a unit and
 * the combining marks NFC composes with it. They are rare; the pass hands its state over in a
 * {@link Pass}, {@link slowUnits} writes the norm units they become and folds and tokenises them,
 * and the pass takes its state back.
 *
 *   "Hoa\u0300ng" → the cluster "a\u0300" is normalised to "à": norm "Hoàng", each of its units
 *                   mapped to the whole cluster in the input (the offset map starts here)
 *   "a\u200bb"    → "ab" (the zero-width space removed: the map starts here too)
 *   "x😀"         → the surrogate pair kept as it is, one token of its own (astral symbol)
 *
 * One-for-one swaps (no-break spaces, dashes, tab, ð, a lone CR) stay on the plain path; one
 * comes here only before a combining mark (normalised with its cluster, then swapped).
 */
import { cls, codePointClass, DIGIT, DROP, JOINS, LETTER, MARK, SPACE, SWAP, swapUnit, TABLES, UNSTABLE, UPPER, WORD } from "./chars.js";
import { BAEI, LF, LOWISH, LOWLET, SURR, unitOf } from "./units.js";
import { placeTone } from "./fold.js";
import { hashUnits, HASH_MUL, HASH_SEED, lexicon, T_CAP, T_DIGITS, T_GAP, T_LETTERS, T_LINE, T_ODD, T_UPPER, T_WORD, type TokenBuilder } from "./tokens.js";

const { CLS } = TABLES;

/**
 * The state of the pass between runs of plain units (normalize.ts reads it into locals for a
 * run and writes it back) and around the units off the plain path.
 */
export class Pass {
  n: number;
  /** The input's units and a 0 (units.ts unitsOf). */
  units: Uint16Array = EMPTY16;
  /** Input units read. */
  i = 0;
  /** Norm units written (and folded and tokenised). */
  u = 0;
  cap: number;
  /** Norm units, once they part from the input's (`diverged`). */
  norm: Uint16Array = EMPTY16;
  key: Uint16Array;
  /** Original start and end of each norm unit, from the first unit that is not one-for-one. */
  oS: Int32Array | null = null;
  oE: Int32Array | null = null;
  diverged = false;
  swapped = false; // a unit was replaced: norm is not the input
  lone = false; // a lone surrogate (kept as it is)
  gap = T_LINE; // flags of the gap before the next token
  tok = -1; // start of the word token being read, or -1
  tflags = 0; // its flags from its start (T_WORD, the gap's, T_CAP, T_ODD of an astral letter)
  acc = 0; // its units' entries ORed (letters, digits, a letter not upper case: units.ts), and ODD
  kp = 0; // the entry of its last unit
  h = HASH_SEED; // its hash (see tokens.ts)
  rehash = false; // a unit changed after it was hashed, or was not hashed: hash it again at its end
  constructor(
    readonly input: string,
    cap: number,
    key: Uint16Array,
    readonly toks: TokenBuilder,
  ) {
    this.n = input.length;
    this.cap = cap;
    this.key = key;
  }
}
const EMPTY16 = new Uint16Array(0);

/** Letters and marks: the units of a syllable. */
const LM = LETTER | MARK;

/**
 * Tone placement (fold.ts) at the end of a syllable at `end`: true when a tone moved. It moves
 * only when the last two units are vowels (so both in the syllable); placeTone reads at most
 * three units back (a "q" before "uy" is in the syllable when it is there).
 */
export function settleTone(key: Uint16Array, end: number): boolean {
  return placeTone(key, end >= 3 ? end - 3 : 0, end);
}

/** In a token's `acc`: a capital follows a lower-case letter or mark inside it (SURR, which no entry ORed into acc has). */
export const ODD = SURR;

/** The flags of a word token at its end. */
export function tokenFlags(tflags: number, acc: number): number {
  let f = tflags | (acc & LETTER ? T_LETTERS : 0) | (acc & DIGIT ? T_DIGITS : 0) | (acc & ODD ? T_ODD : 0);
  if (f & T_LETTERS && !(acc & LOWLET)) f |= T_UPPER;
  return f;
}

/** The units off the plain path at input[p.i]: written, folded and tokenised; p.i moves past them. */
export function slowUnits(p: Pass): void {
  const { input, n, i } = p;
  if (!p.diverged) {
    // norm parts from the input here: its units so far are the input's
    p.norm = new Uint16Array(p.cap);
    p.norm.set(p.units.subarray(0, p.u));
    p.diverged = true;
  }
  const c = input.charCodeAt(i);
  const from = p.u;
  p.i = slow(p, i, c, cls(c), i + 1 < n ? input.charCodeAt(i + 1) : 0);
  feed(p, from);
}

/** Room for `need` units in every buffer. */
export function grow(p: Pass, need: number): void {
  let cap = p.cap;
  while (cap < need) cap *= 2;
  const g16 = (a: Uint16Array) => {
    const b = new Uint16Array(cap);
    b.set(a.subarray(0, Math.min(a.length, cap)));
    return b;
  };
  const g32 = (a: Int32Array) => {
    const b = new Int32Array(cap);
    b.set(a);
    return b;
  };
  p.cap = cap;
  p.norm = g16(p.norm);
  p.key = g16(p.key);
  if (p.oS) {
    p.oS = g32(p.oS);
    p.oE = g32(p.oE!);
  }
}

/** From here on, norm and input indexes part: the map so far is the identity. */
function mapFromHere(p: Pass): void {
  if (p.oS) return;
  const oS = (p.oS = new Int32Array(p.cap));
  const oE = (p.oE = new Int32Array(p.cap));
  for (let t = 0; t < p.u; t++) {
    oS[t] = t;
    oE[t] = t + 1;
  }
}

/** Write one norm unit (the map follows when there is one). */
function unit(p: Pass, d: number, i: number, j: number): void {
  if (p.u === p.cap) grow(p, p.u + 1);
  p.norm[p.u] = d;
  if (p.oS) {
    p.oS[p.u] = i;
    p.oE![p.u] = j;
  }
  p.u++;
}

/** A unit off the plain path at input[i]; returns the index after what it consumed. */
function slow(p: Pass, i: number, c: number, k: number, next: number): number {
  const { input, n } = p;
  // a cluster: the unit (or surrogate pair) and the marks NFC may compose with it
  let j = i + 1;
  const pair = c >= 0xd800 && c < 0xdc00 && (next & 0xfc00) === 0xdc00;
  if (pair) j++;
  while (j < n && CLS[input.charCodeAt(j)]! & JOINS) j++;
  if (j - i === 1 && (c & 0xf800) !== 0xd800) {
    if (k & DROP || (c === 0x0d && next === 0x0a)) {
      mapFromHere(p);
      return j;
    }
    let out = c;
    if (k & SWAP) out = swapUnit(c);
    else if (k & UNSTABLE) {
      const nf = String.fromCharCode(c).normalize("NFC");
      if (nf.length !== 1) return put(p, nf, i, j);
      out = nf.charCodeAt(0);
    }
    if (out !== c) p.swapped = true;
    unit(p, out, i, j);
    return j;
  }
  if (pair && j - i === 2) {
    // a surrogate pair without marks: as it is (an astral NFC singleton is normalised)
    const s = input.slice(i, j);
    const nf = s.normalize("NFC");
    if (nf !== s) return put(p, nf, i, j);
    unit(p, c, i, i + 1);
    unit(p, next, i + 1, j);
    return j;
  }
  if (j - i === 1) {
    // a lone surrogate: kept
    p.lone = true;
    unit(p, c, i, j);
    return j;
  }
  let piece = input.slice(i, j).normalize("NFC");
  const first = piece.charCodeAt(0);
  if (cls(first) & SWAP) piece = String.fromCharCode(swapUnit(first)) + piece.slice(1);
  return put(p, piece, i, j);
}

/** Units of a rewritten cluster input[i..j), each mapped to the whole cluster. */
function put(p: Pass, piece: string, i: number, j: number): number {
  mapFromHere(p);
  for (let q = 0; q < piece.length; q++) {
    const d = piece.charCodeAt(q);
    if ((d & 0xf800) === 0xd800 && !(d < 0xdc00 ? (piece.charCodeAt(q + 1) & 0xfc00) === 0xdc00 : q > 0 && (piece.charCodeAt(q - 1) & 0xfc00) === 0xd800)) p.lone = true;
    unit(p, d, i, j);
  }
  p.swapped = true;
  return j;
}

/** Fold and tokenise the norm units from `from` written by slow(), as the plain path of normalize.ts does (and a surrogate pair as one unit). */
function feed(p: Pass, from: number): void {
  const { norm, key, toks } = p;
  const end = p.u;
  let { gap, tok, tflags, acc, kp } = p;
  for (let v = from; v < end; v++) {
    const d = norm[v]!;
    const t = unitOf(d);
    let wk = t; // class for the tokens: a surrogate pair's is its code point's
    let width = 1;
    if (t & SURR) {
      const lo = v + 1 < end ? norm[v + 1]! : 0;
      if (d < 0xdc00 && (lo & 0xfc00) === 0xdc00) {
        wk = codePointClass(((d - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
        width = 2;
      } else wk = 0;
    }
    key[v] = t >>> 16;
    if (width === 2) key[v + 1] = norm[v + 1]!;
    if (wk & WORD) {
      if (tok < 0) {
        tok = v;
        tflags = T_WORD | gap | (wk & UPPER ? T_CAP : 0);
        gap = acc = kp = 0;
      } else if (!(t & LM) && kp & BAEI) settleTone(key, v); // a syllable ends inside the token
      if (width === 2) {
        tflags |= T_ODD; // a letter above U+FFFF
        acc |= (wk & (LETTER | DIGIT)) | (wk & LETTER && !(wk & UPPER) ? LOWLET : 0);
        kp = unitOf(norm[v + 1]!); // neither lower case nor a vowel
      } else {
        acc |= t | (kp & LOWISH && t & UPPER ? ODD : 0);
        kp = t;
      }
    } else {
      if (tok >= 0) {
        if (kp & BAEI) settleTone(key, v);
        toks.push(tok, v, tokenFlags(tflags, acc), lexicon.find(key, tok, v, hashUnits(key, tok, v)));
        tok = -1;
      }
      if (t & SPACE) gap |= t & LF ? T_GAP | T_LINE : T_GAP;
      else {
        let h = Math.imul(HASH_SEED ^ d, HASH_MUL);
        if (width === 2) h = Math.imul(h ^ key[v + 1]!, HASH_MUL);
        toks.push(v, v + width, gap, lexicon.find(key, v, v + width, h));
        gap = 0;
      }
    }
    v += width - 1;
  }
  p.gap = gap;
  p.tok = tok;
  p.tflags = tflags;
  p.acc = acc;
  p.kp = kp;
  p.rehash = true; // a token read on holds units not hashed
}
