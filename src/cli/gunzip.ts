/**
 * gzip that keeps every complete post (issue 12: a .jsonl.gz with trailing garbage lost its last
 * complete post, 299 of 300, where zcat gives 300).
 *
 *   gunzipChunks(file, state) → the unzipped bytes, member after member (concatenated gzip, as
 *                               `cat a.gz b.gz` makes); then
 *     bytes after the last member that are not gzip → state.trailing (zcat: "trailing garbage ignored")
 *     zero bytes after it (tape padding)            → nothing to say
 *     a member cut short, or corrupt                → state.error; every byte unzipped before is out
 *
 * Node's Gunzip handles members itself but, when a member ends and garbage follows in the same
 * chunk, it reports the garbage as an error and drops the member's last output (the last
 * post). Here each member's header and trailer are read by hand and its deflate data goes to
 * an InflateRaw, which stops at the member's end and says how many bytes it used.
 */
import zlib, { createInflateRaw } from "node:zlib";

export interface GunzipState {
  /** The gzip data was cut or corrupt (what came out before is kept). */
  error?: Error;
  /** Bytes after the last complete gzip member were not gzip and were ignored. */
  trailing?: boolean;
}

const crc32: ((b: Uint8Array, v?: number) => number) | undefined = (zlib as unknown as { crc32?: (b: Uint8Array, v?: number) => number }).crc32;

class GzipError extends Error {}

/** A source of bytes that can be read a little at a time and given back. */
class Bytes {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly it: AsyncIterator<Buffer>) {}
  /** At least `n` bytes buffered (fewer at the end of the source). */
  async want(n: number): Promise<Buffer> {
    while (this.buf.length < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
    }
    return this.buf;
  }
  /** Whatever is buffered, else the next chunk (empty at the end). */
  async chunk(): Promise<Buffer> {
    if (!this.buf.length) await this.want(1);
    const c = this.buf;
    this.buf = Buffer.alloc(0);
    return c;
  }
  skip(n: number) {
    this.buf = this.buf.subarray(n);
  }
  unread(b: Buffer) {
    this.buf = this.buf.length ? Buffer.concat([b, this.buf]) : b;
  }
  get ended(): boolean {
    return this.done && this.buf.length === 0;
  }
}

/** Length of the gzip header at the start of `b`, or -1 when more bytes are needed. Throws when it is not gzip. */
function headerLength(b: Buffer, complete: boolean): number {
  if (b.length < 10) return complete ? fail("unexpected end of file (in a gzip header)") : -1;
  if (b[0] !== 0x1f || b[1] !== 0x8b) fail("not gzip (incorrect header check)");
  if (b[2] !== 8) fail("unknown compression method");
  const flg = b[3]!;
  let at = 10;
  if (flg & 4) {
    if (b.length < at + 2) return complete ? fail("unexpected end of file (in a gzip header)") : -1;
    at += 2 + b.readUInt16LE(at);
  }
  for (const bit of [8, 16]) {
    if (flg & bit) {
      const z = b.indexOf(0, at);
      if (z < 0) return complete ? fail("unexpected end of file (in a gzip header)") : -1;
      at = z + 1;
    }
  }
  if (flg & 2) at += 2;
  if (b.length < at) return complete ? fail("unexpected end of file (in a gzip header)") : -1;
  return at;
}

function fail(msg: string): never {
  throw new GzipError(msg);
}

/** Unzip a stream of gzip bytes, keeping everything unzipped before an error. */
export async function* gunzipChunks(src: AsyncIterable<Buffer>, state: GunzipState): AsyncGenerator<Buffer> {
  const it = src[Symbol.asyncIterator]();
  const bytes = new Bytes(it);
  let members = 0;
  try {
    for (;;) {
      // a member's header, or the end, or what follows the last member
      let head = await bytes.want(10);
      if (!head.length) break;
      if (members > 0 && (head[0] !== 0x1f || head[1] !== 0x8b)) {
        // zeros after the last member are padding; anything else is trailing garbage
        let garbage = false;
        for (;;) {
          const c = await bytes.chunk();
          if (!c.length) break;
          if (c.some((x) => x !== 0)) garbage = true;
        }
        if (garbage) state.trailing = true;
        break;
      }
      let hl = headerLength(head, false);
      while (hl < 0) {
        const more = await bytes.want(head.length + 1024);
        hl = headerLength(more, more.length === head.length);
        head = more;
      }
      bytes.skip(hl);
      // the deflate data, through InflateRaw, which stops at the member's end
      const raw = createInflateRaw();
      const out: Buffer[] = [];
      let produced = 0;
      let ended = false;
      let error: Error | undefined;
      let wake: (() => void) | undefined;
      const poke = () => {
        const w = wake;
        wake = undefined;
        w?.();
      };
      raw.on("data", (c: Buffer) => {
        out.push(c);
        produced += c.length;
        poke();
      });
      raw.on("end", () => {
        ended = true;
        poke();
      });
      raw.on("error", (e: Error) => {
        error = e;
        ended = true;
        poke();
      });
      const fed: Buffer[] = [];
      let fedLen = 0;
      let crc = 0;
      let sourceDone = false;
      while (!ended) {
        // give what came out, then more input when the output is taken
        while (out.length) {
          const c = out.shift()!;
          if (crc32) crc = crc32(c, crc);
          yield c;
        }
        if (ended) break;
        if (!sourceDone && raw.writableLength === 0) {
          const c = await bytes.chunk();
          if (!c.length) {
            sourceDone = true;
            raw.end();
          } else {
            fed.push(c);
            fedLen += c.length;
            raw.write(c, poke);
          }
          continue;
        }
        await new Promise<void>((r) => {
          wake = r;
          if (out.length || ended) poke();
          else if (!sourceDone && raw.writableLength === 0) poke();
        });
      }
      while (out.length) {
        const c = out.shift()!;
        if (crc32) crc = crc32(c, crc);
        yield c;
      }
      if (error) fail(/unexpected end/i.test(error.message) ? "unexpected end of file" : error.message);
      // what InflateRaw did not use goes back: the trailer, then maybe another member
      const used = raw.bytesWritten;
      const all = fed.length === 1 ? fed[0]! : Buffer.concat(fed, fedLen);
      bytes.unread(all.subarray(used));
      raw.destroy();
      const trailer = await bytes.want(8);
      if (trailer.length < 8) fail("unexpected end of file (in a gzip trailer)");
      const wantCrc = trailer.readUInt32LE(0);
      const wantSize = trailer.readUInt32LE(4);
      if (wantSize !== produced % 2 ** 32 || (crc32 && wantCrc !== crc >>> 0)) fail("incorrect data check (the data does not match its checksum)");
      bytes.skip(8);
      members++;
    }
  } catch (err) {
    state.error = err instanceof GzipError ? err : (err as Error);
  } finally {
    await it.return?.();
  }
}

/** A gzip error as one line. */
export function gzipMessage(err: Error): string {
  if (/unexpected end/i.test(err.message)) return "gzip data cut short (unexpected end of file)";
  return err instanceof GzipError && /^not gzip/.test(err.message) ? err.message : `not valid gzip (${err.message})`;
}
