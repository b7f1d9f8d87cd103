/**
 * --resume: continue an output only when this command wrote it, in this format, with these
 * options (issue 12). Every line of the existing output is checked:
 *
 *   extract --format jsonl   {"version":1,"id":…,"people":[…],"figures":[…],"findings":[…],"input":{"source":…}}
 *                            and "input.text" present exactly when --text is given
 *   extract --format facts   {"id","date","people","figures"} and nothing else
 *   check --format jsonl     {"id","source","findings"} and nothing else
 *   --error-records          {"id","error","input"} lines are allowed too
 *   --format csv             each table starts with its exact header (with a BOM exactly when
 *                            --bom is given); every row has the header's number of cells
 *
 * Why a check of every line rather than a header record or a sidecar manifest: a header line
 * would make the JSONL something other than one record per line (jq, Spark and `wc -l` read
 * every line as a post) and a CSV header row already has a meaning; a manifest beside the file
 * can be lost, copied without it, or be right while the file next to it was appended to by
 * something else. The lines themselves are what --resume trusts, so they are what is checked —
 * about 1 s per 100 MB of output.
 *
 * A last line without its newline is a write cut by a crash: it is dropped. Anything else that
 * is not a record refuses the resume (exit 2) and the file is left as it was.
 */
import { createReadStream, ftruncateSync, openSync, closeSync } from "node:fs";
import { HEADERS, csvCells, csvLine, type TableName } from "./csv.js";
import { FsError } from "./fs-errors.js";

export class ResumeError extends Error {}

/** What the lines of an output must look like. */
export interface Expect {
  mode: "extract" | "check";
  format: string;
  withText?: boolean;
  errorRecords?: boolean;
  bom?: boolean;
}

interface Rec {
  /** The record's bytes without its line end, as text. */
  text: string;
  /** 1-based record number. */
  n: number;
  /** Bytes of the record with its line end. */
  bytes: number;
}

/**
 * Complete records of a file (lines; for CSV, rows whose quoted cells may hold line breaks),
 * then the byte offset where whole records end (anything after is torn).
 */
async function scan(path: string, csv: boolean, onRecord: (r: Rec) => void): Promise<{ whole: number; size: number }> {
  let offset = 0; // bytes before the current record
  let size = 0;
  let carry: Buffer[] = [];
  let carryLen = 0;
  let inQuotes = false;
  let n = 0;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      let at = 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i]!;
        if (csv && c === 0x22) inQuotes = !inQuotes;
        else if (c === 0x0a && !inQuotes) {
          const part = chunk.subarray(at, i);
          const buf = carryLen ? Buffer.concat([...carry, part], carryLen + part.length) : part;
          carry = [];
          carryLen = 0;
          n++;
          onRecord({ text: buf.toString("utf8").replace(/\r$/, ""), n, bytes: buf.length + 1 });
          offset += buf.length + 1;
          at = i + 1;
        }
      }
      if (at < chunk.length) {
        carry.push(Buffer.from(chunk.subarray(at)));
        carryLen += chunk.length - at;
      }
    }
  } catch (err) {
    if (err instanceof ResumeError) throw err;
    throw new FsError("read", path, err);
  } finally {
    stream.destroy();
  }
  return { whole: offset, size };
}

