/**
 * A text a phase threw on in a stage worker (or whose Report failed the schema under
 * BAOCAO_VALIDATE=throw), read again alone through every phase, as parseEach does with parseWith
 * (stage-a.ts, stage-b.ts). Only then does that worker load the whole parser.
 *
 *   await again(text, options)   → its Report, or the error it threw
 */
import { parseThrough, validationDefault } from "../report/finish.js";
import type { ParseOptions, Phase } from "../report/work.js";
import { loadPhases, loadValidation } from "../report/sides.js";
import type { Report } from "../schema.js";

/**
 * Every phase, for a text a phase threw on (or whose Report failed the schema): read again alone
 * through all of them, as parseWith does. Loaded (the whole parser, and the schema check when
 * BAOCAO_VALIDATE asks) only when a worker first needs it: a stage worker otherwise imports only
 * its own side's phases (stage-worker.ts).
 */
let all: readonly Phase[] | undefined;
async function everyPhase(): Promise<readonly Phase[]> {
  if (!all) {
    if (validationDefault() !== "") await loadValidation();
    all = await loadPhases();
  }
  return all;
}

/** A text read again alone through every phase (parse.ts parseWith), its Report or the error it threw. */
export async function again(text: string, options: ParseOptions | null | undefined): Promise<Report | Error> {
  const phases = await everyPhase();
  try {
    return parseThrough(text, options, phases);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
