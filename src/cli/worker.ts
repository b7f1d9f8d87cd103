/**
 * Worker for the batch pool (issue 6): reads one post — decodes its bytes, extracts an HTML
 * article, parses and checks it — and returns the output piece (see process.ts).
 *
 *   { post: { id: "a", source: "a.txt", kind: "text", bytes }, opts: { mode: "extract", format: "jsonl" } }
 *     → { ok: true, out: '{"version":1,"id":"a",…}\n', stats: { people: 2, figures: 5, … } }
 */
import type { Post } from "./input.js";
import { processPost, type JobOptions, type Outcome } from "./process.js";

export default function work(task: { post: Post; opts: JobOptions }): Outcome {
  return processPost(task.post, task.opts);
}
