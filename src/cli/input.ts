/**
 * Inputs of the batch CLI (issues 6, 12): every path an archivist may give, turned into a stream
 * of posts in a fixed order, without reading more than the pool needs.
 *
 *   report.txt, note.md               → one post, id "report" / "note" (bytes, decoded later)
 *   page.html, page.htm               → one post, kind "html" (article text extracted later)
 *   archive/, "posts/**\/*.txt", -    → see paths.ts (symbolic links once, legacy names)
 *   news.jsonl, news.jsonl.gz         → one post per line: {"text", "id"?, "title"?, "url"?, "date"?}
 *                                       id = the `id` field, else "news.jsonl:<line>"
 *   -, /dev/fd/63                     → a stream: JSONL when it starts with "{" (gzip looked through), else one post
 *   a missing file, a bad JSON line, a post over --max-bytes → a post with `error`, and the run goes on
 *   a JSONL line with invalid UTF-8   → read with U+FFFD, `replaced` set (reported as a lossy read)
 *   gzip with trailing garbage        → every complete post, and a note; a cut gzip → the posts before the cut
 *
 * Ids are unique in a run: a second "a.txt" in another folder gets its path ("2017/a"),
 * a repeated JSONL id gets "#2"; the same inputs in the same order give the same ids, which
 * is what --resume relies on.
 */
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname, sep } from "node:path";
import type { Readable } from "node:stream";
import { IdAllocator } from "./ids.js";
import { expandInputs, type InputRef } from "./paths.js";
import { readLines } from "./lines.js";
import { gunzipChunks, gzipMessage, type GunzipState } from "./gunzip.js";
import { fsWhy } from "./fs-errors.js";

export { IdAllocator } from "./ids.js";
export { expandInputs, globToRegExp, type InputRef } from "./paths.js";
export { readLines } from "./lines.js";

export type PostKind = "text" | "html";

/** One unit of work. Exactly one of text, bytes, error is set. */
export interface Post {
  id: string;
  /** Where it came from: "dir/a.txt", "news.jsonl.gz:17", "stdin". */
  source: string;
  kind: PostKind;
  /** Already text (JSONL). */
  text?: string;
  /** Raw bytes of a file, decoded in the worker. */
  bytes?: Uint8Array;
  title?: string;
  url?: string;
  /** When the post was published (JSONL field "date", e.g. "2017-06-21"): ParseOptions.referenceDate. */
  date?: string;
  /** A bad input: reported on standard error, never parsed. */
  error?: string;
  /** Size in bytes (progress bar, pool memory bound). */
  size: number;
  /** Invalid UTF-8 sequences replaced by U+FFFD when the JSONL line was read. */
  replaced?: number;
  /** The JSONL line as read (only with InputOptions.keepRaw: `check` locations). */
  raw?: string;
  /** Which JSON field held the text ("text" or "html"), for locations in the line. */
  field?: "text" | "html";
}

export interface InputOptions {
  /** Largest post (file, or JSONL line) in bytes. */
  maxBytes: number;
  /** How to read standard input. */
  stdinFormat?: "auto" | "jsonl" | "text" | "html";
  /** Called with the number of input bytes consumed (compressed bytes for .gz). */
  onBytes?: (n: number) => void;
  /** Something worth saying that is not a failure (a link already followed, gzip trailing garbage). */
  onNote?: (path: string, message: string) => void;
  /** Standard input (tests pass their own). */
  stdin?: Readable;
  /** Keep each JSONL line in `raw` (for `check` locations). */
  keepRaw?: boolean;
}

/** "jsonl" | "html" | "text" from a file name (".gz" looked through). */
export function kindOf(path: string): "jsonl" | PostKind {
  const name = path.toLowerCase().replace(/\.gz$/, "");
  if (/\.(jsonl|ndjson)$/.test(name)) return "jsonl";
  if (/\.(html?|xhtml)$/.test(name)) return "html";
  return "text";
}

/** Record id of a file: its name without extension(s) ("a.txt" → "a", "b.jsonl.gz" → "b"). */
export function fileId(path: string): string {
  let name = basename(path);
  if (/\.gz$/i.test(name)) name = name.slice(0, -3);
  return name.slice(0, name.length - extname(name).length) || name;
}

export function formatBytes(n: number): string {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() ? v : typeof v === "number" ? String(v) : undefined;
}

