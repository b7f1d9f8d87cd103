/**
 * `baocao eval <dir>`: score every `<id>.txt` against `<id>.gold.json` as GOLD.md describes.
 *
 *   a gold file that is not JSON, or not in the gold shape ({} included) → named in `problems`, skipped
 *   a .txt that cannot be read                                        → named, skipped
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseReport } from "../report/parse.js";
import { toFacts } from "../report/facts.js";
import { scoreDoc, sumCounts, finish, type Scores, type Diff } from "../eval/score.js";
import { Facts } from "../schema.js";
import { fsWhy } from "./fs-errors.js";

export interface EvalResult {
  scores: Scores;
  diffs: Diff[];
  /** One line per gold or text file that was skipped, naming it. */
  problems: string[];
  /** Documents scored. */
  docs: number;
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

export function evaluateDir(dir: string): EvalResult {
  const problems: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    return { scores: finish(sumCounts([]), 0), diffs: [], problems: [`cannot read folder ${dir}: ${fsWhy(err)}`], docs: 0 };
  }
  const ids = names
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => f.slice(0, -".gold.json".length))
    .filter((id) => existsSync(join(dir, `${id}.txt`)))
    .sort();
  const counts = [];
  const diffs: Diff[] = [];
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
    const pred = toFacts(parseReport(text, { id }), id);
    const { counts: c, diff } = scoreDoc(pred, g.gold);
    counts.push(c);
    diffs.push(diff);
  }
  return { scores: finish(sumCounts(counts), counts.length), diffs, problems, docs: counts.length };
}
