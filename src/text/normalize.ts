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
import { hashUnits, HASH_MUL, HASH_SEED, lexicon, T_CAP, T_DIGITS, T_GAP, T_LETTERS, T_LINE, T_ODD, T_UPPER, T_WORD, TokenBuilder, type Tokens } from "./tokens.js";

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
  /** What the recognisers compute once per document and share (see DocMemo). */
  readonly memo: DocMemo;
  /** The norm index of an original position: the last unit that starts at or before it. */
  normAt(pos: number): number;
  /** Original span of a norm range. */
  span(start: number, end: number): Span;
  /** Original text of a norm range. */
  text(start: number, end: number): string;
}

/**
 * Results that later stages compute once per document and share, one slot per owner (its module
 * gives the slot its type). A plain object of one fixed shape: a WeakMap keyed by the document cost
 * ~0.8 µs a document per cache (its set and the GC's work on it), with eight of them per parse.
 */
export class DocMemo {
  /** recognize/number.ts scanNumbers: every number of the text. */
  numbers: unknown = undefined;
  /** recognize/number-convention.ts separatorGroups: digit groups with a separator. */
  groups: unknown = undefined;
  /** recognize/number-tokens.ts markedTokens: the tokens the figure and date scans start from. */
  marked: unknown = undefined;
  /** recognize/name.ts nameCandidates. */
  names: unknown = undefined;
  /** recognize/people-starts.ts: where recognizePeople found names start. */
  nameStarts: unknown = undefined;
  /** recognize/honorific.ts honorificsBefore, by position. */
  honorifics: unknown = undefined;
  /** recognize/title.ts parseOrg: organisation phrases read, per set of name starts. */
  orgPhrases: unknown = undefined;
  /** recognize/date-year.ts yearMentions. */
  years: unknown = undefined;
  /** recognize/category.ts: whether the text is a court or crime report. */
  crime: unknown = undefined;
}

const { CLS, FOLD, KNOWN } = TABLES;
/** Units that leave the plain path: replaced, removed, changed by NFC, or a surrogate. */
const SLOW = SWAP | DROP | UNSTABLE;

/**
 * The state of the pass. The hot loop of makeDoc keeps it in local variables and hands it over
 * here only around the rare units off the plain path (closures over the loop's variables would
 * make every one of them a memory slot).
 */
interface Pass {
  input: string;
  n: number;
  cap: number;
  /** Norm units, once they part from the input's (`diverged`). */
  norm: Uint16Array;
  key: Uint16Array;
  /** Original start and end of each norm unit, from the first unit that is not one-for-one. */
  oS: Int32Array | null;
  oE: Int32Array | null;
  u: number; // norm units written
  v: number; // norm units folded and tokenised
  diverged: boolean;
  swapped: boolean; // a unit was replaced: norm is not the input
  lone: boolean; // a lone surrogate (kept as it is)
  syl: number; // start of the syllable being read (letters and marks), or -1
  tok: number; // start of the word token being read, or -1
  tflags: number;
  allUpper: boolean;
  lower: boolean; // the last unit of the word token being read is a letter (not upper case) or a mark
  gap: number; // flags of the gap before the next token
  toks: TokenBuilder;
}

