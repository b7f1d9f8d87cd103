/**
 * Worker thread of the batch pool (issues 6, 14): takes a batch of posts, and through
 * processPosts (process.ts) reads each one — decodes its bytes, extracts an HTML article —, parses
 * them all with parseReports' phases (each phase over a chunk of posts: the same Reports as
 * parseReport, for less time per short post), then makes each post's output; sends the batch's
 * output pieces back in one message.
 *
 *   main → worker  { batch: 7, posts: [{ id: "a", source: "a.txt", kind: "text", bytes }, …], opts: { mode: "extract", format: "jsonl" } }
 *   worker → main  { batch: 7, results: [{ ok: true, out: '{"version":1,"id":"a",…}\n', stats }, …] }
 *
 * Whenever the worker turns to a post (to read it, for each phase of its parse, to write its
 * output), it writes to shared memory (`progress`) the post's index in the batch, a tick, and the
 * time the post has had before this turn: the main thread's watchdog stops a post that overruns
 * its time budget, counting every turn it has had, and can tell which post it was.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Post } from "./input.js";
import { processPosts } from "./process.js";
import { dieFault, type JobOptions, type Outcome } from "./post-read.js";
import { markLoaded, Turns } from "./turns.js";

export interface WorkerData {
  /**
   * Int32 × 5 (turns.ts PROGRESS_BYTES). [0]: index + 1 of the post being read in the current batch
   * (0: between batches); [1]: batch id; [2]: a tick, one more at each turn; [3]: ms the post had
   * before this turn; [4]: 1 once this worker has loaded.
   */
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
  const turns = new Turns(progress, m.posts.length);
  Atomics.store(progress, 1, m.batch);
  const results = await processPosts(m.posts, m.opts, (i) => turns.to(i));
  turns.done();
  if (m.opts._test) dieFault(m.posts, m.opts._test);
  parentPort!.postMessage({ batch: m.batch, results } satisfies ResultMessage);
});
markLoaded(progress);
