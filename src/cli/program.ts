/**
 * The baocao command line, as a function (tests call it in-process; main.ts wires it to the process).
 *
 *   baocao extract [files, folders, globs, -…] [--format jsonl|json|csv|facts] [--out FILE] [--jobs N] [--resume]
 *   baocao check [files…] [--format text|json|jsonl]     exit 1 when a finding is an error
 *   … --html DIR     also one page per post and DIR/index.html to look at (src/view/)
 *   baocao eval <dir> [--format text|json] [--diff] [--ids d046-d075 [--ids d001,d002 …]] [--reference-date 2017]
 *   baocao serve [--port 8080] [--host 127.0.0.1] [--jobs N]   HTTP: POST /parse, /check, /facts (src/server/)
 *
 *   baocao extract archive/ news.jsonl.gz --out posts.jsonl        (a killed run: add --resume)
 *   zcat news.jsonl.gz | baocao extract > posts.jsonl              (standard input when no path is given)
 *
 * Exit codes: see batch.ts (0 good, 1 failed posts, 2 usage, 3 lossy reads, 4 output error, 130/143 signals).
 */
import { Command, CommanderError } from "commander";
import { UsageError } from "./output.js";
import { EXIT, type Io } from "./batch.js";
import { extractCommand } from "./commands/extract.js";
import { checkCommand } from "./commands/check.js";
import { evalCommand } from "./commands/eval.js";
import { registerServe } from "../server/command.js";

export const VERSION = "0.1.0";

/** The exit code; undefined for a command that keeps running (serve). */
export async function runCli(argv: string[], io: Io): Promise<number | undefined> {
  let code: number | undefined;
  const done = (c: number) => {
    code = c;
  };
  const program = new Command();
  program
    .name("baocao")
    .description("Read Vietnamese administrative reports into typed records, and check their figures.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
  for (const add of [extractCommand, checkCommand]) add(program, io, done).exitOverride();
  registerServe(program, VERSION);
  evalCommand(program, io, done).exitOverride();
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT.usage;
    io.stderr.write(`baocao: ${(err as Error).message}\n`);
    return err instanceof UsageError ? EXIT.usage : EXIT.failed;
  }
}