export function makeDoc(input: string): Doc {
  const n = input.length;
  const toks = new TokenBuilder(((n / 3) | 0) + 16);
  let cap = n + 16;
  let key: Uint16Array = new Uint16Array(cap);
  let norm: Uint16Array = EMPTY16;
  let oS = null as Int32Array | null;
  let oE = null as Int32Array | null;
  let u = 0;
  let diverged = false;
  let syl = -1;
  let tok = -1;
  let tflags = 0;
  let allUpper = true;
  let lower = false;
  let gap = T_LINE;
  let st: Pass | null = null;

  let h = HASH_SEED; // hash of the word token being read (see tokens.ts)
  let rehash = false; // a tone moved inside it: hash it again at its end
  let next = n > 0 ? input.charCodeAt(0) : 0;
  for (let i = 0; i < n; ) {
    const c = next;
    next = i + 1 < n ? input.charCodeAt(i + 1) : 0;
    let k = CLS[c]!;
    if (!(k & KNOWN)) k = cls(c);
    if (!(k & SLOW) && (c & 0xf800) !== 0xd800 && !(CLS[next]! & JOINS)) {
      // the plain path: the unit as it is. Fold and tokens as in feed(), inline for speed.
      if (diverged) {
        if (u === cap) {
          st = sync(st, input, cap, norm, key, oS, oE, u, diverged, syl, tok, tflags, allUpper, lower, gap, toks);
          grow(st, u + 1);
          ({ cap, norm, key, oS, oE } = st);
        }
        norm[u] = c;
        if (oS) {
          oS[u] = i;
          oE![u] = i + 1;
        }
      }
      let f = c; // the folded unit
      if (k & (LETTER | MARK)) {
        key[u] = f = FOLD[c]!;
        if (syl < 0) syl = u;
      } else {
        key[u] = c;
        if (syl >= 0) {
          if (placeTone(key, syl, u)) rehash = true;
          syl = -1;
        }
      }
      if (k & WORD) {
        if (tok < 0) {
          tok = u;
          tflags = T_WORD | gap | (k & UPPER ? T_CAP : 0);
          allUpper = true;
          lower = false;
          gap = 0;
          h = HASH_SEED;
          rehash = false;
        }
        h = Math.imul(h ^ f, HASH_MUL);
        if (k & UPPER) {
          if (lower) tflags |= T_ODD; // a capital glued on ("đốcSở")
          lower = false;
        } else lower = (k & (LETTER | MARK)) !== 0;
        if (k & LETTER) {
          tflags |= T_LETTERS;
          if (!(k & UPPER)) allUpper = false;
        }
        if (k & DIGIT) tflags |= T_DIGITS;
      } else {
        if (tok >= 0) {
          if (rehash) h = hashUnits(key, tok, u);
          toks.push(tok, u, tflags | (allUpper && tflags & T_LETTERS ? T_UPPER : 0), lexicon.find(key, tok, u, h));
          tok = -1;
        }
        if (k & SPACE) gap |= c === 0x0a ? T_GAP | T_LINE : T_GAP;
        else {
          toks.push(u, u + 1, gap, lexicon.find(key, u, u + 1, Math.imul(HASH_SEED ^ c, HASH_MUL)));
          gap = 0;
        }
      }
      u++;
      i++;
      continue;
    }
    // off the plain path: the state goes to the slow functions and comes back
    st = sync(st, input, cap, norm, key, oS, oE, u, diverged, syl, tok, tflags, allUpper, lower, gap, toks);
    if (!diverged) {
      st.norm = new Uint16Array(cap);
      for (let t = 0; t < u; t++) st.norm[t] = input.charCodeAt(t);
      st.diverged = diverged = true;
    }
    i = slow(st, i, c, k, next);
    next = i < n ? input.charCodeAt(i) : 0;
    feed(st);
    ({ cap, norm, key, oS, oE, u, syl, tok, tflags, allUpper, lower, gap } = st);
    rehash = true; // the word token read on may hold units of the slow path
  }
  if (syl >= 0) placeTone(key, syl, u);
  if (tok >= 0) toks.push(tok, u, tflags | (allUpper && tflags & T_LETTERS ? T_UPPER : 0), lexicon.find(key, tok, u, hashUnits(key, tok, u)));
  const swapped = st?.swapped ?? false;
  const lone = st?.lone ?? false;
  const normStr = !diverged || (!oS && !swapped) ? input : unitsToString(norm, u, lone);
  const keyStr = unitsToString(key, u, lone);
  const map = oS ? { s: oS.subarray(0, u), e: oE!.subarray(0, u) } : null;
  return doc(input, normStr, keyStr, toks.done(), map);
}

