/**
 * Stage A of --stages (stages.ts says what the pair does): read each post, run the split's first
 * phases over parseEach's chunks, hand each chunk's Works over. Imports no recogniser (the phases
 * come in `split`) and none of the output code (stage-b.ts).
 */
import { dieFault, jobParseOptions, readBatch, type PostText } from "./post-read.js";
import type { Turns } from "./turns.js";
import type { BatchMessage } from "./worker.js";
import type { SentText, StageMessage } from "./stages.js";
import { again } from "./stage-again.js";
import { begin } from "../report/begin.js";
import { CHUNK, CHUNK_CHARS, optionsOf } from "../report/chunks.js";
import { Work } from "../report/work.js";
import { handOver } from "../report/hand-over.js";
import { runPhases } from "../report/work.js";
import type { Split } from "../report/sides.js";
import type { Report } from "../schema.js";

/** Stage A: read the batch, run the split's first phases chunk by chunk; the message for B and what to transfer with it. */
export async function handA(m: BatchMessage, split: Split, turns: Turns): Promise<{ message: StageMessage; transfer: ArrayBuffer[] }> {
  const turn = (i: number) => turns.to(i);
  const { results, ready } = await readBatch(m.posts, m.opts, turn);
  const options = jobParseOptions(m.opts);
  const chunks: StageMessage["chunks"] = [];
  const transfer: ArrayBuffer[] = [];
  // the posts whose text is their handed Work's input: B takes it from there (not sent twice)
  const inWork = new Uint8Array(ready.length);
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
      done[k] = await again(x.input.text, optionsOf(x.input, options));
    }
    for (let k = from; k < to; k++) if (works[k - from]?.input === ready[k]!.read.text) inWork[k] = 1;
    turns.between();
    if (m.opts._test?.inHandOver) dieFault(ready.slice(from, to).map((r) => m.posts[r.i]!), m.opts._test);
    const h = handOver(works);
    chunks.push({ message: h.message, done });
    transfer.push(...h.transfer);
    from = to;
  }
  // (B needs neither the bytes nor the text as given: reads holds the text read, or its Work does)
  const posts = m.posts.map(({ bytes: _bytes, text: _text, ...p }) => p);
  const failed = Array.from(results, (r) => r ?? null);
  const reads = ready.map((r, k) => (inWork[k] ? withoutText(r.read) : r.read));
  const message: StageMessage = { batch: m.batch, opts: m.opts, posts, failed, at: ready.map((r) => r.i), reads, chunks, spent: turns.spent };
  return { message, transfer: [...transfer, turns.spent.buffer as ArrayBuffer] };
}

/** A post's read text without the text itself (B takes it from the post's Work). */
function withoutText({ text: _text, ...rest }: PostText): SentText {
  return rest;
}
