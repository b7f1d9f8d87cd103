/**
 * The hits and memo lists of a Work as numbers (issue 14, the stage split's hand-over: see
 * hand-over.ts). A structured clone costs about a microsecond per object on this machine, and a
 * post after the early phases holds ~60 (numbers 13, figure hits 6, org hits 3, people 2 with their
 * mentions, dates, year mentions): 100–170 µs a post. Written here as numbers into two growing
 * streams (Int32 and Float64) and a string table, they cross as one transferred ArrayBuffer and one
 * short array of distinct strings, and are revived as literals with the keys in the order the
 * recognisers write them (one object shape per kind, as types.ts shaped() and the scans make them).
 *
 *   const w = new Writer();
 *   writeFigureHits(w, hits); …                        // thread A
 *   const { buf, strings } = w.finish();               // buf: transfer it
 *   const r = new Reader(buf, strings);
 *   const hits = readFigureHits(r); …                  // thread B, in the same order
 *
 * Codes: a string is 0 (undefined), 1 (null) or 2 + its index in the table; a boolean that may be
 * absent is 0 (undefined), 1 (false), 2 (true); an optional number is a tag (0 undefined, 1 there)
 * in the Int32 stream and its value in the Float64 stream (values may be fractions, NaN or -0).
 * Positions (start, end) are Int32. Nothing here knows a phase: hand-over.ts says what goes in which
 * order. test/hand-over.test.ts holds every reader to structuredClone (the same keys, in the same
 * order, the same values) on the seed, the dev docs and arbitrary strings.
 */
import type { DateHit, FigureHit, OrgHit, PersonHit, PositionHit } from "../recognize/types.js";
import type { NumberHit } from "../recognize/number.js";
import type { YearMention } from "../recognize/date-year.js";

/** The streams A writes. */
export class Writer {
  i = new Int32Array(1024);
  ni = 0;
  f = new Float64Array(256);
  nf = 0;
  strings: string[] = [];
  private readonly ids = new Map<string, number>();

  /**
   * Empty again for the next message, keeping the streams' memory (handOver reuses one Writer:
   * streams grown afresh for every chunk, to ~0.5 MB, cost more than what is written into them).
   */
  clear(): this {
    this.ni = 0;
    this.nf = 0;
    this.strings = [];
    this.ids.clear();
    this.lastS.fill(undefined);
    // (streams grown past 4 MB by one huge text go back to their first size)
    if (this.i.length > 1 << 20) this.i = new Int32Array(1024);
    if (this.f.length > 1 << 19) this.f = new Float64Array(256);
    return this;
  }

