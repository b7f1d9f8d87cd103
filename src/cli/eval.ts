/**
 * `baocao eval <dir>`: score every `<id>.txt` against `<id>.gold.json` as GOLD.md describes.
 * `--ids d046-d075` (repeatable) scores a subset; several `--ids` are scored and reported apart.
 *
 *   a gold file that is not JSON, or not in the gold shape ({} included) → named in `problems`, skipped
 *   a .txt that cannot be read                                        → named, skipped
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseReport } from "../report/parse.js";
import { toFacts } from "../report/facts.js";
import { scoreDoc, sumCounts, finish, type Scores, type Diff } from "../eval/score.js";
import { parseIdSpec, selectIds } from "../eval/ids.js";
import { readSources, SOURCES_FILE } from "../eval/sources.js";
import { Facts } from "../schema.js";
import { fsWhy } from "./fs-errors.js";

export interface EvalResult {
  scores: Scores;
  diffs: Diff[];
  /** One line per gold or text file that was skipped, naming it. */
  problems: string[];
  /** Documents scored. */
  docs: number;
  /** Set when documents were parsed with a reference date. */
  reference?: ReferenceInfo;
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
  /**
   * Each document's publication date from the folder's SOURCES.tsv (see eval/sources.ts), used
   * when no `referenceDate` is given; default true. The date is then also scored from the text
   * alone, and both figures are reported.
   */
  sources?: boolean;
}

/** Where the reference dates came from, and the date scored without them. */
export interface ReferenceInfo {
  /** "--reference-date" or "SOURCES.tsv" */
  from: string;
  /** documents scored with a reference date */
  documents: number;
  /** date accuracy with no reference date: what the text alone tells */
  date_text_alone: { right: number; total: number; accuracy: number };
}

/** A gold file read and checked, or why not. */
export function readGold(path: string): { gold: Facts } | { problem: string } {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (err) {
    return { problem: `cannot read ${path}: ${fsWhy(err)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return { problem: `${path}: not valid JSON (${(err as Error).message.slice(0, 80)}): skipped` };
  }
  const r = Facts.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0]!;
    return { problem: `${path}: not a gold file (${i.path.join(".") || "the top level"}: ${i.message}): skipped` };
  }
  return { gold: r.data };
}

export function evaluateDir(dir: string, ids: readonly string[] = goldIds(dir), opts: EvalOptions = {}): EvalResult {
  const problems: string[] = [];
  const counts = [];
  const diffs: Diff[] = [];
  const sources = opts.referenceDate || opts.sources === false ? new Map<string, string>() : readSources(dir);
  let referenced = 0;
  const textAlone = { right: 0, total: 0 };
  for (const id of ids) {
    const g = readGold(join(dir, `${id}.gold.json`));
    if ("problem" in g) {
      problems.push(g.problem);
      continue;
    }
    let text: string;
    try {
      text = readFileSync(join(dir, `${id}.txt`), "utf8");
    } catch (err) {
      problems.push(`cannot read ${join(dir, `${id}.txt`)}: ${fsWhy(err)}: skipped`);
      continue;
    }
    const ref = opts.referenceDate ?? sources.get(id);
    const pred = toFacts(parseReport(text, { id, ...(ref ? { referenceDate: ref } : {}) }), id);
    const { counts: c, diff } = scoreDoc(pred, g.gold);
    if (ref) referenced++;
    if (g.gold.date != null) {
      textAlone.total++;
      const alone = ref ? toFacts(parseReport(text, { id }), id).date : pred.date;
      if (alone === g.gold.date) textAlone.right++;
    }
    counts.push(c);
    diffs.push(diff);
  }
  const result: EvalResult = { scores: finish(sumCounts(counts), counts.length), diffs, problems, docs: counts.length };
  if (referenced)
    result.reference = {
      from: opts.referenceDate ? "--reference-date" : SOURCES_FILE,
      documents: referenced,
      date_text_alone: { ...textAlone, accuracy: textAlone.total ? textAlone.right / textAlone.total : 1 },
    };
  return result;
}

/** One group per `--ids` value (or one "all" group); throws an Error on a bad or empty selection. */
export function evaluateGroups(dir: string, specs: readonly string[] = [], opts: EvalOptions = {}): EvalGroup[] {
  let all: string[];
  try {
    all = goldIds(dir);
  } catch (err) {
    throw new Error(`cannot read folder ${dir}: ${fsWhy(err)}`);
  }
  if (!specs.length) return [{ label: "all", ...evaluateDir(dir, all, opts) }];
  return specs.map((s) => {
    const spec = parseIdSpec(s);
    return { label: spec.label, ...evaluateDir(dir, selectIds(spec, all), opts) };
  });
}
