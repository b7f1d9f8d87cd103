#!/usr/bin/env node
// Precision on real text: the hand-judged errors of ../shared/corpus/checks/raw-2017-errors.tsv.
// Each row is located in its post (../shared/corpus/raw/news-2017.jsonl.gz) by its excerpt; a
// row is "raised" when an `error` finding of ours has a span inside the excerpt's stretch of text.
// A FALSE row must not be raised any more; a TRUE row must still be.
//
//   npm run build && node scripts/score-raw-errors.mjs          # the table
//   node scripts/score-raw-errors.mjs --all                      # every row, with our findings there
import { readFileSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { ARCHIVE, CORPUS } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tsv = join(CORPUS, "checks", "raw-2017-errors.tsv");
const archive = ARCHIVE;
if (!existsSync(tsv) || !existsSync(archive)) {
  console.error("no ../shared/corpus (raw-2017-errors.tsv, news-2017.jsonl.gz)");
  process.exit(2);
}
const { parseReport } = await import(pathToFileURL(join(root, process.env.BAOCAO_DIST ?? "dist", "index.js")).href);
const showAll = process.argv.includes("--all");

const rows = readFileSync(tsv, "utf8").trim().split("\n").slice(1).map((l) => {
  const [id, rule, verdict, reason, excerpt] = l.split("\t");
  return { id, rule, verdict, reason, excerpt };
});
const want = new Set(rows.map((r) => r.id));
const posts = new Map();
for (const line of gunzipSync(readFileSync(archive)).toString("utf8").split("\n")) {
  if (!line) continue;
  const m = /"id":\s*"([^"]+)"/.exec(line);
  if (m && want.has(m[1])) posts.set(m[1], JSON.parse(line));
}

const squash = (s) => s.replace(/\s+/g, " ");
/** Where the excerpt's pieces are in the text: [start, end) ranges. */
function regions(text, excerpt) {
  const flat = squash(text);
  // map squashed offsets back to the text
  const back = [];
  for (let i = 0, j = 0; i < text.length; i++) {
    if (/\s/.test(text[i]) && i > 0 && /\s/.test(text[i - 1])) continue;
    back[j++] = i;
  }
  back.push(text.length);
  const out = [];
  for (const piece of excerpt.split(" … ").map((p) => p.trim()).filter((p) => p.length >= 8)) {
    const at = flat.indexOf(squash(piece));
    if (at >= 0) out.push([back[at], back[Math.min(back.length - 1, at + squash(piece).length)]]);
  }
  return out;
}

const cache = new Map();
const tally = { TRUE: [0, 0], FALSE: [0, 0] };
const lines = [];
for (const row of rows) {
  const post = posts.get(row.id);
  if (!post) {
    lines.push(`? ${row.id} not in the archive`);
    continue;
  }
  if (!cache.has(row.id)) cache.set(row.id, parseReport(post.text, { id: row.id }));
  const report = cache.get(row.id);
  const regs = regions(post.text, row.excerpt);
  const near = (s) => regs.some(([a, b]) => s.start < b + 20 && s.end > a - 20);
  const hits = report.findings.filter((f) => f.spans.some(near));
  const raised = hits.some((f) => f.severity === "error");
  const right = row.verdict === "TRUE" ? raised : !raised;
  tally[row.verdict][0] += right ? 1 : 0;
  tally[row.verdict][1] += 1;
  if (!right || showAll)
    lines.push(
      `${right ? "✓" : "✗"} ${row.verdict} ${row.id} ${row.rule} — ${row.reason}${regs.length ? "" : " (excerpt not located)"}\n` +
        hits.map((f) => `      ${f.severity} ${f.rule}: ${f.message.en}`).join("\n"),
    );
}
console.log(lines.join("\n"));
console.log(`\nTRUE rows still errors: ${tally.TRUE[0]}/${tally.TRUE[1]}; FALSE rows no longer errors: ${tally.FALSE[0]}/${tally.FALSE[1]}`);
