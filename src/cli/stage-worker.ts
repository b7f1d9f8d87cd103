/**
 * A worker of a stage pair (--stages, issue 14; the pair is run by pair.ts): two threads split the
 * phases of the parse instead of the posts, so each compiles and keeps hot only its own part.
 *
 *   main → A   { batch: 7, posts, opts }                          (worker.ts's BatchMessage)
 *   A          reads each post (readBatch: decode, HTML article), runs the first phases of its
 *              split (SPLITS.people: read, people, organizations) over chunks of posts as
 *              parseEach does, hands each chunk's Works over (hand-over.ts: one ArrayBuffer a
 *              chunk, transferred)
 *   A → B      { batch: 7, posts, opts, failed, at, reads, chunks, spent }   through a MessageChannel
 *   B          revives the Works (takeOver), runs the rest (figures, dates, link … publish), makes
 *              each post's output (outcomes, as worker.ts does)
 *   B → main   { batch: 7, results }                              (worker.ts's ResultMessage)
 *
 * The same Reports and outputs as worker.ts (processPosts): the same chunks, and a text a phase
 * throws on (or whose Report fails the schema under BAOCAO_VALIDATE=throw) is read again alone
 * with parseWith, in the thread where it failed. Each thread writes its turns to its own shared
 * progress memory (turns.ts); A hands each post's time so far to B, so the watchdog counts a post's
 * time in both stages against its budget.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import type { Post } from "./input.js";
import { jobParseOptions, outcomes, readBatch, type JobOptions, type Outcome, type PostText } from "./process.js";
import { Turns } from "./turns.js";
import type { BatchMessage, ResultMessage } from "./worker.js";
import { begin, finish, parseWith } from "../report/parse.js";
import { CHUNK, CHUNK_CHARS, optionsOf } from "../report/batch.js";
import { Work } from "../report/phases.js";
import { handOver, runPhases, SPLITS, takeOver, type HandedChunk, type Split } from "../report/hand-over.js";
import type { Report } from "../schema.js";

export interface StageData {
  role: "a" | "b";
  /** Int32 × 4, as worker.ts's WorkerData.progress (turns.ts). */
  progress: SharedArrayBuffer;
  /** A: where to hand its chunks; B: where they come from. */
  port: MessagePort;
}

/** A batch from stage A to stage B. */
export interface StageMessage {
  batch: number;
  opts: JobOptions;
  /** The batch's posts, without their bytes (read in A). */
  posts: Post[];
  /** The outcome of each post that failed to be read, in its place (else null). */
  failed: (Outcome | null)[];
  /** The index in the batch of each post read, in order; reads[r] is its text. */
  at: number[];
  reads: PostText[];
  /** The posts read, in chunks (parseEach's), after A's phases. */
  chunks: { message: HandedChunk; done: (Report | Error | null)[] }[];
  /** ms each post of the batch has had in A. */
  spent: Float64Array;
}

/**
 * The phases this worker runs, in order, and where stage A stops. One place, so that each stage can
 * later import only its own phases.
 */
function stagePhases(): Split {
  return SPLITS.people!;
}

const data = workerData as StageData;
const progress = new Int32Array(data.progress);
const split = stagePhases();

function safe(f: () => Report): Report | Error {
  try {
    return f();
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

/** Stage A: read the batch, run the first phases chunk by chunk, hand it to B. */
async function stageA(m: BatchMessage): Promise<void> {
  Atomics.store(progress, 1, m.batch);
  const turns = new Turns(progress, m.posts.length);
  const turn = (i: number) => turns.to(i);
  const { results, ready } = await readBatch(m.posts, m.opts, turn);
  const options = jobParseOptions(m.opts);
  const chunks: StageMessage["chunks"] = [];
  const transfer: ArrayBuffer[] = [];
  for (let from = 0; from < ready.length; ) {
    // parseEach's chunks: at most CHUNK texts and about CHUNK_CHARS characters
    let to = from;
    let chars = 0;
    while (to < ready.length && to - from < CHUNK && chars < CHUNK_CHARS) chars += ready[to++]!.input.text.length;
    const works: (Work | null)[] = [];
    const done: (Report | Error | null)[] = [];
    for (let k = from; k < to; k++) {
      turn(ready[k]!.i);
      const w = begin(ready[k]!.input.text, optionsOf(ready[k]!.input, options));
      works.push(w instanceof Work ? w : null);
      done.push(w instanceof Work ? null : w);
    }
    for (const k of runPhases(works, 0, split.at, split.phases, (k) => turn(ready[from + k]!.i))) {
      // a phase threw on this text: read again alone, as parseEach does
      const x = ready[from + k]!;
      turn(x.i);
      done[k] = safe(() => parseWith(x.input.text, optionsOf(x.input, options)));
    }
    const h = handOver(works);
    chunks.push({ message: h.message, done });
    transfer.push(...h.transfer);
    from = to;
  }
  turns.done();
  const posts = m.posts.map(({ bytes: _bytes, ...p }) => p);
  const failed = Array.from(results, (r) => r ?? null);
  const out: StageMessage = { batch: m.batch, opts: m.opts, posts, failed, at: ready.map((r) => r.i), reads: ready.map((r) => r.read), chunks, spent: turns.spent };
  data.port.postMessage(out, [...transfer, out.spent.buffer as ArrayBuffer]);
}

/** Stage B: the rest of the phases, then each post's output, to the main thread. */
function stageB(m: StageMessage): void {
  Atomics.store(progress, 1, m.batch);
  const turns = new Turns(progress, m.posts.length, m.spent);
  const turn = (i: number) => turns.to(i);
  const reports: (Report | Error)[] = new Array(m.at.length);
  let base = 0;
  for (const c of m.chunks) {
    const works = takeOver(c.message);
    const kept = works.slice();
    const threw = new Set(runPhases(works, split.at, split.phases.length, split.phases, (k) => turn(m.at[base + k]!)));
    for (let k = 0; k < works.length; k++) {
      const r = base + k;
      const done = c.done[k];
      if (done) {
        reports[r] = done;
        continue;
      }
      const w = works[k];
      if (w) {
        try {
          reports[r] = finish(w);
          continue;
        } catch {
          // its Report failed the schema (BAOCAO_VALIDATE=throw): read it again alone below
        }
      } else if (!threw.has(k)) continue;
      turn(m.at[r]!);
      reports[r] = safe(() => parseWith(m.reads[r]!.text, kept[k]!.options));
    }
    base += works.length;
  }
  const results = m.failed.map((r) => r) as Outcome[];
  const ready = m.at.map((i, r) => ({ i, read: m.reads[r]! }));
  outcomes(m.posts, m.opts, ready, reports, results, turn);
  turns.done();
  parentPort!.postMessage({ batch: m.batch, results } satisfies ResultMessage);
}

if (data.role === "a") {
  // one batch at a time, in order (reading a post may wait on an import)
  let chain = Promise.resolve();
  parentPort!.on("message", (m: BatchMessage) => {
    chain = chain.then(() => stageA(m));
  });
} else {
  data.port.on("message", stageB);
  // B lives until the pool ends it, not until A's end of the channel closes: when A dies, the main
  // thread must hear it from A (which post, why), not see B leave first
  parentPort!.on("message", () => {});
}
