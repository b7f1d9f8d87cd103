/**
 * Outputs of the batch CLI (issue 6), written so that nothing is lost and nothing doubled.
 *
 *   --out posts.jsonl   → lines go to posts.jsonl.part, whole lines per write; renamed to
 *                         posts.jsonl when the run ends (the old posts.jsonl stays until then)
 *   --resume            → reads the ids already in posts.jsonl.part (or posts.jsonl), drops a torn
 *                         last line, and appends the rest of the run
 *   --format json       → one JSON array (a single record alone), posts.json.part → posts.json
 *   --format csv --out t.csv → t.posts.csv, t.people.csv, t.figures.csv, t.findings.csv
 *   --format csv --out dir/  → dir/posts.csv, dir/people.csv, …
 *   no --out            → standard output, with backpressure (a pipe to `head` ends quietly)
 */
import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, renameSync, statSync, writeSync, createReadStream } from "node:fs";
import { once } from "node:events";
import { dirname, join } from "node:path";
import { HEADERS, TABLES, csvLine, firstCell, type TableName } from "./csv.js";
import type { Outcome } from "./process.js";

export type OkOutcome = Extract<Outcome, { ok: true }>;

export interface Sink {
  /** Ids already in the output (--resume). */
  readonly done: Set<string>;
  write(o: OkOutcome): void | Promise<void>;
  /** Flush, and move the .part files into place. */
  finish(): Promise<void>;
  /** Flush whole records and stop, leaving the .part files for --resume (on Ctrl-C). */
  abort(): void;
  /** Where the output went, for the summary. */
  readonly where: string;
}

export class UsageError extends Error {}

const FLUSH_AT = 1 << 16;

/** Id of a JSON record line ('{"version":1,"id":"a",…}', '{"id":"a",…}'), or undefined if torn. */
export function jsonLineId(line: string): string | undefined {
  if (!line.endsWith("}")) return undefined;
  const m = /"id":("(?:[^"\\]|\\.)*")/.exec(line.slice(0, 4096));
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]!) as string;
  } catch {
    return undefined;
  }
}

/**
 * Read a line file written by baocao; keep lines while `keep(line)` is true, cut the file at
 * the first line that is torn or not kept. Returns nothing; `keep` collects what it needs.
 */
export async function repairLines(path: string, keep: (line: string, n: number) => boolean): Promise<void> {
  let offset = 0; // bytes of the lines kept so far
  let n = 0;
  let carry: Buffer[] = [];
  let carryLen = 0;
  let cut = false;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    outer: for await (const chunk of stream as AsyncIterable<Buffer>) {
      let at = 0;
      for (let nl = chunk.indexOf(10, at); nl >= 0; nl = chunk.indexOf(10, at)) {
        const part = chunk.subarray(at, nl);
        const lineBuf = carryLen ? Buffer.concat([...carry, part], carryLen + part.length) : part;
        carry = [];
        carryLen = 0;
        n++;
        if (!keep(lineBuf.toString("utf8").replace(/\r$/, ""), n)) {
          cut = true;
          break outer;
        }
        offset += lineBuf.length + 1;
        at = nl + 1;
      }
      if (at < chunk.length) {
        carry.push(Buffer.from(chunk.subarray(at)));
        carryLen += chunk.length - at;
      }
    }
  } finally {
    stream.destroy();
  }
  if (cut || carryLen > 0) {
    const fd = openSync(path, "r+");
    try {
      ftruncateSync(fd, offset);
    } finally {
      closeSync(fd);
    }
  }
}

/** Whole-line appender to a .part file, renamed to its final name at the end. */
class PartFile {
  private fd: number;
  private buf: string[] = [];
  len = 0;
  readonly part: string;
  constructor(
    readonly path: string,
    append: boolean,
    header?: string,
  ) {
    mkdirSync(dirname(path) || ".", { recursive: true });
    this.part = path + ".part";
    this.fd = openSync(this.part, append ? "a" : "w");
    if (header && fstatSync(this.fd).size === 0) this.push(header);
  }
  push(s: string) {
    if (!s) return;
    this.buf.push(s);
    this.len += s.length;
  }
  /** One write of whole lines: a kill never leaves half a record. */
  flush() {
    if (!this.buf.length) return;
    const data = Buffer.from(this.buf.join(""), "utf8");
    this.buf = [];
    this.len = 0;
    for (let off = 0; off < data.length; ) off += writeSync(this.fd, data, off);
  }
  close(rename: boolean) {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    if (rename) renameSync(this.part, this.path);
  }
}

/** Take over an existing output for --resume: path.part if a run was cut, else path itself. */
function adopt(path: string): boolean {
  if (existsSync(path + ".part")) return true;
  if (existsSync(path)) {
    renameSync(path, path + ".part");
    return true;
  }
  return false;
}

