/**
 * A text's Report after the last phase, validated against the Zod schema when asked (the options'
 * `validate`, or BAOCAO_VALIDATE), or the empty Report of a text a phase threw on. The schema
 * check itself is validate.ts (zod): parse.ts hands it over when loaded; a worker that runs only
 * the last phases loads it when it validates (sides.ts loadValidation), and else never imports zod.
 *
 *   finish(w)             → w.report (checked when asked)
 *   failed(w, err); finish(w)  → the empty Report with an `internal` warning
 *   parseThrough(text, options, phases)  → begin, the phases, finish (a phase that throws: failed)
 */
import type { Report } from "../schema.js";
import { begin, emptyReport } from "./begin.js";
import { Work, type ParseOptions, type Phase } from "./work.js";

/**
 * A text through the given phases alone, as parseReport reads it when they are all of PHASES
 * (parse.ts parseWith): a worker that runs part of the phases reads a text a phase threw on again
 * this way, with every phase (sides.ts loadPhases).
 */
export function parseThrough(text: string, options: ParseOptions | null | undefined, phases: readonly Phase[]): Report {
  const w = begin(text, options);
  if (!(w instanceof Work)) return w;
  try {
    for (const phase of phases) phase(w);
  } catch (err) {
    failed(w, err);
  }
  return finish(w);
}

/** A phase threw on this text: its Report is the empty one, with an `internal` warning after the warnings so far. */
export function failed(w: Work, err: unknown): void {
  w.warnings.push({ code: "internal", message: `baocao failed on this input: ${(err as Error)?.message ?? String(err)}` });
  w.report = emptyReport(w.options.id, w.warnings);
}

/** The text's Report after the last phase (or a failure), validated when the options or BAOCAO_VALIDATE ask. */
export function finish(w: Work): Report {
  if (w.options.validate ?? VALIDATE !== "") validate(w.report);
  return w.report;
}

/** BAOCAO_VALIDATE: "" (off), "1" (validate by default), "throw" (validate, throw on failure). */
let VALIDATE = ((): string => {
  const v = typeof process !== "undefined" ? (process.env?.BAOCAO_VALIDATE ?? "") : "";
  return v === "" || v === "0" || v === "false" ? "" : v;
})();

/** The validation default of this process (BAOCAO_VALIDATE); set for tests. Not exported by index.ts. */
export function validationDefault(mode?: "" | "1" | "throw"): string {
  if (mode !== undefined) VALIDATE = mode;
  return VALIDATE;
}

/** The schema check (validate.ts schemaProblem), once loaded. */
let schemaProblem: ((report: Report) => string | null) | null = null;

/** The schema check finish() runs (parse.ts and sides.ts loadValidation give validate.ts's). */
export function useSchemaCheck(check: (report: Report) => string | null): void {
  schemaProblem = check;
}

function validate(report: Report): void {
  if (!schemaProblem) throw new Error("baocao: the report is to be validated, but the schema check is not loaded (report/sides.ts loadValidation)");
  const message = schemaProblem(report);
  if (message === null) return;
  if (VALIDATE === "throw") throw new Error(`baocao (BAOCAO_VALIDATE=throw): ${message}`);
  report.warnings.push({ code: "internal.schema", message });
}
