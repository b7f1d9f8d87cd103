/**
 * Stage B of --stages (stages.ts says what the pair does): revive each chunk's Works, run the rest
 * of the split's phases, make each post's output (posts.ts outcomes). Imports no recogniser: the
 * phases come in `split`.
 */
import type { Outcome, PostText } from "./post-read.js";
import { outcomes } from "./posts.js";
import type { Turns } from "./turns.js";
import type { StageMessage } from "./stages.js";
import { again } from "./stage-again.js";
import { finish } from "../report/finish.js";
import { takeOver } from "../report/hand-over.js";
import { runPhases } from "../report/work.js";
import type { Split } from "../report/sides.js";
import type { Report } from "../schema.js";

/** Stage B: the rest of the split's phases, then each post's output: the batch's results, in order. */
export async function finishB(m: StageMessage, split: Split, turns: Turns): Promise<Outcome[]> {
  const turn = (i: number) => turns.to(i);
  const reports: (Report | Error)[] = new Array(m.at.length);
  let base = 0;
  for (const c of m.chunks) {
    turns.between();
    const works = takeOver(c.message);
    const kept = works.slice();
    // a text A did not send twice: its Work's input
    for (let k = 0; k < works.length; k++) if (m.reads[base + k]!.text === undefined) m.reads[base + k]!.text = works[k]!.input;
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
      reports[r] = await again(m.reads[r]!.text!, kept[k]!.options);
    }
    base += works.length;
  }
  const results = m.failed.map((r) => r) as Outcome[];
  const ready = m.at.map((i, r) => ({ i, read: m.reads[r] as PostText }));
  return outcomes(m.posts, m.opts, ready, reports, results, turn);
}
