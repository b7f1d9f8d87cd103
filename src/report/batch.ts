/**
 * parseReports: many texts in, one Report each out, in order — the same Reports as parseReport
 * gives each text alone (deep-equal, and the same JSON), for less time per short text (issue 14).
 *
 *   parseReports(["Ngày 5/6/2017, …", "…"])                        → [Report, Report]
 *   parseReports([{ text: "…", id: "a" }, { text: "…", id: "b", referenceDate: "2017-06" }], { validate: true })
 *     ≡ items.map((x) => parseReport(x.text, { ...options, id: x.id, referenceDate: x.referenceDate }))
 *
 * How: the texts go in chunks (at most CHUNK texts and about CHUNK_CHARS characters); each phase of
 * the parse (phases.ts) runs over every text of the chunk before the next phase starts. Running
 * a phase's large body of code once per chunk instead of once per text keeps it hot (instruction
 * cache, branch predictors, inline caches): short texts cost a third to a half less, long ones
 * the same (scripts/bench.mjs --batch).
 *
 * Never throws on strings, loses nothing: a phase that throws on one text stops only that text;
 * after the chunk it is read again alone by parseReport, so it gets exactly the Report
 * parseReport gives it (an `internal` warning if it fails there too), and the other texts go on.
 * A Report that fails the schema under BAOCAO_VALIDATE=throw is read again alone the same way;
 * if it throws there too, parseEach keeps the error in that text's place (the others keep their
 * Reports) and parseReports throws it, as parseReport does.
 */
import type { Report } from "../schema.js";
// (begin, finish and parseThrough themselves, not parse.ts: that imports the schema check, zod,
// which the CLI's pool worker loads only to validate: process.ts)
import { begin } from "./begin.js";
import { finish, parseThrough } from "./finish.js";
import { PHASES } from "./phases.js";
import { runPhases, Work, type ParseOptions, type Phase } from "./work.js";
import { CHUNK, CHUNK_CHARS, optionsOf, textOf, type ReportInput } from "./chunks.js";

export { runPhases } from "./work.js";

export { CHUNK, CHUNK_CHARS, optionsOf, type ReportInput } from "./chunks.js";

/** Reports of many texts, in order: `inputs.map((x) => parseReport(x, options))`, faster on short texts. */
export function parseReports(inputs: readonly (string | ReportInput)[], options?: ParseOptions | null): Report[] {
  const out = parseEach(inputs, options);
  for (const r of out) if (r instanceof Error) throw r;
  return out as Report[];
}

/**
 * parseReports, telling `onText` the index of each text before its turn in each phase (and before
 * it is read again alone): the CLI's workers write it to shared memory for their watchdog.
 * Never throws: where parseReport would throw (BAOCAO_VALIDATE=throw and a Report that fails the
 * schema), that text's place holds the error, and the other texts keep their Reports.
 * `phases`: PHASES (the batch tests pass a list with a phase that fails).
 */
export function parseEach(inputs: readonly (string | ReportInput)[], options?: ParseOptions | null, onText?: (index: number) => void, phases: readonly Phase[] = PHASES): (Report | Error)[] {
  if (!Array.isArray(inputs)) return [];
  const n = inputs.length;
  const out: (Report | Error)[] = new Array(n);
  for (let from = 0; from < n; ) {
    let to = from;
    let chars = 0;
    while (to < n && to - from < CHUNK && chars < CHUNK_CHARS) {
      const t = textOf(inputs[to]);
      chars += typeof t === "string" ? t.length : 0;
      to++;
    }
    chunk(inputs, from, to, options, out, phases, onText);
    from = to;
  }
  return out;
}

function chunk(inputs: readonly (string | ReportInput)[], from: number, to: number, options: ParseOptions | null | undefined, out: (Report | Error)[], phases: readonly Phase[], onText?: (index: number) => void): void {
  const works: (Work | null)[] = [];
  for (let i = from; i < to; i++) {
    onText?.(i);
    const x = inputs[i]!;
    const w = begin(textOf(x) as string, optionsOf(x, options));
    if (w instanceof Work) works.push(w);
    else {
      out[i] = w;
      works.push(null);
    }
  }
  // a text a phase throws on: read again alone below
  const threw: boolean[] = [];
  for (const k of runPhases(works, 0, phases.length, phases, onText && ((k) => onText(from + k)))) threw[k] = true;
  for (let k = 0; k < works.length; k++) {
    const i = from + k;
    const w = works[k];
    if (w) {
      try {
        out[i] = finish(w);
        continue;
      } catch {
        // its Report failed the schema (BAOCAO_VALIDATE=throw): read it again alone below
      }
    } else if (!threw[k]) continue;
    onText?.(i);
    const x = inputs[i]!;
    try {
      // parseReport itself (PHASES), or the phases a test passed
      out[i] = parseThrough(textOf(x) as string, optionsOf(x, options), phases);
    } catch (err) {
      out[i] = err instanceof Error ? err : new Error(String(err));
    }
  }
}
