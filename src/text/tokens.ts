/**
 * The token table of a document, made by the one pass of normalize.ts: every word and every
 * punctuation character of `doc.norm`, in order, with flags and the id of its folded form.
 *
 *   "Phó Giám đốc: 3,247 tỉ đồng"
 *     Phó  Giám  đốc  :  3  ,  247  tỉ  đồng       (9 tokens; spaces are gaps, not tokens)
 *     CAP  CAP        P  D  P  D    …               (WORD on all but the punctuation P)
 *
 * A word token is a maximal run of letters, marks and digits — the same edges as L and R in
 * rx.ts — so a match of `${L}…${R}` starts and ends on token edges. Every other non-space
 * character is a token of its own. The gap before a token is white space only; its flags say
 * whether there is one (GAP) and whether it holds a line break (LINE).
 *
 * Ids come from one {@link lexicon} of folded words, filled by the word lists compiled at load
 * (words.ts); a token whose folded form is in no list has id 0. Ids never change.
 */

/** A run of letters, marks and digits (else: one punctuation character). */
export const T_WORD = 1;
/** Holds a letter. */
export const T_LETTERS = 2;
/** Holds a digit. */
export const T_DIGITS = 4;
/** Starts with an upper-case letter ("Phó", "TP", "Đ"). */
export const T_CAP = 8;
/** Every letter upper case, at least one letter ("UBND", "GS", "TP"). */
export const T_UPPER = 16;
/** White space before it (the gap is never empty). */
export const T_GAP = 32;
/** A line feed before it (CR and CR LF are line feeds in norm), or the first token of the text. */
export const T_LINE = 64;
/**
 * A word whose letter runs a reader may split: a capital right after a lower-case letter or mark
 * inside it ("đốcSở", "QuangHuy"), or a character above U+FFFF. Word readers that take a token
 * as one word (phrase.ts, name.ts) read such tokens, and those with digits, by their characters.
 */
export const T_ODD = 128;

export interface Tokens {
  /** How many tokens (the arrays may be longer: read the first `count` entries). */
  readonly count: number;
  /** Norm index of each token's first unit. */
  readonly start: Int32Array;
  /** Norm index after each token's last unit. */
  readonly end: Int32Array;
  /** T_* flags. */
  readonly flags: Uint8Array;
  /** Lexicon id of the folded token (0: in no compiled word list). */
  readonly id: Int32Array;
  /** The lexicon's generation when the ids were looked up (words.ts refreshes older tables). */
  generation: number;
}

