/**
 * Byte streams of the batch CLI: lines of JSONL, and gzip that keeps every complete post.
 *
 *   readLines(stream, 10MB)   → { n: 1, text: '{"id":"a",…}', bytes: 812 }, { n: 3, … }
 *                               blank lines are counted, never yielded (a file of only newlines
 *                               goes by at memory speed); a line over the limit comes as text null;
 *                               invalid UTF-8 is replaced by U+FFFD and counted (`replaced`)
 *   gunzipChunks(file, state) → the unzipped bytes; trailing garbage after a complete gzip member
 *                               ends the stream with state.trailing (as zcat: "trailing garbage
 *                               ignored"), a cut member with state.error, and every byte
 *                               unzipped before either still comes out
 */
import { createGunzip } from "node:zlib";
import { isUtf8 } from "node:buffer";

export interface Line {
  n: number;
  /** null when the line is over maxBytes. */
  text: string | null;
  bytes: number;
  /** Invalid UTF-8 sequences replaced by U+FFFD in this line. */
  replaced?: number;
  /** The stream broke inside this (last) line: it is not whole. */
  torn?: boolean;
}

const utf8 = new TextDecoder("utf-8");

/** Bytes → text; invalid UTF-8 becomes U+FFFD and is counted (U+FFFD written as such is not). */
export function decodeUtf8Counted(b: Uint8Array): { text: string; replaced: number } {
  const text = utf8.decode(b);
  if (isUtf8(b)) return { text, replaced: 0 };
  let inText = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) inText++;
  let written = 0;
  for (let i = b.indexOf(0xef); i >= 0 && i + 2 < b.length; i = b.indexOf(0xef, i + 1)) if (b[i + 1] === 0xbf && b[i + 2] === 0xbd) written++;
  return { text, replaced: Math.max(1, inText - written) };
}

function isBlank(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Lines of a byte stream, one at a time, never holding a line over maxBytes. `complete()` says,
 * once the stream has ended, whether a last line without a newline is whole (true unless the
 * stream broke off).
 */
export async function* readLines(stream: AsyncIterable<Buffer>, maxBytes: number, first?: Buffer, complete: () => boolean = () => true): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let len = 0;
  let n = 0;
  const flush = (torn: boolean): Line | undefined => {
    n++;
    const bytes = len;
    const over = len > maxBytes;
    const buf = over ? undefined : parts.length === 1 ? parts[0]! : Buffer.concat(parts, len);
    parts = [];
    len = 0;
    if (buf && isBlank(buf)) return undefined;
    if (!buf) return { n, text: null, bytes, ...(torn ? { torn } : {}) };
    const { text: raw, replaced } = decodeUtf8Counted(buf);
    const text = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    return { n, text, bytes, ...(replaced ? { replaced } : {}), ...(torn ? { torn } : {}) };
  };
  const push = (b: Buffer) => {
    len += b.length;
    if (len <= maxBytes) parts.push(b);
    else parts = [];
  };
  async function* chunks() {
    if (first) yield first;
    yield* stream;
  }
  for await (const chunk of chunks()) {
    let at = 0;
    const end = chunk.length;
    while (at < end) {
      // runs of empty lines: counted in a tight loop
      if (len === 0) {
        let k = at;
        while (k < end && chunk[k] === 10) k++;
        n += k - at;
        at = k;
        if (at >= end) break;
      }
      const nl = chunk.indexOf(10, at);
      if (nl < 0) {
        push(Buffer.from(chunk.subarray(at)));
        break;
      }
      push(chunk.subarray(at, nl > at && chunk[nl - 1] === 13 ? nl - 1 : nl));
      at = nl + 1;
      const line = flush(false);
      if (line) yield line;
    }
  }
  if (len > 0) {
    const line = flush(!complete());
    if (line) yield line;
  }
}

export interface GunzipState {
  /** The gzip data was cut or corrupt (what came out before is kept). */
  error?: Error;
  /** Bytes after the last complete gzip member were not gzip and were ignored. */
  trailing?: boolean;
}

/** Whether a zlib error means "the bytes after a complete member are not gzip". */
function isTrailingGarbage(err: NodeJS.ErrnoException, produced: number): boolean {
  // A header is only read at the start of a member: after output, these two mean "not a new member".
  return produced > 0 && /incorrect header check|unknown compression method/i.test(err.message);
}

/**
 * Unzip a stream of gzip bytes, keeping everything unzipped before an error. Reads the source
 * only as fast as the output is taken (at most ~1 MB unzipped waits in memory, plus what one
 * source chunk unzips to).
 */
export async function* gunzipChunks(src: AsyncIterable<Buffer>, state: GunzipState): AsyncGenerator<Buffer> {
  const gz = createGunzip();
  const queue: Buffer[] = [];
  let queued = 0;
  let produced = 0;
  let ended = false;
  let wake: (() => void) | undefined;
  let wakeFeeder: (() => void) | undefined;
  const poke = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  gz.on("data", (c: Buffer) => {
    queue.push(c);
    queued += c.length;
    produced += c.length;
    poke();
  });
  gz.on("end", () => {
    ended = true;
    poke();
  });
  gz.on("error", (err: NodeJS.ErrnoException) => {
    if (isTrailingGarbage(err, produced)) state.trailing = true;
    else state.error = err;
    ended = true;
    poke();
    wakeFeeder?.();
  });
  const feeder = (async () => {
    try {
      for await (const c of src) {
        if (ended) break;
        while (queued > 1 << 20 && !ended) await new Promise<void>((r) => (wakeFeeder = r));
        if (ended) break;
        if (!gz.write(c) && !ended)
          await new Promise<void>((r) => {
            const done = () => {
              gz.off("drain", done).off("close", done);
              r();
            };
            gz.on("drain", done).on("close", done);
          });
      }
      if (!ended) gz.end();
    } catch (err) {
      state.error ??= err as Error;
      ended = true;
      poke();
    }
  })();
  try {
    for (;;) {
      if (queue.length) {
        const c = queue.shift()!;
        queued -= c.length;
        if (queued <= 1 << 20) {
          const w = wakeFeeder;
          wakeFeeder = undefined;
          w?.();
        }
        yield c;
        continue;
      }
      if (ended) break;
      await new Promise<void>((r) => (wake = r));
    }
  } finally {
    ended = true;
    wakeFeeder?.();
    gz.destroy();
    await feeder.catch(() => {});
  }
}

/** A gzip error as one line. */
export function gzipMessage(err: Error): string {
  return /unexpected end/i.test(err.message) ? "gzip data cut short (unexpected end of file)" : `not valid gzip (${err.message})`;
}
