/**
 * Worker pool of the batch CLI (issues 6, 12, 14): posts go to `--jobs` threads in batches (one
 * message each way per batch, not per post), come back in input order, and no post can stall
 * the run.
 *
 *   const pool = new Pool({ jobs: 2, postTimeout: 60_000 });
 *   await pool.run([post1, post2, …], opts)  → [outcome1, outcome2, …]
 *   a post over its time budget          → its thread is stopped, the post fails ("took more than
 *                                          60 s"), the other posts of the batch are read again
 *   a thread that runs out of memory     → the same, "ran out of memory"
 *   a thread that dies between posts     → its batch is read again; the second time post by post,
 *                                          and the post that kills a thread alone fails alone
 *   pool.kill()                          → every thread stopped now (Ctrl-C); pending runs give []
 *
 * The parsing always runs in a worker thread, even with --jobs 1: the main thread stays free to
 * read, write, keep time and answer signals at once. Each worker writes the index of the post
 * it is working on to shared memory, with a tick and the time that post has had before (a worker
 * parses its batch phase by phase, turning from post to post: worker.ts); a watchdog in the main
 * thread reads them every 100–250 ms. With --stages, pairs of threads split the phases instead
 * of the posts: PairPool (pair.ts), with the same promises.
 */
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { BatchMessage, ResultMessage, WorkerData } from "./worker.js";
import { BasePool, Watch, type Task } from "./pool-base.js";
export { fmtSeconds, type PostPool } from "./pool-base.js";

export interface PoolOptions {
  jobs: number;
  /** Longest time one post may take, in ms (0: no limit). */
  postTimeout: number;
  /** Old-generation heap limit of each worker, in MB. */
  maxOldMb?: number;
  /**
   * The worker script, when not the one beside this module (tests: the worker the test setup
   * bundled from src/, which starts in a fraction of the time src/cli/worker.ts takes under tsx).
   */
  worker?: string | URL;
}

interface Slot {
  worker: Worker;
  /** Its progress, as the watchdog last saw it (worker.ts writes it). */
  watch: Watch;
  task?: Task;
  /** Posts it has finished (a worker that has finished any, or marked itself loaded, has started). */
  served: number;
  gone: boolean;
}

/**
 * dist/cli/NAME.js when built (NAME: worker, or stage-worker for --stages); under tsx or vitest,
 * src/cli/NAME.ts through tsx. `transfer`: MessagePorts in `data`.
 */
export function spawn(data: unknown, maxOldMb: number, script?: string | URL, name = "worker", transfer: Transferable[] = []): Worker {
  const here = import.meta.url;
  const o = { workerData: data, resourceLimits: { maxOldGenerationSizeMb: maxOldMb }, transferList: transfer as never[] };
  if (script) return new Worker(script, o);
  if (!here.endsWith(".ts")) return new Worker(new URL(`./${name}.js`, here), o);
  // the ESM build of tsx's API (its CommonJS build cannot register from an eval worker)
  const api = pathToFileURL(createRequire(here).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const entry = new URL(`./${name}.ts`, here).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, ...o });
}

export class Pool extends BasePool {
  private slots: Slot[] = [];

  constructor(private readonly o: PoolOptions) {
    super(Math.max(1, o.jobs), o.postTimeout, o.maxOldMb);
  }

  protected dispatch() {
    while (this.queue.length && !this.killed) {
      let slot = this.slots.find((s) => !s.task && !s.gone);
      if (!slot) {
        if (this.slots.length >= this.jobs) return;
        slot = this.start();
      }
      const task = this.queue.shift()!;
      if (this.startFailed(task)) continue;
      slot.task = task;
      slot.watch.lastTick = -1;
      const msg: BatchMessage = { batch: ++this.batch, posts: task.posts, opts: task.opts };
      slot.worker.postMessage(msg);
    }
  }

