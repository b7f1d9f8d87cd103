#!/usr/bin/env node
// A/B: parseReport of a git ref against the working tree, both loaded in one process and timed
// in turns over the same archive posts (chunks of 50), so that load on a shared machine falls on
// both alike.
// Each is bundled from its src/ with esbuild (as scripts/snapshot.mjs does).
//
//   nice -n 10 node scripts/bench-ab.mjs [REF=HEAD] [--limit 2000] [--rounds 5] [--tiny] [--size N] [--no-validate] [--batch]
//   (--tiny: the posts' titles, for the fixed cost per post; --size N: 2 MB of posts cut into texts
//   of N characters; --no-validate: both without Zod; --batch: the working tree reads each chunk of
//   50 with one parseReports call, REF post by post with parseReport — `bench-ab.mjs HEAD --batch`
//   is parseReports against parseReport of the same code)
//   round 1: REF 4.12 s cpu, working 3.80 s cpu, working/REF 0.92
//   …
//   median working/REF 0.91 (CPU time; wall time 0.93)
import { mkdirSync, rmSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { benchTexts } from "./lib/texts.mjs";
import { argv } from "./lib/args.mjs";
import { bundleTree, extractSrc, resolveRef } from "./lib/trees.mjs";
import { archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { args, value, positional } = argv();
const ref = positional("HEAD");
const limit = Number(value("--limit") ?? 2000);
const rounds = Number(value("--rounds") ?? 5);
const archive = archiveOrSkip("bench-ab");
const work = join(root, ".tmp", "bench-ab");
mkdirSync(work, { recursive: true });
const sha = resolveRef(root, ref);
const refDir = join(work, `src-${sha}`);
extractSrc(root, sha, refDir);
await bundleTree(join(refDir, "src", "index.ts"), join(work, `ref-${sha}.mjs`));
rmSync(refDir, { recursive: true, force: true });
await bundleTree(join(root, "src", "index.ts"), join(work, "working.mjs"));
// --no-validate: both parse with { validate: false } (a ref from before validation was off by
// default would otherwise pay for it)
const opts = args.includes("--no-validate") ? { validate: false } : {};
const refParse = (await import(pathToFileURL(join(work, `ref-${sha}.mjs`)).href)).parseReport;
const working = await import(pathToFileURL(join(work, "working.mjs")).href);
const workParse = working.parseReport;
const batch = args.includes("--batch");
if (batch && typeof working.parseReports !== "function") {
  console.error("bench-ab: --batch needs parseReports in the working tree");
  process.exit(2);
}
const A = (d) => refParse(d, opts);
const B = (d) => workParse(d, opts);

// --tiny: the titles; --size N: the first 2 MB of the posts cut into texts of N characters
const size = Number(value("--size") ?? 0);
const docs = benchTexts(await readArchive(archive, limit), { tiny: args.includes("--tiny"), size });

// Each round walks the posts in chunks of 50 and times both builds on each chunk, one after
// the other (which goes first alternates): load that comes and goes falls on both alike.
const clock = () => {
  const u = process.cpuUsage();
  return { cpu: (u.user + u.system) / 1e6, wall: performance.now() / 1000 };
};
const chunk = (parse, from, to) => {
  const a = clock();
  if (parse === B && batch) working.parseReports(docs.slice(from, to), opts);
  else for (let i = from; i < to; i++) parse(docs[i]);
  const b = clock();
  return { cpu: b.cpu - a.cpu, wall: b.wall - a.wall };
};
for (const d of docs.slice(0, 300)) {
  A(d);
  B(d);
}
if (batch) for (let i = 0; i < 300; i += 50) working.parseReports(docs.slice(i, i + 50), opts);
const cpu = [];
const wall = [];
const cpuA = [];
const cpuB = [];
const bestA = [];
const bestB = [];
const label = `${ref} ${sha.slice(0, 7)}${batch ? " (parseReport)" : ""}`;
if (batch) console.log("working: parseReports, one call per chunk of 50");
for (let r = 0; r < rounds; r++) {
  const ta = { cpu: 0, wall: 0 };
  const tb = { cpu: 0, wall: 0 };
  for (let from = 0, k = r; from < docs.length; from += 50, k++) {
    const to = Math.min(docs.length, from + 50);
    const add = (t, x) => {
      t.cpu += x.cpu;
      t.wall += x.wall;
    };
    let xa, xb;
    if (k % 2) {
      xb = chunk(B, from, to);
      xa = chunk(A, from, to);
    } else {
      xa = chunk(A, from, to);
      xb = chunk(B, from, to);
    }
    add(ta, xa);
    add(tb, xb);
    // the best time of each chunk over the rounds: load only ever adds time
    const c = from / 50;
    bestA[c] = Math.min(bestA[c] ?? Infinity, xa.cpu);
    bestB[c] = Math.min(bestB[c] ?? Infinity, xb.cpu);
  }
  cpu.push(tb.cpu / ta.cpu);
  cpuA.push(ta.cpu);
  cpuB.push(tb.cpu);
  wall.push(tb.wall / ta.wall);
  console.log(`round ${r + 1}: ${label} ${ta.cpu.toFixed(2)} s cpu, working ${tb.cpu.toFixed(2)} s cpu, working/ref ${(tb.cpu / ta.cpu).toFixed(3)} (wall ${(tb.wall / ta.wall).toFixed(3)})`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const chars = docs.reduce((n, d) => n + d.length, 0);
const ns = (xs) => ((Math.min(...xs) * 1e9) / chars).toFixed(0);
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
console.log(`best of rounds per chunk of 50: working/ref ${(sum(bestB) / sum(bestA)).toFixed(3)} (${ref} ${sum(bestA).toFixed(2)} s, working ${sum(bestB).toFixed(2)} s CPU)`);
console.log(`median working/ref ${median(cpu).toFixed(3)} (CPU time over ${docs.length} posts; wall time ${median(wall).toFixed(3)}); best CPU per char: ${ref} ${ns(cpuA)} ns, working ${ns(cpuB)} ns`);
