/**
 * Outputs of the batch CLI (issues 6, 11, 12), written so that nothing is lost and nothing doubled.
 *
 *   --out posts.jsonl   → lines go to posts.jsonl.part, whole lines per write; renamed to
 *                         posts.jsonl when the run ends (the old posts.jsonl stays until then);
 *                         posts.jsonl.lock is held for the whole run (lock.ts)
 *   --resume            → checks every line already in posts.jsonl.part (or posts.jsonl) is a
 *                         record of this command and options (resume.ts), drops a torn last
 *                         line, and appends the rest of the run
 *   a posts.jsonl.part left by a cut run, without --resume → refused (exit 2); --force starts over
 *   --format json       → one JSON array (a single record alone), posts.json.part → posts.json
 *   --format csv --out t.csv → t.posts.csv, t.people.csv, t.figures.csv, t.findings.csv
 *   --format csv --out dir/  → dir/posts.csv, dir/people.csv, …
 *   no --out            → standard output, with backpressure (a pipe to `head` ends quietly);
 *                         --bom starts it with a byte order mark (csv)
 */
import { accessSync, constants, createWriteStream, existsSync, renameSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { HEADERS, TABLES, csvLine, type TableName } from "./csv.js";
import type { Outcome } from "./post-read.js";
import { FLUSH_AT, PartFile, Stdout, outKind } from "./partfile.js";
import { acquireLock, type Lock } from "./lock.js";
import { resumeCsv, resumeLines, type Expect } from "./resume.js";
import { ensureFolderOf, fsTry } from "./fs-errors.js";

export type OkOutcome = Extract<Outcome, { ok: true }>;

export interface Sink {
  /** Ids already in the output (--resume). */
  readonly done: Set<string>;
  write(o: OkOutcome): void | Promise<void>;
  /** Flush, and move the .part files into place. */
  finish(): Promise<void>;
  /** Flush whole records and stop, leaving the .part files for --resume (signals, errors). Idempotent. */
  abort(): void;
  /** Where the output went, for the summary. */
  readonly where: string;
}

export class UsageError extends Error {}

export interface SinkOptions extends Expect {
  out?: string;
  resume?: boolean;
  /** Start over even when a cut run's .part file is there. */
  force?: boolean;
  /** csv to standard output: which table. */
  table?: TableName;
  /** Standard output (tests pass their own). */
  stdout?: Writable;
  /** Called when standard output's reader went away. */
  onStdoutGone?: () => void;
  /** (set by openSink) --out is a device or a pipe: written in place, as a stream */
  special?: boolean;
}

/** Paths of the four CSV tables for --out. */
export function csvPaths(out: string): Record<TableName, string> {
  const isDir = /[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
  const stem = out.replace(/\.csv$/i, "");
  return Object.fromEntries(TABLES.map((t) => [t, isDir ? join(out, `${t}.csv`) : `${stem}.${t}.csv`])) as Record<TableName, string>;
}

/** The files an output will write (before .part), for alias checks and locks. */
export function outputFiles(format: string, out: string): string[] {
  return format === "csv" ? Object.values(csvPaths(out)) : [out];
}

/**
 * Make `paths` ready to write: refuse a cut run's .part without --resume or --force; with
 * --resume take over the .part (or the finished file) after checking it. Returns the done ids and
 * whether to append.
 */
async function takeOver(paths: string[], o: SinkOptions, check: (suffix: "" | ".part") => Promise<Set<string>>): Promise<{ done: Set<string>; append: boolean }> {
  const parts = paths.filter((p) => existsSync(p + ".part"));
  if (!o.resume) {
    if (parts.length && !o.force)
      throw new UsageError(`${parts[0]}.part is the output of an earlier run that did not finish: add --resume to continue it, or --force to start over`);
    for (const p of parts) fsTry("delete", p + ".part", () => unlinkSync(p + ".part"));
    return { done: new Set(), append: false };
  }
  if (parts.length) return { done: await check(".part"), append: true };
  if (!paths.some((p) => existsSync(p))) return { done: new Set(), append: false };
  // a finished output: checked where it is, then continued as a .part (renamed back when the run ends)
  const done = await check("");
  for (const p of paths) if (existsSync(p)) fsTry("rename", `${p} to ${p}.part`, () => renameSync(p, p + ".part"));
  return { done, append: true };
}

/**
 * Standard output, or an --out that is a device or a pipe (written in place, as a stream); finish:
 * flush standard output (it stays open), end a device's stream (a pipe's reader sees its end).
 */
function streamOut(o: SinkOptions): { out: Stdout; finish: () => Promise<void> } {
  const out = new Stdout(o.out ? createWriteStream(o.out) : (o.stdout ?? process.stdout), o.onStdoutGone ?? (() => {}));
  return { out, finish: o.out ? () => out.end() : () => out.flush() };
}

/** JSON lines (jsonl, facts, check jsonl) and plain lines (check text). */
async function lineSink(o: SinkOptions): Promise<Sink> {
  if (!o.out || o.special) {
    const { out, finish } = streamOut(o);
    return { done: new Set(), where: o.out ?? "standard output", write: (r) => out.push(r.out), finish, abort: () => out.flushSync() };
  }
  const path = o.out;
  const { done, append } = await takeOver([path], o, (suffix) => resumeLines(path + suffix, o));
  const f = new PartFile(path, append ? "append" : "new");
  return {
    done,
    where: path,
    write: (r) => {
      f.push(r.out);
      if (f.len >= FLUSH_AT) f.flush();
    },
    finish: async () => f.close(true),
    abort: () => f.close(false),
  };
}

/** One JSON document: an array of records, or the record alone when there is only one. */
async function jsonSink(o: SinkOptions): Promise<Sink> {
  if (o.out && !o.special) await takeOver([o.out], { ...o, resume: false }, async () => new Set());
  const file = o.out && !o.special ? new PartFile(o.out, "new") : undefined;
  const stream = file ? undefined : streamOut(o);
  const stdout = stream?.out;
  const emit = async (s: string) => {
    if (file) {
      file.push(s);
      if (file.len >= FLUSH_AT) file.flush();
    } else await stdout!.push(s);
  };
  let first: string | undefined;
  let count = 0;
  const indent = (s: string) => "  " + s.replace(/\n/g, "\n  ");
  return {
    done: new Set(),
    where: o.out ?? "standard output",
    write: async (r) => {
      count++;
      if (count === 1) first = r.out;
      else if (count === 2) await emit("[\n" + indent(first!) + ",\n" + indent(r.out));
      else await emit(",\n" + indent(r.out));
    },
    finish: async () => {
      await emit(count === 0 ? "[]\n" : count === 1 ? first + "\n" : "\n]\n");
      if (file) file.close(true);
      else await stream!.finish();
    },
    abort: () => (file ? file.close(false) : stdout!.flushSync()),
  };
}

async function csvSink(o: SinkOptions): Promise<Sink> {
  const header = (t: TableName) => (o.bom ? "\ufeff" : "") + csvLine(HEADERS[t]);
  if (!o.out) {
    const table = o.table ?? "figures";
    const out = new Stdout(o.stdout ?? process.stdout, o.onStdoutGone ?? (() => {}));
    await out.push(header(table));
    return { done: new Set(), where: "standard output", write: (r) => out.push(r.tables?.[table] ?? ""), finish: () => out.flush(), abort: () => out.flushSync() };
  }
  const paths = csvPaths(o.out);
  const { done, append } = await takeOver(Object.values(paths), o, (suffix) => resumeCsv(Object.fromEntries(TABLES.map((t) => [t, paths[t] + suffix])) as Record<TableName, string>, !!o.bom));
  const files = Object.fromEntries(TABLES.map((t) => [t, new PartFile(paths[t], append ? "append" : "new", header(t))])) as Record<TableName, PartFile>;
  // Posts last: a posts row is only ever on disk after its people, figures and findings rows.
  const order = ["people", "figures", "findings", "posts"] as const;
  let pending = 0;
  const flushAll = () => {
    for (const t of order) files[t].flush();
    pending = 0;
  };
  let closed = false;
  return {
    done,
    where: Object.values(paths).join(", "),
    write: (r) => {
      for (const t of order) {
        const s = r.tables?.[t] ?? "";
        files[t].push(s);
        pending += s.length;
      }
      if (pending >= FLUSH_AT) flushAll();
    },
    finish: async () => {
      flushAll();
      closed = true;
      for (const t of order) files[t].close(true);
    },
    abort: () => {
      if (closed) return;
      closed = true;
      try {
        flushAll();
      } finally {
        for (const t of order) files[t].close(false);
      }
    },
  };
}

export interface OpenedSink extends Sink {
  /** Release the output's lock (after finish or abort). */
  release(): void;
}

/** Lock the output (when it is a file), make it ready, and return where to write. */
export async function openSink(o: SinkOptions): Promise<OpenedSink> {
  if (o.format === "json" && o.resume) throw new UsageError("--resume works with --format jsonl, facts and csv (a JSON array cannot be appended to); use jsonl");
  if (o.resume && !o.out) throw new UsageError("--resume needs --out FILE (the output to continue)");
  // --out /dev/null or a named pipe: written in place as a stream (no .part, rename or lock beside
  // it); a link to a file: the file it names (the link stays a link)
  const kind = o.out ? outKind(o.out) : undefined;
  if (kind === "refused") throw new UsageError(`--out ${o.out} is a block device or a socket: give a file, a folder, a pipe or /dev/null`);
  if (typeof kind === "object") o = { ...o, out: kind.file };
  const special = kind === "stream";
  if (special && o.resume) throw new UsageError(`--resume needs --out to be a regular file: ${o.out} is a device or a pipe`);
  if (special && o.format === "csv") throw new UsageError(`--format csv writes four files named after --out: ${o.out} is a device or a pipe; give a file name or a folder`);
  // (a stream's open error would come as an event, after the run began)
  if (special) fsTry("write", o.out!, () => accessSync(o.out!, constants.W_OK));
  let lock: Lock | undefined;
  if (o.out && !special) {
    const target = o.format === "csv" ? csvPaths(o.out).posts : o.out;
    ensureFolderOf(target);
    lock = acquireLock(target);
  }
  try {
    const so = { ...o, special };
    const sink = o.format === "json" ? await jsonSink(so) : o.format === "csv" ? await csvSink(so) : await lineSink(so);
    let aborted = false;
    return {
      ...sink,
      done: sink.done,
      where: sink.where,
      write: (r) => sink.write(r),
      finish: () => sink.finish(),
      abort: () => {
        if (aborted) return;
        aborted = true;
        sink.abort();
      },
      release: () => lock?.release(),
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}
