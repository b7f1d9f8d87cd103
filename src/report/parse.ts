/**
 * parseReport: text in, one Report out. Never throws on a string.
 *
 *   text → makeDoc (NFC + offset map + folded key + tokens) → sentences → recognisers
 *        → figures linked to subjects and comparisons → relations between figures (src/relate/)
 *        → event, sections → findings (src/check/, from the relations) → Report
 *        (checked against the Zod schema with `validate: true`; the test suite checks every one)
 *
 * The steps between the input and the Report are the phases of phases.ts: parseReport runs them
 * on one text; parseReports (batch.ts) runs each over a chunk of texts, for the same Reports.
 * A text's Work begins in begin.ts and ends in finish.ts (neither imports a recogniser).
 */
import type { Doc } from "../text/normalize.js";
import { PHASES } from "./phases.js";
import type { Phase, ParseOptions } from "./work.js";
import { parseThrough, useSchemaCheck } from "./finish.js";
import { schemaProblem } from "./validate.js";
import type { Report } from "../schema.js";

// parseReport validates when asked (finish.ts)
useSchemaCheck(schemaProblem);

export { toFigure } from "./phases.js";
export { begin, emptyReport } from "./begin.js";
export { finish, validationDefault } from "./finish.js";
export type { ParseOptions } from "./work.js";

export function parseReport(text: string, options?: ParseOptions | null): Report {
  return parseWith(text, options);
}

/** parseReport through the given phases (PHASES; the batch tests pass a list with a phase that fails). */
export function parseWith(text: string, options: ParseOptions | null | undefined, phases: readonly Phase[] = PHASES): Report {
  return parseThrough(text, options, phases);
}

export type { Doc };
