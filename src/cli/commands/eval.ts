/**
 * `baocao eval <dir>`: score every <id>.txt against <id>.gold.json (GOLD.md). A gold file that is
 * not valid JSON or not in the gold shape is named and skipped, and the run exits 1; a folder
 * without a single pair exits 1 with a message (never a table of 1.000s).
 */
import { Option, type Command } from "commander";
import { evaluateDir } from "../eval.js";
import { formatScores } from "../../eval/score.js";
import type { Io } from "../batch.js";

export function evalCommand(program: Command, io: Io, done: (code: number) => void): Command {
  return program
    .command("eval")
    .description("score <id>.txt against <id>.gold.json as ../shared/corpus/GOLD.md describes")
    .argument("<dir>", "folder of <id>.txt and <id>.gold.json")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--diff", "print what was missed and what was extra, per document")
    .action((dir: string, opts: { format: string; diff?: boolean }) => {
      const { scores, diffs, problems, docs } = evaluateDir(dir);
      for (const p of problems) io.stderr.write(`baocao: ${p}\n`);
      if (!docs) {
        io.stderr.write(`baocao: no <id>.txt with a valid <id>.gold.json in ${dir}: nothing to score\n`);
        return done(1);
      }
      if (opts.format === "json") io.stdout.write(JSON.stringify(opts.diff ? { ...scores, diffs } : scores, null, 2) + "\n");
      else {
        if (opts.diff) for (const d of diffs) io.stdout.write(JSON.stringify(d) + "\n");
        io.stdout.write(formatScores(scores) + "\n");
      }
      done(problems.length ? 1 : 0);
    });
}
