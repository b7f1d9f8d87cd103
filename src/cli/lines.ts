/**
 * Lines of JSONL streams for the batch CLI.
 *
 *   readLines(stream, 10MB)   → { n: 1, text: '{"id":"a",…}', bytes: 812 }, { n: 3, … }
 *                               blank lines are counted, never yielded (a file of only newlines
 *                               goes by at memory speed); a line over the limit comes as text null;
 *                               invalid UTF-8 is replaced by U+FFFD and counted (`replaced`)
 * (gzip: gunzip.ts)
 */
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
