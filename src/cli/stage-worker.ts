/**
 * A worker of a stage pair (--stages, issue 14; the pair is run by pair.ts): two threads split the
 * phases of the parse instead of the posts, so each compiles and keeps hot only its own part.
 *
 *   main → A   { batch: 7, posts, opts }                          (worker.ts's BatchMessage)
 *   A          handA (stage-a.ts): reads each post, runs the first phases, hands the chunks over
 *   A → B      { batch: 7, posts, opts, failed, at, reads, chunks, spent }   through a MessageChannel,
 *              each chunk's ArrayBuffer transferred
 *   B          finishB (stage-b.ts): the rest of the phases, each post's output
 *   B → main   { batch: 7, results }                              (worker.ts's ResultMessage)
 *   main → B   { drain: true }     A is gone: B takes every batch A handed it that it has not yet
 *   B → main   { drained: true }   taken, finishes them, says so (pair.ts reads again those A held)
 *
 * Each worker imports only its own side of the phases (report/sides.ts loadSplitSide("people", role):
 * A read, people and organizations; B figures … publish) and, besides, no recogniser: not the whole
 * parser that a pool worker (worker.ts) imports. A text a phase threw on is read again through every
 * phase, which loads the rest then (stages.ts). test/sides.test.ts holds what each role loads.
 *
 * Each thread writes its turns to its own shared progress memory (turns.ts); A hands each post's
 * time so far to B, so the watchdog counts a post's time in both stages against its budget.
 */
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from "node:worker_threads";
import { markLoaded, Turns } from "./turns.js";
import { dieFault } from "./post-read.js";
import type { BatchMessage, ResultMessage } from "./worker.js";
import type { StageMessage } from "./stages.js";
import { loadSplitSide } from "../report/sides.js";
import { shareTokenSlabs } from "../text/tokens.js";

export interface StageData {
  role: "a" | "b";
  /** Int32 × 5, as worker.ts's WorkerData.progress (turns.ts). */
  progress: SharedArrayBuffer;
  /** A: where to hand its chunks; B: where they come from. */
  port: MessagePort;
}

/** main → B once A is gone; B → main once every batch A handed over is finished. */
export interface DrainMessage {
  drain: true;
}
export interface DrainedMessage {
  drained: true;
}

const data = workerData as StageData;
const progress = new Int32Array(data.progress);
// this side's phases (A: { phases: [read, people, organizations], at: 3 }; B: { phases: [figures …
// publish], at: 0 }), loaded before any other module loads a recogniser, so that the whole parser's
// word list is interned first and the token ids handed over stay good (sides.ts loadLexicon); B
// loads the schema check too when BAOCAO_VALIDATE asks (sides.ts loadSide)
const split = await loadSplitSide("people", data.role);
// then only this stage's half (stage-a.ts, stage-b.ts): A loads none of the output code
const { handA } = data.role === "a" ? await import("./stage-a.js") : { handA: null };
// A's token tables in shared memory: the hand-over sends their slabs to B, not copies. Here, at
// the thread's entry, not in stage-a.ts, which tests import into threads that share module state
if (data.role === "a") shareTokenSlabs();
const { finishB } = data.role === "b" ? await import("./stage-b.js") : { finishB: null };

if (data.role === "a") {
  // one batch at a time, in order (reading a post may wait on an import)
  let chain = Promise.resolve();
  parentPort!.on("message", (m: BatchMessage) => {
    chain = chain.then(async () => {
      Atomics.store(progress, 1, m.batch);
      const turns = new Turns(progress, m.posts.length);
      const { message, transfer } = await handA!(m, split, turns);
      turns.done();
      if (m.opts._test && !m.opts._test.late) dieFault(m.posts, m.opts._test);
      data.port.postMessage(message, transfer);
    });
  });
} else {
  // one batch at a time, in order (reading a text again alone may wait on an import)
  let chain = Promise.resolve();
  const take = (m: StageMessage) => {
    chain = chain.then(async () => {
      Atomics.store(progress, 1, m.batch);
      if (m.opts._test?.late) dieFault(m.posts, m.opts._test);
      const turns = new Turns(progress, m.posts.length, m.spent);
      const results = await finishB!(m, split, turns);
      turns.done();
      parentPort!.postMessage({ batch: m.batch, results } satisfies ResultMessage);
    });
  };
  data.port.on("message", take);
  // A is gone (the main thread heard why from A). Every batch A handed over is in the channel by
  // now: those not yet taken are taken at once, in order, and finished; then B says so and lives
  // until the pool ends it. (Not on the channel's "close": when it closes with nothing in it
  // before B listens, as when A dies while B loads, B never hears of it.)
  parentPort!.on("message", (m: DrainMessage) => {
    if (!m.drain) return;
    for (let r = receiveMessageOnPort(data.port); r; r = receiveMessageOnPort(data.port)) take(r.message as StageMessage);
    chain = chain.then(() => parentPort!.postMessage({ drained: true } satisfies DrainedMessage));
  });
}
markLoaded(progress);
