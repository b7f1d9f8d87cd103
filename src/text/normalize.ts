/**
 * Normalised working copy of an input, with an offset map back to the original, its folded key
 * and its token table — all from one table-driven pass over the input.
 *
 *   "Hoa\u0300"  (NFD)  → norm "Hoà",   original spans preserved through `span()`
 *   "ðồng"              → norm "đồng"   (ð/Ð lookalikes of đ/Đ)
 *   "a\u00a0b", "a\u200bb" → "a b", "ab"  (no-break spaces to spaces, zero-width removed)
 *   "2016–2020"         → "2016-2020"   (en/em dashes and minus to "-")
 *   "“x”" / "‘x’"       → kept as they are (quotes do not matter to any rule)
 *
 * Recognisers read `doc.norm` (case kept) and `doc.key` (folded, see fold.ts): both have the
 * same length, so one index serves both; `doc.tokens` lists their words (tokens.ts).
 * `doc.span(s, e)` turns a norm range into an original `{start, end}`: `doc.input.slice(start,
 * end)` is what the user sees.
 *
 * The offset map is the identity while every unit maps to one unit: one-for-one replacements
 * (no-break spaces, dashes, tab, ð, a lone CR) and NFC singletons keep it. Only a removed unit
 * (zero-width, BOM, soft hyphen, the CR of CR LF) or a cluster with combining marks (a base and
 * the marks NFC composes with it, normalised together; each of its units maps to the whole
 * cluster) starts a per-unit map.
 */
import { cls, codePointClass, DIGIT, DROP, JOINS, LETTER, MARK, SPACE, SWAP, swapUnit, TABLES, UNSTABLE, UPPER, WORD } from "./chars.js";
import { placeTone, unitsToString } from "./fold.js";
import { HASH_MUL, HASH_SEED, lexicon, T_CAP, T_DIGITS, T_GAP, T_LETTERS, T_LINE, T_UPPER, T_WORD, TokenBuilder, type Tokens } from "./tokens.js";

export interface Span {
  start: number;
  end: number;
}

export interface Doc {
  /** The original input, never changed. */
  readonly input: string;
  /** NFC, lookalikes replaced, invisible characters removed. */
  readonly norm: string;
  /** Folded key of norm, same length (lower case, y→i, canonical tone placement). */
  readonly key: string;
  /** Words and punctuation of norm, in order (tokens.ts). */
  readonly tokens: Tokens;
  /** The norm index of an original position: the last unit that starts at or before it. */
  normAt(pos: number): number;
  /** Original span of a norm range. */
  span(start: number, end: number): Span;
  /** Original text of a norm range. */
  text(start: number, end: number): string;
}

const { CLS, FOLD, KNOWN } = TABLES;
/** Units that leave the plain path: replaced, removed, changed by NFC, or a surrogate. */
const SLOW = SWAP | DROP | UNSTABLE;

