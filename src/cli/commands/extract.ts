/**
 * `baocao extract [paths...]`: every post into a record (report + findings), one per post, in input order.
 */
import { Option, type Command } from "commander";
import { TABLES } from "../csv.js";
import { batchOptions } from "../options.js";
import { runBatch, type BatchOptions, type Io } from "../batch.js";

export function extractCommand(program: Command, io: Io, done: (code: number) => void): Command {
  return batchOptions(
    program
      .command("extract")
      .description("read every post into a record (report + findings), one per post, in input order")
      .argument("[paths...]", "files (.txt .md .html .htm .jsonl, .gz of them), folders (recursive), globs, or - for standard input (the default when it is not a terminal)")
      .addOption(new Option("--format <format>", "output format (default: summary on a terminal, jsonl otherwise)").choices(["jsonl", "json", "csv", "facts", "summary"]).default("jsonl"))
      .option("--resume", "continue a run that was cut: check --out is this command's output, skip the posts in it, append the rest")
      .option("--text", "put the text that was read in each record (input.text), so spans can be looked up")
      .addOption(new Option("--table <name>", "csv to standard output: which table").choices([...TABLES]).default("figures"))
      .option("--bom", "csv: start the output with a byte order mark (for Excel)"),
  ).action(async (paths: string[], o: BatchOptions, cmd: Command) => {
    // On a terminal, without --format or --out: a summary for people (summary.ts).
    if (cmd.getOptionValueSource("format") === "default" && !o.out && io.stdout.isTTY) o.format = "summary";
    done(await runBatch("extract", paths, o, io));
  });
}