/** The posts of a JSONL stream. `name` is the file name used in sources and fallback ids. */
export async function* jsonlPosts(stream: AsyncIterable<Buffer>, name: string, ids: IdAllocator, opts: InputOptions, first?: Buffer, gz?: GunzipState): AsyncGenerator<Post> {
  const { maxBytes } = opts;
  let lastLine = 0;
  let tornReported = false;
  try {
    for await (const line of readLines(stream, maxBytes, first, () => !gz?.error)) {
      lastLine = line.n;
      const source = `${name}:${line.n}`;
      const bad = (error: string): Post => ({ id: ids.take(source, undefined, { name, n: line.n }), source, kind: "text", error, size: line.bytes });
      if (line.torn) {
        tornReported = true;
        yield bad(`the last line is cut (${gz?.error ? gzipMessage(gz.error) : "no end of line"}): not read`);
        continue;
      }
      if (line.text === null) {
        yield bad(`post too large (${formatBytes(line.bytes)} > --max-bytes ${formatBytes(maxBytes)})`);
        continue;
      }
      let obj: unknown;
      try {
        obj = JSON.parse(line.text);
      } catch (err) {
        yield bad(`not valid JSON (${(err as Error).message.slice(0, 80)})`);
        continue;
      }
      if (!obj || typeof obj !== "object" || Array.isArray(obj)) {
        yield bad("not a JSON object");
        continue;
      }
      const o = obj as Record<string, unknown>;
      const kind: PostKind = typeof o.text !== "string" && typeof o.html === "string" ? "html" : "text";
      const text = kind === "html" ? (o.html as string) : o.text;
      const given = str(o.id);
      const id = given !== undefined ? ids.take(given, source) : ids.take(source, undefined, { name, n: line.n });
      const meta = {
        ...(str(o.title) ? { title: str(o.title) } : {}),
        ...(str(o.url) ? { url: str(o.url) } : {}),
        ...(str(o.date) ? { date: str(o.date) } : {}),
        ...(line.replaced ? { replaced: line.replaced } : {}),
      };
      if (typeof text !== "string") yield { id, source, kind, error: 'no "text" field', size: line.bytes, ...meta };
      else if (!text.trim()) yield { id, source, kind, error: "empty text", size: line.bytes, ...meta };
      else yield { id, source, kind, text, size: line.bytes, ...meta, ...(opts.keepRaw ? { raw: line.text, field: kind } : {}) };
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    yield { id: ids.take(`${name}:${lastLine + 1}`, undefined, { name, n: lastLine + 1 }), source: name, kind: "text", error: e.code ? `cannot read: ${fsWhy(e)}` : e.message, size: 0 };
    return;
  }
  if (gz?.error && !tornReported) {
    if (lastLine === 0) yield { id: ids.take(fileId(name), name), source: name, kind: "text", error: gzipMessage(gz.error), size: 0 };
    else {
      const source = `${name}:${lastLine + 1}`;
      yield { id: ids.take(source, undefined, { name, n: lastLine + 1 }), source, kind: "text", error: `${gzipMessage(gz.error)} after line ${lastLine}: the posts before it are read`, size: 0 };
    }
  } else if (gz?.trailing) opts.onNote?.(name, "bytes after the end of the gzip data were ignored (trailing garbage, as gzip -d does)");
}

/** A whole gzip file unzipped, up to `limit` bytes (more: undefined). Trailing garbage is dropped with a note. */
async function gunzipFile(fsPath: string | Buffer, limit: number, state: GunzipState): Promise<Buffer | undefined> {
  const parts: Buffer[] = [];
  let len = 0;
  const raw = createReadStream(fsPath, { highWaterMark: 1 << 14 });
  try {
    for await (const c of gunzipChunks(raw, state)) {
      len += c.length;
      if (len > limit) return undefined;
      parts.push(c);
    }
  } finally {
    raw.destroy();
  }
  return Buffer.concat(parts, len);
}

async function filePost(ref: Extract<InputRef, { kind: "file" }>, ids: IdAllocator, opts: InputOptions): Promise<Post> {
  const { path, size } = ref;
  const { maxBytes } = opts;
  const kind = kindOf(path) as PostKind;
  const id = ids.take(fileId(path), path.split(sep).join("/").replace(/\.gz$/i, "").replace(/\.[^./]*$/, ""));
  const post = (more: Partial<Post>): Post => ({ id, source: path, kind, size, ...more });
  if (size > maxBytes && !/\.gz$/i.test(path)) return post({ error: `file too large (${formatBytes(size)} > --max-bytes ${formatBytes(maxBytes)})` });
  if (size === 0) return post({ error: "empty file" });
  try {
    if (/\.gz$/i.test(path)) {
      const state: GunzipState = {};
      const bytes = await gunzipFile(ref.fsPath, maxBytes, state);
      if (!bytes) return post({ error: `file too large once unzipped (> --max-bytes ${formatBytes(maxBytes)})` });
      if (state.error) return post({ error: gzipMessage(state.error) });
      if (state.trailing) opts.onNote?.(path, "bytes after the end of the gzip data were ignored (trailing garbage, as gzip -d does)");
      return post({ bytes });
    }
    return post({ bytes: await readFile(ref.fsPath) });
  } catch (err) {
    return post({ error: `cannot read: ${fsWhy(err)}` });
  }
}

/** Standard input or a FIFO: JSONL (or gzip of it) when it starts with "{", else one post. */
async function* streamPosts(stream: AsyncIterable<Buffer>, name: string, opts: InputOptions, ids: IdAllocator): AsyncGenerator<Post> {
  const it = stream[Symbol.asyncIterator]();
  let firstRes;
  try {
    firstRes = await it.next();
  } catch (err) {
    yield { id: ids.take(name), source: name, kind: "text", error: `cannot read: ${fsWhy(err)}`, size: 0 };
    return;
  }
  if (firstRes.done) {
    // An empty JSONL stream is zero posts (an empty Spark partition), not an error.
    if (opts.stdinFormat !== "jsonl") yield { id: ids.take(name), source: name, kind: "text", error: "empty input", size: 0 };
    return;
  }
  const first = Buffer.from(firstRes.value as Buffer);
  opts.onBytes?.(first.length);
  const rest: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        const r = await it.next();
        if (!r.done) opts.onBytes?.((r.value as Buffer).length);
        return r;
      },
      return: async () => (it.return ? it.return() : { done: true as const, value: undefined }),
    }),
  };
  let format = opts.stdinFormat ?? "auto";
  if (first[0] === 0x1f && first[1] === 0x8b) {
    // gzip: unzip on the fly, then read as JSONL
    const state: GunzipState = {};
    async function* all() {
      yield first;
      yield* rest;
    }
    yield* jsonlPosts(gunzipChunks(all(), state), name, ids, opts, undefined, state);
    return;
  }
  if (format === "auto") {
    const lead = first.toString("latin1").replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart();
    format = lead.startsWith("{") ? "jsonl" : lead.startsWith("<") ? "html" : "text";
  }
  if (format === "jsonl") {
    yield* jsonlPosts(rest, name, ids, opts, first);
    return;
  }
  const parts: Buffer[] = [first];
  let size = first.length;
  for await (const c of rest) {
    size += c.length;
    if (size <= opts.maxBytes) parts.push(c);
  }
  const id = ids.take(name);
  if (size > opts.maxBytes) yield { id, source: name, kind: "text", error: `input too large (${formatBytes(size)} > --max-bytes ${formatBytes(opts.maxBytes)})`, size };
  else yield { id, source: name, kind: format === "html" ? "html" : "text", bytes: Buffer.concat(parts, size), size };
}

