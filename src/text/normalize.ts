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
 *
 * How the pass is laid out for speed (makeDoc alone ~0.5x the CPU time of the pass it replaced on
 * 2,000 archive posts, scripts/bench-makedoc.mjs): the input's units are copied once into a reused
 * Uint16Array (units.ts unitsOf); plainRun reads them with one lookup per unit in the 32-bit unit
 * table (units.ts: folded unit and class bits) and writes the key and the token table, and stops
 * at whatever is rare — a unit off the plain path (slow.ts), a unit not learned yet, a full token
 * builder — so that its loop calls and allocates nothing. The key buffer and the token builder are
 * reused from one call to the next; the token table is copied out into a shared slab (tokens.ts).
 */
import { JOINS } from "./chars.js";
import { placeTone, unitsToString } from "./fold.js";
import { hashUnits, lexicon, TokenBuilder, type Tokens } from "./tokens.js";
import { Pass, settleTone, slowUnits, tokenFlags } from "./slow.js";
import { OFF, UNIT_TABLE, unitOf, unitsOf } from "./units.js";

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
  /** recognize/people-starts.ts: nameStarts holds the starts of every name candidate (none cut by a byline). */
  nameStartsOfEvery = false;
  /** recognize/honorific.ts honorificsBefore, by position. */
  honorifics: unknown = undefined;
  /** recognize/title-org.ts parseOrg: organisation phrases read, per set of name starts. */
  orgPhrases: unknown = undefined;
  /** recognize/date-year.ts yearMentions. */
  years: unknown = undefined;
  /** recognize/people-index.ts peopleIndex: where the people readers start. */
  peopleIndex: unknown = undefined;
  /** recognize/category.ts: whether the text is a court or crime report. */
  crime: unknown = undefined;
  /** recognize/category.ts: whether the text tells of a crime, an accident or an incident investigated. */
  incident: unknown = undefined;
  /** recognize/people-foreign.ts lastSpeaks: the words before a speech verb, and the last words read. */
  speakers: unknown = undefined;
}

const T = UNIT_TABLE;
/** The key buffer reused from one call to the next (up to this many units; longer texts get their own). */
const SCRATCH_MAX = 1 << 18;
let scratch = new Uint16Array(1024);
/** The token table filled by every call (tokens.ts: done() copies the tokens out), kept while it holds up to this many. */
const BUILDER_MAX = 1 << 16;
let builder = new TokenBuilder(1024);

/**
 * The pass: runs of plain units (see {@link plainRun}), and between them what stops a run: a unit
 * off the plain path (slow.ts writes, folds and tokenises it), a unit seen for the first time
 * (units.ts learns it), a full token table. The state lives in a Pass between them.
 */
export function makeDoc(input: string): Doc {
  const n = input.length;
  const cap = n + 16;
  if (cap > scratch.length && cap <= SCRATCH_MAX) scratch = new Uint16Array(Math.min(SCRATCH_MAX, Math.max(cap, scratch.length * 2)));
  if (builder.start.length > BUILDER_MAX) builder = new TokenBuilder(1024); // let a huge text's table go
  builder.count = 0;
  const p = new Pass(input, cap, cap <= scratch.length ? scratch : new Uint16Array(cap), builder);
  p.units = unitsOf(input);
  const toks = p.toks;
  for (;;) {
    plainRun(p);
    const i = p.i;
    if (i >= n) break;
    toks.reserve(2);
    const t = unitOf(input.charCodeAt(i));
    const tn = i + 1 < n ? unitOf(input.charCodeAt(i + 1)) : 0;
    if (t & OFF || tn & JOINS) slowUnits(p);
  }
  const { u, key, norm, oS, oE, lone } = p;
  if (p.tok >= 0) {
    settleTone(key, u);
    toks.push(p.tok, u, tokenFlags(p.tflags, p.acc), lexicon.find(key, p.tok, u, hashUnits(key, p.tok, u)));
  }
  // norm: the input, or its units with swaps (in p.units), or the units written when they parted
  const normStr = !p.swapped && !oS ? input : !p.diverged ? unitsToString(p.units, n, false) : unitsToString(norm, u, lone);
  const keyStr = unitsToString(key, u, lone);
  const map = oS ? { s: oS.subarray(0, u), e: oE!.subarray(0, u) } : null;
  return doc(input, normStr, keyStr, toks.done(), map);
}

