/**
 * How parseReports (batch.ts) cuts its texts into chunks, and what an input item is: a module
 * without the parser, for a worker that runs part of the phases over the same chunks (sides.ts).
 *
 *   textOf({ text: "…", id: "a" })              → "…"
 *   optionsOf({ text: "…", id: "a" }, { validate: true })  → { validate: true, id: "a" }
 */
import type { ParseOptions } from "./work.js";

/** A text with the options that belong to it alone; the rest come from parseReports' options. */
export interface ReportInput {
  text: string;
  /** The Report's id (the CLI's post id). */
  id?: string;
  /** When this text was published (see ParseOptions.referenceDate). */
  referenceDate?: string;
}

/**
 * Texts per chunk, and characters per chunk (a chunk ends after the text that reaches it, so a
 * long text goes alone: from 16 KB on a text gains little from company). Measured with
 * scripts/bench-batch.mjs (CPU per text against parseReport's): 8 texts 0.79–0.95, 16 0.64–0.92,
 * 32 0.60–0.89 (titles … real posts), 64 and 128 no better beyond the noise; 32 it is.
 */
export const CHUNK = 32;
export const CHUNK_CHARS = 1 << 16;

/** The text of an input: the string itself, or an item's `text` (anything else: parseReport's "not a string"). */
export function textOf(x: unknown): unknown {
  return x !== null && typeof x === "object" ? (x as ReportInput).text : x;
}

/** The options of an input: the shared ones, with an item's own id and referenceDate over them. */
export function optionsOf(x: unknown, options: ParseOptions | null | undefined): ParseOptions | null | undefined {
  if (x === null || typeof x !== "object") return options;
  const item = x as ReportInput;
  if (item.id === undefined && item.referenceDate === undefined) return options;
  const o: ParseOptions = { ...(options && typeof options === "object" ? options : {}) };
  if (item.id !== undefined) o.id = item.id;
  if (item.referenceDate !== undefined) o.referenceDate = item.referenceDate;
  return o;
}