function cutTo(path: string, bytes: number) {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r+");
    ftruncateSync(fd, bytes);
  } catch (err) {
    throw new FsError("cut the torn last line of", path, err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const sameKeys = (o: Record<string, unknown>, keys: string[]) => {
  const k = Object.keys(o);
  return k.length === keys.length && keys.every((x, i) => k[i] === x);
};

function describe(e: Expect): string {
  return `baocao ${e.mode} --format ${e.format}${e.withText ? " --text" : ""}`;
}

/** Whether a parsed JSON line is a record this command writes; a reason when not. */
function recordProblem(o: unknown, e: Expect): string | undefined {
  if (!o || typeof o !== "object" || Array.isArray(o)) return "not a JSON object";
  const r = o as Record<string, unknown>;
  if (e.errorRecords && sameKeys(r, ["id", "error", "input"])) return typeof r.id === "string" ? undefined : "an error record without an id";
  if (e.mode === "check") return sameKeys(r, ["id", "source", "findings"]) && typeof r.id === "string" && Array.isArray(r.findings) ? undefined : "not a check record";
  if (e.format === "facts") {
    if (r.version !== undefined) return "a full record, not a facts line (was it written with --format jsonl?)";
    return sameKeys(r, ["id", "date", "people", "figures"]) && typeof r.id === "string" ? undefined : "not a facts line";
  }
  if (sameKeys(r, ["id", "date", "people", "figures"])) return "a facts line, not a full record (was it written with --format facts?)";
  if (r.version !== 1 || typeof r.id !== "string" || !Array.isArray(r.people) || !Array.isArray(r.figures) || !Array.isArray(r.findings)) return "not a baocao record";
  const input = r.input as Record<string, unknown> | undefined;
  if (!input || typeof input.source !== "string") return "a record without input.source";
  if (("text" in input) !== !!e.withText) return e.withText ? "a record without input.text (written without --text)" : "a record with input.text (written with --text)";
  return undefined;
}

/**
 * Read an existing JSON-lines output for --resume: the ids it holds. Throws ResumeError when a
 * line is not a record of this command; cuts a torn last line.
 */
export async function resumeLines(path: string, e: Expect): Promise<Set<string>> {
  const done = new Set<string>();
  const { whole, size } = await scan(path, false, ({ text, n }) => {
    let o: unknown;
    try {
      o = JSON.parse(text);
    } catch {
      throw new ResumeError(`${path}:${n} is not a JSON line: this file was not written by ${describe(e)}; not continuing it (choose another --out, or --force to start over)`);
    }
    const problem = recordProblem(o, e);
    if (problem) throw new ResumeError(`${path}:${n} is ${problem}: this file was not written by ${describe(e)}; not continuing it (choose another --out, or --force to start over)`);
    const id = (o as { id: string }).id;
    if (done.has(id)) throw new ResumeError(`${path}:${n} holds post "${id}" a second time: two runs wrote this file; not continuing it (--force starts over)`);
    done.add(id);
  });
  if (whole < size) cutTo(path, whole);
  return done;
}

/**
 * Read the four CSV tables for --resume. The posts table gives the ids done; rows of the other
 * tables for a post not in it (the run was cut between files) are at their end and are cut.
 */
export async function resumeCsv(paths: Record<TableName, string>, bom: boolean): Promise<Set<string>> {
  const done = new Set<string>();
  const check = async (t: TableName, path: string, onRow: (cells: string[], n: number) => boolean) => {
    const header = csvLine(HEADERS[t]).trimEnd();
    let cutAt: number | undefined;
    let bytes = 0;
    const { whole, size } = await scan(path, true, ({ text, n, bytes: rowBytes }) => {
      if (n === 1) {
        const hasBom = text.charCodeAt(0) === 0xfeff;
        if (text.replace(/^\ufeff/, "").replace(/\r$/, "") !== header) throw new ResumeError(`${path}:1 is not the header of baocao's ${t} table: this file was not written by baocao extract --format csv; not continuing it (choose another --out, or --force to start over)`);
        if (hasBom !== bom) throw new ResumeError(`${path} was written ${hasBom ? "with" : "without"} --bom; run again ${hasBom ? "with" : "without"} it to continue`);
      } else if (cutAt === undefined) {
        const cells = csvCells(text);
        if (cells.length !== HEADERS[t].length) throw new ResumeError(`${path}:${n} has ${cells.length} cells, not ${HEADERS[t].length}: this file was not written by baocao extract --format csv; not continuing it (--force starts over)`);
        if (!onRow(cells, n)) cutAt = bytes;
      } else {
        const cells = csvCells(text);
        if (done.has(cells[0]!)) throw new ResumeError(`${path}:${n}: rows of post "${cells[0]}" come after rows of a post that was never finished; not continuing it (--force starts over)`);
      }
      bytes += rowBytes;
    });
    const keep = cutAt ?? whole;
    if (keep < size) cutTo(path, keep);
  };
  await check("posts", paths.posts, (cells) => {
    if (done.has(cells[0]!)) throw new ResumeError(`${paths.posts} holds post "${cells[0]}" a second time: two runs wrote these files; not continuing (--force starts over)`);
    done.add(cells[0]!);
    return true;
  });
  for (const t of ["people", "figures", "findings"] as const) await check(t, paths[t], (cells) => done.has(cells[0]!));
  return done;
}
