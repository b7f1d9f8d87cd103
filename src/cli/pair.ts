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
import { totalmem } from "node:os";
import type { Post } from "./input.js";
import type { JobOptions, Outcome } from "./process.js";
import type { BatchMessage, ResultMessage } from "./worker.js";
import type { StageData } from "./stage-worker.js";
import { fmtSeconds, spawn, type PostPool } from "./pool.js";

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

interface Task {
  posts: Post[];
  opts: JobOptions;
  resolve: (r: Outcome[]) => void;
}

/** What the watchdog last saw of one stage's progress. */
interface Seen {
  progress: Int32Array;
  lastTick: number;
  lastBatch: number;
  seenAt: number;
  credit: number;
}

interface Pair {
  a: Worker;
  b: Worker;
  seen: { a: Seen; b: Seen };
  /** Batches in the pair, by id, in the order they were sent. */
  tasks: Map<number, Task>;
  /** Posts it has finished (a pair that dies before any failed to start). */
  served: number;
  gone: boolean;
}

type Stage = "a" | "b";

export class PairPool implements PostPool {
  /** Threads (two a pair). */
  readonly jobs: number;
  private readonly pairs: number;
  private live: Pair[] = [];
  private queue: Task[] = [];
  private batch = 0;
  private killed = false;
  private startFailures = 0;
  private startError = "";
  private watchdog?: NodeJS.Timeout;
  private readonly maxOldMb: number;

  constructor(private readonly o: PairPoolOptions) {
    this.pairs = Math.max(1, o.pairs);
    this.jobs = this.pairs * 2;
    this.maxOldMb = o.maxOldMb ?? Math.max(512, Math.min(4096, Math.floor(totalmem() / 2 ** 20 / (this.jobs + 1))));
    if (o.postTimeout > 0) {
      this.watchdog = setInterval(() => this.watch(), Math.max(20, Math.min(250, o.postTimeout / 4)));
      this.watchdog.unref();
    }
  }

  /** Read a batch of posts; results in the same order. Never rejects. */
  run(posts: Post[], opts: JobOptions, front = false): Promise<Outcome[]> {
    if (this.killed || !posts.length) return Promise.resolve([]);
    return new Promise((resolve) => {
      const task = { posts, opts, resolve };
      if (front) this.queue.unshift(task);
      else this.queue.push(task);
      this.dispatch();
    });
  }

  private dispatch() {
    while (this.queue.length && !this.killed) {
      // the pair with the fewest batches, if it has room
      let pair: Pair | undefined;
      for (const p of this.live) if (!p.gone && p.tasks.size < WINDOW && (!pair || p.tasks.size < pair.tasks.size)) pair = p;
      if (!pair || pair.tasks.size > 0) {
        if (this.live.length < this.pairs) pair = this.start();
        else if (!pair) return;
      }
      const task = this.queue.shift()!;
      if (this.startFailures >= 3) {
        task.resolve(task.posts.map((p) => ({ ok: false, id: p.id, source: p.source, error: `worker failed to start: ${this.startError}` })));
        continue;
      }
      const id = ++this.batch;
      pair.tasks.set(id, task);
      pair.a.postMessage({ batch: id, posts: task.posts, opts: task.opts } satisfies BatchMessage);
    }
  }

  private start(): Pair {
    const { port1, port2 } = new MessageChannel();
    const seen = (): Seen => ({ progress: new Int32Array(new SharedArrayBuffer(16)), lastTick: -1, lastBatch: -1, seenAt: Date.now(), credit: 0 });
    const sa = seen();
    const sb = seen();
    const make = (role: Stage, port: typeof port1, s: Seen) =>
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
      w.on("error", (err: Error & { code?: string }) => {
        const why = err.code === "ERR_WORKER_OUT_OF_MEMORY" ? `ran out of memory (a worker may use ${this.maxOldMb} MB)` : `worker failed: ${err.message}`;
        this.fail(pair, stage, why);
      });
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
    if (!culprit && pair.served === 0) {
      this.startFailures++;
      this.startError = why;
    }
    // the batches that had no part in it: at the front of the queue, in order
    for (let k = tasks.length - 1; k >= 0; k--) if (tasks[k]![1] !== culprit) this.queue.unshift(tasks[k]![1]);
    if (culprit) {
      const post = culprit.posts[idx]!;
      const failed: Outcome = { ok: false, id: post.id, source: post.source, error: why };
      // read again first, in order: the rest of its batch, then the others (ahead of them in the queue)
      const b = this.run(culprit.posts.slice(idx + 1), culprit.opts, true);
      const a = this.run(culprit.posts.slice(0, idx), culprit.opts, true);
      void Promise.all([a, b]).then(([ra, rb]) => culprit.resolve([...ra, failed, ...rb]));
    }
    this.dispatch();
  }

  private watch() {
    const now = Date.now();
    for (const pair of [...this.live]) {
      for (const stage of ["a", "b"] as const) {
        if (pair.gone) break;
        const s = pair.seen[stage];
        const idx = Atomics.load(s.progress, 0);
        const batch = Atomics.load(s.progress, 1);
        const tick = Atomics.load(s.progress, 2);
        if (tick !== s.lastTick || batch !== s.lastBatch) {
          // a new turn: the post's time so far is what it had before it (in both stages), and the time since
          s.lastTick = tick;
          s.lastBatch = batch;
          s.seenAt = now;
          s.credit = Atomics.load(s.progress, 3);
        } else if (idx > 0 && pair.tasks.has(batch) && now - s.seenAt + s.credit > this.o.postTimeout) {
          this.fail(pair, stage, `took more than ${fmtSeconds(this.o.postTimeout)}: stopped (--post-timeout)`, true);
        }
      }
    }
  }

  /** Stop every thread now; pending and later runs give []. */
  kill() {
    this.killed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    for (const t of this.queue) t.resolve([]);
    this.queue = [];
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
    if (this.watchdog) clearInterval(this.watchdog);
    const pairs = this.live;
    this.live = [];
    for (const p of pairs) p.gone = true;
    await Promise.all(pairs.flatMap((p) => [p.a.terminate(), p.b.terminate()]));
  }
}
