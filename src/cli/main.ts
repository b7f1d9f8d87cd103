/**
 * The baocao command line.
 *
 *   baocao extract <files, folders, globs, -…> [--format jsonl|json|csv|facts] [--out FILE] [--jobs N] [--resume]
 *   baocao check <files…> [--format text|json|jsonl]     exit 1 when a finding is an error
 *   … --html DIR     also one page per post and DIR/index.html to look at (src/view/)
 *   baocao eval <dir> [--format text|json] [--diff] [--ids d046-d075 [--ids d001,d002 …]] [--reference-date 2017]
 *   baocao serve [--port 8080] [--host 127.0.0.1] [--jobs N]   HTTP: POST /parse, /check, /facts (src/server/)
 *
 *   baocao extract archive/ news.jsonl.gz --out posts.jsonl        (a killed run: add --resume)
 *   zcat news.jsonl.gz | baocao extract - > posts.jsonl            (a Hadoop Streaming mapper)
 *
 * Exit codes: 0 all good, 1 some posts failed (or check found an error), 2 usage error.
 */
import { Command, CommanderError, Option } from "commander";
import { availableParallelism } from "node:os";
import { statSync } from "node:fs";
import { evaluateGroups } from "./eval.js";
import { formatScores } from "../eval/score.js";
import type { EncodingName } from "./decode.js";
import { parseEncoding, parseJobs, parseSize } from "./args.js";
import { kindOf, readPosts, totalBytes, type Post } from "./input.js";
import { makeRunner, ordered } from "./pool.js";
import { openSink, UsageError, type Sink } from "./output.js";
import { Progress, summaryLine, type Totals } from "./progress.js";
import { TABLES, type TableName } from "./csv.js";
import type { JobOptions } from "./process.js";
import { registerServe } from "../server/command.js";
import { HtmlSite } from "../view/writer.js";

const program = new Command();
program.name("baocao").description("Read Vietnamese administrative reports into typed records, and check their figures.").version("0.1.0");
program.exitOverride();

interface BatchOptions {
  format: string;
  out?: string;
  jobs?: number;
  encoding?: EncodingName;
  maxBytes: number;
  resume?: boolean;
  text?: boolean;
  stdinFormat?: "auto" | "jsonl" | "text" | "html";
  table?: TableName;
  bom?: boolean;
  lang?: "vi" | "en";
  progress?: boolean;
  quiet?: boolean;
  errorRecords?: boolean;
  html?: string;
}

function batchOptions(cmd: Command): Command {
  return cmd
    .option("--out <file>", "write here instead of standard output (whole lines only; FILE.part until the run ends)")
    .option("-j, --jobs <n>", "worker threads (default: all cores)", parseJobs)
    .option("--encoding <name>", "encoding of the files, instead of detecting it (utf8, utf16le, utf16be, windows1258, tcvn, vni, viscii)", parseEncoding)
    .option("--max-bytes <size>", "largest post or file to read (default 10MB)", parseSize, 10 << 20)
    .addOption(new Option("--stdin-format <kind>", "how to read '-'").choices(["auto", "jsonl", "text", "html"]).default("auto"))
    .option("--error-records", 'write a failed post as {"id","error","input"} in the output and exit 0 (for Hadoop/Spark mappers)')
    .option("--html <dir>", "also write one HTML page per post (figures and findings on its text) and DIR/index.html")
    .option("--no-progress", "no progress bar even on a terminal")
    .option("-q, --quiet", "no progress bar and no summary");
}

/** Colours and width for the summary: a terminal's, unless NO_COLOR is set. */
function summaryLook(o: BatchOptions): JobOptions["summary"] {
  const tty = !!process.stdout.isTTY && !o.out;
  return { color: tty && !process.env.NO_COLOR, width: tty ? Math.max(60, Math.min(process.stdout.columns || 100, 160)) : 100 };
}

