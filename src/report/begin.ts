/**
 * A text's Work before the first phase (the input read, its own warnings), and the empty Report
 * of an input that is not a text. No recogniser and no schema: a worker that runs only the first
 * phases imports this (sides.ts).
 *
 *   begin("Ngày 5/6/2017, …", { id: "a" })   → a Work
 *   begin(42 as any)                          → the empty Report, warning input.not-string
 */
import { none } from "../text/lists.js";
import type { Report, Warning } from "../schema.js";
import { Work, type ParseOptions } from "./work.js";

const EMPTY_SECTIONS: Report["sections"] = { tasks: [], publications: [], money: [], training: [], personnel: [], awards: [] };

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
