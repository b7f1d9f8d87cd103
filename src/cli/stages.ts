/**
 * The two halves of a batch's work with the stages split (--stages, issue 14): what stage A and
 * stage B of a pair do (stage-worker.ts runs them in two threads; pair.ts drives the pair). Apart
 * from the threads so that a test can run A, a structured clone and B in one thread.
 *
 *   handA(batch, split, turns)   reads each post (readBatch: decode, HTML article), runs the
 *                                split's first phases (the people split's side A: read, people,
 *                                organizations) over chunks as parseEach does, hands each chunk's Works
 *                                over (hand-over.ts: one ArrayBuffer a chunk, to transfer)
 *   await finishB(message, split, turns)  revives the Works (takeOver), runs the rest of the phases
 *                                (figures, dates, link … publish), makes each post's output
 *                                (outcomes, as worker.ts does): the batch's results, in order
 *
 * The same Reports and outputs as processPosts (process.ts): the same chunks, and a text a phase
 * throws on (or whose Report fails the schema under BAOCAO_VALIDATE=throw) is read again alone
 * through every phase (parseThrough, as parseEach's parseWith), in the thread where it failed, as
 * parseEach does; only then does that thread load the whole parser (stage-again.ts). Nothing here
 * imports a recogniser: the phases come in `split` (stage-worker.ts: sides.ts loadSplitSide). Each
 * half is a module of its own (stage-a.ts, stage-b.ts; this one holds what crosses between them), so that a stage
 * worker imports only its half: A none of the output code (posts.ts), B none of A's. `turns`
 * (turns.ts) is told of every turn; A hands each post's time so far to B with the batch.
 */
import type { Post } from "./input.js";
import type { JobOptions, Outcome, PostText } from "./post-read.js";
import type { HandedChunk } from "../report/hand-over.js";
import type { Report } from "../schema.js";

/** A post's read text as A sends it: `text` left out when the post's handed Work holds it as its input. */
export type SentText = Omit<PostText, "text"> & { text?: string };

/** A batch from stage A to stage B. */
export interface StageMessage {
  batch: number;
  opts: JobOptions;
  /** The batch's posts, without their bytes and text (read in A: see reads). */
  posts: Post[];
  /** The outcome of each post that failed to be read, in its place (else null). */
  failed: (Outcome | null)[];
  /** The index in the batch of each post read, in order; reads[r] is its text. */
  at: number[];
  /** Without the text when it is the input of the post's Work in `chunks` (the same string: B takes it from there). */
  reads: SentText[];
  /** The posts read, in chunks (parseEach's), after A's phases. */
  chunks: { message: HandedChunk; done: (Report | Error | null)[] }[];
  /** ms each post of the batch has had in A. */
  spent: Float64Array;
}