/** Standard output with backpressure, in 64 KB writes. */
class Stdout {
  private buf: string[] = [];
  private len = 0;
  private closed = false;
  constructor() {
    process.stdout.on("error", (err: NodeJS.ErrnoException) => {
      // `baocao extract … | head`: the reader went away; stop quietly.
      if (err.code === "EPIPE") {
        this.closed = true;
        process.exit(process.exitCode ?? 0);
      }
      throw err;
    });
  }
  async push(s: string) {
    if (!s || this.closed) return;
    this.buf.push(s);
    this.len += s.length;
    if (this.len >= FLUSH_AT) await this.flush();
  }
  async flush() {
    if (!this.buf.length) return;
    const data = this.buf.join("");
    this.buf = [];
    this.len = 0;
    if (!process.stdout.write(data)) await once(process.stdout, "drain");
  }
  flushSync() {
    if (!this.buf.length) return;
    try {
      writeSync(1, this.buf.join(""));
    } catch {
      /* the reader is gone */
    }
    this.buf = [];
  }
}

export interface SinkOptions {
  mode: "extract" | "check";
  format: string;
  out?: string;
  resume?: boolean;
  /** csv to standard output: which table. */
  table?: TableName;
  /** csv: start new files with a UTF-8 byte order mark (for Excel). */
  bom?: boolean;
}

/** JSON lines (jsonl, facts, check jsonl) and plain lines (check text). */
async function lineSink(o: SinkOptions): Promise<Sink> {
  const done = new Set<string>();
  if (!o.out) {
    const out = new Stdout();
    return { done, where: "standard output", write: (r) => out.push(r.out), finish: () => out.flush(), abort: () => out.flushSync() };
  }
  const path = o.out;
  let append = false;
  if (o.resume && adopt(path)) {
    append = true;
    await repairLines(path + ".part", (line) => {
      if (!line) return false;
      const id = jsonLineId(line);
      if (id === undefined) return false;
      done.add(id);
      return true;
    });
  }
  const f = new PartFile(path, append);
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
function jsonSink(o: SinkOptions): Sink {
  const done = new Set<string>();
  const file = o.out ? new PartFile(o.out, false) : undefined;
  const stdout = file ? undefined : new Stdout();
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
    done,
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
      else await stdout!.flush();
    },
    abort: () => (file ? file.close(false) : stdout!.flushSync()),
  };
}

/** Paths of the four CSV tables for --out. */
export function csvPaths(out: string): Record<TableName, string> {
  const isDir = /[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
  const stem = out.replace(/\.csv$/i, "");
  return Object.fromEntries(TABLES.map((t) => [t, isDir ? join(out, `${t}.csv`) : `${stem}.${t}.csv`])) as Record<TableName, string>;
}

async function csvSink(o: SinkOptions): Promise<Sink> {
  const done = new Set<string>();
  const header = (t: TableName) => (o.bom ? "\ufeff" : "") + csvLine(HEADERS[t]);
  if (!o.out) {
    const table = o.table ?? "figures";
    const out = new Stdout();
    await out.push(csvLine(HEADERS[table]));
    return { done, where: "standard output", write: (r) => out.push(r.tables?.[table] ?? ""), finish: () => out.flush(), abort: () => out.flushSync() };
  }
  const paths = csvPaths(o.out);
  let append = false;
  if (o.resume && adopt(paths.posts)) {
    append = true;
    const cell = (line: string) => firstCell(line.replace(/^\ufeff/, ""));
    await repairLines(paths.posts + ".part", (line, n) => {
      if (n === 1) return line.replace(/^\ufeff/, "") === csvLine(HEADERS.posts).trimEnd();
      if (!line) return false;
      done.add(cell(line));
      return true;
    });
    // Rows of a post whose posts row was never written (the run was cut between files): drop.
    for (const t of ["people", "figures", "findings"] as const) {
      if (!adopt(paths[t])) continue;
      await repairLines(paths[t] + ".part", (line, n) => n === 1 || (!!line && done.has(cell(line))));
    }
  }
  const files = Object.fromEntries(TABLES.map((t) => [t, new PartFile(paths[t], append, header(t))])) as Record<TableName, PartFile>;
  // Posts last: a posts row is only ever on disk after its people, figures and findings rows.
  const order = ["people", "figures", "findings", "posts"] as const;
  let pending = 0;
  const flushAll = () => {
    for (const t of order) files[t].flush();
    pending = 0;
  };
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
      for (const t of order) files[t].close(true);
    },
    abort: () => {
      flushAll();
      for (const t of order) files[t].close(false);
    },
  };
}

export async function openSink(o: SinkOptions): Promise<Sink> {
  if (o.format === "json") {
    if (o.resume) throw new UsageError("--resume works with --format jsonl, facts and csv (a JSON array cannot be appended to); use jsonl");
    return jsonSink(o);
  }
  if (o.resume && !o.out) throw new UsageError("--resume needs --out FILE (the output to continue)");
  if (o.format === "csv") return csvSink(o);
  return lineSink(o);
}