  /**
   * Room for `ints` more Int32s and as many Float64s: every writer below reserves what one record
   * takes before it writes it, so that int() and num() are one store each (small enough to inline).
   */
  reserve(ints: number): void {
    if (this.ni + ints > this.i.length) {
      const g = new Int32Array(Math.max(this.i.length * 2, this.ni + ints));
      g.set(this.i.subarray(0, this.ni));
      this.i = g;
    }
    if (this.nf + ints > this.f.length) {
      const g = new Float64Array(Math.max(this.f.length * 2, this.nf + ints));
      g.set(this.f.subarray(0, this.nf));
      this.f = g;
    }
  }
  int(v: number): void {
    this.i[this.ni++] = v;
  }
  num(v: number): void {
    this.f[this.nf++] = v;
  }
  str(s: string | null | undefined): void {
    this.i[this.ni++] = s === undefined ? 0 : s === null ? 1 : this.code(s);
  }
  /** The string's place in the table (+ 2). */
  private code(s: string): number {
    // (the last string of each of a few hashes of its length and first unit: rules, kinds and
    // forms repeat from one hit to the next, and a hit on this cache skips the Map's hashing)
    const slot = (s.length * 31 + s.charCodeAt(0)) & 63;
    if (this.lastS[slot] === s) return this.lastK[slot]!;
    let k = this.ids.get(s);
    if (k === undefined) {
      k = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, k);
    }
    this.lastS[slot] = s;
    this.lastK[slot] = k + 2;
    return k + 2;
  }
  private readonly lastS: (string | undefined)[] = new Array(64).fill(undefined);
  private readonly lastK = new Int32Array(64);
  bool(b: boolean | undefined): void {
    this.i[this.ni++] = b === undefined ? 0 : b ? 2 : 1;
  }
  optNum(v: number | undefined): void {
    if (v === undefined) this.i[this.ni++] = 0;
    else {
      this.i[this.ni++] = 1;
      this.f[this.nf++] = v;
    }
  }
  strs(list: readonly string[]): void {
    this.reserve(list.length + 1);
    this.int(list.length);
    for (let k = 0; k < list.length; k++) this.str(list[k]);
  }
  /** The first n of a list of integers (a token table's column, an offset map), as they are. */
  int32s(list: Int32Array, n: number): void {
    this.reserve(n);
    this.i.set(list.subarray(0, n), this.ni);
    this.ni += n;
  }
  /** The first n bytes of a list (a token table's flags), four to an Int32. */
  bytes(list: Uint8Array, n: number): void {
    const ints = (n + 3) >> 2;
    this.reserve(ints);
    new Uint8Array(this.i.buffer, this.i.byteOffset + this.ni * 4, n).set(list.subarray(0, n));
    this.ni += ints;
  }
  /**
   * A flat object of strings, numbers, booleans, null and undefined (ParseOptions), its keys in
   * order; false (nothing written) for anything else, which the caller sends as it is.
   */
  flat(o: object): boolean {
    const keys = Object.keys(o);
    for (const k of keys) {
      const v = (o as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") return false;
      if (typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") return false;
      if (k === "__proto__") return false;
    }
    this.reserve(1 + 3 * keys.length);
    this.int(keys.length);
    for (const k of keys) {
      const v = (o as Record<string, unknown>)[k];
      this.str(k);
      if (typeof v === "string") {
        this.int(1);
        this.str(v);
      } else if (typeof v === "number") {
        this.int(2);
        this.num(v);
      } else if (typeof v === "boolean") this.int(v ? 3 : 4);
      else this.int(v === null ? 5 : 0);
    }
    return true;
  }
  /** One buffer, the Float64 stream first (aligned), then the Int32 stream; and the string table. */
  finish(): { buf: ArrayBuffer; strings: string[] } {
    const buf = new ArrayBuffer(this.nf * 8 + this.ni * 4);
    new Float64Array(buf, 0, this.nf).set(this.f.subarray(0, this.nf));
    new Int32Array(buf, this.nf * 8, this.ni).set(this.i.subarray(0, this.ni));
    return { buf, strings: this.strings };
  }
}

/** The streams B reads, in the order A wrote them. */
export class Reader {
  readonly i: Int32Array;
  readonly f: Float64Array;
  pi = 0;
  pf = 0;
  constructor(
    buf: ArrayBuffer,
    private readonly strings: readonly string[],
    nf: number,
  ) {
    this.f = new Float64Array(buf, 0, nf);
    this.i = new Int32Array(buf, nf * 8, (buf.byteLength - nf * 8) >> 2);
  }
  int(): number {
    return this.i[this.pi++]!;
  }
  num(): number {
    return this.f[this.pf++]!;
  }
  str(): string | undefined {
    const k = this.i[this.pi++]!;
    return k === 0 ? undefined : (this.strings[k - 2] as string);
  }
  strOrNull(): string | null {
    const k = this.i[this.pi++]!;
    return k === 1 ? null : (this.strings[k - 2] as string);
  }
  bool(): boolean | undefined {
    const b = this.i[this.pi++]!;
    return b === 0 ? undefined : b === 2;
  }
  optNum(): number | undefined {
    return this.i[this.pi++] === 0 ? undefined : this.f[this.pf++];
  }
  /** n integers written by int32s, as a view into the buffer (no copy). */
  int32s(n: number): Int32Array {
    const v = new Int32Array(this.i.buffer, this.i.byteOffset + this.pi * 4, n);
    this.pi += n;
    return v;
  }
  /** n bytes written by bytes, as a view into the buffer. */
  bytes(n: number): Uint8Array {
    const v = new Uint8Array(this.i.buffer, this.i.byteOffset + this.pi * 4, n);
    this.pi += (n + 3) >> 2;
    return v;
  }
  /** An object written by flat, its keys in their order. */
  flat(): Record<string, unknown> {
    const n = this.int();
    const o: Record<string, unknown> = {};
    for (let k = 0; k < n; k++) {
      const key = this.str() as string;
      const t = this.int();
      o[key] = t === 1 ? this.str() : t === 2 ? this.num() : t === 3 ? true : t === 4 ? false : t === 5 ? null : undefined;
    }
    return o;
  }
  strs(): string[] {
    const n = this.int();
    const out: string[] = [];
    for (let k = 0; k < n; k++) out.push(this.str() as string);
    return out;
  }
}

function writeRange(w: Writer, r: { from: number; to: number } | undefined): void {
  if (r === undefined) {
    w.int(0);
    return;
  }
  w.int(1);
  w.num(r.from);
  w.num(r.to);
}
function readRange(r: Reader): { from: number; to: number } | undefined {
  if (r.int() === 0) return undefined;
  const from = r.num();
  return { from, to: r.num() };
}

/** Figure hits, every key in shaped()'s order (types.ts). */
export function writeFigureHits(w: Writer, hits: readonly FigureHit[]): void {
  w.reserve(1);
  w.int(hits.length);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    w.reserve(24);
    w.str(h.kind);
    w.num(h.value);
    w.int(h.start);
    w.int(h.end);
    w.str(h.rule);
    w.optNum(h.numStart);
    w.optNum(h.numEnd);
    w.str(h.currency);
    w.str(h.unit);
    w.str(h.category);
    w.str(h.noun);
    w.optNum(h.of);
    if (h.per === undefined) w.int(-1);
    else w.strs(h.per);
    w.reserve(12);
    w.bool(h.approx);
    w.str(h.bound);
    writeRange(w, h.range);
    w.bool(h.estimated);
    w.bool(h.ambiguous);
    w.str(h.relation);
    w.str(h.basis);
  }
}
export function readFigureHits(r: Reader): FigureHit[] {
  const n = r.int();
  const out: FigureHit[] = [];
  for (let k = 0; k < n; k++) {
    const kind = r.str();
    const value = r.num();
    const start = r.int();
    const end = r.int();
    const rule = r.str();
    const numStart = r.optNum();
    const numEnd = r.optNum();
    const currency = r.str();
    const unit = r.str();
    const category = r.str();
    const noun = r.str();
    const of = r.optNum();
    const per = r.i[r.pi] === -1 ? (r.pi++, undefined) : r.strs();
    const approx = r.bool();
    const bound = r.str();
    const range = readRange(r);
    const estimated = r.bool();
    const ambiguous = r.bool();
    const relation = r.str();
    const basis = r.str();
    out.push({ kind, value, start, end, rule, numStart, numEnd, currency, unit, category, noun, of, per, approx, bound, range, estimated, ambiguous, relation, basis } as FigureHit);
  }
  return out;
}

