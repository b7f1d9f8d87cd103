/**
 * A batch run of `extract` or `check` (issues 6, 11, 12, 14): read posts, skip the done ones,
 * read them in the worker pool, write the results in input order.
 *
 *   runBatch("extract", ["archive/"], { format: "jsonl", out: "posts.jsonl", … }, io) → exit code
 *
 * Exit codes: 0 all good · 1 some posts failed (or `check` found an error), or no post at all ·
 * 2 usage error, or an output that cannot be used (nothing was written) · 3 every post read,
 * but some only in part (cut at --max-chars, bytes replaced by U+FFFD) · 4 stopped by an output
 * error (disk full…): what is written is whole, --resume continues · 130 / 143 stopped by
 * SIGINT / SIGTERM: the same.
 */
import type { Readable, Writable } from "node:stream";
import type { EncodingName } from "./decode.js";
import { readPosts, type Post } from "./input.js";
import { Pool, batches, ordered, type PostPool } from "./pool.js";
import { PairPool } from "./pair.js";
import { openSink, outputFiles, UsageError, type OpenedSink } from "./output.js";
import { Progress, summaryLine, type ErrStream, type Totals } from "./progress.js";
import type { TableName } from "./csv.js";
import type { JobOptions } from "./post-read.js";
import { availableCores, clampJobs, defaultJobs, stagesFor } from "./cores.js";
import { checkAliases } from "./guard.js";
import { FsError } from "./fs-errors.js";
import { LockError } from "./lock.js";
import { ResumeError } from "./resume.js";
import { HtmlSite } from "../view/writer.js";

export interface BatchOptions {
  format: string;
  out?: string;
  jobs?: number;
  /** --stages / --no-stages: pairs of threads split the phases of each post instead of the posts (pair.ts); unset, a pair for --jobs 2 (cores.ts stagesFor). */
  stages?: boolean;
  encoding?: EncodingName;
  maxBytes: number;
  maxChars?: number;
  /** Seconds one post may take (0: no limit). */
  postTimeout?: number;
  resume?: boolean;
  force?: boolean;
  text?: boolean;
  stdinFormat?: "auto" | "jsonl" | "text" | "html";
  table?: TableName;
  bom?: boolean;
  lang?: "vi" | "en";
  progress?: boolean;
  quiet?: boolean;
  errorRecords?: boolean;
  /** --html DIR: also one page per post and DIR/index.html (src/view/). */
  html?: string;
}

export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: ErrStream;
  /** Aborted with reason "SIGINT" or "SIGTERM" to stop the run (whole lines stay, exit 130/143). */
  signal?: AbortSignal;
  /** Whether `io.stdout` is this process's file descriptor 1 (checked against the inputs). */
  realStdout?: boolean;
  /** A pool to use instead of starting one (tests share one across runs; it is not closed). */
  pool?: PostPool;
  /** Called when a run starts: route SIGINT/SIGTERM to `signal` (main.ts). */
  watchSignals?: () => void;
}

export const EXIT = { ok: 0, failed: 1, usage: 2, lossy: 3, output: 4, SIGINT: 130, SIGTERM: 143 } as const;

/** "news.jsonl:17 (x1)" for a JSONL post, "a.txt" for a file. */
function named(r: { source: string; id: string }): string {
  return `${r.source}${r.id !== r.source && /:\d+$/.test(r.source) ? ` (${r.id})` : ""}`;
}

function usage(mode: "extract" | "check", o: BatchOptions) {
  // only JSON lines and CSV rows can be continued: a JSON array ends with "]", text and summaries are for people
  if (o.resume && mode === "check" && o.format !== "jsonl") throw new UsageError(`--resume needs --format jsonl for check (--format ${o.format} cannot be continued)`);
  if (o.resume && mode === "extract" && (o.format === "json" || o.format === "summary"))
    throw new UsageError(`--resume works with --format jsonl, facts and csv (${o.format === "json" ? "a JSON array cannot be appended to" : "a summary is for people, not for continuing"}); use jsonl`);
  if (o.errorRecords && !["jsonl", "facts"].includes(o.format)) throw new UsageError("--error-records works with --format jsonl or facts");
  if (o.bom && o.format !== "csv") throw new UsageError("--bom works with --format csv (a byte order mark would break JSON lines)");
  if (o.resume && o.force) throw new UsageError("--resume and --force contradict each other: --resume continues the output, --force starts it over");
}

