/**
 * File-system errors as one line naming the path (issue 11), for inputs and outputs alike.
 *
 *   fsWhy(EACCES)                               → "permission denied"
 *   new FsError("write", "out/posts.jsonl", e)  → "cannot write out/posts.jsonl: permission denied (EACCES)"
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";

const WHY: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a folder",
  ENOTDIR: "a part of the path is not a folder",
  ELOOP: "too many levels of symbolic links (a loop)",
  EIO: "input/output error (the disk or the network file system)",
  EMFILE: "too many open files",
  ENFILE: "too many open files in the system",
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EEXIST: "already exists",
  ENAMETOOLONG: "name too long",
  EBUSY: "busy",
  EFBIG: "file too large for the file system",
  ESTALE: "stale network file handle",
  EXDEV: "on another device",
};

/** A short reason for a file-system error. */
export function fsWhy(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const code = e?.code;
  if (code && WHY[code]) return `${WHY[code]} (${code})`;
  return code ? `${e.message.replace(/^\w+:\s*/, "").replace(/,\s.*$/, "")} (${code})` : String(e?.message ?? err);
}

/** An error about one path, already worded for the user. */
export class FsError extends Error {
  readonly code?: string;
  constructor(verb: string, path: string, err: unknown) {
    super(`cannot ${verb} ${path}: ${fsWhy(err)}`);
    this.code = (err as NodeJS.ErrnoException)?.code;
  }
}

/**
 * Make the folder that will hold `target`. A path through a file ("notes.txt/out.jsonl") is said
 * as such, not as mkdir's "already exists".
 */
export function ensureFolderOf(target: string): void {
  const dir = dirname(target) || ".";
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR")
      for (let d = dir; d !== dirname(d); d = dirname(d)) {
        const st = statSync(d, { throwIfNoEntry: false });
        if (st && !st.isDirectory()) {
          const e = new FsError("write", target, err);
          e.message = `cannot write ${target}: ${d} is a file, not a folder`;
          throw e;
        }
      }
    throw new FsError("create the folder of", target, err);
  }
}

/** Run a synchronous file-system call; a failure becomes an FsError naming the path. */
export function fsTry<T>(verb: string, path: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof FsError) throw err;
    throw new FsError(verb, path, err);
  }
}
