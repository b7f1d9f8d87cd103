/**
 * The baocao command line.
 *
 *   baocao extract <files or dirs…> [--format json|jsonl|facts] [--out FILE]
 *   baocao check <files…> [--format text|json]
 *   baocao eval <dir> [--format text|json] [--diff]
 */
import { Command, Option } from "commander";
import { readFileSync, writeFileSync, statSync, readdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parseReport } from "../report/parse.js";
import { toFacts } from "../report/facts.js";
import { checkReport } from "../check/index.js";
import { evaluateDir } from "./eval.js";
import { formatScores } from "../eval/score.js";

const program = new Command();
program.name("baocao").description("Read Vietnamese administrative reports into typed records, and check their figures.").version("0.1.0");

function listFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) if (/\.(txt|md)$/i.test(f)) out.push(join(p, f));
    } else out.push(p);
  }
  return out;
}

program
  .command("extract")
  .description("extract a record from each file")
  .argument("<paths...>", "files or directories")
  .addOption(new Option("--format <format>", "output format").choices(["json", "jsonl", "facts"]).default("jsonl"))
  .option("--out <file>", "write to this file instead of standard output")
  .action((paths: string[], opts: { format: string; out?: string }) => {
    const records: unknown[] = [];
    let failed = 0;
    for (const file of listFiles(paths)) {
      const id = basename(file, extname(file));
      try {
        const text = readFileSync(file, "utf8");
        const report = parseReport(text, { id });
        report.findings = checkReport(report, text);
        records.push(opts.format === "facts" ? toFacts(report, id) : report);
      } catch (err) {
        failed++;
        process.stderr.write(`baocao: ${file}: ${(err as Error).message}\n`);
      }
    }
    const body = opts.format === "jsonl" ? records.map((r) => JSON.stringify(r)).join("\n") + (records.length ? "\n" : "") : JSON.stringify(records.length === 1 ? records[0] : records, null, 2) + "\n";
    if (opts.out) writeFileSync(opts.out, body);
    else process.stdout.write(body);
    process.exitCode = failed ? 1 : 0;
  });

program
  .command("eval")
  .description("score <id>.txt against <id>.gold.json as ../shared/corpus/GOLD.md describes")
  .argument("<dir>", "folder of <id>.txt and <id>.gold.json")
  .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
  .option("--diff", "print what was missed and what was extra, per document")
  .action((dir: string, opts: { format: string; diff?: boolean }) => {
    const { scores, diffs } = evaluateDir(dir);
    if (opts.format === "json") process.stdout.write(JSON.stringify(opts.diff ? { ...scores, diffs } : scores, null, 2) + "\n");
    else {
      if (opts.diff) for (const d of diffs) process.stdout.write(JSON.stringify(d) + "\n");
      process.stdout.write(formatScores(scores) + "\n");
    }
  });

program.parseAsync(process.argv).catch((err) => {
  process.stderr.write(`baocao: ${(err as Error).message}\n`);
  process.exit(2);
});