/** Every post of the inputs, in order. Bad inputs come out as posts with `error`. */
export async function* readPosts(args: string[], opts: InputOptions): AsyncGenerator<Post> {
  const ids = new IdAllocator();
  for await (const ref of expandInputs(args)) {
    if (ref.kind === "stdin") yield* streamPosts((opts.stdin ?? process.stdin) as AsyncIterable<Buffer>, "stdin", opts, ids);
    else if (ref.kind === "note") opts.onNote?.(ref.path, ref.message);
    else if (ref.kind === "missing") yield { id: ids.take(fileId(ref.path)), source: ref.path, kind: "text", error: ref.why, size: 0 };
    else if (ref.kind === "stream") {
      const s = createReadStream(ref.fsPath, { highWaterMark: 1 << 16 });
      try {
        yield* streamPosts(s, ref.path, opts, ids);
      } finally {
        s.destroy();
      }
    } else if (kindOf(ref.path) === "jsonl") {
      const raw = createReadStream(ref.fsPath, { highWaterMark: /\.gz$/i.test(ref.path) ? 1 << 14 : 1 << 16 });
      const onBytes = opts.onBytes;
      if (onBytes) raw.on("data", (c) => onBytes(c.length));
      try {
        if (/\.gz$/i.test(ref.path)) {
          const state: GunzipState = {};
          yield* jsonlPosts(gunzipChunks(raw, state), ref.path, ids, opts, undefined, state);
        } else yield* jsonlPosts(raw, ref.path, ids, opts);
      } finally {
        raw.destroy();
      }
    } else {
      const post = await filePost(ref, ids, opts);
      opts.onBytes?.(ref.size);
      yield post;
    }
  }
}

/** Total input bytes (for the progress bar's ETA): sizes of every file, no reading. */
export async function totalBytes(args: string[]): Promise<number | undefined> {
  let total = 0;
  for await (const ref of expandInputs(args)) {
    if (ref.kind === "stdin" || ref.kind === "stream") return undefined;
    if (ref.kind === "file") total += ref.size;
  }
  return total;
}
