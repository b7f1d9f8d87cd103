/**
 * `baocao eval <dir>`: score every <id>.txt against <id>.gold.json (GOLD.md). `--ids d046-d075`
 * (repeatable) scores a subset; several `--ids` are scored and reported apart. A gold file that
 * is not valid JSON or not in the gold shape is named and skipped, and the run exits 1; a folder
 * (or selection) without a single scorable pair exits 1 with a message (never a table of 1.000s).
 * A SOURCES.tsv in the folder gives each document its publication date (eval/sources.ts), as the
 * gold annotators had it; the date is then reported both ways (with it, and from the text alone).
 */
import { Option, type Command } from "commander";
import { UsageError } from "../output.js";
import type { Io } from "../batch.js";

export function evalCommand(program: Command, io: Io, done: (code: number) => void): Command {
  return program
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
    .option("--no-sources", "do not take each document's publication date from the folder's SOURCES.tsv (score the date from the text alone)")
    .action(async (dir: string, opts: { format: string; diff?: boolean; ids?: string[]; referenceDate?: string; sources?: boolean }) => {
      // the parser is loaded by the command that parses (the others start without it)
      const [{ evaluateGroups }, { formatScores }] = await Promise.all([import("../eval.js"), import("../../eval/score.js")]);
      let groups;
      try {
        if (opts.referenceDate && !/^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?$/.test(opts.referenceDate)) throw new Error(`--reference-date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${opts.referenceDate}"`);
        groups = evaluateGroups(dir, opts.ids ?? [], { ...(opts.referenceDate ? { referenceDate: opts.referenceDate } : {}), sources: opts.sources !== false });
      } catch (e) {
        throw new UsageError(`eval: ${(e as Error).message}`);
      }
      const problems = groups.flatMap((g) => g.problems);
      for (const p of new Set(problems)) io.stderr.write(`baocao: ${p}\n`);
      if (groups.every((g) => g.docs === 0)) {
        io.stderr.write(`baocao: no <id>.txt with a valid <id>.gold.json in ${dir}${opts.ids ? ` for --ids ${opts.ids.join(" ")}` : ""}: nothing to score\n`);
        return done(1);
      }
      const json = (g: (typeof groups)[number]) => ({ ...g.scores, ...(g.reference ? { reference: g.reference } : {}), ...(opts.diff ? { diffs: g.diffs } : {}) });
      if (opts.format === "json")
        io.stdout.write(JSON.stringify(groups.length === 1 && !opts.ids ? json(groups[0]!) : groups.map((g) => ({ ids: g.label, ...json(g) })), null, 2) + "\n");
      else
        groups.forEach((g, i) => {
          if (opts.diff) for (const d of g.diffs) io.stdout.write(JSON.stringify(d) + "\n");
          if (opts.ids) io.stdout.write(`${i ? "\n" : ""}== ${g.label} ==\n`);
          io.stdout.write(formatScores(g.scores) + "\n");
          const r = g.reference;
          if (r)
            io.stdout.write(
              `date accuracy, text alone ${r.date_text_alone.accuracy.toFixed(3)}  (${r.date_text_alone.right}/${r.date_text_alone.total})\n` +
                `(the date above: ${r.documents} of ${g.docs} documents parsed with their publication date from ${r.from}${r.from === "SOURCES.tsv" ? "; --no-sources to score the text alone" : ""})\n`,
            );
        });
      done(problems.length ? 1 : 0);
    });
}
