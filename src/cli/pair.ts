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
 * more than 60 s"); a worker that dies in either stage (out of memory, crash, the watchdog) stops
 * the pair: the post it was reading fails, the rest of that batch is read again by a new pair. When
 * B dies, every other batch the pair held is read again too; when A dies, B first finishes what A
 * had handed it (a batch handed over needs nothing more of A), and the batches A had not handed
 * over are read again. A stage that dies between posts leaves its batch to orphaned (pool-base.ts:
 * read again, then post by post). kill() stops every thread now (Ctrl-C).
 */
import { MessageChannel, type Worker } from "node:worker_threads";
import type { BatchMessage, ResultMessage } from "./worker.js";
import type { DrainedMessage, DrainMessage, StageData } from "./stage-worker.js";
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
  tasks: InPair;
  /** Posts it has finished (a stage that dies after, or after it marked itself loaded, had started). */
  served: number;
  /** Takes no more batches. */
  gone: boolean;
  /**
   * A died (why), and where it was when it was declared lost, read then: B finishes what A handed
   * it, then the pair ends (drained); an A the watchdog stops may still finish its post and start
   * the next before it stops.
   */
  lostA?: { why: string; held: Held };
  /** Ended: both threads stopped, its batches settled. */
  done?: boolean;
}

/**
 * The batches a pair holds (at most WINDOW), by id, in the order they were sent: two plain arrays,
 * not a Map. A Map that takes and drops an entry per batch rehashes every few batches, and the
 * table it leaves behind keeps the entries it had and a link to its successor; once such a table is
 * in the old generation, it holds them (a Task: its posts, and through its resolve the results)
 * until the next mark-compact, however long ago they were written. So the main thread promoted most
 * of what it read and received: 40–54 MB over the archive, against 8–15 MB for --jobs 1's Pool,
 * which keeps its task in a field (11–20 MB with these arrays; issue 14).
 */
class InPair {
  private ids: number[] = [];
  private tasks: Task[] = [];
  get size(): number {
    return this.ids.length;
  }
  get(id: number): Task | undefined {
    const i = this.ids.indexOf(id);
    return i < 0 ? undefined : this.tasks[i];
  }
  has(id: number): boolean {
    return this.ids.includes(id);
  }
  set(id: number, task: Task): void {
    this.ids.push(id);
    this.tasks.push(task);
  }
  delete(id: number): void {
    const i = this.ids.indexOf(id);
    if (i < 0) return;
    this.ids.splice(i, 1);
    this.tasks.splice(i, 1);
  }
  values(): Task[] {
    return [...this.tasks];
  }
  entries(): [number, Task][] {
    return this.ids.map((id, i) => [id, this.tasks[i]!]);
  }
  clear(): void {
    this.ids = [];
    this.tasks = [];
  }
}

type Stage = "a" | "b";
/** What end() reads of a stage that died: its progress (a Watch) or a snapshot of it. */
type Held = Pick<Watch, "post" | "batch" | "loaded">;

