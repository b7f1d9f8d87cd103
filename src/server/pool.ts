/**
 * Bounded work for `baocao serve`: at most `threads` texts parsed at once (a piscina worker
 * pool), at most `queue` more waiting; beyond that a request is refused at once (503), never
 * left to pile up. A task that runs past its time is stopped (piscina ends its thread and starts
 * a new one), so one pathological text cannot hold a thread.
 *
 *   const pool = makePool({ threads: 2, queue: 32, timeoutMs: 30_000 });
 *   await pool.run({ op: "parse", text }, signal)   → JSON string
 *       rejects with Busy (queue full), TimedOut, or Cancelled (the client went away)
 *   threads: 0 → parse in the HTTP thread (tests; a parse there cannot be stopped, only not waited for)
 */
import { Piscina } from "piscina";
import work, { type Task } from "./parse-worker.js";

export class Busy extends Error {}
export class TimedOut extends Error {}
export class Cancelled extends Error {}

export interface PoolOptions {
  /** Worker threads (0: in the HTTP thread). */
  threads: number;
  /** Most requests waiting for a thread. */
  queue: number;
  /** Most time a text may take, from the moment it is queued. */
  timeoutMs: number;
  /** Without threads: the work to do instead of parsing (tests hold a request with it). */
  work?: (task: Task) => string | Promise<string>;
}

export interface Pool {
  run(task: Task, cancel?: AbortSignal): Promise<string>;
  /** Running and waiting tasks. */
  readonly running: number;
  readonly waiting: number;
  close(): Promise<void>;
}

/**
 * The worker module next to this one: dist/server/parse-worker.js when built, src/server/parse-worker.ts
 * under tsx, and next to the bundle when the command line is bundled (give the bundler the entry
 * "parse-worker": src/server/parse-worker.ts, as test/helpers/build-cli.ts does).
 */
function workerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith(".ts") ? "./parse-worker.ts" : "./parse-worker.js", here);
}

/** Rejects when the signal aborts. */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

export function makePool(o: PoolOptions): Pool {
  const size = Math.max(1, o.threads);
  const piscina = o.threads > 0 ? new Piscina({ filename: workerUrl().href, minThreads: o.threads, maxThreads: o.threads, idleTimeout: 60_000 }) : null;
  let running = 0;
  const waiting: (() => void)[] = [];

  const settle = () => {
    running--;
    waiting.shift()?.();
  };

  /** Wait for a free slot, or refuse at once when the queue is full. */
  const slot = (signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (running < size) {
        running++;
        return resolve();
      }
      if (waiting.length >= o.queue) return reject(new Busy("busy"));
      const go = () => {
        signal.removeEventListener("abort", drop);
        running++;
        resolve();
      };
      const drop = () => {
        const i = waiting.indexOf(go);
        if (i >= 0) waiting.splice(i, 1);
        reject(signal.reason instanceof Error && signal.reason.name === "TimeoutError" ? new TimedOut("timeout") : new Cancelled("cancelled"));
      };
      waiting.push(go);
      signal.addEventListener("abort", drop, { once: true });
    });

  return {
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
    async run(task, cancel) {
      const timeout = AbortSignal.timeout(o.timeoutMs);
      const signal = cancel ? AbortSignal.any([timeout, cancel]) : timeout;
      await slot(signal);
      try {
        if (!piscina) return await Promise.race([Promise.resolve().then(() => (o.work ?? work)(task)), aborted(signal)]);
        return (await piscina.run(task, { signal })) as string;
      } catch (err) {
        if (timeout.aborted) throw new TimedOut("timeout");
        if (cancel?.aborted) throw new Cancelled("cancelled");
        throw err;
      } finally {
        settle();
      }
    },
    close: async () => {
      await piscina?.destroy();
    },
  };
}