/** Every number of the text (number.ts scanNumbers' memo), keys in its order. */
export function writeNumbers(w: Writer, hits: readonly NumberHit[]): void {
  w.reserve(1);
  w.int(hits.length);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    w.reserve(24);
    w.int(h.start);
    w.int(h.end);
    w.str(h.rule);
    w.num(h.value);
    w.optNum(h.numStart);
    w.optNum(h.numEnd);
    w.str(h.form);
    w.bool(h.approx);
    w.str(h.bound);
    w.str(h.qualifier);
    writeRange(w, h.range);
    w.optNum(h.of);
    w.bool(h.ambiguous);
    w.bool(h.leadingZero);
    w.bool(h.yearLike);
    w.str(h.scaleWord);
    w.optNum(h.scale);
  }
}
export function readNumbers(r: Reader): NumberHit[] {
  const n = r.int();
  const out: NumberHit[] = [];
  for (let k = 0; k < n; k++) {
    const start = r.int();
    const end = r.int();
    const rule = r.str();
    const value = r.num();
    const numStart = r.optNum();
    const numEnd = r.optNum();
    const form = r.str();
    const approx = r.bool();
    const bound = r.str();
    const qualifier = r.str();
    const range = readRange(r);
    const of = r.optNum();
    const ambiguous = r.bool();
    const leadingZero = r.bool();
    const yearLike = r.bool();
    const scaleWord = r.str();
    const scale = r.optNum();
    out.push({ start, end, rule, value, numStart, numEnd, form, approx, bound, qualifier, range, of, ambiguous, leadingZero, yearLike, scaleWord, scale } as NumberHit);
  }
  return out;
}

