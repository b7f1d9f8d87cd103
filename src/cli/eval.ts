/**
 * `baocao eval <dir>`: score every `<id>.txt` against `<id>.gold.json` as GOLD.md describes.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseReport } from "../report/parse.js";
import { toFacts } from "../report/facts.js";
import { scoreDoc, sumCounts, finish, type Scores, type Diff } from "../eval/score.js";
import type { Facts } from "../schema.js";

export interface EvalResult {
  scores: Scores;
  diffs: Diff[];
}

export function evaluateDir(dir: string): EvalResult {
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => f.slice(0, -".gold.json".length))
    .filter((id) => existsSync(join(dir, `${id}.txt`)))
    .sort();
  const counts = [];
  const diffs: Diff[] = [];
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), "utf8")) as Facts;
    const text = readFileSync(join(dir, `${id}.txt`), "utf8");
    const pred = toFacts(parseReport(text, { id }), id);
    const { counts: c, diff } = scoreDoc(pred, gold);
    counts.push(c);
    diffs.push(diff);
  }
  return { scores: finish(sumCounts(counts), ids.length), diffs };
}
