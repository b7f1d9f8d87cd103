#!/usr/bin/env node
// Where parseReport spends its time: a V8 CPU profile of parseReport over the first N archive
// posts (default 2,000), summed per pipeline stage (inclusive: a stage's own time and its
// callees') and per function (self time). The .cpuprofile is kept for Chrome DevTools.
//
//   npm run build && nice -n 10 node scripts/profile.mjs [--limit 2000] [--top 30] [--json]
//   node scripts/profile.mjs --under recognizePeople    # where the time inside one function goes
//   node scripts/profile.mjs --tiny --limit 10000       # the titles: where the fixed cost goes
//   node scripts/profile.mjs --tiny --limit 10000 --warm 3 --passes 3   # the same, warm, more samples
//   node scripts/profile.mjs --size 1024 --warm 2       # 2 MB of archive text cut into 1 KB texts
//   node scripts/profile.mjs --size 2097152 --limit 1000   # one 2 MB text (or --size 131072)
//   BAOCAO_DIST=.tmp/dist node scripts/profile.mjs        # another build
//
// Shares, not seconds, are the figures to read on a loaded machine.
import { Session } from "node:inspector/promises";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { benchTexts } from "./lib/texts.mjs";
import { argv } from "./lib/args.mjs";
import { ARCHIVE, archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { args, value } = argv();
const limit = Number(value("--limit") ?? 2000);
/** --tiny: the posts' titles instead of their texts (where the fixed cost per post goes). */
const tiny = args.includes("--tiny");
const top = Number(value("--top") ?? 30);
const archive = archiveOrSkip("profile", resolve(value("--archive") ?? ARCHIVE));
const dist = resolve(root, process.env.BAOCAO_DIST ?? "dist");
const { parseReport } = await import(pathToFileURL(join(dist, "index.js")).href);

// --size N: the same 2 MB of archive text cut into texts of N characters (flatness: compare
// --size 131072 with --size 2097152)
const size = Number(value("--size") ?? 0);
const docs = benchTexts(await readArchive(archive, limit), { tiny, size });

// warm up (the profile is of the steady state), then profile one pass (--passes N: N passes, for
// more samples of short texts; --warm N: N whole passes first instead of the first 300 texts —
// the titles' fixed cost is a warm figure, and 300 titles leave most of the code cold)
const passes = Number(value("--passes") ?? 1);
const warm = Number(value("--warm") ?? 0);
if (warm > 0) for (let r = 0; r < warm; r++) for (const d of docs) parseReport(d);
else for (const d of docs.slice(0, size > 0 ? 1 : 300)) parseReport(d);
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const t = performance.now();
for (let r = 0; r < passes; r++) for (const d of docs) parseReport(d);
const wall = performance.now() - t;
const { profile } = await session.post("Profiler.stop");
session.disconnect();
const out = join(root, ".tmp", "profile");
mkdirSync(out, { recursive: true });
const file = join(out, `parse-${Date.now()}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));

/** Pipeline stages, by the function that runs each (names as bundled). */
const STAGES = [
  ["parseReport (all)", ["parseReport"]],
  ["  makeDoc", ["makeDoc"]],
  ["  sentences", ["sentences"]],
  ["  inferConvention", ["inferConvention"]],
  ["  figures: money", ["recognizeMoney"]],
  ["  figures: percent", ["recognizePercent"]],
  ["  figures: measure", ["recognizeMeasure"]],
  ["  figures: counts", ["recognizeCounts"]],
  ["  figures: overlaps", ["removeOverlaps"]],
  ["  dates", ["recognizeDates"]],
  ["  people", ["recognizePeople"]],
  ["  organizations", ["recognizeOrganizations"]],
  ["  linkFigures", ["linkFigures"]],
  ["  findEvent", ["findEvent"]],
  ["  buildSections", ["buildSections"]],
  ["  relations (src/relate)", ["relate"]],
  ["  checks", ["checkReport", "runChecks"]],
  ["  zod validation", ["safeParse", "_safeParse"]],
  ["  scanNumbers (in the figures)", ["scanNumbers"]],
  ["  GC", ["(garbage collector)"]],
];

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map();
const inclUs = new Map();
let total = 0;
const stackNames = new Map(); // node id → set of function names on its stack (memoised)
const namesOf = (id) => {
  let s = stackNames.get(id);
  if (s) return s;
  const n = byId.get(id);
  const p = parent.get(id);
  s = new Set(p !== undefined ? namesOf(p) : []);
  s.add(n.callFrame.functionName || "(anonymous)");
  stackNames.set(id, s);
  return s;
};
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const n = byId.get(id);
  const name = n.callFrame.functionName || "(anonymous)";
  const where = n.callFrame.url ? `${name} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber + 1}` : name;
  selfUs.set(where, (selfUs.get(where) ?? 0) + dt);
  for (const f of namesOf(id)) inclUs.set(f, (inclUs.get(f) ?? 0) + dt);
});
// --under NAME: what the time inside one function goes to (inclusive, by callee name)
const under = value("--under");
const underUs = new Map();
let underTotal = 0;
if (under) {
  profile.samples.forEach((id, i) => {
    const names = namesOf(id);
    if (!names.has(under)) return;
    const dt = profile.timeDeltas[i] ?? 0;
    underTotal += dt;
    // the frames below the outermost `under` frame
    const chain = [];
    for (let n = id; n !== undefined; n = parent.get(n)) chain.push(byId.get(n).callFrame.functionName || "(anonymous)");
    const seen = new Set();
    for (const f of chain.slice(0, chain.lastIndexOf(under))) {
      if (seen.has(f)) continue;
      seen.add(f);
      underUs.set(f, (underUs.get(f) ?? 0) + dt);
    }
    underUs.set("(self)", (underUs.get("(self)") ?? 0) + (chain[0] === under ? dt : 0));
  });
}
const pct = (us) => ((100 * us) / total).toFixed(1).padStart(5) + "%";
const stages = STAGES.map(([label, fns]) => [label, Math.max(...fns.map((f) => inclUs.get(f) ?? 0))]);
const selfTop = [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top);
if (args.includes("--json")) {
  console.log(JSON.stringify({ docs: docs.length, wallMs: Math.round(wall), profile: file, stages: Object.fromEntries(stages.map(([l, us]) => [l.trim(), +((100 * us) / total).toFixed(1)])), self: selfTop.map(([f, us]) => [f, +((100 * us) / total).toFixed(1)]) }, null, 2));
} else {
  console.log(`profile: ${docs.length} posts${passes > 1 ? ` × ${passes} passes` : ""}, ${(wall / 1000).toFixed(2)} s wall; ${file}`);
  console.log(`\nstage (inclusive share of the profiled time)`);
  for (const [label, us] of stages) console.log(`${pct(us)}  ${(us / 1000).toFixed(0).padStart(6)} ms  ${label}`);
  if (under) {
    console.log(`\ninside ${under} (${pct(underTotal).trim()} of all): callees, inclusive, as shares of ${under}`);
    for (const [f, us] of [...underUs].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * us) / underTotal).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${f}`);
  }
  console.log(`\ntop ${top} functions by self time`);
  for (const [f, us] of selfTop) console.log(`${pct(us)}  ${f}`);
}