/** Run the batch: read posts, skip the done ones, process in a pool, write in order. */
async function runBatch(mode: "extract" | "check", paths: string[], o: BatchOptions): Promise<number> {
  if (!paths.length) throw new UsageError("no input: give files, folders, globs, or - for standard input");
  if (paths.filter((p) => p === "-").length > 1) throw new UsageError("standard input (-) can be read only once");
  if (mode === "check" && o.resume && o.format === "text") throw new UsageError("--resume needs --format jsonl for check");
  if (o.errorRecords && !["jsonl", "facts"].includes(o.format)) throw new UsageError("--error-records works with --format jsonl or facts");
  if (o.out === "-") o.out = undefined;
  const t0 = Date.now();
  const sink: Sink = await openSink({ mode, format: o.format, out: o.out, resume: o.resume, table: o.table, bom: o.bom });
  // One plain file needs no threads; otherwise all cores unless told.
  const single = paths.length === 1 && paths[0] !== "-" && kindOf(paths[0]!) !== "jsonl" && !!statSync(paths[0]!, { throwIfNoEntry: false })?.isFile();
  const jobs = o.jobs ?? (single ? 1 : availableParallelism());
  const showBar = !o.quiet && o.progress !== false && !!process.stderr.isTTY;
  const progress = new Progress(showBar, showBar ? await totalBytes(paths) : undefined);
  const site = o.html ? new HtmlSite(o.html, { resume: o.resume, lang: o.lang, mode }) : undefined;
  const opts: JobOptions = { mode, format: o.format as JobOptions["format"], withText: o.text, lang: o.lang, encoding: o.encoding, summary: summaryLook(o), ...(site ? { html: { lang: o.lang } } : {}) };
  const runner = makeRunner(jobs, opts);
  const totals: Totals & { recorded: number } = { posts: 0, people: 0, figures: 0, findings: 0, errors: 0, failed: 0, skipped: 0, recorded: 0 };

  const onSignal = (sig: NodeJS.Signals) => {
    sink.abort();
    site?.abort();
    progress.stop();
    process.stderr.write(`baocao: stopped by ${sig} after ${totals.posts} posts; what is written is whole — run again with --resume to continue\n`);
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  async function* todo(): AsyncGenerator<Post> {
    for await (const p of readPosts(paths, { maxBytes: o.maxBytes, stdinFormat: o.stdinFormat, onBytes: (n) => progress.addBytes(n) })) {
      if (sink.done.size && sink.done.has(p.id)) {
        totals.skipped++;
        continue;
      }
      yield p;
    }
  }
  const window = Math.max(16, jobs * 16);
  for await (const r of ordered(todo(), runner.run, { window, weight: (p) => p.size, maxWeight: 64 << 20 })) {
    if (site) {
      if (r.ok && r.page) site.page({ id: r.id, ...r.page });
      else site.failed({ id: r.id, source: r.source, error: r.ok ? (r.pageError ?? "no page") : r.error });
    }
    if (r.ok) {
      await sink.write(r);
      totals.posts++;
      totals.people += r.stats.people;
      totals.figures += r.stats.figures;
      totals.findings += r.stats.findings;
      totals.errors += r.stats.errors;
    } else if (o.errorRecords) {
      progress.log(`baocao: ${r.source}${r.id !== r.source && /:\d+$/.test(r.source) ? ` (${r.id})` : ""}: ${r.error}`);
      await sink.write({ ok: true, id: r.id, source: r.source, out: JSON.stringify({ id: r.id, error: r.error, input: { source: r.source } }) + "\n", stats: { people: 0, figures: 0, findings: 0, errors: 0 } });
      totals.failed++;
      totals.recorded++;
    } else {
      totals.failed++;
      progress.log(`baocao: ${r.source}${r.id !== r.source && /:\d+$/.test(r.source) ? ` (${r.id})` : ""}: ${r.error}`);
    }
    progress.tick();
  }
  await sink.finish();
  const pages = site ? await site.finish() : undefined;
  await runner.close();
  progress.stop();
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  if (!o.quiet) process.stderr.write(summaryLine(totals, (Date.now() - t0) / 1000) + (o.out ? ` → ${sink.where}` : "") + (pages ? ` · ${site!.pages} pages → ${pages.index}` : "") + "\n");
  return totals.failed > totals.recorded || (mode === "check" && totals.errors) ? 1 : 0;
}

batchOptions(
  program
    .command("extract")
    .description("read every post into a record (report + findings), one per post, in input order")
    .argument("<paths...>", "files (.txt .md .html .htm .jsonl, .gz of them), folders (recursive), globs, or - for standard input")
    .addOption(new Option("--format <format>", "output format (default: summary on a terminal, jsonl otherwise)").choices(["jsonl", "json", "csv", "facts", "summary"]).default("jsonl"))
    .option("--resume", "continue a run that was cut: skip posts already in --out, append the rest")
    .option("--text", "put the text that was read in each record (input.text), so spans can be looked up")
    .addOption(new Option("--table <name>", "csv to standard output: which table").choices([...TABLES]).default("figures"))
    .option("--bom", "csv: start files with a byte order mark (for Excel)"),
).action(async (paths: string[], o: BatchOptions, cmd: Command) => {
  // On a terminal, without --format or --out: a summary for people (src/cli/summary.ts).
  if (cmd.getOptionValueSource("format") === "default" && !o.out && process.stdout.isTTY) o.format = "summary";
  process.exitCode = await runBatch("extract", paths, o);
});

batchOptions(
  program
    .command("check")
    .description("print the consistency findings of each post; exit 1 when any is an error")
    .argument("<paths...>", "files, folders, globs, or - for standard input")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "jsonl"]).default("text"))
    .addOption(new Option("--lang <lang>", "language of the messages (text format)").choices(["en", "vi"]).default("en"))
    .option("--resume", "with --format jsonl and --out: continue a run that was cut"),
).action(async (paths: string[], o: BatchOptions) => {
  process.exitCode = await runBatch("check", paths, o);
});

