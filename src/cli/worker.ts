/**
 * Worker thread of the batch pool (issues 6, 14): takes a batch of posts, reads each one —
 * decodes its bytes, extracts an HTML article, parses and checks it — and sends the batch's
 * output pieces back in one message.
 *
 *   main → worker  { batch: 7, posts: [{ id: "a", source: "a.txt", kind: "text", bytes }, …], opts: { mode: "extract", format: "jsonl" } }
 *   worker → main  { batch: 7, results: [{ ok: true, out: '{"version":1,"id":"a",…}\n', stats }, …] }
 *
 * Before each post the worker writes its index in the batch to shared memory (`progress`), so
 * the main thread's watchdog can tell which post overran its time budget and stop the thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Post } from "./input.js";
import { processPost, type JobOptions, type Outcome } from "./process.js";

export interface WorkerData {
  /** [0]: index + 1 of the post being read in the current batch (0: between batches); [1]: batch id. */
  progress: SharedArrayBuffer;
}

export interface BatchMessage {
  batch: number;
  posts: Post[];
  opts: JobOptions;
}

export interface ResultMessage {
  batch: number;
  results: Outcome[];
}

const data = workerData as WorkerData;
const progress = new Int32Array(data.progress);

parentPort!.on("message", async (m: BatchMessage) => {
  const results: Outcome[] = [];
  Atomics.store(progress, 1, m.batch);
  for (let i = 0; i < m.posts.length; i++) {
    Atomics.store(progress, 0, i + 1);
    const post = m.posts[i]!;
    try {
      results.push(await processPost(post, m.opts));
    } catch (err) {
      results.push({ ok: false, id: post.id, source: post.source, error: `internal error: ${(err as Error).message}` });
    }
  }
  Atomics.store(progress, 0, 0);
  parentPort!.postMessage({ batch: m.batch, results } satisfies ResultMessage);
});
