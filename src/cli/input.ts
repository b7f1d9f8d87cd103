/**
 * Inputs of the batch CLI (issue 6): every path an archivist may give, turned into a stream of
 * posts in a fixed order, without reading more than the pool needs.
 *
 *   report.txt, note.md               → one post, id "report" / "note" (bytes, decoded later)
 *   page.html, page.htm               → one post, kind "html" (article text extracted later)
 *   archive/  (recursive, sorted)     → every .txt .md .html .htm .jsonl .ndjson (and .gz of them)
 *   "posts/**\/*.txt" (quoted glob)    → the files it matches, sorted
 *   news.jsonl, news.jsonl.gz         → one post per line: {"text", "id"?, "title"?, "url"?}
 *                                       id = the `id` field, else "news.jsonl:<line>"
 *   -                                 → standard input: JSONL when it starts with "{", else one post
 *   a missing file, a bad JSON line, a post over --max-bytes → a post with `error`, and the run goes on
 *
 * Ids are unique in a run: a second "a.txt" in another folder gets its path ("2017/a"),
 * a repeated JSONL id gets "#2"; the same inputs in the same order give the same ids, which
 * is what --resume relies on.
 */
import { createReadStream, type Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, normalize, sep } from "node:path";
import { createGunzip, gunzipSync } from "node:zlib";
import type { Readable } from "node:stream";

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
}

export interface InputOptions {
  /** Largest post (file, or JSONL line) in bytes. */
  maxBytes: number;
  /** How to read standard input. */
  stdinFormat?: "auto" | "jsonl" | "text" | "html";
  /** Called with the number of input bytes consumed (compressed bytes for .gz). */
  onBytes?: (n: number) => void;
  /** Standard input (tests pass their own). */
  stdin?: Readable;
}

