/**
 * A worker of a stage pair (--stages, issue 14; the pair is run by pair.ts): two threads split the
 * phases of the parse instead of the posts, so each compiles and keeps hot only its own part.
 *
 *   main → A   { batch: 7, posts, opts }                          (worker.ts's BatchMessage)
 *   A          handA (stages.ts): reads each post, runs the first phases, hands the chunks over
 *   A → B      { batch: 7, posts, opts, failed, at, reads, chunks, spent }   through a MessageChannel,
 *              each chunk's ArrayBuffer transferred
 *   B          finishB (stages.ts): the rest of the phases, each post's output
 *   B → main   { batch: 7, results }                              (worker.ts's ResultMessage)
 *
 * Each thread writes its turns to its own shared progress memory (turns.ts); A hands each post's
 * time so far to B, so the watchdog counts a post's time in both stages against its budget.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { Turns } from "./turns.js";
import type { BatchMessage, ResultMessage } from "./worker.js";
import { finishB, handA, type StageMessage } from "./stages.js";
import { SPLITS, type Split } from "../report/splits.js";

export interface StageData {
  role: "a" | "b";
  /** Int32 × 4, as worker.ts's WorkerData.progress (turns.ts). */
  progress: SharedArrayBuffer;
  /** A: where to hand its chunks; B: where they come from. */
  port: MessagePort;
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

if (data.role === "a") {
  // one batch at a time, in order (reading a post may wait on an import)
  let chain = Promise.resolve();
  parentPort!.on("message", (m: BatchMessage) => {
    chain = chain.then(async () => {
      Atomics.store(progress, 1, m.batch);
      const turns = new Turns(progress, m.posts.length);
      const { message, transfer } = await handA(m, split, turns);
      turns.done();
      data.port.postMessage(message, transfer);
    });
  });
} else {
  data.port.on("message", (m: StageMessage) => {
    Atomics.store(progress, 1, m.batch);
    const turns = new Turns(progress, m.posts.length, m.spent);
    const results = finishB(m, split, turns);
    turns.done();
    parentPort!.postMessage({ batch: m.batch, results } satisfies ResultMessage);
  });
  // B lives until the pool ends it, not until A's end of the channel closes: when A dies, the main
  // thread must hear it from A (which post, why), not see B leave first
  parentPort!.on("message", () => {});
}