/** Colours and width for the summary format: a terminal's, unless NO_COLOR is set. */
function summaryLook(o: BatchOptions, io: Io): JobOptions["summary"] {
  const tty = !!io.stdout.isTTY && !o.out;
  const columns = (io.stdout as { columns?: number }).columns;
  return { color: tty && !process.env.NO_COLOR, width: tty ? Math.max(60, Math.min(columns || 100, 160)) : 100 };
}

export async function runBatch(mode: "extract" | "check", paths: string[], o: BatchOptions, io: Io): Promise<number> {
  usage(mode, o);
  if (!paths.length) {
    if (io.stdin.isTTY) throw new UsageError("no input: give files, folders, globs, or - for standard input (or pipe posts in)");
    paths = ["-"];
  }
  if (paths.filter((p) => p === "-").length > 1) throw new UsageError("standard input (-) can be read only once");
  if (o.out === "-") o.out = undefined;
  const t0 = Date.now();
  const say = (line: string) => io.stderr.write(line + "\n");

  const cores = availableCores();
  let jobs = defaultJobs(cores);
  if (o.jobs) {
    const c = clampJobs(o.jobs, cores);
    jobs = c.jobs;
    if (c.note) say(`baocao: ${c.note}`);
  }

  let stop: "SIGINT" | "SIGTERM" | undefined;
  let pipeGone = false;
  let fatal: Error | undefined;
  /** Stops the run (set below, once the pool exists). */
  let onAbort: () => void = () => {};

  // The output: never an input; locked; a cut run continued only with --resume.
  const total = await checkAliases(paths, o.out ? outputFiles(o.format, o.out) : [], io.realStdout ? { stdoutShown: "standard output" } : { stdin: false });
  let sink: OpenedSink;
  try {
    sink = await openSink({
      mode,
      format: o.format,
      out: o.out,
      resume: o.resume,
      force: o.force,
      table: o.table,
      bom: o.bom,
      withText: o.text,
      errorRecords: o.errorRecords,
      stdout: io.stdout,
      onStdoutGone: () => {
        // `… | head`: the reader has what it wanted; stop quietly
        pipeGone = true;
        onAbort();
      },
    });
  } catch (err) {
    if (err instanceof LockError || err instanceof ResumeError || err instanceof FsError) throw new UsageError(err.message);
    throw err;
  }

  io.watchSignals?.();
  const site = o.html ? new HtmlSite(o.html, { resume: o.resume, lang: o.lang, mode }) : undefined;
  const showBar = !o.quiet && o.progress !== false && !!io.stderr.isTTY;
  const progress = await Progress.create(showBar, io.stderr, showBar ? total : undefined);
  const log = (line: string) => progress.log(line);
  const opts: JobOptions = {
    mode,
    format: o.format as JobOptions["format"],
    withText: o.text,
    lang: o.lang,
    encoding: o.encoding,
    maxChars: o.maxChars ?? o.maxBytes,
    summary: summaryLook(o, io),
    ...(site ? { html: { lang: o.lang } } : {}),
  };
  const shared = io.pool;
  const postTimeout = (o.postTimeout ?? 60) * 1000;
  // --stages (the default for 2 jobs): a pair of threads for every two of --jobs (at least one pair)
  const pool: PostPool = shared ?? (stagesFor(jobs, o.stages) ? new PairPool({ pairs: Math.floor(jobs / 2), postTimeout }) : new Pool({ jobs, postTimeout }));
  const totals: Totals & { recorded: number; lossy: number } = { posts: 0, people: 0, figures: 0, findings: 0, errors: 0, failed: 0, skipped: 0, recorded: 0, lossy: 0 };

  const aborted = new Promise<void>((resolve) => {
    onAbort = () => {
      if (!pipeGone) stop ??= io.signal?.reason === "SIGTERM" ? "SIGTERM" : "SIGINT";
      if (!shared) pool.kill();
      resolve();
    };
    if (io.signal?.aborted) onAbort();
    else io.signal?.addEventListener("abort", onAbort, { once: true });
  });

  async function* todo(): AsyncGenerator<Post> {
    for await (const p of readPosts(paths, {
      maxBytes: o.maxBytes,
      stdinFormat: o.stdinFormat,
      stdin: io.stdin,
      keepRaw: mode === "check" && o.format === "text",
      onBytes: (n) => progress.addBytes(n),
      onNote: (path, message) => log(`baocao: ${path}: ${message}`),
    })) {
      if (stop || fatal || pipeGone) return;
      if (sink.done.size && sink.done.has(p.id)) {
        totals.skipped++;
        continue;
      }
      yield p;
    }
  }

  const loop = async () => {
    const groups = batches(todo(), { maxItems: 64, maxWeight: 1 << 20, weight: (p) => p.size, idleMs: 50 });
    const weight = (b: Post[]) => b.reduce((s, p) => s + p.size, 0);
    for await (const results of ordered(groups, (b) => pool.run(b, opts), { window: jobs * 2 + 1, weight, maxWeight: 64 << 20 })) {
      for (const r of results) {
        if (stop || fatal || pipeGone) return;
        if (site) {
          if (r.ok && r.page) site.page({ id: r.id, ...r.page });
          else site.failed({ id: r.id, source: r.source, error: r.ok ? (r.pageError ?? "no page") : r.error });
        }
        if (r.ok) {
          await sink.write(r);
          totals.posts++;
          totals.people += r.stats.people;
          totals.figures += r.stats.figures;
          totals.findings += r.stats.findings;
          totals.errors += r.stats.errors;
          if (r.lossy) {
            totals.lossy++;
            for (const l of r.lossy) log(`baocao: ${named(r)}: ${l}`);
          }
          for (const l of r.notes ?? []) log(`baocao: ${named(r)}: ${l}`);
        } else {
          log(`baocao: ${named(r)}: ${r.error}`);
          totals.failed++;
          if (o.errorRecords) {
            await sink.write({ ok: true, id: r.id, source: r.source, out: JSON.stringify({ id: r.id, error: r.error, input: { source: r.source } }) + "\n", stats: { people: 0, figures: 0, findings: 0, errors: 0 } });
            totals.recorded++;
          }
        }
        progress.tick();
      }
    }
  };

  let pages: { index: string } | undefined;
  try {
    await Promise.race([
      loop().catch((err) => {
        fatal = err as Error;
      }),
      aborted,
    ]);
    if (!stop && !fatal && !pipeGone) {
      try {
        await sink.finish();
        if (site) pages = await site.finish();
      } catch (err) {
        fatal = err as Error;
      }
    }
  } finally {
    io.signal?.removeEventListener("abort", onAbort);
    if (shared) {
      /* not ours to stop */
    } else if (stop || fatal || pipeGone) {
      pool.kill();
      site?.abort();
      try {
        sink.abort();
      } catch (err) {
        fatal ??= err as Error;
      }
    } else await pool.close();
    sink.release();
    progress.stop();
  }

  const seconds = (Date.now() - t0) / 1000;
  if (pipeGone) return EXIT.ok;
  if (stop) {
    say(`baocao: stopped by ${stop} after ${totals.posts} posts; what is written is whole${o.out ? "" : " (on standard output)"} — run again with --resume to continue`);
    return EXIT[stop];
  }
  if (fatal) {
    if (!(fatal instanceof FsError)) throw fatal;
    say(`baocao: ${fatal.message}; stopped after ${totals.posts} posts: what is written is whole — ${fatal.code === "ENOSPC" || fatal.code === "EDQUOT" ? "free some space and " : ""}run again with --resume to continue`);
    return EXIT.output;
  }
  if (!o.quiet) say(summaryLine(totals, seconds) + (o.out ? ` → ${sink.where}` : "") + (pages && site ? ` · ${site.pages} pages → ${pages.index}` : ""));
  const none = totals.posts + totals.failed + totals.skipped === 0;
  if (none && !(paths.length === 1 && paths[0] === "-" && o.stdinFormat === "jsonl")) {
    say(`baocao: no posts in ${paths.join(" ")} (files read: .txt .md .html .htm .jsonl .ndjson, and .gz of them)`);
    return EXIT.failed;
  }
  if (totals.failed > totals.recorded || (mode === "check" && totals.errors)) return EXIT.failed;
  if (totals.lossy && !o.errorRecords) return EXIT.lossy;
  return EXIT.ok;
}
