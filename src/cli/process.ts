/**
 * Posts in, ready-to-write pieces of output out, one per post (issues 6, 12, 14). Runs in a pool
 * worker (worker.ts: processPosts on each batch).
 * No file system, no console: what is worth saying comes back in `notes`.
 *
 *   { id: "a", bytes: <windows-1258>, kind: "text" }, extract/jsonl
 *     → { ok: true, out: '{"version":1,"id":"a",…,"findings":[…],"input":{"source":"a.txt","encoding":"windows1258"}}\n' }
 *   { kind: "html", bytes: "<html>…" }     → article text (Readability), title kept; a page over the
 *                                            DOM budget → its plain text, with a note
 *   check/text → "a.txt:3:12: error [breakdown.sum] …", the sentence with its figures marked, the
 *                arithmetic (check/render.ts), located in the input as given (location.ts)
 *   summary    → a screen for people (summary.ts);  --html DIR → the post's page (src/view/)
 *   csv        → rows for the posts, people, figures and findings tables
 *   binary / empty / undecodable bytes     → { ok: false, error: "binary file (PDF), not text" }
 *   a lossy read (bytes replaced by U+FFFD, a text cut at --max-chars) → ok, with `lossy` notes
 */
import type { ParseOptions } from "../report/parse.js";
import { parseEach, type ReportInput } from "../report/batch.js";
import { toFacts } from "../report/facts.js";
import type { Finding, Report } from "../schema.js";
import { decodeBytes, DecodeError, type EncodingName } from "./decode.js";
import { charsetOf, htmlSourceMap, htmlToText } from "./html.js";
import type { Post } from "./input.js";
import { csvRows, type TableName } from "./csv.js";
import { locator } from "./location.js";
import { renderFindings } from "../check/render.js";
import { renderSummary } from "./summary.js";
import { postPage, type IndexEntry } from "../view/page.js";

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
  /**
   * Tests of the pool only: posts with these ids never finish, or exhaust the worker's memory, when
   * they are read (late: when their output is made, after the parse; with --stages, in stage B).
   */
  _test?: { stall?: string[]; oom?: string[]; late?: boolean };
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

/** `check` text output: each finding located in the input as given, with its sentence and arithmetic. */
export function findingLines(post: Post, read: PostText, report: Pick<Report, "findings"> & Partial<Report>, lang: "vi" | "en"): string {
  if (!report.findings.length) return "";
  const locate = locator({ post, text: read.text, ...(read.html !== undefined ? { html: { source: read.html, map: htmlSourceMap(read.html, read.text) } } : {}) });
  const jsonl = /:\d+$/.test(post.source);
  return renderFindings(read.text, report as Report, { source: post.source, id: post.id, locate, ...(jsonl ? { suffix: ` (post ${post.id})` } : {}) }, { lang });
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
  if (opts._test && !opts._test.late) testFault(id, opts._test);
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

/**
 * A batch of posts in, their output pieces out, in order (what a pool worker does with a batch):
 * readPost for each, parseEach over the posts read (each phase over a chunk of posts), then
 * postOutcome for each. `turn(i)` is told before each turn the worker gives post i (to read it,
 * before each phase of its parse, to write its output): the worker's watchdog counts them.
 * (With --stages the same two ends run in two threads, the phases split between them: readBatch
 * in stage A, outcomes in stage B: stage-worker.ts.)
 */
export async function processPosts(posts: readonly Post[], opts: JobOptions, turn?: (i: number) => void): Promise<Outcome[]> {
  const { results, ready } = await readBatch(posts, opts, turn);
  // parse them together (where parseReport would throw, BAOCAO_VALIDATE=throw, that post's place
  // holds the error: the post gets an internal error, the others their reports)
  const reports = parseEach(
    ready.map((r) => r.input),
    jobParseOptions(opts),
    turn && ((k) => turn(ready[k]!.i)),
  );
  return outcomes(posts, opts, ready, reports, results, turn);
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

/** Each ready post's output (its Report, or the error parseEach kept in its place) into `results`, which is returned. */
export function outcomes(posts: readonly Post[], opts: JobOptions, ready: readonly { i: number; read: PostText }[], reports: readonly (Report | Error)[], results: Outcome[], turn?: (i: number) => void): Outcome[] {
  for (let k = 0; k < ready.length; k++) {
    const { i, read } = ready[k]!;
    const post = posts[i]!;
    const report = reports[k]!;
    turn?.(i);
    try {
      if (opts._test?.late) testFault(post.id, opts._test);
      results[i] = report instanceof Error ? internal(post, report) : postOutcome(post, opts, read, report);
    } catch (err) {
      results[i] = internal(post, err);
    }
  }
  return results;
}

const internal = (post: Post, err: unknown): Outcome => ({ ok: false, id: post.id, source: post.source, error: `internal error: ${(err as Error).message}` });

/** A post's Report (parseReport's) → its output, stats and notes. */
export function postOutcome(post: Post, opts: JobOptions, read: PostText, report: Report): Outcome {
  const { id, source } = post;
  const { text } = read;
  const lossy = [...(read.lossy ?? [])];
  for (const w of report.warnings) {
    if (w.code === "input.truncated") lossy.push(`${w.message} (--max-chars)`);
    if (w.code === "internal") return { ok: false, id, source, error: w.message };
  }
  // parseReport already ran the checks: their findings are in the report
  const findings: Finding[] = report.findings;
  report.input = {
    source,
    ...(read.title ? { title: read.title } : {}),
    ...(post.url ? { url: post.url } : {}),
    ...(read.encoding ? { encoding: read.encoding } : {}),
    ...(opts.withText ? { text } : {}),
  };
  const stats: PostStats = {
    people: report.people.length,
    figures: report.figures.length,
    findings: findings.length,
    errors: findings.filter((f) => f.severity === "error").length,
  };
  let out = "";
  let tables: Record<TableName, string> | undefined;
  if (opts.mode === "check") {
    if (opts.format === "text") out = findingLines(post, read, report, opts.lang ?? "en");
    else {
      const rec = JSON.stringify({ id, source, findings });
      out = opts.format === "jsonl" ? rec + "\n" : rec;
    }
  } else if (opts.format === "facts") out = JSON.stringify(toFacts(report, id)) + "\n";
  else if (opts.format === "json") out = JSON.stringify(report, null, 2);
  else if (opts.format === "csv") tables = csvRows(report, findings);
  else if (opts.format === "summary") out = renderSummary(report, text, { source, ...opts.summary }) + "\n";
  else out = JSON.stringify(report) + "\n";
  let page: { html: string; entry: IndexEntry } | undefined;
  let pageError: string | undefined;
  if (opts.html) {
    try {
      page = postPage(report, text, { lang: opts.html.lang, indexHref: "../index.html" });
    } catch (err) {
      pageError = `internal error (page): ${(err as Error).message}`;
    }
  }
  return {
    ok: true,
    id,
    source,
    out,
    ...(tables ? { tables } : {}),
    stats,
    ...(lossy.length ? { lossy } : {}),
    ...(read.notes?.length ? { notes: read.notes } : {}),
    ...(page ? { page } : {}),
    ...(pageError ? { pageError } : {}),
  };
}

/** The faults the pool's tests need, which no real input should cause. */
function testFault(id: string, t: NonNullable<JobOptions["_test"]>) {
  if (t.stall?.includes(id)) for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  if (t.oom?.includes(id)) {
    const hog: unknown[] = [];
    for (;;) hog.push(new Array(1e6).fill(hog.length));
  }
}