/**
 * Plain units from p.i on, up to the first that stops the run. Per unit: one read of the unit
 * table (units.ts; and one of the next unit's: a combining mark after a unit takes it off the
 * plain path), its folded unit into the key, and either the word token being read goes on (its
 * hash, its units' entries ORed, a capital after a lower-case letter) or it ends and the unit is
 * a gap or a token of its own. Tone placement (fold.ts) runs only where a toned o/u and a bare
 * a/e/i end a syllable.
 *
 * The loop calls nothing that is not inlined and allocates nothing: whatever is rare (a unit to
 * learn or to rewrite, a full token table) ends the run and makeDoc deals with it. Written so,
 * V8 keeps the loop's arrays and state in registers (a call on a rare branch inside the loop made
 * every unit 1.5x as slow).
 */
function plainRun(p: Pass): void {
  // The bits tested, as local literals: V8 folds them into the code, where an imported constant
  // is a load each time (~15% of the loop). Meanings: units.ts, chars.ts, tokens.ts; a wrong value
  // here fails the property tests of test/normalize.test.ts (keys, tokens and flags).
  const UNKNOWN = 0x8000; // units.ts
  const OFF = 0x3c0; // units.ts OFF: SWAP | DROP | UNSTABLE | SURR
  const JOINS = 0x20; // chars.ts
  const WORD = 0x7; // chars.ts LETTER | MARK | DIGIT
  const UPPER = 0x8; // chars.ts
  const SPACE = 0x10; // chars.ts
  const SWAP = 0x40; // chars.ts
  const LF = 0x1000; // units.ts
  const BAEI = 0x4000; // units.ts
  const DIGIT = 0x4; // chars.ts
  const TOU = 0x2000; // units.ts
  const LOWISH_TO_UPPER = 7; // units.ts LOWISH >>> 7 is UPPER
  const UPPER_TO_ODD = 6; // UPPER << 6 is slow.ts ODD
  const T_WORD = 1; // tokens.ts
  const T_CAP = 8;
  const T_GAP = 32;
  const T_LINE = 64;
  const SEED = 0x811c9dc5 | 0; // tokens.ts HASH_SEED
  const MUL = 0x01000193; // tokens.ts HASH_MUL

  const { n, toks, key } = p;
  const src = p.units; // the input's units and a 0 (units.ts unitsOf)
  const i0 = p.i;
  const u0 = p.u;
  let { i, u, gap, tok, tflags, acc, kp, h, rehash } = p;
  const { start: tStart, end: tEnd, flags: tFlags, id: tId } = toks;
  const tCap = tStart.length;
  let count = toks.count;
  let cn = src[i]!;
  let tn = T[cn]!;
  if (tn & UNKNOWN) tn = unitOf(cn);
  let swapped = p.swapped;
  while (i < n) {
    let t = tn;
    cn = src[i + 1]!;
    tn = T[cn]!;
    if ((t & OFF) | (tn & (JOINS | UNKNOWN))) {
      // a one-for-one swap (no-break space, dash, tab, ð, a lone CR) stays here: its entry holds
      // the unit it becomes (units.ts), written over it in src (norm is copied from there)
      if ((t & OFF) !== SWAP || tn & (JOINS | UNKNOWN) || ((t >>> 16) === 0x0a && cn === 0x0a)) break; // CR LF: slow.ts drops the CR
      const d = t >>> 16;
      src[i] = d;
      t = T[d]!;
      swapped = true;
    }
    const f = t >>> 16;
    key[u] = f;
    if (t & WORD) {
      if (tok < 0) {
        tok = u;
        tflags = T_WORD | gap | (t & UPPER ? T_CAP : 0);
        gap = acc = kp = 0;
        h = SEED;
        rehash = false;
      } else if (t & DIGIT && kp & BAEI && u - 2 >= tok && T[key[u - 2]!]! & TOU) {
        // a digit ends a syllable in "…oa", "…oe", "…uy" with the tone on the first vowel
        if (placeTone(key, u >= 3 ? u - 3 : 0, u)) rehash = true;
      }
      h = Math.imul(h ^ f, MUL);
      acc |= t | (((kp >>> LOWISH_TO_UPPER) & t & UPPER) << UPPER_TO_ODD);
      kp = t;
    } else {
      if (count + 2 > tCap) break; // no room for two tokens (nothing of this unit is done but its key)
      if (tok >= 0) {
        if (kp & BAEI && u - 2 >= tok && T[key[u - 2]!]! & TOU && placeTone(key, u >= 3 ? u - 3 : 0, u)) rehash = true;
        if (rehash) h = hashUnits(key, tok, u);
        tStart[count] = tok;
        tEnd[count] = u;
        tFlags[count] = tokenFlags(tflags, acc);
        tId[count] = lexicon.find(key, tok, u, h);
        count++;
        tok = -1;
      }
      if (t & SPACE) gap |= t & LF ? T_GAP | T_LINE : T_GAP;
      else {
        tStart[count] = u;
        tEnd[count] = u + 1;
        tFlags[count] = gap;
        tId[count] = lexicon.find(key, u, u + 1, Math.imul(SEED ^ f, MUL));
        count++;
        gap = 0;
      }
    }
    u++;
    i++;
  }
  toks.count = count;
  Object.assign(p, { i, u, gap, tok, tflags, acc, kp, h, rehash, swapped });
  if (p.diverged) {
    // the run's units, as they are, into norm (and the identity into the map)
    const { norm, oS, oE } = p;
    norm.set(src.subarray(i0, i), u0);
    if (oS)
      for (let k = u0; k < u; k++) {
        oS[k] = i0 + k - u0;
        oE![k] = i0 + k - u0 + 1;
      }
  }
}

