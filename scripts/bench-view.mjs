#!/usr/bin/env node
// Speed of the HTML view (issue 15) on the 10,000-post news archive: parseReport and renderPage
// timed apart in one run, with the size of the pages. Uses `baocao/browser` (dist/browser.js).
//
//   npm run build && node scripts/bench-view.mjs [--limit N] [--json]
//
//   parse        10000 posts  11.9 s   840 posts/s
//   renderPage   10000 posts   2.1 s  4760 pages/s   (0.18× the parse time)   avg page 21.4 KB
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { argv } from "./lib/args.mjs";
import { ARCHIVE, archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { args, value } = argv();
const archive = archiveOrSkip("bench-view", resolve(value("--archive") ?? ARCHIVE));
const bundle = join(root, "dist", "browser.js");
if (!existsSync(bundle)) {
  console.error(`bench-view: ${bundle} is missing — run \`npm run build\` first`);
  process.exit(1);
}
const { parseReport, renderPage } = await import(pathToFileURL(bundle).href);
const limit = Number(value("--limit") ?? Infinity);

const posts = await readArchive(archive, limit);

let parseNs = 0n;
let renderNs = 0n;
let bytes = 0;
let largest = 0;
let findings = 0;
for (const [i, o] of posts.entries()) {
  const t0 = process.hrtime.bigint();
  const report = parseReport(o.text, { id: String(o.id ?? i), ...(o.date ? { referenceDate: o.date } : {}) });
  const t1 = process.hrtime.bigint();
  report.input = { source: `news:${i + 1}`, ...(o.title ? { title: o.title } : {}), ...(o.url ? { url: o.url } : {}) };
  const html = renderPage(report, o.text, { indexHref: "../index.html" });
  const t2 = process.hrtime.bigint();
  parseNs += t1 - t0;
  renderNs += t2 - t1;
  const b = Buffer.byteLength(html);
  bytes += b;
  largest = Math.max(largest, b);
  findings += report.findings.length;
}
const s = (ns) => Number(ns) / 1e9;
const n = posts.length;
const out = {
  posts: n,
  parseSeconds: +s(parseNs).toFixed(2),
  renderSeconds: +s(renderNs).toFixed(2),
  parsePerSecond: Math.round(n / s(parseNs)),
  renderPerSecond: Math.round(n / s(renderNs)),
  renderToParse: +(s(renderNs) / s(parseNs)).toFixed(3),
  avgPageKB: +(bytes / n / 1024).toFixed(1),
  largestPageKB: +(largest / 1024).toFixed(1),
  totalMB: +(bytes / 1048576).toFixed(1),
  findings,
  node: process.version,
};
if (args.includes("--json")) console.log(JSON.stringify(out));
else {
  console.log(`parse        ${n} posts  ${out.parseSeconds} s  ${out.parsePerSecond} posts/s`);
  console.log(`renderPage   ${n} posts  ${out.renderSeconds} s  ${out.renderPerSecond} pages/s   (${out.renderToParse}× the parse time)`);
  console.log(`pages        avg ${out.avgPageKB} KB, largest ${out.largestPageKB} KB, ${out.totalMB} MB in all; ${findings} findings`);
}
