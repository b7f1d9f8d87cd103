#!/usr/bin/env node
// Does a second worker pay? (issue 14) The built CLI reads the 10,000 posts of the 2017 archive
// with --jobs 1 and --jobs 2, taking turns, several times; for each run: total CPU time of the
// process (user + sys, every thread: what load does not distort), wall time and peak RSS. As a
// control, the same archive in two halves read by two separate --jobs 1 processes at once:
// what running two parsers side by side costs on this machine, with no pool at all. And the same
// two halves one after the other: what a second cold parser costs with no second core busy (its
// warm-up alone). So two processes at once / one after the other is what sharing the cores costs,
// and one after the other / --jobs 1 is what a second warm-up costs.
//
//   npm run build && node scripts/bench-pool.mjs              # 3 rounds
//   node scripts/bench-pool.mjs --rounds 5 --limit 3000       # the first 3,000 posts only
//   node scripts/bench-pool.mjs --modes 1,2,split --rounds 2  # some modes only, in turns: 1 and 2
//        (--jobs 1, --jobs 2 --no-stages: two threads of whole posts), split (--stages --jobs 2: a
//        pair of threads splitting the phases, src/cli/pair.ts, the default for --jobs 2), pair and seq (the controls below); each round's ratios split / 1,
//        split / 2 and 2 / 1 (CPU and wall) and their medians; every run's JSONL must be byte
//        for byte the first run's (else exit 1)
//
// Medians are printed; every run is listed with --verbose.
//
//   node scripts/bench-pool.mjs --ab .tmp/dist-before      # --jobs 1 only: another build's CLI
//        (DIR/cli.js) and dist/cli.js in turns; CPU and wall of each, their ratios, and whether
//        their JSONL outputs are byte for byte the same
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { archiveOrSkip } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const ROUNDS = Number(arg("--rounds", 3));
const LIMIT = Number(arg("--limit", 0));
const VERBOSE = process.argv.includes("--verbose");
const AB = arg("--ab", "");
const archive = archiveOrSkip("bench-pool");
const cli = join(root, "dist", "cli.js");
const work = mkdtempSync(join(tmpdir(), "baocao-pool-"));
let lines = gunzipSync(readFileSync(archive)).toString("utf8").split("\n").filter(Boolean);
if (LIMIT) lines = lines.slice(0, LIMIT);
const all = join(work, "all.jsonl");
const half1 = join(work, "h1.jsonl");
const half2 = join(work, "h2.jsonl");
writeFileSync(all, lines.join("\n") + "\n");
writeFileSync(half1, lines.slice(0, lines.length >> 1).join("\n") + "\n");
writeFileSync(half2, lines.slice(lines.length >> 1).join("\n") + "\n");

// A module loaded before the CLI that writes the process's own resource use at exit.
const usage = join(work, "usage.mjs");
writeFileSync(
  usage,
  `import { writeFileSync } from "node:fs";
process.on("exit", () => { const u = process.resourceUsage(); writeFileSync(process.env.BAOCAO_USAGE, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rss: u.maxRSS / 1024 })); });`,
);