function doc(input: string, norm: string, key: string, tokens: Tokens, map: { s: Int32Array; e: Int32Array } | null): Doc {
  return new TextDoc(input, norm, key, tokens, map);
}

/** A Doc of parts made elsewhere: report/hand-over.ts revives one sent from another thread (an empty memo). */
export const reviveDoc = doc;

/**
 * A Doc as a class: its methods live once on the prototype. (Methods written as closures inside
 * each document were new functions per document, and V8 threw away the optimised code of every
 * caller that had inlined the last document's copy: "wrong call target".)
 */
class TextDoc implements Doc {
  readonly memo = new DocMemo();
  constructor(
    readonly input: string,
    readonly norm: string,
    readonly key: string,
    readonly tokens: Tokens,
    private readonly map: { s: Int32Array; e: Int32Array } | null,
  ) {}

  normAt(pos: number): number {
    const map = this.map;
    const norm = this.norm;
    if (!map || norm.length === 0) return Math.min(pos, norm.length);
    if (pos >= this.input.length) return norm.length;
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
  }

  span(start: number, end: number): Span {
    const map = this.map;
    // (every read of `this` on the path every call takes: the length tested first, and the input's
    // length read before the test. A `this.origStart` behind `!map` kept no usable feedback even
    // with the primer below (it recorded a TextDoc map other than the one the later loads of `this`
    // recorded), and V8 threw away the callers that inline span (ev, link, toFigure) at the first
    // text with a map. The map path reads only `map.s`, `map.e` and their Int32Arrays.)
    const n = this.norm.length;
    const len = this.input.length;
    if (n === 0 || !map) return { start, end };
    const s = start >= n ? len : map.s[start]!;
    return { start: s, end: end > start ? (end - 1 >= n ? len : map.e[end - 1]!) : s };
  }

  text(start: number, end: number): string {
    const sp = this.span(start, end);
    return this.input.slice(sp.start, sp.end);
  }

}

/**
 * Type feedback for plainRun's rare branches, given at load (issue 14, the warm-up): a digit glued
 * to a word that ends in a toned o/u and a bare a/e/i ("hòa2", "Khóa1"), and the one-for-one swaps
 * (no-break space, dash, tab, CR LF) take paths few texts take, and plainRun, optimised without
 * them, was thrown away at the first that did. A few makeDoc calls here on a text that takes each
 * give them their feedback before anything is optimised; they change no state.
 */
const PRIMER = "Hòa2 khóa1 thủy3 hòe4,\u00a0a1 \u2013 b\tc\r\nd\re.";
for (let i = 0; i < 32; i++) makeDoc(PRIMER);
// The same for span's offset-map path (PRIMER's CR LF gives it a map): 17 of the archive's first
// 4,000 posts take it, so the report's link phase, which inlines span, was optimised without it
// and thrown away at the first (ev, link, toFigure: "insufficient type feedback"). Empty and
// non-empty spans, and one past the end; more than 8 calls, V8's count before a function records
// feedback at all.
const primed = makeDoc(PRIMER);
for (let i = 0; i < 40; i++) primed.span(i, i + (i & 3));
