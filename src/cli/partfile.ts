/**
 * Where the batch CLI writes (issues 6, 12): whole lines only, whatever happens.
 *
 *   new PartFile("posts.jsonl", "new")   → writes posts.jsonl.part; close(true) renames it to posts.jsonl
 *   new PartFile("posts.jsonl", "append") → continues posts.jsonl.part (--resume)
 *   a write that fails half-way (disk full) → the file is cut back to its last whole line and an
 *                                            FsError names it: "cannot write posts.jsonl.part: no space left on device (ENOSPC)"
 *   new Stdout(stream)                   → standard output, 64 KB writes, backpressure; a reader that
 *                                            goes away (`| head`) ends the run quietly
 *   outKind("/dev/null")                 → "stream": a device or pipe, written in place as a stream
 *                                            (renaming a .part over /dev/null would replace the device)
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, lstatSync, openSync, realpathSync, renameSync, statSync, writeSync } from "node:fs";
import type { Writable } from "node:stream";
import { ensureFolderOf, FsError, fsTry } from "./fs-errors.js";

export const FLUSH_AT = 1 << 16;

/**
 * What an --out path names, looked at before anything is written to it:
 * - "stream": a character device or a named pipe (/dev/null, a FIFO another program reads,
 *   /dev/stdout on a pipe or terminal): written in place, as standard output is;
 * - "refused": a block device or a socket (a typo such as /dev/vda must not write over a disk);
 * - { file }: a symbolic link to a regular file: the file it names, so that the .part, the lock
 *   and the rename go beside the file and the link stays a link;
 * - undefined: a regular file, a folder, a missing path, or one that cannot be looked at
 *   (writing it then says what is wrong, naming the path).
 */
export function outKind(path: string): "stream" | "refused" | { file: string } | undefined {
  try {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return undefined;
    if (st.isFIFO() || st.isCharacterDevice()) return "stream";
    if (st.isBlockDevice() || st.isSocket()) return "refused";
    if (st.isFile() && lstatSync(path).isSymbolicLink()) return { file: realpathSync(path) };
    return undefined;
  } catch {
    // (ENOTDIR, EACCES …)
    return undefined;
  }
}

/** Whole-line appender to a .part file, renamed to its final name at the end. */
export class PartFile {
  private fd: number;
  private buf: string[] = [];
  /** Characters waiting in the buffer. */
  len = 0;
  /** Bytes on disk that are whole lines. */
  private good: number;
  private closed = false;
  readonly part: string;
  constructor(
    readonly path: string,
    mode: "new" | "append",
    header?: string,
  ) {
    this.part = path + ".part";
    ensureFolderOf(path);
    this.fd = fsTry(mode === "new" ? "create" : "open", this.part, () => openSync(this.part, mode === "new" ? "w" : "a"));
    this.good = fstatSync(this.fd).size;
    if (header && this.good === 0) this.push(header);
  }
  push(s: string) {
    if (!s) return;
    this.buf.push(s);
    this.len += s.length;
  }
  /** One write of whole lines: a kill never leaves half a record; a failed write is undone. */
  flush() {
    if (!this.buf.length || this.closed) return;
    const data = Buffer.from(this.buf.join(""), "utf8");
    this.buf = [];
    this.len = 0;
    try {
      for (let off = 0; off < data.length; ) off += writeSync(this.fd, data, off);
    } catch (err) {
      try {
        ftruncateSync(this.fd, this.good);
      } catch {
        /* the truncation is best effort; --resume drops a torn last line anyway */
      }
      throw new FsError("write", this.part, err);
    }
    this.good += data.length;
  }
  /** Flush, sync and close; `rename`: move the .part file to its final name. */
  close(rename: boolean) {
    if (this.closed) return;
    try {
      this.flush();
    } finally {
      this.closed = true;
      try {
        fsyncSync(this.fd);
      } catch {
        /* fsync can fail on some file systems (and on a full disk); the data is written */
      }
      closeSync(this.fd);
    }
    if (rename) fsTry("rename", `${this.part} to ${this.path}`, () => renameSync(this.part, this.path));
  }
}

/** Standard output with backpressure, in 64 KB writes. */
export class Stdout {
  private buf: string[] = [];
  private len = 0;
  private gone = false;
  constructor(
    private readonly out: Writable & { fd?: number },
    onGone: () => void,
  ) {
    out.on("error", (err: NodeJS.ErrnoException) => {
      // `baocao extract … | head`: the reader went away; stop quietly.
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") {
        this.gone = true;
        onGone();
        return;
      }
      throw err;
    });
  }
  get closed(): boolean {
    return this.gone;
  }
  /** Flush, then end the stream (a file stream: --out to a pipe, whose reader then sees its end). */
  async end() {
    await this.flush();
    if (this.gone) return;
    await new Promise<void>((resolve) => this.out.end(() => resolve()));
  }
  async push(s: string) {
    if (!s || this.gone) return;
    this.buf.push(s);
    this.len += s.length;
    if (this.len >= FLUSH_AT) await this.flush();
  }
  async flush() {
    if (!this.buf.length || this.gone) return;
    const data = this.buf.join("");
    this.buf = [];
    this.len = 0;
    if (!this.out.write(data) && !this.gone)
      await new Promise<void>((resolve) => {
        const done = () => {
          this.out.off("drain", done).off("close", done).off("error", done);
          resolve();
        };
        this.out.on("drain", done).on("close", done).on("error", done);
      });
  }
  /** Write what is buffered now (signals): whole records. */
  flushSync() {
    if (!this.buf.length || this.gone) return;
    const data = this.buf.join("");
    this.buf = [];
    this.len = 0;
    try {
      if (typeof this.out.fd === "number" && this.out.writableLength === 0) writeSync(this.out.fd, data);
      else this.out.write(data);
    } catch {
      /* the reader is gone */
    }
  }
}