/** Index of the first token ending after `pos` (count when none): the token at or after a position. */
export function tokenAt(t: Tokens, pos: number): number {
  let lo = 0;
  let hi = t.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.end[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Folded words of every compiled word list, each with an id (1, 2, …), in an open-addressed
 * hash table that the pass probes with the units of a token, without making a string. The words'
 * units are kept one after the other in a typed array too (`units`, word id's from `from[id]` to
 * `from[id + 1]`): a hit (more than half the tokens of the archive) compares typed arrays, where
 * charCodeAt tested each word string's representation per unit.
 */
class Lexicon {
  private words: string[] = [""];
  private units = new Uint16Array(4096);
  private from = new Int32Array(1024);
  /** Per slot: the id there (0: empty) and the full hash of its word (a miss rarely reads a word). */
  private slots = new Int32Array(4096);
  private hashes = new Int32Array(4096);
  private mask = 4095;
  /** Grows when a word is added: a token table made before knows it may lack the new ids. */
  generation = 0;
  /**
   * prints[g]: a hash of the first g words in id order. Two lexicons (two threads) with the same
   * print at g gave the same ids to those words: a token table of generation g made in one is
   * good in the other (report/hand-over.ts). Threads that loaded different modules (a worker
   * that runs only some phases, report/sides.ts) compile different word lists, in another order.
   */
  private prints = new Int32Array(1024);

  get size(): number {
    return this.words.length - 1;
  }

  /** The id of a folded word (a token's form: a word or one punctuation character), added if new. */
  intern(word: string): number {
    const h = hashString(word);
    let at = h & this.mask;
    for (;;) {
      const id = this.slots[at]!;
      if (id === 0) break;
      if (this.hashes[at] === h && this.words[id] === word) return id;
      at = (at + 1) & this.mask;
    }
    const id = this.words.length;
    this.words.push(word);
    this.keepUnits(id, word);
    this.slots[at] = id;
    this.hashes[at] = h;
    this.generation++;
    this.keepPrint(id, h);
    // at most one slot in six taken: a miss (most tokens) ends on an empty slot at once, and the
    // table stays small (1,248 words fit 8,192 slots, 64 KB with the hashes; at one in eight they
    // took 16,384, and makeDoc, which probes it once a token, ran 0.96x as long in the smaller:
    // scripts/bench-makedoc.mjs, 15 rounds, 2,000 archive posts)
    if (this.words.length * 6 > this.mask) this.grow();
    return id;
  }

  /** The id of the units u[s..e) with hash h (see {@link hashUnits}), or 0. */
  find(u: Uint16Array, s: number, e: number, h: number): number {
    const len = e - s;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const id = this.slots[at]!;
      if (id === 0) return 0;
      if (this.hashes[at] !== h) continue;
      const from = this.from[id]!;
      if (this.from[id + 1]! - from !== len) continue;
      const units = this.units;
      let k = 0;
      while (k < len && units[from + k] === u[s + k]) k++;
      if (k === len) return id;
    }
  }

  /** The units of word `id` (the last one added) after the others'. */
  private keepUnits(id: number, word: string): void {
    if (id + 2 > this.from.length) {
      const from = new Int32Array(this.from.length * 2);
      from.set(this.from);
      this.from = from;
    }
    const at = this.from[id]!;
    if (at + word.length > this.units.length) {
      const units = new Uint16Array(Math.max(this.units.length * 2, at + word.length));
      units.set(this.units);
      this.units = units;
    }
    for (let k = 0; k < word.length; k++) this.units[at + k] = word.charCodeAt(k);
    this.from[id + 1] = at + word.length;
  }

  private keepPrint(id: number, h: number): void {
    if (id >= this.prints.length) {
      const prints = new Int32Array(this.prints.length * 2);
      prints.set(this.prints);
      this.prints = prints;
    }
    this.prints[id] = Math.imul(this.prints[id - 1]! ^ h, HASH_MUL) ^ this.words[id]!.length;
  }

  /** The print of the first g words (g ≤ generation; see prints). */
  printAt(g: number): number {
    return g <= this.generation ? this.prints[g]! : 0;
  }

  /** The id of units key[s..e) (a token of a doc's folded key), or 0: lookup without the slice. */
  lookupIn(key: string, s: number, e: number): number {
    let h = HASH_SEED;
    for (let i = s; i < e; i++) h = Math.imul(h ^ key.charCodeAt(i), HASH_MUL);
    const len = e - s;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const id = this.slots[at]!;
      if (id === 0) return 0;
      if (this.hashes[at] !== h) continue;
      const from = this.from[id]!;
      if (this.from[id + 1]! - from !== len) continue;
      const units = this.units;
      let k = 0;
      while (k < len && units[from + k] === key.charCodeAt(s + k)) k++;
      if (k === len) return id;
    }
  }

  /** The id of a folded string, or 0. */
  lookup(word: string): number {
    const h = hashString(word);
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const id = this.slots[at]!;
      if (id === 0) return 0;
      if (this.hashes[at] === h && this.words[id] === word) return id;
    }
  }

  /** The folded word of an id. */
  word(id: number): string {
    return this.words[id] ?? "";
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 1; id < this.words.length; id++) {
      const h = hashString(this.words[id]!);
      let at = h & this.mask;
      while (this.slots[at] !== 0) at = (at + 1) & this.mask;
      this.slots[at] = id;
      this.hashes[at] = h;
    }
  }
}

function hashString(w: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), HASH_MUL);
  return h;
}

