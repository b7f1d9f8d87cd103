/**
 * An exclusive lock on an output for the lifetime of a run (issue 12: two runs on one --out
 * 0.3 s apart wrote 3,900 lines for 2,000 ids).
 *
 *   const lock = acquireLock("posts.jsonl");   // creates posts.jsonl.lock: {"pid":…,"host":…,"start":…}
 *   …                                          // a second run on posts.jsonl: LockError
 *   lock.release();                            // also on exit, Ctrl-C and errors
 *
 * The lock file is created with O_EXCL, which the file system arbitrates. A lock left by a run
 * that died (kill -9, power cut) is taken over when its process is gone — same host, and the pid
 * no longer alive or now a different process (its start time differs) — so `--resume` right
 * after a kill works. A lock from another host is never taken over: the message says which
 * file to delete when that run is known to be gone.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { FsError } from "./fs-errors.js";

export class LockError extends Error {}

interface Owner {
  pid: number;
  host: string;
  /** Start time of the process (Linux: clock ticks since boot, from /proc/<pid>/stat). */
  start?: string;
  since?: string;
}

/** State ("R", "S", "Z" …) and start time of a process, from /proc (Linux); undefined elsewhere. */
function procStat(pid: number): { state: string; start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the command name may hold spaces and parentheses: fields start after the last ")"
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: f[0]!, start: f[19]! };
  } catch {
    return undefined;
  }
}

function processStart(pid: number): string | undefined {
  return procStat(pid)?.start;
}

function alive(o: Owner): boolean {
  try {
    process.kill(o.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  // the pid exists: is it still the same process, and still running? A run killed with -9 whose
  // parent has not reaped it (the parent killed too, an init that never reaps) stays a zombie:
  // its files are closed, it writes nothing more.
  const now = procStat(o.pid);
  if (now && (now.state === "Z" || now.state === "X")) return false;
  return !(o.start && now && now.start !== o.start);
}

function readOwner(path: string): Owner | undefined {
  try {
    const o = JSON.parse(readFileSync(path, "utf8")) as Owner;
    return typeof o.pid === "number" && typeof o.host === "string" ? o : undefined;
  } catch {
    return undefined;
  }
}

export interface Lock {
  readonly path: string;
  release(): void;
}

/** Take the lock of `target` (the file `target.lock`), or throw LockError saying who holds it. */
export function acquireLock(target: string): Lock {
  const path = `${target}.lock`;
  const me: Owner = { pid: process.pid, host: hostname(), start: processStart(process.pid), since: new Date().toISOString() };
  const body = JSON.stringify(me) + "\n";
  for (let attempt = 0; attempt < 20; attempt++) {
    let fd: number | undefined;
    try {
      fd = openSync(path, "wx");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw new FsError("create the lock file", path, err);
    }
    if (fd !== undefined) {
      try {
        writeSync(fd, body);
      } finally {
        closeSync(fd);
      }
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener("exit", release);
        // only our own lock is removed
        if (readOwner(path)?.pid === me.pid) {
          try {
            unlinkSync(path);
          } catch {
            /* already gone */
          }
        }
      };
      process.on("exit", release);
      return { path, release };
    }
    const owner = readOwner(path);
    if (!owner) {
      // being written right now, or garbage: wait a little, then treat garbage as stale
      if (attempt < 10) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
        continue;
      }
    } else if (owner.host !== me.host) {
      throw new LockError(`${target} is being written by another run (pid ${owner.pid} on ${owner.host}, since ${owner.since ?? "?"}); if that run is gone, delete ${path}`);
    } else if (alive(owner)) {
      throw new LockError(`${target} is being written by another baocao run (pid ${owner.pid}, since ${owner.since ?? "?"}); wait for it to end, or stop it and add --resume`);
    }
    // stale: move it aside atomically, check we moved the stale one, drop it, and try again
    const aside = `${path}.stale-${process.pid}-${attempt}`;
    try {
      renameSync(path, aside);
    } catch {
      continue; // someone else took it over first
    }
    const moved = readOwner(aside);
    if (moved && owner && (moved.pid !== owner.pid || moved.start !== owner.start)) {
      // we moved a fresh lock another run had just made: put it back (unless yet another exists)
      try {
        linkSync(aside, path);
      } catch {
        /* a newer lock is there; ours goes */
      }
    }
    try {
      unlinkSync(aside);
    } catch {
      /* gone */
    }
  }
  throw new LockError(`could not lock ${target}: ${path} keeps changing; is another run starting?`);
}
