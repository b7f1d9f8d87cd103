/**
 * The two halves of a batch's work with the stages split (--stages, issue 14): what stage A and
 * stage B of a pair do (stage-worker.ts runs them in two threads; pair.ts drives the pair). Apart
 * from the threads so that a test can run A, a structured clone and B in one thread.
 *
 *   handA(batch, split, turns)   reads each post (readBatch: decode, HTML article), runs the
 *                                split's first phases (SPLITS.people: read, people, organizations)
 *                                over chunks of posts as parseEach does, hands each chunk's Works
 *                                over (hand-over.ts: one ArrayBuffer a chunk, to transfer)
 *   finishB(message, split, turns)  revives the Works (takeOver), runs the rest of the phases
 *                                (figures, dates, link … publish), makes each post's output
 *                                (outcomes, as worker.ts does): the batch's results, in order
 *
 * The same Reports and outputs as processPosts (process.ts): the same chunks, and a text a phase
 * throws on (or whose Report fails the schema under BAOCAO_VALIDATE=throw) is read again alone
 * with parseWith, in the thread where it failed, as parseEach does. `turns` (turns.ts) is told of
 * every turn; A hands each post's time so far to B with the batch.
 */
import type { Post } from "./input.js";
import { jobParseOptions, outcomes, readBatch, type JobOptions, type Outcome, type PostText } from "./process.js";
import type { Turns } from "./turns.js";
import type { BatchMessage } from "./worker.js";
import { begin, finish, parseWith } from "../report/parse.js";
import { CHUNK, CHUNK_CHARS, optionsOf } from "../report/batch.js";
import { Work } from "../report/phases.js";
import { handOver, runPhases, takeOver, type HandedChunk, type Split } from "../report/hand-over.js";
import type { Report } from "../schema.js";

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
  reads: PostText[];
  /** The posts read, in chunks (parseEach's), after A's phases. */
  chunks: { message: HandedChunk; done: (Report | Error | null)[] }[];
  /** ms each post of the batch has had in A. */
  spent: Float64Array;
}

function safe(f: () => Report): Report | Error {
  try {
    return f();
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

/** Stage A: read the batch, run the split's first phases chunk by chunk; the message for B and what to transfer with it. */
export async function handA(m: BatchMessage, split: Split, turns: Turns): Promise<{ message: StageMessage; transfer: ArrayBuffer[] }> {
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
  // (B needs neither the bytes nor the text as given: reads holds the text read)
  const posts = m.posts.map(({ bytes: _bytes, text: _text, ...p }) => p);
  const failed = Array.from(results, (r) => r ?? null);
  const message: StageMessage = { batch: m.batch, opts: m.opts, posts, failed, at: ready.map((r) => r.i), reads: ready.map((r) => r.read), chunks, spent: turns.spent };
  return { message, transfer: [...transfer, turns.spent.buffer as ArrayBuffer] };
}

/** Stage B: the rest of the split's phases, then each post's output: the batch's results, in order. */
export function finishB(m: StageMessage, split: Split, turns: Turns): Outcome[] {
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
  return outcomes(m.posts, m.opts, ready, reports, results, turn);
}