registerServe(program, "0.1.0");

program
  .command("eval")
  .description("score <id>.txt against <id>.gold.json as ../shared/corpus/GOLD.md describes")
  .argument("<dir>", "folder of <id>.txt and <id>.gold.json")
  .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
  .option("--diff", "print what was missed and what was extra, per document")
  .option(
    "--ids <ids>",
    "score only these documents: ids and ranges, e.g. d046-d075 or d046,d047 (repeat to score groups apart)",
    (v: string, prev: string[] = []) => [...prev, v],
  )
  .option("--reference-date <date>", "the date the texts were published (YYYY, YYYY-MM or YYYY-MM-DD): the year of a day written without one")
  .action((dir: string, opts: { format: string; diff?: boolean; ids?: string[]; referenceDate?: string }) => {
    let groups;
    try {
      if (opts.referenceDate && !/^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$/.test(opts.referenceDate)) throw new Error(`--reference-date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${opts.referenceDate}"`);
      groups = evaluateGroups(dir, opts.ids ?? [], opts.referenceDate ? { referenceDate: opts.referenceDate } : {});
    } catch (e) {
      throw new UsageError(`eval: ${(e as Error).message}`);
    }
    const json = (g: (typeof groups)[number]) => (opts.diff ? { ...g.scores, diffs: g.diffs } : g.scores);
    if (opts.format === "json")
      process.stdout.write(
        JSON.stringify(groups.length === 1 && !opts.ids ? json(groups[0]!) : groups.map((g) => ({ ids: g.label, ...json(g) })), null, 2) + "\n",
      );
    else
      groups.forEach((g, i) => {
        if (opts.diff) for (const d of g.diffs) process.stdout.write(JSON.stringify(d) + "\n");
        if (opts.ids) process.stdout.write(`${i ? "\n" : ""}== ${g.label} ==\n`);
        process.stdout.write(formatScores(g.scores) + "\n");
      });
  });

program.parseAsync(process.argv).catch((err) => {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : 2);
  process.stderr.write(`baocao: ${(err as Error).message}\n`);
  process.exit(err instanceof UsageError ? 2 : 1);
});