export function writeDates(w: Writer, hits: readonly DateHit[]): void {
  w.reserve(1 + 7 * hits.length);
  w.int(hits.length);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    w.int(h.start);
    w.int(h.end);
    w.str(h.rule);
    w.str(h.value);
    w.str(h.precision);
    w.bool(h.yearInferred);
    w.bool(h.invalid);
  }
}
export function readDates(r: Reader): DateHit[] {
  const n = r.int();
  const out: DateHit[] = [];
  for (let k = 0; k < n; k++) {
    const start = r.int();
    const end = r.int();
    const rule = r.str();
    const value = r.str();
    const precision = r.str();
    const yearInferred = r.bool();
    const invalid = r.bool();
    out.push({ start, end, rule, value, precision, yearInferred, invalid } as DateHit);
  }
  return out;
}

export function writeOrgHits(w: Writer, hits: readonly OrgHit[]): void {
  w.reserve(1 + 5 * hits.length);
  w.int(hits.length);
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    w.int(h.start);
    w.int(h.end);
    w.str(h.name);
    w.str(h.head);
    w.str(h.rule);
  }
}
export function readOrgHits(r: Reader): OrgHit[] {
  const n = r.int();
  const out: OrgHit[] = [];
  for (let k = 0; k < n; k++) {
    const start = r.int();
    const end = r.int();
    const name = r.str();
    const head = r.str();
    out.push({ start, end, name, head, rule: r.str() } as OrgHit);
  }
  return out;
}

export function writePersonHits(w: Writer, hits: readonly PersonHit[]): void {
  w.reserve(1);
  w.int(hits.length);
  for (let k = 0; k < hits.length; k++) {
    const p = hits[k]!;
    w.reserve(1);
    w.str(p.name);
    w.strs(p.honorifics);
    w.reserve(1);
    w.int(p.positions.length);
    for (const pos of p.positions) {
      w.reserve(6);
      w.int(pos.start);
      w.int(pos.end);
      w.str(pos.rule);
      w.str(pos.title);
      w.str(pos.org);
      // (no recogniser writes modifiers today; a position that has the key keeps it)
      if (!("modifiers" in pos)) w.int(-2);
      else if (pos.modifiers === undefined) w.int(-1);
      else w.strs(pos.modifiers);
    }
    w.strs(p.roles);
    w.reserve(1 + 3 * p.mentions.length);
    w.int(p.mentions.length);
    for (const m of p.mentions) {
      w.int(m.start);
      w.int(m.end);
      w.str(m.rule);
    }
  }
}
export function readPersonHits(r: Reader): PersonHit[] {
  const n = r.int();
  const out: PersonHit[] = [];
  for (let k = 0; k < n; k++) {
    const name = r.str() as string;
    const honorifics = r.strs();
    const np = r.int();
    const positions: PositionHit[] = [];
    for (let j = 0; j < np; j++) {
      const start = r.int();
      const end = r.int();
      const rule = r.str() as PositionHit["rule"];
      const title = r.str() as string;
      const org = r.strOrNull();
      const mk = r.i[r.pi]!;
      if (mk === -2) {
        r.pi++;
        positions.push({ start, end, rule, title, org });
      } else if (mk === -1) {
        r.pi++;
        positions.push({ start, end, rule, title, org, modifiers: undefined });
      } else positions.push({ start, end, rule, title, org, modifiers: r.strs() });
    }
    const roles = r.strs();
    const nm = r.int();
    const mentions: PersonHit["mentions"] = [];
    for (let j = 0; j < nm; j++) {
      const start = r.int();
      const end = r.int();
      mentions.push({ start, end, rule: r.str() as PersonHit["mentions"][number]["rule"] });
    }
    out.push({ name, honorifics, positions, roles, mentions });
  }
  return out;
}