export class PairPool extends BasePool {
  private readonly pairs: number;
  private live: Pair[] = [];
  /** Pairs whose A died, B finishing what it holds. */
  private draining: Pair[] = [];

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
    const sa = new Watch();
    const sb = new Watch();
    const make = (role: Stage, port: typeof port1, s: Watch) =>
      spawn({ role, progress: s.progress.buffer as SharedArrayBuffer, port } satisfies StageData, this.maxOldMb, this.o.worker, "stage-worker", [port]);
    const pair: Pair = { a: make("a", port1, sa), b: make("b", port2, sb), seen: { a: sa, b: sb }, tasks: new InPair(), served: 0, gone: false };
    pair.b.on("message", (m: ResultMessage | DrainedMessage) => {
      if ("drained" in m) return this.drained(pair);
      const t = pair.tasks.get(m.batch);
      pair.tasks.delete(m.batch);
      pair.served += m.results.length;
      this.noteStarted();
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

  /** A worker of the pair is gone or must go (terminate: the watchdog stops it). */
  private fail(pair: Pair, stage: Stage, why: string, terminate = false) {
    if (pair.done || (stage === "a" && pair.lostA !== undefined)) return;
    if (stage === "b") return this.end(pair, [{ w: pair.seen.b, why }]);
    // A is gone: B finishes what A handed it (a batch handed over needs nothing more of A), says
    // drained, then the batches A still held are settled (end)
    const w = pair.seen.a;
    pair.lostA = { why, held: { post: w.post, batch: w.batch, loaded: w.loaded } };
    if (terminate) void pair.a.terminate();
    pair.gone = true;
    this.live = this.live.filter((p) => p !== pair);
    this.draining.push(pair);
    pair.b.postMessage({ drain: true } satisfies DrainMessage);
    this.dispatch();
  }

  /** B has finished every batch A handed it, A gone: the pair ends. */
  private drained(pair: Pair) {
    if (pair.lostA !== undefined && !pair.done) this.end(pair, []);
  }

  /**
   * The pair ends; `deaths`: a stage that died besides A (whose death, if any, is lostA). The post
   * a dead stage was reading fails, the rest of its batch is read again first, then the pair's
   * other batches; a stage that died between posts blames the batch it held through orphaned,
   * and one that died idle (its batch done) blames none.
   */
  private end(pair: Pair, deaths: { w: Held; why: string }[]) {
    pair.done = pair.gone = true;
    this.live = this.live.filter((p) => p !== pair);
    this.draining = this.draining.filter((p) => p !== pair);
    void pair.a.terminate();
    void pair.b.terminate();
    const tasks = new Map(pair.tasks.entries());
    pair.tasks.clear();
    if (this.killed) {
      for (const t of tasks.values()) t.resolve([]);
      return;
    }
    if (pair.lostA) deaths.unshift({ w: pair.lostA.held, why: pair.lostA.why });
    const culprits: [Task, number, string][] = [];
    const orphans = new Map<Task, string>();
    // a pair whose stages did not load is one start failure, however many of them died
    let unstarted = false;
    if (pair.served > 0 || deaths.some(({ w }) => w.loaded || w.post >= 0)) this.noteStarted();
    for (const { w, why } of deaths) {
      const t = tasks.get(w.batch);
      if (t && w.post >= 0) {
        culprits.push([t, w.post, why]);
        tasks.delete(w.batch);
      } else if (!w.loaded && pair.served === 0) {
        if (!unstarted) this.noteStartFailure(why);
        unstarted = true;
      }
      // between posts of a batch it held: that batch (read again whole, then post by post); a
      // stage that had finished its batch and died idle blames none (the pair's batches are read again)
      else if (t && !orphans.has(t)) orphans.set(t, why);
    }
    // the batches that had no part in it: at the front of the queue, in order
    const rest = [...tasks.values()];
    for (let k = rest.length - 1; k >= 0; k--) {
      const why = orphans.get(rest[k]!);
      if (why === undefined) this.queue.unshift(rest[k]!);
      else this.orphaned(rest[k]!, why);
    }
    // read again first, in order: the rest of a culprit's batch (ahead of the others in the queue)
    for (const [t, idx, why] of culprits) this.retryAround(t, idx, why);
    this.dispatch();
  }

  protected watch() {
    const now = Date.now();
    for (const pair of [...this.live, ...this.draining]) {
      for (const stage of pair.lostA === undefined ? (["a", "b"] as const) : (["b"] as const)) {
        if (pair.done) break;
        // (A hands each post's time so far to B: the credit counts both stages)
        const batch = pair.seen[stage].overdue(now, this.postTimeout);
        if (batch >= 0 && pair.tasks.has(batch)) this.fail(pair, stage, this.overdueMessage(), true);
      }
    }
  }

  /** Stop every thread now; pending and later runs give []. */
  override kill() {
    super.kill();
    for (const p of [...this.live, ...this.draining]) {
      p.gone = p.done = true;
      for (const t of p.tasks.values()) t.resolve([]);
      p.tasks.clear();
      void p.a.terminate();
      void p.b.terminate();
    }
    this.live = [];
    this.draining = [];
  }

  /** End the threads once their work is done. */
  async close() {
    this.stopWatching();
    const pairs = [...this.live, ...this.draining];
    this.live = [];
    this.draining = [];
    for (const p of pairs) p.gone = p.done = true;
    await Promise.all(pairs.flatMap((p) => [p.a.terminate(), p.b.terminate()]));
  }
}
