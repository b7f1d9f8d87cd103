/**
 * One post in, one ready-to-write piece of output out (issue 6). Runs in a pool worker, or in
 * the main thread with --jobs 1. Pure: no file system, no console.
 *
 *   { id: "a", bytes: <windows-1258>, kind: "text" }, extract/jsonl
 *     → { ok: true, out: '{"version":1,"id":"a",…,"findings":[…],"input":{"source":"a.txt","encoding":"windows1258"}}\n' }
 *   { kind: "html", bytes: "<html>…" }     → article text (Readability), title kept
 *   check/text → "a.txt:3:12: error [breakdown.sum] …", the sentence with its figures marked, the arithmetic
 *   csv        → rows for the posts, people, figures and findings tables
 *   binary / empty / undecodable bytes     → { ok: false, error: "binary file (PDF), not text" }
 */
import { parseReport } from "../report/parse.js";
import { toFacts } from "../report/facts.js";
import type { Finding, Report } from "../schema.js";
import { renderFindings } from "../check/render.js";
import { decodeBytes, DecodeError, type EncodingName } from "./decode.js";
import { charsetOf, htmlToText } from "./html.js";
import type { Post } from "./input.js";
import { csvRows, type TableName } from "./csv.js";
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
  /** Summary format: colours and width of the terminal. */
  summary?: { color: boolean; width?: number };
  /** --html DIR: also render the post's page (src/view/). */
  html?: { lang?: "vi" | "en" };
}

export interface PostStats {
  people: number;
  figures: number;
  findings: number;
  /** Findings with severity "error". */
  errors: number;
}

export type Outcome =
  | { ok: true; id: string; source: string; out: string; tables?: Record<TableName, string>; stats: PostStats; page?: { html: string; entry: IndexEntry }; pageError?: string }
  | { ok: false; id: string; source: string; error: string };

/** The text of a post, decoded and (for HTML) extracted. */
export function postText(post: Post, encoding?: EncodingName): { text: string; title?: string; encoding?: string } {
  let text = post.text;
  let enc: string | undefined;
  if (text === undefined) {
    if (!post.bytes) throw new DecodeError("nothing to read");
    const bytes = post.bytes instanceof Buffer ? post.bytes : Buffer.from(post.bytes.buffer, post.bytes.byteOffset, post.bytes.byteLength);
    const declared = !encoding && post.kind === "html" ? charsetOf(bytes) : undefined;
    let d;
    try {
      d = decodeBytes(bytes, encoding ?? declared);
    } catch (err) {
      // A page's <meta charset> is only a hint (old sites often lie): detect instead.
      if (!declared || !(err instanceof DecodeError) || !/undecodable/.test(err.message)) throw err;
      d = decodeBytes(bytes);
    }
    text = d.text;
    enc = d.encoding;
  }
  let title = post.title;
  if (post.kind === "html") {
    const h = htmlToText(text);
    title ??= h.title;
    text = h.text;
    if (!text.trim()) throw new DecodeError("empty (no text in the page)");
    // The title often names the event and its date: read it with the article.
    if (h.title && !text.startsWith(h.title)) text = `${h.title}\n${text}`;
  }
  return { text, ...(title ? { title } : {}), ...(enc ? { encoding: enc } : {}) };
}


export function processPost(post: Post, opts: JobOptions): Outcome {
  const { id, source } = post;
  if (post.error) return { ok: false, id, source, error: post.error };
  let read;
  try {
    read = postText(post, opts.encoding);
  } catch (err) {
    return { ok: false, id, source, error: (err as Error).message };
  }
  const { text } = read;
  let report: Report;
  let findings: Finding[];
  try {
    report = parseReport(text, { id, ...(post.date ? { referenceDate: post.date } : {}) });
    findings = report.findings; // parseReport runs the checks on the relations it found
  } catch (err) {
    return { ok: false, id, source, error: `internal error: ${(err as Error).message}` };
  }
  report.findings = findings;
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
    if (opts.format === "text") out = renderFindings(text, report, { source, id }, { lang: opts.lang ?? "en" });
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
  return { ok: true, id, source, out, ...(tables ? { tables } : {}), stats, ...(page ? { page } : {}), ...(pageError ? { pageError } : {}) };
}