/** The loop's local state into a Pass (made on the first call). */
function sync(
  p: Pass | null,
  input: string,
  cap: number,
  norm: Uint16Array,
  key: Uint16Array,
  oS: Int32Array | null,
  oE: Int32Array | null,
  u: number,
  diverged: boolean,
  syl: number,
  tok: number,
  tflags: number,
  allUpper: boolean,
  lower: boolean,
  gap: number,
  toks: TokenBuilder,
): Pass {
  if (!p) return { input, n: input.length, cap, norm, key, oS, oE, u, v: u, diverged, swapped: false, lone: false, syl, tok, tflags, allUpper, lower, gap, toks };
  Object.assign(p, { cap, norm, key, oS, oE, u, v: u, diverged, syl, tok, tflags, allUpper, lower, gap });
  return p;
}
const EMPTY16 = new Uint16Array(0);

function grow(p: Pass, need: number): void {
  let cap = p.cap;
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
  p.cap = cap;
  if (p.diverged) p.norm = g16(p.norm);
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

/** Fold and tokenise the norm units written by slow() (the plain path does this inline). */
function feed(p: Pass): void {
  const { norm, key, toks } = p;
  for (let v = p.v; v < p.u; v++) {
    const d = norm[v]!;
    let k = CLS[d]!;
    if (!(k & KNOWN)) k = cls(d);
    let wk = k; // class for the tokens: a surrogate pair's is its code point's
    let width = 1;
    if ((d & 0xf800) === 0xd800) {
      const lo = v + 1 < p.u ? norm[v + 1]! : 0;
      if (d < 0xdc00 && (lo & 0xfc00) === 0xdc00) {
        wk = codePointClass(((d - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
        width = 2;
      } else wk = 0;
    }
    // fold: letters and marks make a syllable; its tone moves when it ends (fold.ts)
    if (k & (LETTER | MARK)) {
      key[v] = FOLD[d]!;
      if (p.syl < 0) p.syl = v;
    } else {
      key[v] = d;
      if (width === 2) key[v + 1] = norm[v + 1]!;
      if (p.syl >= 0) {
        placeTone(key, p.syl, v);
        p.syl = -1;
      }
    }
    // tokens: runs of letters, marks and digits; one token per other non-space character
    if (wk & WORD) {
      if (p.tok < 0) {
        p.tok = v;
        p.tflags = T_WORD | p.gap | (wk & UPPER ? T_CAP : 0);
        p.allUpper = true;
        p.lower = false;
        p.gap = 0;
      }
      if (width === 2) {
        p.tflags |= T_ODD; // a letter above U+FFFF
        p.lower = false;
      } else if (wk & UPPER) {
        if (p.lower) p.tflags |= T_ODD;
        p.lower = false;
      } else p.lower = (wk & (LETTER | MARK)) !== 0;
      if (wk & LETTER) {
        p.tflags |= T_LETTERS;
        if (!(wk & UPPER)) p.allUpper = false;
      }
      if (wk & DIGIT) p.tflags |= T_DIGITS;
    } else {
      if (p.tok >= 0) {
        toks.push(p.tok, v, p.tflags | (p.allUpper && p.tflags & T_LETTERS ? T_UPPER : 0), lexicon.find(key, p.tok, v, hashUnits(key, p.tok, v)));
        p.tok = -1;
      }
      if (k & SPACE) p.gap |= d === 0x0a ? T_GAP | T_LINE : T_GAP;
      else {
        let h = Math.imul(HASH_SEED ^ d, HASH_MUL);
        if (width === 2) h = Math.imul(h ^ key[v + 1]!, HASH_MUL);
        toks.push(v, v + width, p.gap, lexicon.find(key, v, v + width, h));
        p.gap = 0;
      }
    }
    v += width - 1;
  }
  p.v = p.u;
}

function doc(input: string, norm: string, key: string, tokens: Tokens, map: { s: Int32Array; e: Int32Array } | null): Doc {
  const origStart = (u: number): number => (u >= norm.length ? input.length : map!.s[u]!);
  const origEnd = (u: number): number => (u >= norm.length ? input.length : map!.e[u]!);
  return {
    input,
    norm,
    key,
    tokens,
    memo: new DocMemo(),
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