function run(input, jobs, tag, script = cli, output, extra = []) {
  return new Promise((done) => {
    const out = join(work, `usage-${tag}.json`);
    const t0 = performance.now();
    const args = ["--import", usage, script, "extract", input, "--jobs", String(jobs), "--quiet", ...extra, ...(output ? ["--out", output] : [])];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, BAOCAO_USAGE: out } });
    child.on("close", (code) => {
      const wall = (performance.now() - t0) / 1000;
      const u = JSON.parse(readFileSync(out, "utf8"));
      done({ code, wall, cpu: u.cpu, rss: u.rss });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
if (AB) {
  const other = join(AB, "cli.js");
  const ab = { a: [], b: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const k of r % 2 ? ["b", "a"] : ["a", "b"]) {
      ab[k].push(await run(all, 1, `${k}${r}`, k === "a" ? other : cli, join(work, `${k}.jsonl`)));
      const x = ab[k].at(-1);
      if (VERBOSE) console.log(`round ${r + 1} ${k === "a" ? other : cli}: cpu ${x.cpu.toFixed(2)} s, wall ${x.wall.toFixed(2)} s, rss ${x.rss.toFixed(0)} MB`);
    }
  }
  const same = readFileSync(join(work, "a.jsonl")).equals(readFileSync(join(work, "b.jsonl")));
  const m = (k, f) => median(ab[k].map((x) => x[f]));
  console.log(`${lines.length} posts, --jobs 1, ${ROUNDS} rounds in turns, medians (node ${process.version})`);
  console.log(`A ${other}   cpu ${m("a", "cpu").toFixed(2)} s   wall ${m("a", "wall").toFixed(2)} s   peak RSS ${m("a", "rss").toFixed(0)} MB`);
  console.log(`B ${cli}   cpu ${m("b", "cpu").toFixed(2)} s   wall ${m("b", "wall").toFixed(2)} s   peak RSS ${m("b", "rss").toFixed(0)} MB`);
  console.log(`B / A: cpu ${(m("b", "cpu") / m("a", "cpu")).toFixed(3)}×, wall ${(m("b", "wall") / m("a", "wall")).toFixed(3)}×; JSONL output ${same ? "byte-identical" : "DIFFERS"}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(same ? 0 : 1);
}
const MODES = arg("--modes", "1,2,pair,seq")
  .split(",")
  .map((m) => ({ 1: "j1", 2: "j2" })[m] ?? m);
for (const k of MODES) if (!["j1", "j2", "split", "pair", "seq"].includes(k)) throw new Error(`--modes: 1, 2, split, pair, seq (not ${k})`);
const res = { j1: [], j2: [], split: [], pair: [], seq: [] };
let firstOut;
let same = true;
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [...MODES].reverse() : MODES;
  for (const k of order) {
    if (k === "seq") {
      const t0 = performance.now();
      const a = await run(half1, 1, `c${r}`);
      const b = await run(half2, 1, `d${r}`);
      res.seq.push({ wall: (performance.now() - t0) / 1000, cpu: a.cpu + b.cpu, rss: Math.max(a.rss, b.rss) });
    } else if (k === "pair") {
      const t0 = performance.now();
      const [a, b] = await Promise.all([run(half1, 1, `a${r}`), run(half2, 1, `b${r}`)]);
      res.pair.push({ wall: (performance.now() - t0) / 1000, cpu: a.cpu + b.cpu, rss: a.rss + b.rss });
    } else {
      // the whole archive through the pool; the output kept and compared with the first run's
      const output = join(work, `${k}${r}.jsonl`);
      res[k].push(await run(all, k === "j1" ? 1 : 2, `${k}${r}`, cli, output, k === "split" ? ["--stages"] : k === "j2" ? ["--no-stages"] : []));
      if (firstOut === undefined) firstOut = output;
      else {
        if (!readFileSync(output).equals(readFileSync(firstOut))) same = false;
        rmSync(output);
      }
    }
    const x = res[k].at(-1);
    if (VERBOSE) console.log(`round ${r + 1} ${k}: cpu ${x.cpu.toFixed(2)} s, wall ${x.wall.toFixed(2)} s, rss ${x.rss.toFixed(0)} MB`);
  }
}
if (!MODES.includes("pair") || !MODES.includes("seq") || !MODES.includes("j1") || !MODES.includes("j2")) {
  // some modes: their medians, and the ratios within each round
  const m = (k, f) => median(res[k].map((x) => x[f]));
  const name = { j1: "--jobs 1", j2: "--jobs 2 --no-stages", split: "--stages --jobs 2", pair: "two --jobs 1 at once", seq: "two halves in turn" };
  console.log(`${lines.length} posts, ${ROUNDS} rounds in turns, medians (node ${process.version})`);
  for (const k of MODES) console.log(`${name[k].padEnd(22)} cpu ${m(k, "cpu").toFixed(2)} s   wall ${m(k, "wall").toFixed(2)} s   peak RSS ${m(k, "rss").toFixed(0)} MB`);
  for (const [a, b] of [["split", "j1"], ["split", "j2"], ["j2", "j1"]]) {
    if (!MODES.includes(a) || !MODES.includes(b)) continue;
    const rc = res[a].map((x, r) => x.cpu / res[b][r].cpu);
    const rw = res[a].map((x, r) => x.wall / res[b][r].wall);
    console.log(`${name[a]} / ${name[b]}: cpu ${rc.map((v) => v.toFixed(3)).join(", ")} (median ${median(rc).toFixed(3)}×); wall ${rw.map((v) => v.toFixed(3)).join(", ")} (median ${median(rw).toFixed(3)}×)`);
  }
  if (firstOut) console.log(`JSONL output of every run: ${same ? "byte-identical" : "DIFFERS"}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(same ? 0 : 1);
}
const m = (k, f) => median(res[k].map((x) => x[f]));
console.log(`${lines.length} posts, ${ROUNDS} rounds, medians (node ${process.version})`);
console.log(`--jobs 1                       cpu ${m("j1", "cpu").toFixed(2)} s   wall ${m("j1", "wall").toFixed(2)} s   peak RSS ${m("j1", "rss").toFixed(0)} MB`);
console.log(`--jobs 2                       cpu ${m("j2", "cpu").toFixed(2)} s   wall ${m("j2", "wall").toFixed(2)} s   peak RSS ${m("j2", "rss").toFixed(0)} MB`);
console.log(`two --jobs 1 processes at once cpu ${m("pair", "cpu").toFixed(2)} s   wall ${m("pair", "wall").toFixed(2)} s   (each on half the posts; RSS summed ${m("pair", "rss").toFixed(0)} MB)`);
console.log(`the two halves one after other cpu ${m("seq", "cpu").toFixed(2)} s   wall ${m("seq", "wall").toFixed(2)} s`);
console.log(`--jobs 2 / --jobs 1: cpu ${(m("j2", "cpu") / m("j1", "cpu")).toFixed(2)}×, wall ${(m("j2", "wall") / m("j1", "wall")).toFixed(2)}×; two processes at once / --jobs 1: cpu ${(m("pair", "cpu") / m("j1", "cpu")).toFixed(2)}×`);
// the ratio within each round (the two runs minutes apart, not a quarter hour): steadier than the
// ratio of the medians when the machine's speed drifts between rounds
const perRound = res.j1.map((x, r) => res.j2[r].cpu / x.cpu);
console.log(`--jobs 2 / --jobs 1 CPU in each round: ${perRound.map((x) => x.toFixed(2)).join(", ")} (median ${median(perRound).toFixed(2)}×)`);
console.log(`  of which a second warm-up (one after the other / --jobs 1) ${(m("seq", "cpu") / m("j1", "cpu")).toFixed(2)}×, sharing the cores (at once / one after the other) ${(m("pair", "cpu") / m("seq", "cpu")).toFixed(2)}×`);
rmSync(work, { recursive: true, force: true });
