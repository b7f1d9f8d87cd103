/**
 * The batch CLI's pool with the stages split (--stages, issue 14): pairs of worker threads, each
 * pair splitting the phases of the parse instead of the posts (stage-worker.ts). On 2 cores two
 * threads that each run whole posts each pay the whole parser's warm-up (--jobs 2: 1.29–1.41× the
 * CPU of --jobs 1); a pair compiles each part of the parser once.
 *
 *   const pool = new PairPool({ pairs: 1, postTimeout: 60_000 });
 *   await pool.run([post1, post2, …], opts)  → [outcome1, outcome2, …]   (as Pool.run)
 *
 *   main ──batch n+1──▶ A (read, people, organizations) ──hand-over, buffer transferred──▶ B (the
 *   rest, the output) ──results of batch n──▶ main
 *
 * Pipelined: A reads batch n+1 while B finishes batch n; at most WINDOW batches are in a pair at
 * once (in A, on their way to B, in B), so A cannot run far ahead of B.
 *
 * What Pool promises holds here too: results in input order, the same bytes (the same chunks,
 * the same Reports); each worker writes its turns to its own shared memory, and A hands each
 * post's time so far to B, so a post that overruns its budget in either stage fails alone ("took
 * more than 60 s"); a worker that dies in either stage (out of memory, crash) stops the pair: the
 * post it was reading fails, the rest of that batch and every other batch the pair held are read
 * again by a new pair. kill() stops every thread now (Ctrl-C).
 */
import { MessageChannel, type Worker } from "node:worker_threads";
import type { BatchMessage, ResultMessage } from "./worker.js";
import type { StageData } from "./stage-worker.js";
import { spawn } from "./pool.js";
import { BasePool, Watch, type Task } from "./pool-base.js";

/** Batches in a pair at once: one in A, one in B (or on its way there). */
export const WINDOW = 2;

export interface PairPoolOptions {
  /** Pairs of threads (2 threads each). */
  pairs: number;
  /** Longest time one post may take, in ms (0: no limit), over both stages. */
  postTimeout: number;
  /** Old-generation heap limit of each worker, in MB. */
  maxOldMb?: number;
  /** The stage worker script, when not the one beside this module (tests: the bundled one). */
  worker?: string | URL;
}

interface Pair {
  a: Worker;
  b: Worker;
  /** Each stage's progress, as the watchdog last saw it (each worker writes its own). */
  seen: { a: Watch; b: Watch };
  /** Batches in the pair, by id, in the order they were sent. */
  tasks: Map<number, Task>;
  /** Posts it has finished (a pair that dies before any failed to start). */
  served: number;
  gone: boolean;
}

type Stage = "a" | "b";

export class PairPool extends BasePool {
  private readonly pairs: number;
  private live: Pair[] = [];

  constructor(private readonly o: PairPoolOptions) {
    // (jobs: threads, two a pair)
    super(Math.max(1, o.pairs) * 2, o.postTimeout, o.maxOldMb);
    this.pairs = Math.max(1, o.pairs);
  }

  protected dispatch() {
    while (this.queue.length && !this.killed) {
      // the pair with the fewest batches, if it has room
      let pair: Pair | undefined;
      for (const p of this.live) if (!p.gone && p.tasks.size < WINDOW && (!pair || p.tasks.size < pair.tasks.size)) pair = p;
      if (!pair || pair.tasks.size > 0) {
        if (this.live.length < this.pairs) pair = this.start();
        else if (!pair) return;
      }
      const task = this.queue.shift()!;
      if (this.startFailed(task)) continue;
      const id = ++this.batch;
      pair.tasks.set(id, task);
      pair.a.postMessage({ batch: id, posts: task.posts, opts: task.opts } satisfies BatchMessage);
    }
  }

  private start(): Pair {
    const { port1, port2 } = new MessageChannel();
    const seen = () => new Watch(new Int32Array(new SharedArrayBuffer(16)));
    const sa = seen();
    const sb = seen();
    const make = (role: Stage, port: typeof port1, s: Watch) =>
      spawn({ role, progress: s.progress.buffer as SharedArrayBuffer, port } satisfies StageData, this.maxOldMb, this.o.worker, "stage-worker", [port]);
    const pair: Pair = { a: make("a", port1, sa), b: make("b", port2, sb), seen: { a: sa, b: sb }, tasks: new Map(), served: 0, gone: false };
    pair.b.on("message", (m: ResultMessage) => {
      const t = pair.tasks.get(m.batch);
      pair.tasks.delete(m.batch);
      pair.served += m.results.length;
      this.startFailures = 0;
      t?.resolve(m.results);
      this.dispatch();
    });
    for (const stage of ["a", "b"] as const) {
      const w = pair[stage];
      w.on("error", (err: Error & { code?: string }) => this.fail(pair, stage, this.whyFailed(err)));
      w.on("exit", (code) => this.fail(pair, stage, `worker stopped (exit code ${code})`));
    }
    this.live.push(pair);
    return pair;
  }

  /**
   * A worker of the pair is gone or must go: the pair stops. The post that stage was reading
   * fails, the rest of its batch is read again, and so is every other batch the pair held.
   */
  private fail(pair: Pair, stage: Stage, why: string, terminate = false) {
    if (pair.gone) return;
    pair.gone = true;
    this.live = this.live.filter((p) => p !== pair);
    // the other stage (and this one, when the watchdog stops it) ends with the pair
    if (terminate || stage === "b") void pair.a.terminate();
    if (terminate || stage === "a") void pair.b.terminate();
    const tasks = [...pair.tasks];
    pair.tasks.clear();
    if (this.killed) {
      for (const [, t] of tasks) t.resolve([]);
      return;
    }
    const progress = pair.seen[stage].progress;
    const idx = Atomics.load(progress, 0) - 1;
    const at = Atomics.load(progress, 1);
    const culprit = idx >= 0 ? tasks.find(([id]) => id === at)?.[1] : undefined;
    if (!culprit && pair.served === 0) this.noteStartFailure(why);
    // the batches that had no part in it: at the front of the queue, in order
    for (let k = tasks.length - 1; k >= 0; k--) if (tasks[k]![1] !== culprit) this.queue.unshift(tasks[k]![1]);
    // read again first, in order: the rest of its batch, then the others (ahead of them in the queue)
    if (culprit) this.retryAround(culprit, idx, why);
    this.dispatch();
  }

  protected watch() {
    const now = Date.now();
    for (const pair of [...this.live]) {
      for (const stage of ["a", "b"] as const) {
        if (pair.gone) break;
        // (A hands each post's time so far to B: the credit counts both stages)
        const batch = pair.seen[stage].overdue(now, this.postTimeout);
        if (batch >= 0 && pair.tasks.has(batch)) this.fail(pair, stage, this.overdueMessage(), true);
      }
    }
  }

  /** Stop every thread now; pending and later runs give []. */
  override kill() {
    super.kill();
    for (const p of this.live) {
      p.gone = true;
      for (const t of p.tasks.values()) t.resolve([]);
      p.tasks.clear();
      void p.a.terminate();
      void p.b.terminate();
    }
    this.live = [];
  }

  /** End the threads once their work is done. */
  async close() {
    this.stopWatching();
    const pairs = this.live;
    this.live = [];
    for (const p of pairs) p.gone = true;
    await Promise.all(pairs.flatMap((p) => [p.a.terminate(), p.b.terminate()]));
  }
}
