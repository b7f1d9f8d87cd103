/**
 * What the batch CLI's two pools share (issues 12, 14): the pool of whole-post workers (pool.ts
 * Pool) and the pool of stage pairs (pair.ts PairPool) differ in how they hand a batch to threads
 * and what a dead thread takes with it; the queue, the time budget, the start failures and the
 * retry around a post that failed are one piece of code here.
 *
 *   class Pool extends BasePool { dispatch() … watch() … }      // a subclass sends tasks to threads
 *   pool.run(posts, opts)         → the task queued; results in the same order, never rejects
 *   this.startFailed(task)        → after 3 threads (pairs) in a row died before they loaded: the task fails whole
 *   this.retryAround(task, i, why)→ post i fails with `why`, the posts before and after are read again
 *   this.orphaned(task, why)      → a thread died with `task` outside any post's turn: the task is read
 *                                   again; the second time, post by post (the post that kills a thread
 *                                   alone fails alone)
 *   watch.overdue(now, budget)    → the batch id of a post over its budget (turns.ts writes progress)
 */
import { totalmem } from "node:os";
import type { Post } from "./input.js";
import type { JobOptions, Outcome } from "./post-read.js";
import { PROGRESS_BYTES } from "./turns.js";

export interface Task {
  posts: Post[];
  opts: JobOptions;
  resolve: (r: Outcome[]) => void;
  /** Threads that died holding it outside any post's turn (orphaned). */
  deaths?: number;
}

/** What the batch run needs of a pool: Pool (pool.ts), or PairPool (pair.ts, --stages). */
export interface PostPool {
  run(posts: Post[], opts: JobOptions, front?: boolean): Promise<Outcome[]>;
  kill(): void;
  close(): Promise<void>;
}

export function fmtSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * What the watchdog last saw of one thread's progress (Int32 × 5, turns.ts: [0] index + 1 of the
 * post being read, [1] batch id, [2] a tick, [3] ms the post had before this turn, [4] loaded).
 */
export class Watch {
  lastTick = -1;
  lastBatch = -1;
  seenAt = Date.now();
  /** ms the post being read had had before its current turn. */
  credit = 0;
  readonly progress = new Int32Array(new SharedArrayBuffer(PROGRESS_BYTES));

  /** Index in its batch of the post the thread is reading (-1: none, between posts). */
  get post(): number {
    return Atomics.load(this.progress, 0) - 1;
  }
  /** The id of the batch the thread is reading or read last. */
  get batch(): number {
    return Atomics.load(this.progress, 1);
  }
  /** The thread has loaded (turns.ts markLoaded): a death before is a failure to start. */
  get loaded(): boolean {
    return Atomics.load(this.progress, 4) === 1;
  }

  /** The batch id when the post being read has had more than `budget` ms, else -1. */
  overdue(now: number, budget: number): number {
    const idx = Atomics.load(this.progress, 0);
    const batch = Atomics.load(this.progress, 1);
    const tick = Atomics.load(this.progress, 2);
    if (tick !== this.lastTick || batch !== this.lastBatch) {
      // a new turn: the post's time so far is what it had before it, and the time since
      this.lastTick = tick;
      this.lastBatch = batch;
      this.seenAt = now;
      this.credit = Atomics.load(this.progress, 3);
      return -1;
    }
    return idx > 0 && now - this.seenAt + this.credit > budget ? batch : -1;
  }
}

export abstract class BasePool implements PostPool {
  protected queue: Task[] = [];
  protected batch = 0;
  protected killed = false;
  protected startFailures = 0;
  protected startError = "";
  protected readonly maxOldMb: number;
  private readonly watchdog?: NodeJS.Timeout;

  constructor(
    /** Threads in all. */
    protected readonly jobs: number,
    protected readonly postTimeout: number,
    maxOldMb: number | undefined,
  ) {
    this.maxOldMb = maxOldMb ?? Math.max(512, Math.min(4096, Math.floor(totalmem() / 2 ** 20 / (jobs + 1))));
    if (postTimeout > 0) {
      this.watchdog = setInterval(() => this.watch(), Math.max(20, Math.min(250, postTimeout / 4)));
      this.watchdog.unref();
    }
  }

  /** Send queued tasks to threads that have room. */
  protected abstract dispatch(): void;
  /** Stop the threads whose post is over its budget (every 20–250 ms). */
  protected abstract watch(): void;

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

  /** Stop every thread now; pending and later runs give []. Subclasses stop their threads after this. */
  kill(): void {
    this.killed = true;
    this.stopWatching();
    for (const t of this.queue) t.resolve([]);
    this.queue = [];
  }

  abstract close(): Promise<void>;

  protected stopWatching(): void {
    if (this.watchdog) clearInterval(this.watchdog);
  }

  /** After three threads in a row died before they loaded: `task` fails whole (true), else false. */
  protected startFailed(task: Task): boolean {
    if (this.startFailures < 3) return false;
    task.resolve(task.posts.map((p) => ({ ok: false, id: p.id, source: p.source, error: `worker failed to start: ${this.startError}` })));
    return true;
  }

  /** A thread (or a pair, once for both its stages) died before it loaded, for `why`. */
  protected noteStartFailure(why: string): void {
    this.startFailures++;
    this.startError = why;
  }

  /** A thread had loaded (it died later, or sent results): the start failures so far were not "in a row". */
  protected noteStarted(): void {
    this.startFailures = 0;
  }

  /** Why a thread's `error` event stopped it, as a post's error. */
  protected whyFailed(err: Error & { code?: string }): string {
    return err.code === "ERR_WORKER_OUT_OF_MEMORY" ? `ran out of memory (a worker may use ${this.maxOldMb} MB)` : `worker failed: ${err.message}`;
  }

  /** The error of a post stopped by the watchdog. */
  protected overdueMessage(): string {
    return `took more than ${fmtSeconds(this.postTimeout)}: stopped (--post-timeout)`;
  }

  /** Post `idx` of `task` fails with `why`; the posts after it, then those before it, are read again first, in order. */
  protected retryAround(task: Task, idx: number, why: string): void {
    const post = task.posts[idx]!;
    const failed: Outcome = { ok: false, id: post.id, source: post.source, error: why };
    const b = this.run(task.posts.slice(idx + 1), task.opts, true);
    const a = this.run(task.posts.slice(0, idx), task.opts, true);
    void Promise.all([a, b]).then(([ra, rb]) => task.resolve([...ra, failed, ...rb]));
  }

  /**
   * A thread that had loaded died holding `task`, outside any post's turn (out of memory taking a
   * batch in or sending its results: no post to blame). The first time, the task is read again
   * whole; the second, post by post, so that a post that kills a thread is alone in its batch the
   * next time and fails alone (at its first death there: its batch has died twice already); a
   * post alone dies twice before it fails. The others get their records.
   */
  protected orphaned(task: Task, why: string): void {
    const deaths = (task.deaths ?? 0) + 1;
    if (deaths < 2) {
      task.deaths = deaths;
      this.queue.unshift(task);
    } else if (task.posts.length === 1) {
      const p = task.posts[0]!;
      task.resolve([{ ok: false, id: p.id, source: p.source, error: `${why} (the worker died between posts, with only this post in its batch)` }]);
    } else {
      const singles: Task[] = [];
      const runs = task.posts.map((p) => new Promise<Outcome[]>((resolve) => singles.push({ posts: [p], opts: task.opts, resolve, deaths: 1 })));
      this.queue.unshift(...singles);
      void Promise.all(runs).then((rs) => task.resolve(rs.flat()));
    }
  }
}
