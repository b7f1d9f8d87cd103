/**
 * `baocao check [paths...]`: the consistency findings of each post, located in the files as given; exit 1 when any is an error.
 */
import { Option, type Command } from "commander";
import { batchOptions } from "../options.js";
import { runBatch, type BatchOptions, type Io } from "../batch.js";

export function checkCommand(program: Command, io: Io, done: (code: number) => void): Command {
  return batchOptions(
    program
      .command("check")
      .description("print the consistency findings of each post (file:line:col of the input as given); exit 1 when any is an error")
      .argument("[paths...]", "files, folders, globs, or - for standard input (the default when it is not a terminal)")
      .addOption(new Option("--format <format>", "output format").choices(["text", "json", "jsonl"]).default("text"))
      .addOption(new Option("--lang <lang>", "language of the messages (text format)").choices(["en", "vi"]).default("en"))
      .option("--resume", "with --format jsonl and --out: continue a run that was cut"),
  ).action(async (paths: string[], o: BatchOptions) => done(await runBatch("check", paths, o, io)));
}
