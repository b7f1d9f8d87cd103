#!/usr/bin/env node
// Throughput of parseReport on the 10,000-post news archive, next to one regex scan of the
// same text in the same run (issue 4). Target: parseReport at most 20× slower than the scan.
//
//   npm run build && npm run bench                 # all posts
//   npm run bench -- --limit 1000 --check          # first 1,000 posts; also time checkReport
//   npm run bench -- --json                        # one JSON object, for scripts
//   BAOCAO_DIST=.tmp/dist npm run bench            # another build of baocao
//
//   parseReport  36.4 MB  10000 docs  25.3 s  1.44 MB/s  395 docs/s  peak RSS 210 MB
//   regex scan   36.4 MB  10000 docs  0.21 s  173 MB/s  (one /\p{N}…|\p{Lu}…/gu pass)
//   ratio        120× slower than the scan (target ≤ 20×)
import { createReadStream, existsSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (flag("--help")) {
  console.log("usage: npm run bench -- [--limit N] [--check] [--json] [--archive FILE.jsonl.gz] [--target 20] [--strict]");
  process.exit(0);
}
const archive = resolve(value("--archive") ?? join(root, "..", "shared", "corpus", "raw", "news-2017.jsonl.gz"));
if (!existsSync(archive)) {
  console.log(`bench: skipped — ${archive} is not here (the shared corpus is absent)`);
  process.exit(0);
}
const dist = resolve(root, process.env.BAOCAO_DIST ?? "dist");
if (!existsSync(join(dist, "index.js"))) {
  console.error(`bench: ${join(dist, "index.js")} is missing — run \`npm run build\` first`);
  process.exit(1);
}
const { parseReport, checkReport } = await import(pathToFileURL(join(dist, "index.js")).href);

const limit = Number(value("--limit") ?? Infinity);
const target = Number(value("--target") ?? 20);
// The texts are read before timing (the bench times parsing, not I/O), streamed so that only
// the texts stay in memory.
async function readDocs() {
  const out = [];
  const raw = createReadStream(archive);
  const rl = createInterface({ input: archive.endsWith(".gz") ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
  for await (const line of rl) {
    if (out.length >= limit) break;
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    if (typeof o.text === "string") out.push(o.text);
  }
  rl.close();
  raw.destroy();
  return out;
}
const docs = await readDocs();
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0);
const mb = bytes / (1 << 20);

// The baseline: one global Unicode regex over every doc — numbers with their separators and
// capitalised words, the raw material of figures and names.
const SCAN = /\p{N}+(?:[.,]\p{N}+)*|\p{Lu}[\p{L}\p{M}]*/gu;
function scan() {
  let n = 0;
  for (const d of docs) for (const _ of d.matchAll(SCAN)) n++;
  return n;
}
function time(fn) {
  const t = process.hrtime.bigint();
  const r = fn();
  return { s: Number(process.hrtime.bigint() - t) / 1e9, r };
}

// Warm up both (JIT), then measure. The scan is short: best of 3.
for (const d of docs.slice(0, 50)) parseReport(d);
scan();
const scans = [time(scan), time(scan), time(scan)].sort((a, b) => a.s - b.s);
const scanT = scans[0];

let figures = 0;
let people = 0;
const withCheck = flag("--check");
let checkS = 0;
let findings = 0;
const parseT = time(() => {
  for (const d of docs) {
    const r = parseReport(d);
    figures += r.figures.length;
    people += r.people.length;
    if (withCheck) {
      // Timed apart, so the parse figure stays the parse alone.
      const c = time(() => checkReport(r, d));
      checkS += c.s;
      findings += c.r.length;
    }
  }
});
parseT.s -= checkS;
const checkT = withCheck ? { s: checkS, r: findings } : undefined;
const rss = process.resourceUsage().maxRSS / 1024;
const ratio = parseT.s / scanT.s;

const result = {
  archive,
  docs: docs.length,
  mb: +mb.toFixed(2),
  parse: { seconds: +parseT.s.toFixed(3), mbPerS: +(mb / parseT.s).toFixed(2), docsPerS: Math.round(docs.length / parseT.s), figures, people },
  scan: { seconds: +scanT.s.toFixed(3), mbPerS: +(mb / scanT.s).toFixed(1), matches: scanT.r },
  ...(checkT ? { check: { seconds: +checkT.s.toFixed(3), findings: checkT.r } } : {}),
  ratio: +ratio.toFixed(1),
  target,
  peakRssMb: Math.round(rss),
  node: process.version,
};
if (flag("--json")) console.log(JSON.stringify(result, null, 2));
else {
  const f = (x, d = 2) => x.toFixed(d);
  console.log(`parseReport  ${f(mb, 1)} MB  ${docs.length} docs  ${f(parseT.s)} s  ${f(mb / parseT.s)} MB/s  ${Math.round(docs.length / parseT.s)} docs/s  (${figures} figures, ${people} people)`);
  console.log(`regex scan   ${f(mb, 1)} MB  ${docs.length} docs  ${f(scanT.s, 3)} s  ${f(mb / scanT.s, 1)} MB/s  (${scanT.r} matches of one /\\p{N}…|\\p{Lu}…/gu pass)`);
  if (checkT) console.log(`checkReport  ${docs.length} docs  ${f(checkT.s)} s  ${Math.round(docs.length / checkT.s)} docs/s  (${checkT.r} findings)`);
  console.log(`ratio        ${f(ratio, 1)}× slower than the scan (target ≤ ${target}×: ${ratio <= target ? "met" : "NOT met"})`);
  console.log(`peak RSS     ${Math.round(rss)} MB   (node ${process.version})`);
}
if (flag("--strict") && ratio > target) process.exit(1);
