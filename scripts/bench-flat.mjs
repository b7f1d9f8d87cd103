#!/usr/bin/env node
// Flatness of parseReport's cost per character (issue 14), in one process and in turns: the
// first 2 MB of the archive's posts cut into 1 KB texts, into 16 KB texts, and whole (2 MB), each
// parsed by one or more builds' dist. The 2 MB stream is walked in blocks of 16 KB: each block is
// parsed as 16 texts of 1 KB and as one text of 16 KB by every build, the order turning from block
// to block, so that load that comes and goes falls on every size and build alike; the 2 MB text is
// parsed twice per round by every build (A B B A, the next round B A A B). CPU time
// (process.cpuUsage) per character.
//
//   npm run build && nice -n 10 node scripts/bench-flat.mjs                       # this dist
//   nice -n 10 node scripts/bench-flat.mjs --dist ../base/dist --dist dist         # two builds
//   nice -n 10 node scripts/bench-flat.mjs --phases --no-whole                     # µs per phase too
//   nice -n 10 node scripts/bench-flat.mjs --batch --phases --no-whole             # and phase by phase
//
// --phases: each phase of PHASES timed by performance.now (wall) around it, through parseWith: the
// phase whose ns/char at 1 KB exceeds its ns/char at 16 KB is where a short text pays per text.
// --no-whole: skip the 2 MB text (~0.6 s a parse). --rounds N (3).
// --batch: the 16 texts of 1 KB of each block also through parseEach (report/batch.ts, as
// parseReports): the same texts and operations, each phase over all 16 before the next, in turns
// with the rest. What a 1 KB text costs over 16 KB one by one and not phase by phase is the cost
// of running every phase's code text by text (the working set of code and tables brought back for
// each phase of each text), not work the text asks for; what it costs phase by phase too is work
// per text (2026-12-07, load ~30: 478.8 / 307.0 / 263.9 ns a character, 1 KB one by one / phase
// by phase / 16 KB, 80% of the excess gone phase by phase; 86% for both builds of a run of two).
// scripts/flat-perf.mjs splits the same three phase by phase, in CPU samples.
//
// Two builds: run it in both orders (--dist A --dist B, then --dist B --dist A) and average. Even
// with the 2 MB parses in A B B A order, the build listed second measured 7-8% dearer at 2 MB in
// both orders (2026-12-07, load ~13; its 1 KB and 16 KB figures moved by less than 3%).
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { archiveStream, cutEvery } from "./lib/texts.mjs";
import { argv } from "./lib/args.mjs";
import { archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { args, value, flag } = argv();
const dirs = args.flatMap((a, i) => (args[i - 1] === "--dist" ? [resolve(a)] : []));
if (dirs.length === 0) dirs.push(resolve(root, "dist"));
const rounds = Number(value("--rounds") ?? 3);
const phases = flag("--phases");
const whole = !flag("--no-whole");
const BLOCK = 16384;
const SMALL = 1024;
const BATCH = "batch"; // the 1 KB texts, phase by phase (--batch)
const batch = flag("--batch");

const builds = [];
for (const [i, dir] of dirs.entries()) {
  const { parseWith } = await import(pathToFileURL(join(dir, "report", "parse.js")).href);
  const { PHASES } = await import(pathToFileURL(join(dir, "report", "phases.js")).href);
  const { parseEach } = batch ? await import(pathToFileURL(join(dir, "report", "batch.js")).href) : {};
  const spent = { [SMALL]: new Float64Array(PHASES.length), [BLOCK]: new Float64Array(PHASES.length), [BATCH]: new Float64Array(PHASES.length), whole: new Float64Array(PHASES.length) };
  const cpu = { [SMALL]: 0, [BLOCK]: 0, [BATCH]: 0, whole: [] };
  let into = spent[SMALL];
  const timed = PHASES.map((phase, k) => (w) => {
    const a = performance.now();
    try {
      phase(w);
    } finally {
      into[k] += performance.now() - a;
    }
  });
  const parse = (text, size) => {
    into = spent[size];
    return phases ? parseWith(text, undefined, timed) : parseWith(text, undefined);
  };
  // (16 texts, within one chunk of parseEach: CHUNK and CHUNK_CHARS)
  const parseAll = (texts) => {
    into = spent[BATCH];
    return parseEach(texts, undefined, undefined, phases ? timed : PHASES);
  };
  builds.push({ name: dirs.length > 1 ? `${String.fromCharCode(65 + i)} ${dir}` : dir, PHASES, spent, cpu, parse, parseAll });
}

const stream = archiveStream((await readArchive(archiveOrSkip("bench-flat"), 2000)).map((o) => o.text));
const blocks = cutEvery(stream, BLOCK);
const smalls = blocks.map((b) => cutEvery(b, SMALL));
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
// the runs of one block: every build × {16 × 1 KB, 1 × 16 KB}
const runs = builds.flatMap((b) => [
  { b, size: SMALL, go: (k) => smalls[k].forEach((t) => b.parse(t, SMALL)) },
  { b, size: BLOCK, go: (k) => b.parse(blocks[k], BLOCK) },
  ...(batch ? [{ b, size: BATCH, go: (k) => b.parseAll(smalls[k]) }] : []),
]);
const pass = (timed) => {
  for (let k = 0; k < blocks.length; k++) {
    for (let j = 0; j < runs.length; j++) {
      const run = runs[(j + k) % runs.length];
      const a = cpuNow();
      run.go(k);
      if (timed) run.b.cpu[run.size] += cpuNow() - a;
    }
  }
};
pass(false);
pass(false);
for (const b of builds) for (const s of [SMALL, BLOCK, BATCH]) b.spent[s].fill(0);
for (let r = 0; r < rounds; r++) {
  pass(true);
  if (whole) {
    // every build twice a round, in turned order and then back (A B B A, then B A A B), so that
    // each takes each place as often: with one parse per build and round (A B, B A, A B, …) the
    // same build measured ~20% dearer at 2 MB in second place over 5 rounds, whichever it was
    // (the place, not the build: the cost of a 2 MB parse depends on what ran before it)
    const order = builds.map((_, j) => builds[(j + r) % builds.length]);
    const spent = new Map(builds.map((b) => [b, 0]));
    for (const b of [...order, ...order.reverse()]) {
      const a = cpuNow();
      b.parse(stream, "whole");
      spent.set(b, spent.get(b) + cpuNow() - a);
    }
    for (const b of builds) b.cpu.whole.push(spent.get(b) / 2);
  }
}
const ns = (ms, n) => ((ms * 1e6) / n).toFixed(1);
const total = stream.length * rounds;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`bench-flat: ${stream.length} characters, ${rounds} rounds; CPU ns per character (1 KB texts / 16 KB texts${whole ? " / the 2 MB text, median of rounds" : ""}${batch ? "; 1 KB texts phase by phase" : ""})`);
for (const b of builds) {
  const w = whole ? ` / ${ns(median(b.cpu.whole), stream.length)}` : "";
  const ratio = (b.cpu[SMALL] / b.cpu[BLOCK]).toFixed(3);
  const by = batch ? `; phase by phase ${ns(b.cpu[BATCH], total)} ns, ${(b.cpu[BATCH] / b.cpu[BLOCK]).toFixed(3)} of 16 KB (${((100 * (b.cpu[SMALL] - b.cpu[BATCH])) / (b.cpu[SMALL] - b.cpu[BLOCK])).toFixed(0)}% of the excess gone)` : "";
  console.log(`${b.name}: ${ns(b.cpu[SMALL], total)} / ${ns(b.cpu[BLOCK], total)}${w} ns; 1 KB / 16 KB ${ratio}${by}`);
}
if (phases)
  for (const b of builds) {
    const byHead = batch ? "  1 KB phase by phase, its excess" : "";
    console.log(`\n${b.name}: wall ns/char per phase   1 KB   16 KB${whole ? "    2 MB" : ""}   excess of 1 KB over 16 KB (µs per 1 KB text)${byHead}`);
    const texts = (total / SMALL) | 0;
    b.PHASES.forEach((p, k) => {
      const s = b.spent[SMALL][k];
      const l = b.spent[BLOCK][k];
      const perText = ((s - l) * 1000) / texts;
      const w = whole ? ` ${ns(b.spent.whole[k], total).padStart(7)}` : "";
      const by = batch ? `   ${ns(b.spent[BATCH][k], total).padStart(7)} ${(((b.spent[BATCH][k] - l) * 1000) / texts).toFixed(2).padStart(7)}` : "";
      console.log(`  ${p.name.padEnd(16)} ${ns(s, total).padStart(7)} ${ns(l, total).padStart(7)}${w}   ${perText.toFixed(2).padStart(7)}${by}`);
    });
  }
