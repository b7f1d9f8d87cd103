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
 */
import type { Doc } from "../text/normalize.js";
import { PHASES, Work, type Phase } from "./phases.js";
import { none } from "../text/lists.js";
import { Report, type Warning } from "../schema.js";

export { toFigure } from "./phases.js";

export interface ParseOptions {
  /** Record id (the CLI uses the file name without extension). */
  id?: string;
  /** Input larger than this many UTF-16 units is cut, with a warning. Default 5,000,000. */
  maxChars?: number;
  /**
   * Check the result against the Zod schema (default false: the types already say what a report
   * holds, and validation took 7% of the time and half the fixed cost of a post). A report that
   * fails gets an `internal.schema` warning. The environment variable BAOCAO_VALIDATE=1 turns it
   * on by default; BAOCAO_VALIDATE=throw (the test suite's setting) makes a failure throw.
   */
  validate?: boolean;
  /**
   * When the text was published, if known ("2017-06-21", "2017-06" or "2017"): the year of a day
   * written without one ("Chiều 21/6"). Without it that year comes from the text, or stays unknown.
   */
  referenceDate?: string;
}

const EMPTY_SECTIONS: Report["sections"] = { tasks: [], publications: [], money: [], training: [], personnel: [], awards: [] };

export function parseReport(text: string, options?: ParseOptions | null): Report {
  return parseWith(text, options);
}

/** parseReport through the given phases (PHASES; the batch tests pass a list with a phase that fails). */
export function parseWith(text: string, options: ParseOptions | null | undefined, phases: readonly Phase[] = PHASES): Report {
  const w = begin(text, options);
  if (!(w instanceof Work)) return w;
  try {
    for (const phase of phases) phase(w);
  } catch (err) {
    failed(w, err);
  }
  return finish(w);
}

/**
 * A text's Work before the first phase: the options read (null, or anything that is not an
 * object, means "no options": JavaScript callers pass null), the input cut at maxChars, the
 * input's own warnings. Not a string: the empty Report parseReport gives for it.
 */
export function begin(text: string, options?: ParseOptions | null): Work | Report {
  const opts: ParseOptions = options && typeof options === "object" ? options : {};
  const warnings: Warning[] = none();
  if (typeof text !== "string") {
    return emptyReport(opts.id, [{ code: "input.not-string", message: `expected a string, got ${text === null ? "null" : typeof text}` }]);
  }
  const max = opts.maxChars ?? 5_000_000;
  let input = text;
  if (input.length > max) {
    warnings.push({ code: "input.truncated", message: `input of ${input.length} characters cut to the first ${max}` });
    input = input.slice(0, max);
  }
  if (!input.trim()) warnings.push({ code: "input.empty", message: "the input is empty or only white space" });
  const binary = (input.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (binary > 0 && binary > input.length / 100)
    warnings.push({ code: "input.binary", message: `the input looks binary or badly decoded (${binary} control or replacement characters)` });
  return new Work(input, opts, warnings);
}

/** A phase threw on this text: its Report is the empty one, with an `internal` warning after the warnings so far. */
function failed(w: Work, err: unknown): void {
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

function validate(report: Report): void {
  const parsed = Report.safeParse(report);
  if (parsed.success) return;
  const message = `the report did not validate: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
  if (VALIDATE === "throw") throw new Error(`baocao (BAOCAO_VALIDATE=throw): ${message}`);
  report.warnings.push({ code: "internal.schema", message });
}

export function emptyReport(id: string | undefined, warnings: Warning[]): Report {
  return {
    version: 1,
    ...(id !== undefined ? { id } : {}),
    event: { date: null },
    people: [],
    organizations: [],
    figures: [],
    dates: [],
    sections: structuredClone(EMPTY_SECTIONS),
    convention: { numbers: "unknown" },
    relations: [],
    findings: [],
    warnings,
  };
}

export type { Doc };
