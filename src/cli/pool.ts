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
import { totalmem } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { Post } from "./input.js";
import type { JobOptions, Outcome } from "./process.js";
import type { BatchMessage, ResultMessage, WorkerData } from "./worker.js";

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

interface Task {
  posts: Post[];
  opts: JobOptions;
  resolve: (r: Outcome[]) => void;
}

interface Slot {
  worker: Worker;
  progress: Int32Array;
  task?: Task;
  /** Posts it has finished (a worker that dies before any failed to start). */
  served: number;
  lastTick: number;
  lastBatch: number;
  seenAt: number;
  /** ms the post being read had had before its current turn (worker.ts). */
  credit: number;
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

/** What the batch run needs of a pool: the Pool below, or a PairPool (pair.ts, --stages). */
export interface PostPool {
  readonly jobs: number;
  run(posts: Post[], opts: JobOptions, front?: boolean): Promise<Outcome[]>;
  kill(): void;
  close(): Promise<void>;
}

export class Pool implements PostPool {
  readonly jobs: number;
  private slots: Slot[] = [];
  private queue: Task[] = [];
  private batch = 0;
  private killed = false;
  private startFailures = 0;
  private startError = "";
  private watchdog?: NodeJS.Timeout;
  private readonly maxOldMb: number;

  constructor(private readonly o: PoolOptions) {
    this.jobs = Math.max(1, o.jobs);
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
      let slot = this.slots.find((s) => !s.task && !s.gone);
      if (!slot) {
        if (this.slots.length >= this.jobs) return;
        slot = this.start();
      }
      const task = this.queue.shift()!;
      if (this.startFailures >= 3) {
        task.resolve(task.posts.map((p) => ({ ok: false, id: p.id, source: p.source, error: `worker failed to start: ${this.startError}` })));
        continue;
      }
      slot.task = task;
      slot.lastTick = -1;
      const msg: BatchMessage = { batch: ++this.batch, posts: task.posts, opts: task.opts };
      slot.worker.postMessage(msg);
    }
  }

  private start(): Slot {
    const sab = new SharedArrayBuffer(16); // WorkerData.progress: Int32 × 4
    const worker = spawn({ progress: sab } satisfies WorkerData, this.maxOldMb, this.o.worker);
    const slot: Slot = { worker, progress: new Int32Array(sab), served: 0, lastTick: -1, lastBatch: -1, seenAt: Date.now(), credit: 0, gone: false };
    worker.on("message", (m: ResultMessage) => {
      const t = slot.task;
      slot.task = undefined;
      slot.served += m.results.length;
      this.startFailures = 0;
      t?.resolve(m.results);
      this.dispatch();
    });
    worker.on("error", (err: Error & { code?: string }) => {
      const why = err.code === "ERR_WORKER_OUT_OF_MEMORY" ? `ran out of memory (a worker may use ${this.maxOldMb} MB)` : `worker failed: ${err.message}`;
      this.fail(slot, why);
    });
    worker.on("exit", (code) => this.fail(slot, `worker stopped (exit code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /** The slot's worker is gone or must go: the post it was reading fails, the rest of its batch is read again. */
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
    const idx = Atomics.load(slot.progress, 0) - 1;
    if (idx < 0) {
      // died before reading anything
      if (slot.served === 0) {
        this.startFailures++;
        this.startError = why;
      }
      this.queue.unshift(task);
      this.dispatch();
      return;
    }
    const post = task.posts[idx]!;
    const failed: Outcome = { ok: false, id: post.id, source: post.source, error: why };
    const before = task.posts.slice(0, idx);
    const after = task.posts.slice(idx + 1);
    // read again first, in order: after, then before, each at the front of the queue
    const b = this.run(after, task.opts, true);
    const a = this.run(before, task.opts, true);
    void Promise.all([a, b]).then(([ra, rb]) => task.resolve([...ra, failed, ...rb]));
    this.dispatch();
  }

  private watch() {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (!slot.task) continue;
      const idx = Atomics.load(slot.progress, 0);
      const batch = Atomics.load(slot.progress, 1);
      const tick = Atomics.load(slot.progress, 2);
      if (tick !== slot.lastTick || batch !== slot.lastBatch) {
        // a new turn: the post's time so far is what it had before it, and the time since
        slot.lastTick = tick;
        slot.lastBatch = batch;
        slot.seenAt = now;
        slot.credit = Atomics.load(slot.progress, 3);
      } else if (idx > 0 && now - slot.seenAt + slot.credit > this.o.postTimeout) {
        this.fail(slot, `took more than ${fmtSeconds(this.o.postTimeout)}: stopped (--post-timeout)`, true);
      }
    }
  }

  /** Stop every thread now; pending and later runs give []. */
  kill() {
    this.killed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    for (const t of this.queue) t.resolve([]);
    this.queue = [];
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
    if (this.watchdog) clearInterval(this.watchdog);
    const slots = this.slots;
    this.slots = [];
    for (const s of slots) s.gone = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

export function fmtSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
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
