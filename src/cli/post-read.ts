/**
 * One end of a pool worker's batch: each post read (decoded, its HTML article extracted) and ready
 * to parse, or the outcome of a post that cannot be read (issues 6, 12, 14). Without the parser and
 * without the output code: with --stages, stage A imports this (stages-a.ts), and posts.ts the rest.
 * No file system, no console: what is worth saying comes back in `notes`.
 *
 *   readBatch([{ id: "a", bytes: <windows-1258>, kind: "text" }], opts)
 *     → { ready: [{ i: 0, read: { text, encoding: "windows1258" }, input: { text, id: "a" } }], results: [] }
 *   { kind: "html", bytes: "<html>…" }     → article text (Readability), title kept; a page over the
 *                                            DOM budget → its plain text, with a note
 *   binary / empty / undecodable bytes     → results[i] = { ok: false, error: "binary file (PDF), not text" }
 */
import type { ParseOptions } from "../report/work.js";
import type { ReportInput } from "../report/chunks.js";
import { decodeBytes, DecodeError, type EncodingName } from "./decode.js";
import { charsetOf, htmlToText } from "./html.js";
import type { Post } from "./input.js";
import type { TableName } from "./csv.js";
import type { IndexEntry } from "../view/page.js";

export type ExtractFormat = "jsonl" | "json" | "facts" | "csv" | "summary";
export type CheckFormat = "text" | "json" | "jsonl";

export interface JobOptions {
  mode: "extract" | "check";
  format: ExtractFormat | CheckFormat;
  /** Put the text that was read into each record (`input.text`), so spans can be resolved. */
  withText?: boolean;
  /** Language of check messages in text output. */
  lang?: "vi" | "en";
  /** --encoding: skip detection. */
  encoding?: EncodingName;
  /** Longest text read from one post (characters); more is cut, with a lossy note. */
  maxChars?: number;
  /** Summary format: colours and width of the terminal. */
  summary?: { color: boolean; width?: number };
  /** --html DIR: also render the post's page (src/view/). */
  html?: { lang?: "vi" | "en" };
  /** Tests of the pool only (testFault, dieFault): faults no real input should cause. */
  _test?: TestFaults;
}

/** The faults the pool's tests inject, by post id. */
export interface TestFaults {
  /** These posts never finish (they sleep), when they are read (late: when their output is made; with --stages, in stage B). */
  stall?: string[];
  /** These posts exhaust the worker's memory, when stall would stall them. */
  oom?: string[];
  late?: boolean;
  /** These posts sleep [ms when read, ms when their output is made] (with --stages: in stage A, in stage B), then go on. */
  slow?: Record<string, [number, number]>;
  /**
   * A batch that holds one of these posts ends its thread outside any post's turn (as running out
   * of memory in a hand-over would): after the batch, before its results are sent (with --stages:
   * in stage A before the hand-over; late: in stage B before the hand-over is taken over).
   */
  die?: string[];
  /** With --stages and die: A dies inside the hand-over of the chunk that holds the post, just after its turns. */
  inHandOver?: boolean;
  /** die by process.exit(70), not by an uncaught error. */
  exit?: boolean;
  /**
   * Int32 × 3 over a SharedArrayBuffer, each change notified: [0] += 1 when a stall begins, [1] += 1
   * when a post is read (with --stages: in stage A), [2] += 1 when a thread dies by `die`.
   */
  signal?: Int32Array;
  /** These posts, when their output is made (with --stages: in stage B), first wait until a thread has died by `die`. */
  afterDeath?: string[];
  /** Loading the output code of the batch's format fails (posts.ts outcomes), as in a broken install. */
  outputFails?: boolean;
}

export interface PostStats {
  people: number;
  figures: number;
  findings: number;
  /** Findings with severity "error". */
  errors: number;
}

export type Outcome =
  | {
      ok: true;
      id: string;
      source: string;
      out: string;
      tables?: Record<TableName, string>;
      stats: PostStats;
      /** Part of the post was lost in reading (cut, undecodable bytes): one line each. */
      lossy?: string[];
      /** Worth saying, not a loss (a page read as plain text). */
      notes?: string[];
      /** --html DIR: the post's page, or why there is none. */
      page?: { html: string; entry: IndexEntry };
      pageError?: string;
    }
  | { ok: false; id: string; source: string; error: string };

export interface PostText {
  text: string;
  title?: string;
  encoding?: string;
  /** The page source (HTML posts), for locations. */
  html?: string;
  lossy?: string[];
  notes?: string[];
}