export function makeDoc(input: string): Doc {
  const n = input.length;
  let cap = n + 16;
  let norm = new Uint16Array(cap);
  let key = new Uint16Array(cap);
  /** Original start and end of each norm unit, from the first unit that is not one-for-one. */
  let oS = null as Int32Array | null;
  let oE = null as Int32Array | null;
  let u = 0; // norm units written
  let swapped = false; // a unit was replaced: norm is not the input
  let lone = false; // a lone surrogate (kept as it is)
  const toks = new TokenBuilder((n >> 2) + 16);

  const grow = (need: number) => {
    while (cap < need) cap *= 2;
    const g16 = (a: Uint16Array) => {
      const b = new Uint16Array(cap);
      b.set(a);
      return b;
    };
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    norm = g16(norm);
    key = g16(key);
    if (oS) {
      oS = g32(oS);
      oE = g32(oE!);
    }
  };
  /** From here on, norm and input indexes part: the map so far is the identity. */
  const mapFromHere = () => {
    if (oS) return;
    oS = new Int32Array(cap);
    oE = new Int32Array(cap);
    for (let t = 0; t < u; t++) {
      oS[t] = t;
      oE[t] = t + 1;
    }
  };

  // the fold and token state, fed one norm unit at a time
  let v = 0; // next norm unit to fold
  let syl = -1; // start of the syllable being read (letters and marks)
  let tok = -1; // start of the word token being read
  let tflags = 0;
  let allUpper = true;
  let gap = T_LINE; // flags of the gap before the next token
  const endWord = (e: number) => {
    let h = HASH_SEED;
    for (let q = tok; q < e; q++) h = Math.imul(h ^ key[q]!, HASH_MUL);
    toks.push(tok, e, tflags | (allUpper && tflags & T_LETTERS ? T_UPPER : 0), lexicon.find(key, tok, e, h));
    tok = -1;
  };
  const feed = () => {
    for (; v < u; v++) {
      const d = norm[v]!;
      let k = CLS[d]!;
      if (!(k & KNOWN)) k = cls(d);
      let wk = k; // class for the tokens: a surrogate pair's is its code point's
      let width = 1;
      if ((d & 0xf800) === 0xd800) {
        const lo = v + 1 < u ? norm[v + 1]! : 0;
        if (d < 0xdc00 && (lo & 0xfc00) === 0xdc00) {
          wk = codePointClass(((d - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
          width = 2;
        } else wk = 0;
      }
      // fold: letters and marks make a syllable; its tone moves when it ends (fold.ts)
      if (k & (LETTER | MARK)) {
        key[v] = FOLD[d]!;
        if (syl < 0) syl = v;
      } else {
        key[v] = d;
        if (width === 2) key[v + 1] = norm[v + 1]!;
        if (syl >= 0) {
          placeTone(key, syl, v);
          syl = -1;
        }
      }
      // tokens: runs of letters, marks and digits; one token per other non-space character
      if (wk & WORD) {
        if (tok < 0) {
          tok = v;
          tflags = T_WORD | gap | (wk & UPPER ? T_CAP : 0);
          allUpper = true;
          gap = 0;
        }
        if (wk & LETTER) {
          tflags |= T_LETTERS;
          if (!(wk & UPPER)) allUpper = false;
        }
        if (wk & DIGIT) tflags |= T_DIGITS;
      } else {
        if (tok >= 0) endWord(v);
        if (k & SPACE) gap |= d === 0x0a || d === 0x2028 || d === 0x2029 ? T_GAP | T_LINE : T_GAP;
        else {
          let h = Math.imul(HASH_SEED ^ d, HASH_MUL);
          if (width === 2) h = Math.imul(h ^ key[v + 1]!, HASH_MUL);
          toks.push(v, v + width, gap, lexicon.find(key, v, v + width, h));
          gap = 0;
        }
      }
      v += width - 1;
    }
  };

  let diverged = false; // norm[] holds the units (until then they are the input's)
  for (let i = 0; i < n; ) {
    const c = input.charCodeAt(i);
    let k = CLS[c]!;
    if (!(k & KNOWN)) k = cls(c);
    if (!(k & SLOW) && (c & 0xf800) !== 0xd800 && !(i + 1 < n && CLS[input.charCodeAt(i + 1)]! & JOINS)) {
      // the plain path: the unit as it is. Fold and tokens as in feed(), inline for speed.
      if (u === cap) grow(u + 1);
      if (diverged) {
        norm[u] = c;
        if (oS) {
          oS[u] = i;
          oE![u] = i + 1;
        }
      }
      if (k & (LETTER | MARK)) {
        key[u] = FOLD[c]!;
        if (syl < 0) syl = u;
      } else {
        key[u] = c;
        if (syl >= 0) {
          placeTone(key, syl, u);
          syl = -1;
        }
      }
      if (k & WORD) {
        if (tok < 0) {
          tok = u;
          tflags = T_WORD | gap | (k & UPPER ? T_CAP : 0);
          allUpper = true;
          gap = 0;
        }
        if (k & LETTER) {
          tflags |= T_LETTERS;
          if (!(k & UPPER)) allUpper = false;
        }
        if (k & DIGIT) tflags |= T_DIGITS;
      } else {
        if (tok >= 0) endWord(u);
        if (k & SPACE) gap |= c === 0x0a || c === 0x2028 || c === 0x2029 ? T_GAP | T_LINE : T_GAP;
        else {
          toks.push(u, u + 1, gap, lexicon.find(key, u, u + 1, Math.imul(HASH_SEED ^ c, HASH_MUL)));
          gap = 0;
        }
      }
      u++;
      i++;
      v = u;
      continue;
    }
    if (!diverged) {
      for (let t = 0; t < u; t++) norm[t] = input.charCodeAt(t);
      diverged = true;
    }
    i = slow(i, c, k, i + 1 < n ? input.charCodeAt(i + 1) : 0);
    feed();
  }
  feed();
  if (syl >= 0) placeTone(key, syl, u);
  if (tok >= 0) endWord(u);

  /** A unit off the plain path; returns the index after what it consumed. */
  function slow(i: number, c: number, k: number, next: number): number {
    // a cluster: the unit (or surrogate pair) and the marks NFC may compose with it
    let j = i + 1;
    const pair = c >= 0xd800 && c < 0xdc00 && (next & 0xfc00) === 0xdc00;
    if (pair) j++;
    while (j < n && CLS[input.charCodeAt(j)]! & JOINS) j++;
    if (j - i === 1 && !(c >= 0xd800 && c < 0xe000)) {
      if (k & DROP || (c === 0x0d && next === 0x0a)) {
        mapFromHere();
        return j;
      }
      let out = c;
      if (k & SWAP) out = swapUnit(c);
      else if (k & UNSTABLE) {
        const nf = String.fromCharCode(c).normalize("NFC");
        if (nf.length !== 1) return put(nf, i, j);
        out = nf.charCodeAt(0);
      }
      if (u === cap) grow(u + 1);
      norm[u] = out;
      swapped ||= out !== c;
      if (oS) {
        oS[u] = i;
        oE![u] = j;
      }
      u++;
      return j;
    }
    if (pair && j - i === 2) {
      // a surrogate pair without marks: as it is (an astral NFC singleton is normalised)
      const pair = input.slice(i, j);
      const nf = pair.normalize("NFC");
      if (nf !== pair) return put(nf, i, j);
      if (u + 2 > cap) grow(u + 2);
      norm[u] = c;
      norm[u + 1] = next;
      if (oS) {
        oS[u] = i;
        oE![u] = i + 1;
        oS[u + 1] = i + 1;
        oE![u + 1] = j;
      }
      u += 2;
      return j;
    }
    if (j - i === 1) {
      // a lone surrogate: kept
      lone = true;
      if (u === cap) grow(u + 1);
      norm[u] = c;
      if (oS) {
        oS[u] = i;
        oE![u] = j;
      }
      u++;
      return j;
    }
    let piece = input.slice(i, j).normalize("NFC");
    const first = piece.charCodeAt(0);
    if (cls(first) & SWAP) piece = String.fromCharCode(swapUnit(first)) + piece.slice(1);
    return put(piece, i, j);
  }
  /** Units of a rewritten cluster input[i..j), each mapped to the whole cluster. */
  function put(piece: string, i: number, j: number): number {
    mapFromHere();
    if (u + piece.length > cap) grow(u + piece.length);
    for (let q = 0; q < piece.length; q++) {
      const d = piece.charCodeAt(q);
      if (d >= 0xd800 && d < 0xe000 && !(d < 0xdc00 ? (piece.charCodeAt(q + 1) & 0xfc00) === 0xdc00 : q > 0 && (piece.charCodeAt(q - 1) & 0xfc00) === 0xd800)) lone = true;
      norm[u] = d;
      oS![u] = i;
      oE![u] = j;
      u++;
    }
    swapped = true;
    return j;
  }

  const normStr = !diverged || (!oS && !swapped) ? input : unitsToString(norm, u, lone);
  const keyStr = unitsToString(key, u, lone);
  const map = oS ? { s: oS.subarray(0, u), e: oE!.subarray(0, u) } : null;
  return doc(input, normStr, keyStr, toks.done(), map);
}

function doc(input: string, norm: string, key: string, tokens: Tokens, map: { s: Int32Array; e: Int32Array } | null): Doc {
  const origStart = (u: number): number => (u >= norm.length ? input.length : map!.s[u]!);
  const origEnd = (u: number): number => (u >= norm.length ? input.length : map!.e[u]!);
  return {
    input,
    norm,
    key,
    tokens,
    normAt(pos: number): number {
      if (!map || norm.length === 0) return Math.min(pos, norm.length);
      if (pos >= input.length) return norm.length;
      // the last unit that starts at or before pos (0 when none does)
      const s = map.s;
      let lo = 0;
      let hi = s.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (s[mid]! <= pos) lo = mid + 1;
        else hi = mid;
      }
      return lo > 0 ? lo - 1 : 0;
    },
    span(start: number, end: number): Span {
      if (!map || norm.length === 0) return { start, end };
      const s = origStart(start);
      return { start: s, end: end > start ? origEnd(end - 1) : s };
    },
    text(start: number, end: number): string {
      const sp = this.span(start, end);
      return input.slice(sp.start, sp.end);
    },
  };
}
