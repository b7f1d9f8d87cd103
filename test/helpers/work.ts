/** A text's Work as a phase finds it, for tests that check one phase against its reference reading. */
import { PHASES, Work } from "../../src/report/phases.js";
import { none } from "../../src/text/lists.js";

/** Where the phase named `name` stands in PHASES (a name that is not a phase's throws). */
export function phaseIndex(name: string): number {
  const at = PHASES.findIndex((p) => p.name === name);
  if (at < 0) throw new Error(`no phase named ${name}`);
  return at;
}

/** The Work of `s` after every phase before the one named `name`, run in turn (a throw fails the test). */
export function workBefore(s: string, name: string): Work {
  const w = new Work(s, {}, none());
  for (const p of PHASES.slice(0, phaseIndex(name))) p(w);
  return w;
}
