/**
 * Options shared by `extract` and `check` (the batch commands).
 */
import { Option, type Command } from "commander";
import { parseEncoding, parseJobs, parseSize, parseSeconds } from "./args.js";

export function batchOptions(cmd: Command): Command {
  return cmd
    .option("--out <file>", "write here instead of standard output (whole lines only; FILE.part until the run ends; locked while it runs)")
    .option("-j, --jobs <n>", "worker threads (default: the cores this process may use, less one for reading and writing; at most the cores)", parseJobs)
    .option("--stages", "split each post's parse between a pair of threads (one reads and finds the people and organisations, the other the rest) instead of giving each thread whole posts: one pair for every two --jobs (an odd one left over), at least one; the same output. The default when the run has 2 threads (--jobs 2, the default --jobs on 3 cores, or more jobs lowered to 2 cores: less CPU than two threads of whole posts); above 2 it is not measured, and whole posts stay the default")
    .option("--no-stages", "give each thread whole posts, also with --jobs 2")
    .option("--encoding <name>", "encoding of the files, instead of detecting it (utf8, utf16le, utf16be, windows1258, tcvn, vni, viscii)", parseEncoding)
    .option("--max-bytes <size>", "largest post or file to read (default 10MB)", parseSize, 10 << 20)
    .option("--max-chars <n>", "longest text read from one post, in characters; more is cut and reported (default: --max-bytes)", parseSize)
    .option("--post-timeout <seconds>", "longest time one post may take; it then fails and the run goes on (0: no limit)", parseSeconds, 60)
    .addOption(new Option("--stdin-format <kind>", "how to read '-'").choices(["auto", "jsonl", "text", "html"]).default("auto"))
    .option("--force", "start over even when --out holds an earlier run that did not finish (FILE.part)")
    .option("--error-records", 'write a failed post as {"id","error","input"} in the output and exit 0 (for Hadoop/Spark mappers)')
    .option("--html <dir>", "also write one HTML page per post (figures and findings on its text) and DIR/index.html")
    .option("--no-progress", "no progress bar even on a terminal")
    .option("-q, --quiet", "no progress bar and no summary");
}
