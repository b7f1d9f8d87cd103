/**
 * The two streams a hand-over writes into and reads from (issue 14: hand-over-codec.ts writes the
 * hits with these, hand-over.ts the token tables): Int32 and Float64 values, in one ArrayBuffer
 * (the Float64s first, aligned), and a table of distinct short strings.
 *
 *   const w = new Writer();            // or one kept and clear()ed per message
 *   w.reserve(3); w.int(7); w.num(0.5); w.str("count.noun");
 *   const nf = w.nf, { buf, strings } = w.finish();
 *   const r = new Reader(buf, strings, nf);
 *   r.int(); r.num(); r.str();         // 7, 0.5, "count.noun": in the order written
 *
 * Codes: a string is 0 (undefined), 1 (null) or 2 + its index in the table; a boolean that may be
 * absent is 0 (undefined), 1 (false), 2 (true); an optional number is a tag (0 undefined, 1 there)
 * in the Int32 stream and its value in the Float64 stream (values may be fractions, NaN or -0).
 */
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