/** The text of a post, decoded and (for HTML) extracted. */
export async function postText(post: Post, encoding?: EncodingName): Promise<PostText> {
  let text = post.text;
  let enc: string | undefined;
  const lossy: string[] = [];
  const notes: string[] = [];
  if (post.replaced) lossy.push(`${post.replaced} invalid UTF-8 sequence${post.replaced === 1 ? "" : "s"} in the line replaced by U+FFFD`);
  if (text === undefined) {
    if (!post.bytes) throw new DecodeError("nothing to read");
    const bytes = post.bytes instanceof Buffer ? post.bytes : Buffer.from(post.bytes.buffer, post.bytes.byteOffset, post.bytes.byteLength);
    const declared = !encoding && post.kind === "html" ? charsetOf(bytes) : undefined;
    let d;
    try {
      d = await decodeBytes(bytes, encoding ?? declared);
    } catch (err) {
      // A page's <meta charset> is only a hint (old sites often lie): detect instead.
      if (!declared || !(err instanceof DecodeError) || !/undecodable/.test(err.message)) throw err;
      d = await decodeBytes(bytes);
    }
    if (declared && d.replaced) {
      // the declared charset does not fit every byte: detection may do better
      const guess = await decodeBytes(bytes).catch(() => undefined);
      if (guess && (guess.replaced ?? 0) < d.replaced) d = guess;
    }
    text = d.text;
    enc = d.encoding;
    if (d.replaced) lossy.push(`${d.replaced} byte sequence${d.replaced === 1 ? "" : "s"} not valid ${d.encoding === "utf8" ? "UTF-8" : d.encoding} replaced by U+FFFD`);
  }
  let title = post.title;
  let html: string | undefined;
  if (post.kind === "html") {
    html = text;
    const h = await htmlToText(text);
    if (h.fallback) notes.push(h.fallback);
    title ??= h.title;
    text = h.text;
    if (!text.trim()) throw new DecodeError("empty (no text in the page)");
    // The title often names the event and its date: read it with the article.
    if (h.title && !text.startsWith(h.title)) text = `${h.title}\n${text}`;
  }
  return { text, ...(title ? { title } : {}), ...(enc ? { encoding: enc } : {}), ...(html !== undefined ? { html } : {}), ...(lossy.length ? { lossy } : {}), ...(notes.length ? { notes } : {}) };
}

/** A post read (decoded, its article extracted) and ready to parse, or its failure. */
export type ReadPost = { ok: true; read: PostText; input: ReportInput } | { ok: false; outcome: Outcome };

/** The options every post of a job parses with (the post's own are in its ReportInput). */
export function jobParseOptions(opts: JobOptions): ParseOptions | undefined {
  return opts.maxChars ? { maxChars: opts.maxChars } : undefined;
}

/** A post's text, its id and date; or why it cannot be read. */
export async function readPost(post: Post, opts: JobOptions): Promise<ReadPost> {
  const { id, source } = post;
  if (post.error) return { ok: false, outcome: { ok: false, id, source, error: post.error } };
  if (opts._test) testFault(id, opts._test, false);
  let read: PostText;
  try {
    read = await postText(post, opts.encoding);
  } catch (err) {
    return { ok: false, outcome: { ok: false, id, source, error: (err as Error).message } };
  }
  const input: ReportInput = { text: read.text, id };
  if (post.date) input.referenceDate = post.date;
  return { ok: true, read, input };
}

/** A post of a batch read and ready to parse: its index in the batch. */
export interface ReadyPost {
  i: number;
  read: PostText;
  input: ReportInput;
}

/** Every post of a batch read (readPost): those ready to parse, and the outcomes of those that failed, in their places. */
export async function readBatch(posts: readonly Post[], opts: JobOptions, turn?: (i: number) => void): Promise<{ results: Outcome[]; ready: ReadyPost[] }> {
  const results: Outcome[] = new Array(posts.length);
  const ready: ReadyPost[] = [];
  for (let i = 0; i < posts.length; i++) {
    turn?.(i);
    try {
      const r = await readPost(posts[i]!, opts);
      if (r.ok) ready.push({ i, read: r.read, input: r.input });
      else results[i] = r.outcome;
    } catch (err) {
      results[i] = internal(posts[i]!, err);
    }
  }
  return { results, ready };
}

export const internal = (post: Post, err: unknown): Outcome => ({ ok: false, id: post.id, source: post.source, error: `internal error: ${(err as Error).message}` });

/** The faults the pool's tests need, which no real input should cause: those of post `id` when it is read (late false) or its output made (late true). */
export function testFault(id: string, t: TestFaults, late: boolean) {
  if (!late) note(t.signal, 1);
  if (late && t.afterDeath?.includes(id) && t.signal) while (Atomics.load(t.signal, 2) === 0) Atomics.wait(t.signal, 2, 0);
  const ms = t.slow?.[id]?.[late ? 1 : 0];
  if (ms) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  if (!t.late !== !late) return;
  if (t.stall?.includes(id)) {
    note(t.signal, 0);
    for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
  if (t.oom?.includes(id)) {
    const hog: unknown[] = [];
    for (;;) hog.push(new Array(1e6).fill(hog.length));
  }
}

/** Test fault `die`: the thread ends here, outside any post's turn, when `posts` holds a post named in t.die. */
export function dieFault(posts: readonly { id: string }[], t: TestFaults) {
  const post = t.die && posts.find((p) => t.die!.includes(p.id));
  if (!post) return;
  note(t.signal, 2);
  if (t.exit) process.exit(70);
  throw new Error(`test fault: a batch with ${post.id}`);
}

function note(signal: Int32Array | undefined, k: number) {
  if (!signal) return;
  Atomics.add(signal, k, 1);
  Atomics.notify(signal, k);
}