const DIR_EXT = /\.(txt|text|md|markdown|html?|xhtml|jsonl|ndjson)(\.gz)?$/i;
const GLOB_CHARS = /[*?[{]/;

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

/** Hands out ids unique within a run, deterministically. */
export class IdAllocator {
  private used = new Set<string>();
  take(base: string, fallback?: string): string {
    let id = base;
    if (this.used.has(id) && fallback !== undefined) id = fallback;
    for (let n = 2; this.used.has(id); n++) id = `${base}#${n}`;
    this.used.add(id);
    return id;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

// ---- paths -----------------------------------------------------------------------------

export type InputRef = { kind: "stdin" } | { kind: "file"; path: string; size: number } | { kind: "missing"; path: string; why: string };

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

async function* walkDir(dir: string, depth = Infinity, match?: RegExp): AsyncGenerator<InputRef> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { kind: "missing", path: dir, why: `cannot read folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = dir === "." ? e.name : join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      const st = await statOrNull(p);
      isDir = !!st?.isDirectory();
      isFile = !!st?.isFile();
    }
    if (isDir) {
      if (depth > 1) yield* walkDir(p, depth - 1, match);
    } else if (isFile && (match ? match.test(p.split(sep).join("/")) : DIR_EXT.test(e.name))) {
      const st = await statOrNull(p);
      yield { kind: "file", path: p, size: st?.size ?? 0 };
    }
  }
}

/** A glob ("*", "?", "**", "[abc]", "{a,b}") as a regular expression over "/"-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  let inBrace = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:[^/]*/)*";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) re += "\\[";
      else {
        re += "[" + glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\") + "]";
        i = end;
      }
    } else if (c === "{") {
      inBrace++;
      re += "(?:";
    } else if (c === "}" && inBrace) {
      inBrace--;
      re += ")";
    } else if (c === "," && inBrace) re += "|";
    else re += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

async function* expandGlob(pattern: string): AsyncGenerator<InputRef> {
  const p = pattern.split(sep).join("/").replace(/^\.\//, "");
  const parts = p.split("/");
  const first = parts.findIndex((s) => GLOB_CHARS.test(s));
  const base = parts.slice(0, first).join("/") || (p.startsWith("/") ? "/" : ".");
  const rest = parts.slice(first);
  const depth = rest.includes("**") || rest.some((s) => s.includes("**")) ? Infinity : rest.length;
  const match = globToRegExp(p);
  let any = false;
  for await (const ref of walkDir(base, depth, match)) {
    any = true;
    yield ref;
  }
  if (!any) yield { kind: "missing", path: pattern, why: "no file matches this pattern" };
}

/** Files, folders (recursive), globs and "-" → input references, in order. */
export async function* expandInputs(args: string[]): AsyncGenerator<InputRef> {
  for (const arg of args) {
    if (arg === "-") {
      yield { kind: "stdin" };
      continue;
    }
    const st = await statOrNull(arg);
    if (st?.isDirectory()) yield* walkDir(normalize(arg).replace(/[/\\]$/, "") || ".");
    else if (st) yield { kind: "file", path: normalize(arg), size: st.size };
    else if (GLOB_CHARS.test(arg)) yield* expandGlob(arg);
    else yield { kind: "missing", path: arg, why: "no such file or folder" };
  }
}

// ---- lines -----------------------------------------------------------------------------

interface Line {
  n: number;
  text: string | null;
  /** bytes of the line; text is null when it exceeds maxBytes. */
  bytes: number;
}

/** Lines of a byte stream (UTF-8), one at a time, never holding a line over maxBytes. */
export async function* readLines(stream: AsyncIterable<Buffer>, maxBytes: number, first?: Buffer): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let len = 0;
  let n = 0;
  const decoder = new TextDecoder("utf-8");
  const flush = (): Line => {
    n++;
    const over = len > maxBytes;
    const text = over ? null : decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts, len));
    const line = { n, text: text && n === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, bytes: len };
    parts = [];
    len = 0;
    return line;
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
    for (let nl = chunk.indexOf(10, at); nl >= 0; nl = chunk.indexOf(10, at)) {
      push(chunk.subarray(at, nl > at && chunk[nl - 1] === 13 ? nl - 1 : nl));
      at = nl + 1;
      yield flush();
    }
    if (at < chunk.length) push(Buffer.from(chunk.subarray(at)));
  }
  if (len > 0) yield flush();
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() ? v : typeof v === "number" ? String(v) : undefined;
}

/** The posts of a JSONL stream. `name` is the file name used in sources and fallback ids. */
export async function* jsonlPosts(stream: AsyncIterable<Buffer>, name: string, ids: IdAllocator, maxBytes: number, first?: Buffer): AsyncGenerator<Post> {
  try {
    for await (const line of readLines(stream, maxBytes, first)) {
      const source = `${name}:${line.n}`;
      const bad = (error: string): Post => ({ id: ids.take(source), source, kind: "text", error, size: line.bytes });
      if (line.text === null) {
        yield bad(`post too large (${formatBytes(line.bytes)} > --max-bytes ${formatBytes(maxBytes)})`);
        continue;
      }
      if (!line.text.trim()) continue;
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
      const id = ids.take(given ?? source, given !== undefined ? source : undefined);
      const meta = { ...(str(o.title) ? { title: str(o.title) } : {}), ...(str(o.url) ? { url: str(o.url) } : {}), ...(str(o.date) ? { date: str(o.date) } : {}) };
      if (typeof text !== "string") yield { id, source, kind, error: 'no "text" field', size: line.bytes, ...meta };
      else if (!text.trim()) yield { id, source, kind, error: "empty text", size: line.bytes, ...meta };
      else yield { id, source, kind, text, size: line.bytes, ...meta };
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === "Z_DATA_ERROR" || e.code === "Z_BUF_ERROR" || /incorrect header|unexpected end/i.test(e.message) ? `not valid gzip (${e.message})` : e.message;
    yield { id: ids.take(fileId(name), name), source: name, kind: "text", error: why, size: 0 };
  }
}

// ---- posts -----------------------------------------------------------------------------

async function filePost(path: string, size: number, ids: IdAllocator, maxBytes: number): Promise<Post> {
  const kind = kindOf(path) as PostKind;
  const base = fileId(path);
  const id = ids.take(base, path.split(sep).join("/").replace(/\.gz$/i, "").replace(/\.[^./]*$/, ""));
  const post = (more: Partial<Post>): Post => ({ id, source: path, kind, size, ...more });
  if (size > maxBytes) return post({ error: `file too large (${formatBytes(size)} > --max-bytes ${formatBytes(maxBytes)})` });
  if (size === 0) return post({ error: "empty file" });
  try {
    let bytes: Uint8Array = await readFile(path);
    if (/\.gz$/i.test(path)) {
      try {
        bytes = gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        return post({ error: e.code === "ERR_BUFFER_TOO_LARGE" || /larger than/i.test(e.message) ? `file too large once unzipped (> --max-bytes ${formatBytes(maxBytes)})` : `not valid gzip (${e.message})` });
      }
      if (bytes.length > maxBytes) return post({ error: `file too large once unzipped (> --max-bytes ${formatBytes(maxBytes)})` });
    }
    return post({ bytes });
  } catch (err) {
    return post({ error: `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
  }
}

async function* stdinPosts(opts: InputOptions, ids: IdAllocator): AsyncGenerator<Post> {
  const stream = opts.stdin ?? process.stdin;
  const it = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const firstRes = await it.next();
  if (firstRes.done) {
    // An empty JSONL stream is zero posts (an empty Spark partition), not an error.
    if (opts.stdinFormat !== "jsonl") yield { id: ids.take("stdin"), source: "stdin", kind: "text", error: "empty input", size: 0 };
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
    }),
  };
  let format = opts.stdinFormat ?? "auto";
  if (first[0] === 0x1f && first[1] === 0x8b) {
    // gzip on standard input: unzip on the fly.
    const gz = createGunzip();
    gz.write(first);
    (async () => {
      try {
        for await (const c of rest) if (!gz.write(c)) await new Promise((r) => gz.once("drain", r));
        gz.end();
      } catch (err) {
        gz.destroy(err as Error);
      }
    })();
    yield* jsonlPosts(gz, "stdin", ids, opts.maxBytes);
    return;
  }
  if (format === "auto") {
    const lead = first.toString("latin1").replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart();
    format = lead.startsWith("{") ? "jsonl" : lead.startsWith("<") ? "html" : "text";
  }
  if (format === "jsonl") {
    yield* jsonlPosts(rest, "stdin", ids, opts.maxBytes, first);
    return;
  }
  const parts: Buffer[] = [first];
  let size = first.length;
  for await (const c of rest) {
    size += c.length;
    if (size <= opts.maxBytes) parts.push(c);
  }
  const id = ids.take("stdin");
  if (size > opts.maxBytes) yield { id, source: "stdin", kind: "text", error: `input too large (${formatBytes(size)} > --max-bytes ${formatBytes(opts.maxBytes)})`, size };
  else yield { id, source: "stdin", kind: format === "html" ? "html" : "text", bytes: Buffer.concat(parts, size), size };
}

/** Every post of the inputs, in order. Bad inputs come out as posts with `error`. */
export async function* readPosts(args: string[], opts: InputOptions): AsyncGenerator<Post> {
  const ids = new IdAllocator();
  for await (const ref of expandInputs(args)) {
    if (ref.kind === "stdin") yield* stdinPosts(opts, ids);
    else if (ref.kind === "missing") yield { id: ids.take(fileId(ref.path)), source: ref.path, kind: "text", error: ref.why, size: 0 };
    else if (kindOf(ref.path) === "jsonl") {
      const raw = createReadStream(ref.path, { highWaterMark: 1 << 16 });
      const onBytes = opts.onBytes;
      if (onBytes) raw.on("data", (c) => onBytes(c.length));
      const stream = /\.gz$/i.test(ref.path) ? raw.pipe(createGunzip()) : raw;
      if (stream !== raw) raw.on("error", (err) => stream.destroy(err));
      yield* jsonlPosts(stream, ref.path, ids, opts.maxBytes);
      raw.destroy();
    } else {
      const post = await filePost(ref.path, ref.size, ids, opts.maxBytes);
      opts.onBytes?.(ref.size);
      yield post;
    }
  }
}

/** Total input bytes (for the progress bar's ETA): sizes of every file, no reading. */
export async function totalBytes(args: string[]): Promise<number | undefined> {
  let total = 0;
  for await (const ref of expandInputs(args)) {
    if (ref.kind === "stdin") return undefined;
    if (ref.kind === "file") total += ref.size;
  }
  return total;
}