/**
 * The year mentions' memo (date-year.ts yearMentions): { hits, n, list, context }. Its hits are
 * the Work's dates as a rule (`dates`: then the same list again, as structured clone keeps them),
 * else a list of their own; each mention's `dated` is one of its hits, written as its index. The
 * context holds a function: not sent (B makes it again when asked, as before).
 */
export function writeYears(w: Writer, years: { hits: DateHit[]; n: number; list: YearMention[] }, dates: DateHit[] | undefined): void {
  const hits = years.hits;
  w.reserve(1);
  if (hits === dates) w.int(1);
  else {
    w.int(2);
    writeDates(w, hits);
  }
  const list = years.list;
  w.reserve(2 + 22 * list.length);
  w.int(years.n);
  w.int(list.length);
  for (let k = 0; k < list.length; k++) {
    const m = list[k]!;
    w.num(m.year);
    w.int(m.start);
    w.int(m.end);
    w.bool(m.weak);
    w.bool(m.rangeEnd);
    w.bool(m.rangeStart);
    w.bool(m.school);
    w.bool(m.coming);
    w.bool(m.term);
    w.bool(m.after);
    w.bool(m.partOfYear);
    w.bool(m.endOfYear);
    if (m.dated === undefined) w.int(-1);
    else {
      const at = hits.indexOf(m.dated);
      if (at < 0) throw new Error("hand-over: a year mention's date is not one of its hits");
      w.int(at);
    }
    w.bool(m.future);
    w.bool(m.deadline);
    w.bool(m.now);
    w.optNum(m.floor);
    w.bool(m.plan);
    w.bool(m.reference);
    w.bool(m.done);
    w.bool(m.streak);
  }
}
export function readYears(r: Reader, dates: DateHit[] | undefined): { hits: DateHit[]; n: number; list: YearMention[]; context: undefined } {
  const hits = r.int() === 1 ? (dates as DateHit[]) : readDates(r);
  const n = r.int();
  const len = r.int();
  const list: YearMention[] = [];
  for (let k = 0; k < len; k++) {
    const year = r.num();
    const start = r.int();
    const end = r.int();
    const weak = r.bool() as boolean;
    const rangeEnd = r.bool() as boolean;
    const rangeStart = r.bool();
    const school = r.bool();
    const coming = r.bool();
    const term = r.bool();
    const after = r.bool();
    const partOfYear = r.bool();
    const endOfYear = r.bool();
    const at = r.int();
    const dated = at < 0 ? undefined : hits[at];
    const future = r.bool();
    const deadline = r.bool();
    const now = r.bool();
    const floor = r.optNum();
    const plan = r.bool();
    const reference = r.bool();
    const done = r.bool();
    const streak = r.bool();
    list.push({ year, start, end, weak, rangeEnd, rangeStart, school, coming, term, after, partOfYear, endOfYear, dated, future, deadline, now, floor, plan, reference, done, streak });
  }
  return { hits, n, list, context: undefined };
}

/** A list of integers (a memo's Int32Array or number[]). */
export function writeInts(w: Writer, list: ArrayLike<number>): void {
  w.reserve(1 + list.length);
  w.int(list.length);
  for (let k = 0; k < list.length; k++) w.int(list[k]!);
}
export function readInt32Array(r: Reader): Int32Array {
  const n = r.int();
  const out = r.i.slice(r.pi, r.pi + n);
  r.pi += n;
  return out;
}
export function readIntList(r: Reader): number[] {
  const n = r.int();
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(r.i[r.pi++]!);
  return out;
}
