#!/usr/bin/env node
// Throughput of parseReport on the 10,000-post news archive, next to one pass of the issue-14
// regex over the same NFC texts, in the same process, best of three rounds (issue 14: at most
// 20× the regex, i.e. ≥ 20 MB/s where the regex runs at 400+ MB/s). Also:
//   fixed cost   µs per post on many tiny posts (the archive's titles), less their characters'
//                share at the archive's time per character (target ≤ 30 µs);
//   flatness     time per character on 1 KB, 16 KB, 128 KB and 2 MB texts cut from the same
//                2 MB of archive text (target: flat).
// On a shared machine run it under `nice` and read the ratios: both sides of a ratio are timed
// in the same rounds, so load slows both.
//
//   npm run build && nice -n 10 npm run bench            # all posts, 3 rounds
//   npm run bench -- --limit 1000 --rounds 5             # first 1,000 posts, 5 rounds
//   npm run bench -- --json                              # one JSON object, for scripts
//   npm run bench -- --skip-sizes --skip-tiny            # only the archive
//   BAOCAO_DIST=.tmp/dist npm run bench                  # another build of baocao
//   npm run bench -- --batch                             # parseReports too: every figure again
//                        for the texts read 64 a call (as the CLI's batches), timed in turns with
//                        parseReport, and the CPU ratio parseReports / parseReport
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { archiveStream } from "./lib/texts.mjs";
import { argv } from "./lib/args.mjs";
import { ARCHIVE, archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { args, value, flag } = argv();
if (flag("--help")) {
  console.log("usage: npm run bench -- [--limit N] [--rounds 3] [--json] [--archive FILE.jsonl.gz] [--target 20] [--strict] [--skip-sizes] [--skip-tiny] [--check] [--batch]");
  process.exit(0);
}
const archive = archiveOrSkip("bench", resolve(value("--archive") ?? ARCHIVE));
const dist = resolve(root, process.env.BAOCAO_DIST ?? "dist");
if (!existsSync(join(dist, "index.js"))) {
  console.error(`bench: ${join(dist, "index.js")} is missing — run \`npm run build\` first`);
  process.exit(1);
}
const { parseReport, parseReports, checkReport } = await import(pathToFileURL(join(dist, "index.js")).href);
const batch = flag("--batch");

const limit = Number(value("--limit") ?? Infinity);
const rounds = Math.max(1, Number(value("--rounds") ?? 3));
const target = Number(value("--target") ?? 20);
const json = flag("--json");
const log = (s) => {
  if (!json) console.log(s);
};

// The texts are read before timing (the bench times parsing, not I/O).
const posts = (await readArchive(archive, limit)).map((o) => ({ text: o.text, title: typeof o.title === "string" ? o.title : "" }));
const docs = posts.map((p) => p.text);
const nfc = docs.map((d) => d.normalize("NFC"));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, "utf8"), 0);
const chars = docs.reduce((n, d) => n + d.length, 0);
const MB = 1 << 20;
const mb = bytes / MB;

/** The floor of issue 14: numbers with a percent sign or a money word, one pass. */
const FLOOR = /(?<![\p{L}\p{N}])\d[\d.,]*\s*(?:%|tỷ|tỉ|triệu|nghìn|đồng)/gu;
function scan(texts) {
  let n = 0;
  for (const d of texts) {
    FLOOR.lastIndex = 0;
    while (FLOOR.exec(d)) n++;
  }
  return n;
}
let figures = 0;
let people = 0;
/** parseReport over each text; `batched`: parseReports, 64 texts a call, as the CLI's batches (it reads them in its chunks). */
function parseAll(texts, batched = false) {
  let f = 0;
  let p = 0;
  const count = (r) => {
    f += r.figures.length;
    p += r.people.length;
  };
  if (batched) for (let i = 0; i < texts.length; i += 64) parseReports(texts.slice(i, i + 64)).forEach(count);
  else for (const d of texts) count(parseReport(d));
  figures = f;
  people = p;
  return texts.length;
}
/** Wall time (s) and the process's CPU time (cpu, user+sys: less distorted by other load). */
function time(fn) {
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const r = fn();
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  const u = process.cpuUsage(c);
  return { s, cpu: (u.user + u.system) / 1e6, r };
}
const best = (list) => list.reduce((a, b) => (b.s < a.s ? b : a));
/**
 * One round over `texts`: parseReport's time into `runs` and, with --batch, parseReports' into
 * `bruns`, the two taking turns in which goes first (so that load falls on both alike).
 */
