/**
 * Worker thread of the batch pool (issues 6, 14): takes a batch of posts, reads each one —
 * decodes its bytes, extracts an HTML article —, parses them all with parseReports (each phase
 * of the parse over a chunk of posts: the same Reports as parseReport, for less time per short
 * post), then makes each post's output, and sends the batch's output pieces back in one message.
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
import { jobParseOptions, postOutcome, readPost, type JobOptions, type Outcome, type PostText } from "./process.js";
import { parseEach, type ReportInput } from "../report/batch.js";

export interface WorkerData {
  /**
   * Int32 × 4. [0]: index + 1 of the post being read in the current batch (0: between batches);
   * [1]: batch id; [2]: a tick, one more at each turn; [3]: ms the post had before this turn.
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

/** The time each post of the batch has had, as the worker turns from one to another. */
class Turns {
  private spent: Float64Array;
  private current = -1;
  private since = 0;
  constructor(n: number) {
    this.spent = new Float64Array(n);
  }
  to(i: number): void {
    const now = performance.now();
    if (this.current >= 0) this.spent[this.current]! += now - this.since;
    this.current = i;
    this.since = now;
    Atomics.store(progress, 3, Math.round(this.spent[i]!));
    Atomics.store(progress, 0, i + 1);
    Atomics.add(progress, 2, 1);
  }
  done(): void {
    Atomics.store(progress, 0, 0);
    Atomics.add(progress, 2, 1);
  }
}

const internal = (post: Post, err: unknown): Outcome => ({ ok: false, id: post.id, source: post.source, error: `internal error: ${(err as Error).message}` });

parentPort!.on("message", async (m: BatchMessage) => {
  const { posts, opts } = m;
  const results: Outcome[] = new Array(posts.length);
  const turns = new Turns(posts.length);
  Atomics.store(progress, 1, m.batch);
  // read every post
  const ready: { i: number; read: PostText; input: ReportInput }[] = [];
  for (let i = 0; i < posts.length; i++) {
    turns.to(i);
    try {
      const r = await readPost(posts[i]!, opts);
      if (r.ok) ready.push({ i, read: r.read, input: r.input });
      else results[i] = r.outcome;
    } catch (err) {
      results[i] = internal(posts[i]!, err);
    }
  }
  // parse them together (where parseReport would throw, BAOCAO_VALIDATE=throw, that post's place
  // holds the error: the post gets an internal error, the others their reports)
  const reports = parseEach(
    ready.map((r) => r.input),
    jobParseOptions(opts),
    (k) => turns.to(ready[k]!.i),
  );
  // each post's output
  for (let k = 0; k < ready.length; k++) {
    const { i, read } = ready[k]!;
    const post = posts[i]!;
    const report = reports[k]!;
    turns.to(i);
    try {
      results[i] = report instanceof Error ? internal(post, report) : postOutcome(post, opts, read, report);
    } catch (err) {
      results[i] = internal(post, err);
    }
  }
  turns.done();
  parentPort!.postMessage({ batch: m.batch, results } satisfies ResultMessage);
});