/** FNV-1a over UTF-16 units. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_MUL = 0x01000193;

/** The hash of units u[s..e), as {@link Lexicon.find} expects it. */
export function hashUnits(u: Uint16Array, s: number, e: number): number {
  let h = HASH_SEED;
  for (let i = s; i < e; i++) h = Math.imul(h ^ u[i]!, HASH_MUL);
  return h;
}

/** The one lexicon of folded words. */
export const lexicon = new Lexicon();

/**
 * A growable token table, filled by the pass in normalize.ts and reused from one document to the
 * next (start() empties it); done() copies its tokens out into views of a shared slab.
 */
export class TokenBuilder {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  id: Int32Array;
  constructor(expected: number) {
    const cap = Math.max(16, expected);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.id = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
  }
  push(start: number, end: number, flags: number, id: number): void {
    const i = this.count;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = flags;
    this.id[i] = id;
    this.count = i + 1;
  }
  /** Room for `k` more tokens. */
  reserve(k: number): void {
    while (this.count + k > this.start.length) this.grow();
  }
  private grow(): void {
    const cap = this.start.length * 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    const flags = new Uint8Array(cap);
    flags.set(this.flags);
    Object.assign(this, { start: g32(this.start), end: g32(this.end), id: g32(this.id), flags });
  }
  /** The table, copied out (its arrays hold exactly `count` entries); the builder is free again. */
  done(): Tokens {
    const n = this.count;
    const { buf, at } = carve(n * 13);
    const start = new Int32Array(buf, at, n);
    const end = new Int32Array(buf, at + n * 4, n);
    const id = new Int32Array(buf, at + n * 8, n);
    const flags = new Uint8Array(buf, at + n * 12, n);
    if (n < 256) {
      // a short table: a loop (subarray() and set() make eight more views)
      for (let k = 0; k < n; k++) {
        start[k] = this.start[k]!;
        end[k] = this.end[k]!;
        id[k] = this.id[k]!;
        flags[k] = this.flags[k]!;
      }
    } else {
      start.set(this.start.subarray(0, n));
      end.set(this.end.subarray(0, n));
      id.set(this.id.subarray(0, n));
      flags.set(this.flags.subarray(0, n));
    }
    this.count = 0;
    return { count: n, start, end, flags, id, generation: lexicon.generation };
  }
}

/**
 * Token tables are views of shared slabs (256 KB; a bigger table gets its own buffer): an
 * ArrayBuffer per document cost more than the rest of a short text's pass (its allocation and
 * the GC's bookkeeping of it: 20% + 28% of makeDoc on the archive's titles). A slab lives while
 * any table in it does.
 */
const SLAB = 1 << 18;
let Slab: new (bytes: number) => ArrayBufferLike = ArrayBuffer;
let slab: ArrayBufferLike = new ArrayBuffer(SLAB);
let slabAt = 0;

/**
 * From now on the slabs (and a bigger table's own buffer) are SharedArrayBuffers: stage A of the
 * pair (src/cli/stage-worker.ts, at A's entry) hands its docs to another thread, and hand-over.ts
 * then sends the slabs that hold their tables instead of a copy of each table. A doc handed over
 * belongs to the other thread from then on: A never touches it again, and the other thread may
 * write its ids (words.ts refreshIds, when its lexicon gained words) into its part of the slab
 * only; the other tables of a slab are not touched. Not where SharedArrayBuffer is missing (a
 * browser page without cross-origin isolation). `on` false: ArrayBuffers again (tests).
 */
export function shareTokenSlabs(on = true): void {
  const want = on && typeof SharedArrayBuffer !== "undefined" ? SharedArrayBuffer : ArrayBuffer;
  if (Slab === want) return;
  Slab = want;
  slab = new want(SLAB);
  slabAt = 0;
}

function carve(bytes: number): { buf: ArrayBufferLike; at: number } {
  if (bytes > SLAB >>> 3) return { buf: new Slab(bytes), at: 0 };
  if (slabAt + bytes > SLAB) {
    slab = new Slab(SLAB);
    slabAt = 0;
  }
  const at = slabAt;
  slabAt += (bytes + 3) & ~3; // the next table's Int32 views start on a multiple of 4
  return { buf: slab, at };
}