function round(r, texts, runs, bruns) {
  if (batch && r % 2) bruns.push(time(() => parseAll(texts, true)));
  runs.push(time(() => parseAll(texts)));
  if (batch && !(r % 2)) bruns.push(time(() => parseAll(texts, true)));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Warm up both (JIT), then alternate the two in each round so that load falls on both alike.
for (const d of docs.slice(0, 200)) parseReport(d);
if (batch) parseReports(docs.slice(0, 200));
scan(nfc.slice(0, 2000));
const scans = [];
const parses = [];
const batches = [];
// one pass of the regex takes milliseconds: repeated to at least 0.25 s per round, per pass
const one = time(() => scan(nfc)).s;
const reps = Math.max(1, Math.ceil(0.25 / Math.max(one, 1e-4)));
const scanRound = () => {
  const t = time(() => {
    let n = 0;
    for (let k = 0; k < reps; k++) n = scan(nfc);
    return n;
  });
  return { s: t.s / reps, cpu: t.cpu / reps, r: t.r };
};
for (let r = 0; r < rounds; r++) {
  scans.push(scanRound());
  round(r, docs, parses, batches);
  log(`  round ${r + 1}: parseReport ${(mb / parses[r].s).toFixed(2)} MB/s, regex ${(mb / scans[r].s).toFixed(0)} MB/s, ratio ${(parses[r].s / scans[r].s).toFixed(1)}×${batch ? `; parseReports ${(mb / batches[r].s).toFixed(2)} MB/s, CPU parseReports/parseReport ${(batches[r].cpu / parses[r].cpu).toFixed(3)}` : ""}`);
}
const scanT = best(scans);
const parseT = best(parses);
const archiveCounts = { figures, people };
const cpuRatio = Math.min(...parses.map((p) => p.cpu)) / Math.min(...scans.map((p) => p.cpu));
const ratio = parseT.s / scanT.s;
const roundRatio = median(parses.map((p, i) => p.s / scans[i].s));
const nsPerChar = (parseT.s * 1e9) / chars;
const minCpu = (list) => Math.min(...list.map((t) => t.cpu));
const cpuNsPerChar = (minCpu(parses) * 1e9) / chars;
const batchNsPerChar = batch ? (best(batches).s * 1e9) / chars : 0;
const batchCpuNsPerChar = batch ? (minCpu(batches) * 1e9) / chars : 0;

// Fixed cost: many tiny posts (titles; 10,000 of them at most), best of the rounds.
let tiny;
if (!flag("--skip-tiny")) {
  const titles = posts.map((p) => p.title).filter((t) => t.trim());
  const tinyChars = titles.reduce((n, t) => n + t.length, 0);
  for (const t of titles.slice(0, 500)) parseReport(t);
  if (batch) parseReports(titles.slice(0, 500));
  const runs = [];
  const bruns = [];
  for (let r = 0; r < rounds; r++) round(r, titles, runs, bruns);
  const t = best(runs);
  const perPost = (t.s * 1e6) / titles.length;
  const charShare = (nsPerChar * tinyChars) / titles.length / 1000;
  const cpuPerPost = (minCpu(runs) * 1e6) / titles.length;
  const cpuCharShare = (cpuNsPerChar * tinyChars) / titles.length / 1000;
  const empty = best(Array.from({ length: rounds }, () => time(() => {
    for (let i = 0; i < titles.length; i++) parseReport("x");
  })));
  tiny = {
    posts: titles.length,
    avgChars: Math.round(tinyChars / titles.length),
    usPerPost: +perPost.toFixed(1),
    fixedUs: +(perPost - charShare).toFixed(1),
    cpuFixedUs: +(cpuPerPost - cpuCharShare).toFixed(1),
    oneLetterUs: +((empty.s * 1e6) / titles.length).toFixed(1),
  };
  if (batch) {
    const bt = best(bruns);
    const bPerPost = (bt.s * 1e6) / titles.length;
    const bCpuPerPost = (minCpu(bruns) * 1e6) / titles.length;
    tiny.batch = {
      usPerPost: +bPerPost.toFixed(1),
      fixedUs: +(bPerPost - (batchNsPerChar * tinyChars) / titles.length / 1000).toFixed(1),
      cpuFixedUs: +(bCpuPerPost - (batchCpuNsPerChar * tinyChars) / titles.length / 1000).toFixed(1),
      cpuVsParseReport: +(minCpu(bruns) / minCpu(runs)).toFixed(3),
    };
  }
}

// Flatness: the same 2 MB of archive text cut into texts of each size (at a line break when one
// is near), time per character, best of the rounds.
let sizes;
if (!flag("--skip-sizes")) {
  const stream = archiveStream(docs, 2 * MB);
  const cut = (size) => {
    const out = [];
    for (let at = 0; at < stream.length; ) {
      let end = Math.min(stream.length, at + size);
      const nl = end < stream.length ? stream.lastIndexOf("\n", end) : -1;
      if (nl > at + size * 0.9) end = nl + 1;
      out.push(stream.slice(at, end));
      at = end;
    }
    return out;
  };
  sizes = [["1 KB", 1 << 10], ["16 KB", 16 << 10], ["128 KB", 128 << 10], ["2 MB", 2 * MB]].map(([label, size]) => ({ label, texts: cut(size), times: [], btimes: [] }));
  for (const z of sizes) parseReport(z.texts[0]);
  if (batch) for (const z of sizes) parseReports(z.texts.slice(0, 64));
  // the sizes take turns in each round, so that load falls on all of them alike
  for (let r = 0; r < rounds; r++) for (const z of sizes) round(r, z.texts, z.times, z.btimes);
  sizes = sizes.map((z) => ({
    label: z.label,
    texts: z.texts.length,
    nsPerChar: +((best(z.times).s * 1e9) / stream.length).toFixed(1),
    cpuNsPerChar: +((minCpu(z.times) * 1e9) / stream.length).toFixed(1),
    ...(batch ? { batch: { nsPerChar: +((best(z.btimes).s * 1e9) / stream.length).toFixed(1), cpuNsPerChar: +((minCpu(z.btimes) * 1e9) / stream.length).toFixed(1) } } : {}),
  }));
  const base = sizes[0].nsPerChar;
  const cpuBase = sizes[0].cpuNsPerChar;
  for (const s of sizes) {
    s.vs1KB = +(s.nsPerChar / base).toFixed(2);
    s.cpuVs1KB = +(s.cpuNsPerChar / cpuBase).toFixed(2);
    if (s.batch) {
      s.batch.vs1KB = +(s.batch.nsPerChar / sizes[0].batch.nsPerChar).toFixed(2);
      s.batch.cpuVs1KB = +(s.batch.cpuNsPerChar / sizes[0].batch.cpuNsPerChar).toFixed(2);
      s.batch.cpuVsParseReport = +(s.batch.cpuNsPerChar / s.cpuNsPerChar).toFixed(3);
    }
  }
}

let check;
if (flag("--check")) {
  const reports = docs.map((d) => parseReport(d));
  const t = time(() => reports.reduce((n, r, i) => n + checkReport(r, docs[i]).length, 0));
  check = { seconds: +t.s.toFixed(3), findings: t.r };
}
const rss = process.resourceUsage().maxRSS / 1024;

const result = {
  archive,
  docs: docs.length,
  mb: +mb.toFixed(2),
  rounds,
  parse: { seconds: +parseT.s.toFixed(3), mbPerS: +(mb / parseT.s).toFixed(2), docsPerS: Math.round(docs.length / parseT.s), nsPerChar: +nsPerChar.toFixed(1), cpuSeconds: +minCpu(parses).toFixed(3), cpuMbPerS: +(mb / minCpu(parses)).toFixed(2), ...archiveCounts },
  regex: { seconds: +scanT.s.toFixed(4), mbPerS: +(mb / scanT.s).toFixed(1), matches: scanT.r, passesPerRound: reps, pattern: String(FLOOR) },
  ...(batch ? { batch: { seconds: +best(batches).s.toFixed(3), mbPerS: +(mb / best(batches).s).toFixed(2), nsPerChar: +batchNsPerChar.toFixed(1), cpuNsPerChar: +batchCpuNsPerChar.toFixed(1), cpuVsParseReport: +(minCpu(batches) / minCpu(parses)).toFixed(3), medianRoundCpuRatio: +median(batches.map((b, i) => b.cpu / parses[i].cpu)).toFixed(3) } } : {}),
  ratio: +ratio.toFixed(1),
  medianRoundRatio: +roundRatio.toFixed(1),
  cpuRatio: +cpuRatio.toFixed(1),
  target,
  ...(tiny ? { tiny } : {}),
  ...(sizes ? { sizes } : {}),
  ...(check ? { check } : {}),
  peakRssMb: Math.round(rss),
  node: process.version,
};
if (json) console.log(JSON.stringify(result, null, 2));
else {
  const f = (x, d = 2) => x.toFixed(d);
  console.log(`parseReport  ${f(mb, 1)} MB  ${docs.length} docs  ${f(parseT.s)} s  ${f(mb / parseT.s)} MB/s  ${Math.round(docs.length / parseT.s)} docs/s  ${f(nsPerChar, 0)} ns/char  (${archiveCounts.figures} figures, ${archiveCounts.people} people; best of ${rounds})`);
  console.log(`regex        ${f(mb, 1)} MB  ${docs.length} docs  ${f(scanT.s, 3)} s  ${f(mb / scanT.s, 1)} MB/s  (${scanT.r} matches of ${FLOOR} over the NFC texts; ${reps} passes a round, best of ${rounds})`);
  console.log(`ratio        ${f(ratio, 1)}× the regex (median of rounds ${f(roundRatio, 1)}×, by CPU time ${f(cpuRatio, 1)}×; target ≤ ${target}×: ${ratio <= target ? "met" : "NOT met"})`);
  console.log(`by CPU time  parseReport ${f(mb / minCpu(parses))} MB/s, regex ${f(mb / minCpu(scans), 1)} MB/s, ratio ${f(cpuRatio, 1)}×${tiny ? `; fixed cost ${f(tiny.cpuFixedUs, 1)} µs` : ""}${sizes ? `; per char ${sizes.map((s) => `${s.label} ${f(s.cpuNsPerChar, 0)} ns (${f(s.cpuVs1KB)}×)`).join(" ")}` : ""}`);
  if (tiny) console.log(`fixed cost   ${f(tiny.fixedUs, 1)} µs per post (${tiny.posts} tiny posts of ${tiny.avgChars} chars: ${f(tiny.usPerPost, 1)} µs each, less their characters at ${f(nsPerChar, 0)} ns; a one-letter post: ${f(tiny.oneLetterUs, 1)} µs; target ≤ 30 µs)`);
  if (sizes) console.log(`per char     ${sizes.map((s) => `${s.label} ${f(s.nsPerChar, 0)} ns (${f(s.vs1KB)}×)`).join("  ")}  — same 2 MB of text cut to each size`);
  if (batch) {
    const b = result.batch;
    console.log(`parseReports ${f(b.mbPerS)} MB/s  ${f(b.nsPerChar, 0)} ns/char (CPU ${f(b.cpuNsPerChar, 0)})  CPU parseReports/parseReport ${f(b.cpuVsParseReport, 3)} (best of rounds; median of rounds ${f(b.medianRoundCpuRatio, 3)})`);
    if (tiny) console.log(`  fixed cost ${f(tiny.batch.fixedUs, 1)} µs per post (CPU ${f(tiny.batch.cpuFixedUs, 1)}; ${f(tiny.batch.usPerPost, 1)} µs each; CPU parseReports/parseReport ${f(tiny.batch.cpuVsParseReport, 3)})`);
    if (sizes) console.log(`  per char   ${sizes.map((s) => `${s.label} ${f(s.batch.nsPerChar, 0)} ns (${f(s.batch.vs1KB)}×; CPU ${f(s.batch.cpuNsPerChar, 0)}, ${f(s.batch.cpuVsParseReport, 3)}× parseReport's)`).join("  ")}`);
  }
  if (check) console.log(`checkReport  ${docs.length} docs  ${f(check.seconds)} s  (${check.findings} findings; again, apart from parseReport)`);
  console.log(`peak RSS     ${Math.round(rss)} MB   (node ${process.version})`);
}
if (flag("--strict") && ratio > target) process.exit(1);