  private start(): Slot {
    const watch = new Watch();
    const worker = spawn({ progress: watch.progress.buffer as SharedArrayBuffer } satisfies WorkerData, this.maxOldMb, this.o.worker);
    const slot: Slot = { worker, watch, served: 0, gone: false };
    worker.on("message", (m: ResultMessage) => {
      const t = slot.task;
      slot.task = undefined;
      slot.served += m.results.length;
      this.noteStarted();
      t?.resolve(m.results);
      this.dispatch();
    });
    worker.on("error", (err: Error & { code?: string }) => this.fail(slot, this.whyFailed(err)));
    worker.on("exit", (code) => this.fail(slot, `worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /**
   * The slot's worker is gone or must go: the post it was reading fails, the rest of its batch is
   * read again; a worker that died between posts leaves its batch to orphaned (pool-base.ts).
   */
  private fail(slot: Slot, why: string, terminate = false) {
    if (slot.gone) return;
    slot.gone = true;
    this.slots = this.slots.filter((s) => s !== slot);
    if (terminate) void slot.worker.terminate();
    const task = slot.task;
    slot.task = undefined;
    if (!task || this.killed) {
      task?.resolve([]);
      this.dispatch();
      return;
    }
    const idx = slot.watch.post;
    if (idx >= 0 || slot.watch.loaded || slot.served > 0) this.noteStarted();
    if (idx >= 0) this.retryAround(task, idx, why);
    else if (slot.watch.loaded || slot.served > 0) this.orphaned(task, why);
    else {
      // it never loaded
      this.noteStartFailure(why);
      this.queue.unshift(task);
    }
    this.dispatch();
  }

  protected watch() {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (slot.task && slot.watch.overdue(now, this.postTimeout) >= 0) this.fail(slot, this.overdueMessage(), true);
    }
  }

  /** Stop every thread now; pending and later runs give []. */
  override kill() {
    super.kill();
    for (const s of this.slots) {
      s.gone = true;
      s.task?.resolve([]);
      s.task = undefined;
      void s.worker.terminate();
    }
    this.slots = [];
  }

  /** End the threads once their work is done. */
  async close() {
    this.stopWatching();
    const slots = this.slots;
    this.slots = [];
    for (const s of slots) s.gone = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

export interface OrderedOptions<T> {
  /** Most items in flight. */
  window: number;
  /** Weight of an item (bytes) and the most weight in flight. */
  weight?: (t: T) => number;
  maxWeight?: number;
}

/** Map items through `run` concurrently, yielding results in input order. `run` must not reject. */
export async function* ordered<T, R>(items: AsyncIterable<T>, run: (t: T) => Promise<R>, o: OrderedOptions<T>): AsyncGenerator<R> {
  const queue: { p: Promise<R>; w: number }[] = [];
  let inflight = 0;
  const maxWeight = o.maxWeight ?? Infinity;
  for await (const item of items) {
    const w = o.weight?.(item) ?? 0;
    queue.push({ p: run(item), w });
    inflight += w;
    while (queue.length >= o.window || (inflight > maxWeight && queue.length > 0)) {
      const head = queue.shift()!;
      inflight -= head.w;
      yield await head.p;
    }
  }
  while (queue.length) {
    const head = queue.shift()!;
    yield await head.p;
  }
}

/**
 * Group items into batches of at most `maxItems` items or `maxWeight` weight; a batch that has
 * waited `idleMs` for its next item goes as it is (a slow pipe still streams).
 */
export async function* batches<T>(items: AsyncIterable<T>, o: { maxItems: number; maxWeight: number; weight: (t: T) => number; idleMs: number }): AsyncGenerator<T[]> {
  const it = items[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | undefined;
  let batch: T[] = [];
  let weight = 0;
  let deadline: Promise<null> | undefined;
  let timer: NodeJS.Timeout | undefined;
  const reset = () => {
    batch = [];
    weight = 0;
    deadline = undefined;
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  try {
    for (;;) {
      pending ??= it.next();
      let r: IteratorResult<T> | null;
      if (batch.length) {
        deadline ??= new Promise<null>((res) => (timer = setTimeout(() => res(null), o.idleMs)));
        r = await Promise.race([pending, deadline]);
        if (r === null) {
          const b = batch;
          reset();
          yield b;
          continue;
        }
      } else r = await pending;
      pending = undefined;
      if (r.done) break;
      batch.push(r.value);
      weight += o.weight(r.value);
      if (batch.length >= o.maxItems || weight >= o.maxWeight) {
        const b = batch;
        reset();
        yield b;
      }
    }
    if (batch.length) {
      const b = batch;
      reset();
      yield b;
    }
  } finally {
    if (timer) clearTimeout(timer);
  }
}
