/**
 * Post ids, unique within a run, in memory that does not grow per post the way a Set of strings
 * does (issue 12: ~330 B per post, 374 MB over 800k tiny posts).
 *
 *   const ids = new IdAllocator();
 *   ids.take("a")                    → "a"
 *   ids.take("a", "2017/a")          → "2017/a"   (the fallback, when "a" was taken)
 *   ids.take("a")                    → "a#2"
 *   ids.take("news.jsonl:7", …, true)  → an id unique by construction (file:line): not remembered
 *
 * Ids are remembered as two 32-bit hashes in an open-addressing table (8 bytes a slot, at most
 * half full: ~16 B per remembered id). Two different ids share both hashes with a probability
 * of about n²/2⁶⁵ (3·10⁻⁸ for a million ids); the only effect would be a "#2" suffix, the same
 * on every run, so --resume still finds the same ids.
 */

/** Two independent 32-bit hashes of a string (FNV-1a and a multiplicative mix). */
function hash2(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b ^= b >>> 16;
  // 0/0 marks an empty slot
  return [a >>> 0 || 1, b >>> 0];
}

/** A set of strings kept as 64-bit hashes. */
export class HashSet64 {
  private table = new Uint32Array(2 * 1024);
  private count = 0;
  get size(): number {
    return this.count;
  }
  has(s: string): boolean {
    const [a, b] = hash2(s);
    return this.find(a, b) >= 0;
  }
  /** Adds `s`; false when it was already there. */
  add(s: string): boolean {
    const [a, b] = hash2(s);
    if (this.find(a, b) >= 0) return false;
    if ((this.count + 1) * 4 > this.table.length) this.grow();
    this.put(a, b);
    this.count++;
    return true;
  }
  private find(a: number, b: number): number {
    const t = this.table;
    const mask = (t.length >> 1) - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const x = t[2 * i]!;
      if (x === 0) return -1;
      if (x === a && t[2 * i + 1] === b) return i;
    }
  }
  private put(a: number, b: number) {
    const t = this.table;
    const mask = (t.length >> 1) - 1;
    let i = a & mask;
    while (t[2 * i] !== 0) i = (i + 1) & mask;
    t[2 * i] = a;
    t[2 * i + 1] = b;
  }
  private grow() {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.put(old[i]!, old[i + 1]!);
  }
}

/** Hands out ids unique within a run, deterministically. */
export class IdAllocator {
  private used = new HashSet64();
  /** Per JSONL source name, the last line whose "name:line" was handed out without being remembered. */
  private positional = new Map<string, number>();
  /**
   * `base` if free, else `fallback` if given and free, else `base#2`, `base#3`… With `line`, `base`
   * is the source "name:line" of a JSONL post without an id: unique by construction, so it is not
   * remembered (memory stays flat over millions of such posts); an explicit id that spells one of
   * those is told apart by its form.
   */
  take(base: string, fallback?: string, line?: { name: string; n: number }): string {
    if (line && !this.used.has(base)) {
      this.positional.set(line.name, line.n);
      return base;
    }
    let id = base;
    if (this.taken(id) && fallback !== undefined && !this.taken(fallback)) id = fallback;
    for (let n = 2; this.taken(id); n++) id = `${base}#${n}`;
    this.used.add(id);
    return id;
  }
  private taken(id: string): boolean {
    if (this.used.has(id)) return true;
    const colon = id.lastIndexOf(":");
    if (colon < 0 || !this.positional.size) return false;
    const last = this.positional.get(id.slice(0, colon));
    const n = id.slice(colon + 1);
    return last !== undefined && /^\d+$/.test(n) && Number(n) <= last;
  }
}
