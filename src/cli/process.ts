/**
 * A pool worker's batch: posts in, ready-to-write pieces of output out, one per post, in order
 * (issues 6, 12, 14; worker.ts runs processPosts on each batch). The two ends, reading the posts
 * and making each one's output, are post-read.ts and posts.ts, which do not import the parser.
 * Nor is the schema check imported (zod: ~60 ms of a worker's load), but loaded when
 * BAOCAO_VALIDATE asks; the output code of a format is loaded when a batch asks for it (posts.ts).
 *
 *   processPosts([{ id: "a", bytes: <windows-1258>, kind: "text" }], { mode: "extract", format: "jsonl" })
 *     → [{ ok: true, out: '{"version":1,"id":"a",…}\n', stats: … }]
 */
import { parseEach } from "../report/batch.js";
import { validationDefault } from "../report/finish.js";
import { loadValidation } from "../report/sides.js";
import type { Post } from "./input.js";
import { jobParseOptions, readBatch, type JobOptions, type Outcome } from "./post-read.js";
import { outcomes } from "./posts.js";

/** The schema check, loading or loaded (sides.ts loadValidation). */
let schemaCheck: Promise<void> | undefined;

/**
 * A batch of posts in, their output pieces out, in order (what a pool worker does with a batch):
 * readPost for each, parseEach over the posts read (each phase over a chunk of posts), then
 * postOutcome for each. `turn(i)` is told before each turn the worker gives post i (to read it,
 * before each phase of its parse, to write its output): the worker's watchdog counts them.
 * (With --stages the same two ends run in two threads, the phases split between them: readBatch
 * in stage A, outcomes in stage B: stage-worker.ts.)
 */
export async function processPosts(posts: readonly Post[], opts: JobOptions, turn?: (i: number) => void): Promise<Outcome[]> {
  // the schema check (validate.ts, zod) only when BAOCAO_VALIDATE asks: else never loaded (issue 14)
  if (validationDefault() !== "") await (schemaCheck ??= loadValidation());
  const { results, ready } = await readBatch(posts, opts, turn);
  // parse them together (where parseReport would throw, BAOCAO_VALIDATE=throw, that post's place
  // holds the error: the post gets an internal error, the others their reports)
  const reports = parseEach(
    ready.map((r) => r.input),
    jobParseOptions(opts),
    turn && ((k) => turn(ready[k]!.i)),
  );
  return outcomes(posts, opts, ready, reports, results, turn);
}

