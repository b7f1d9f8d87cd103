#!/usr/bin/env node
// µs per text in each phase of parseReport (src/report/phases.ts), on texts of one size: where a
// short text's cost goes, phase by phase, beside a long text's. Each phase is wrapped in a timer
// (performance.now before and after) and the texts are parsed through parseWith with the wrapped
// list: the same phases, in the same order, as parseReport. "outside phases" is begin/finish and
// the loop. Warm: two passes first, then --rounds passes timed.
//
//   npm run build && nice -n 10 node scripts/bench-phases.mjs --tiny            # the titles (fixed cost)
//   nice -n 10 node scripts/bench-phases.mjs --size 1024                        # 2 MB cut into 1 KB texts
//   nice -n 10 node scripts/bench-phases.mjs --size 131072                      # … into 128 KB texts
//   BAOCAO_DIST=.tmp/dist-main node scripts/bench-phases.mjs --tiny             # another build
//
// Per character (--size): compare a phase's ns/char at 1 KB with its ns/char at 128 KB; a phase
// whose 1 KB figure is several times its 128 KB one pays a cost per text. Wall time: read the
// ratios of one run on a loaded machine, not the µs.
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { benchTexts } from "./lib/texts.mjs";
import { argv } from "./lib/args.mjs";
import { archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { args, value } = argv();
const dist = resolve(root, process.env.BAOCAO_DIST ?? "dist");
const { parseWith } = await import(pathToFileURL(join(dist, "report", "parse.js")).href);
const { PHASES } = await import(pathToFileURL(join(dist, "report", "phases.js")).href);
const archive = archiveOrSkip("bench-phases");
const tiny = args.includes("--tiny");
const size = Number(value("--size") ?? 0);
const rounds = Number(value("--rounds") ?? 3);
const limit = Number(value("--limit") ?? (tiny ? 10000 : 2000));
const docs = benchTexts(await readArchive(archive, limit), { tiny, size });

const spent = new Float64Array(PHASES.length);
const timed = PHASES.map((phase, i) => (w) => {
  const a = performance.now();
  try {
    phase(w);
  } finally {
    spent[i] += performance.now() - a;
  }
});
for (let r = 0; r < 2; r++) for (const d of docs) parseWith(d, undefined, timed);
spent.fill(0);
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const d of docs) parseWith(d, undefined, timed);
const all = performance.now() - t0;
const n = docs.length * rounds;
const chars = docs.reduce((s, d) => s + d.length, 0) / docs.length;
const row = (name, ms) => console.log(`${name.padEnd(16)} ${((ms / n) * 1000).toFixed(2).padStart(10)} µs  ${((ms / n / chars) * 1e6).toFixed(1).padStart(8)} ns/char  ${((100 * ms) / all).toFixed(1).padStart(5)}%`);
console.log(`bench-phases: ${docs.length} texts of ${Math.round(chars)} characters on average, ${rounds} rounds, ${dist}`);
let inPhases = 0;
PHASES.forEach((p, i) => {
  inPhases += spent[i];
  row(p.name, spent[i]);
});
row("outside phases", all - inPhases);
row("all", all);
