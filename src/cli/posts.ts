/**
 * Posts in, ready-to-write pieces of output out, one per post (issues 6, 12, 14): the two ends of
 * a pool worker's batch without the parse between them, and without the parser. Reading the posts
 * is post-read.ts; this module makes each post's output. process.ts
 * processPosts puts parseEach between them; with --stages, readBatch runs in stage A and outcomes
 * in stage B, each of which imports only its side of the phases (stage-worker.ts).
 * No file system, no console: what is worth saying comes back in `notes`. The output code of a
 * format (csv.ts, summary.ts, check/render.ts, view/page.ts, report/facts.ts) is loaded the first
 * time a batch asks for that format (lazy.ts loadOutput): extract/jsonl loads none of it.
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
import type { Finding, Report } from "../schema.js";
import { htmlSourceMap } from "./html.js";
import type { Post } from "./input.js";
import type { TableName } from "./csv.js";
import type { IndexEntry } from "../view/page.js";
import { loadOutput, type OutputLibs } from "./lazy.js";
import { internal, testFault, type JobOptions, type Outcome, type PostStats, type PostText } from "./post-read.js";

/** The output code of the formats asked so far (lazy.ts loadOutput: outcomes loads a batch's before its first post). */
let libs: OutputLibs = {};

/** A format's output code, loaded. */
function need<K extends keyof OutputLibs>(name: K): NonNullable<OutputLibs[K]> {
  const m = libs[name];
  if (!m) throw new Error(`internal: the ${name} output code used before loadOutput()`);
  return m;
}

/** `check` text output: each finding located in the input as given, with its sentence and arithmetic. */
export function findingLines(post: Post, read: PostText, report: Pick<Report, "findings"> & Partial<Report>, lang: "vi" | "en"): string {
  if (!report.findings.length) return "";
  const { render, location } = need("check");
  const locate = location.locator({ post, text: read.text, ...(read.html !== undefined ? { html: { source: read.html, map: htmlSourceMap(read.html, read.text) } } : {}) });
  const jsonl = /:\d+$/.test(post.source);
  return render.renderFindings(read.text, report as Report, { source: post.source, id: post.id, locate, ...(jsonl ? { suffix: ` (post ${post.id})` } : {}) }, { lang });
}

/**
 * Each ready post's output (its Report, or the error parseEach kept in its place) into `results`,
 * which is returned; the output code of the batch's format first loaded (lazy.ts loadOutput).
 */
export async function outcomes(posts: readonly Post[], opts: JobOptions, ready: readonly { i: number; read: PostText }[], reports: readonly (Report | Error)[], results: Outcome[], turn?: (i: number) => void): Promise<Outcome[]> {
  try {
    if (opts._test?.outputFails) throw new Error("test: the output code did not load");
    libs = await loadOutput(opts);
  } catch (err) {
    // the format's output code would not load (a broken install): each post says so and the run
    // goes on, instead of the thread dying after each post and being restarted for the next
    for (const { i } of ready) results[i] = internal(posts[i]!, err);
    return results;
  }
  for (let k = 0; k < ready.length; k++) {
    const { i, read } = ready[k]!;
    const post = posts[i]!;
    const report = reports[k]!;
    turn?.(i);
    try {
      if (opts._test) testFault(post.id, opts._test, true);
      results[i] = report instanceof Error ? internal(post, report) : postOutcome(post, opts, read, report);
    } catch (err) {
      results[i] = internal(post, err);
    }
  }
  return results;
}
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
  } else if (opts.format === "facts") out = JSON.stringify(need("facts").toFacts(report, id)) + "\n";
  else if (opts.format === "json") out = JSON.stringify(report, null, 2);
  else if (opts.format === "csv") tables = need("csv").csvRows(report, findings);
  else if (opts.format === "summary") out = need("summary").renderSummary(report, text, { source, ...opts.summary }) + "\n";
  else out = JSON.stringify(report) + "\n";
  let page: { html: string; entry: IndexEntry } | undefined;
  let pageError: string | undefined;
  if (opts.html) {
    try {
      page = need("page").postPage(report, text, { lang: opts.html.lang, indexHref: "../index.html" });
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
