/**
 * `baocao eval <dir>`: score every `<id>.txt` against `<id>.gold.json` as GOLD.md describes.
 * `--ids d046-d075` (repeatable) scores a subset; several `--ids` are scored and reported apart.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseReport } from "../report/parse.js";
import { toFacts } from "../report/facts.js";
import { scoreDoc, sumCounts, finish, type Scores, type Diff } from "../eval/score.js";
import { parseIdSpec, selectIds } from "../eval/ids.js";
import type { Facts } from "../schema.js";

export interface EvalResult {
  scores: Scores;
  diffs: Diff[];
}
export interface EvalGroup extends EvalResult {
  /** the `--ids` value, or "all" */
  label: string;
}

/** The ids in `dir` that have both `<id>.txt` and `<id>.gold.json`, sorted. */
export function goldIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => f.slice(0, -".gold.json".length))
    .filter((id) => existsSync(join(dir, `${id}.txt`)))
    .sort();
}

export interface EvalOptions {
  /**
   * The date the texts were published ("2017", "2017-06", "2017-06-21"), as an archivist passes it
   * for each post (ParseOptions.referenceDate): the year of a day written without one.
   */
  referenceDate?: string;
}

export function evaluateDir(dir: string, ids: readonly string[] = goldIds(dir), opts: EvalOptions = {}): EvalResult {
  const counts = [];
  const diffs: Diff[] = [];
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), "utf8")) as Facts;
    const text = readFileSync(join(dir, `${id}.txt`), "utf8");
    const pred = toFacts(parseReport(text, { id, ...(opts.referenceDate ? { referenceDate: opts.referenceDate } : {}) }), id);
    const { counts: c, diff } = scoreDoc(pred, gold);
    counts.push(c);
    diffs.push(diff);
  }
  return { scores: finish(sumCounts(counts), ids.length), diffs };
}

/** One group per `--ids` value (or one "all" group); throws an Error on a bad or empty selection. */
export function evaluateGroups(dir: string, specs: readonly string[] = [], opts: EvalOptions = {}): EvalGroup[] {
  const all = goldIds(dir);
  if (!specs.length) return [{ label: "all", ...evaluateDir(dir, all, opts) }];
  return specs.map((s) => {
    const spec = parseIdSpec(s);
    return { label: spec.label, ...evaluateDir(dir, selectIds(spec, all), opts) };
  });
}
