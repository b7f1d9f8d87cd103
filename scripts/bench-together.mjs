#!/usr/bin/env node
// Two runs of the built CLI over the archive AT THE SAME TIME, each round: their CPU (user + sys,
// every thread), wall and peak RSS, and the CPU ratio B / A of each round (issue 14, the pool).
// On a loaded machine the CPU time of one run moves 10–20% from one minute to the next (other
// work slows each instruction), so runs taken in turns need many rounds to show a few per cent;
// two runs started together meet the same load, and when they have the same threads (two pairs,
// or two --jobs 1) they meet each other alike. A against itself (A/A) at load 9–15: 0.993 and
// 0.999. Use it to compare two settings or two builds of ONE mode; it cannot compare --jobs 1 with
// the pair (their threads differ, so they do not share the cores alike): bench-pool.mjs does that.
//
//   npm run build && node scripts/bench-together.mjs --rounds 3 --a "--jobs 2" --b "--jobs 2"   # A/A
//   node scripts/bench-together.mjs --a-dist ../base/dist --a "--jobs 2" --b "--jobs 2"        # two builds
//   node scripts/bench-together.mjs --a "--jobs 2" --b "--jobs 2" --b-node "--single-threaded-gc"
//   node scripts/bench-together.mjs --a "--jobs 2" --b "--jobs 2" --b-env BAOCAO_X=1 --limit 3000
//
// Each side's JSONL output is compared with the other's (exit 1 when they differ).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { archiveOrSkip } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const words = (s) => (s ?? "").split(" ").filter(Boolean);
const ROUNDS = Number(arg("--rounds", 3));
const LIMIT = Number(arg("--limit", 0));
const archive = archiveOrSkip("bench-together");
const work = mkdtempSync(join(tmpdir(), "baocao-together-"));
const input = join(work, "posts.jsonl");
let lines = gunzipSync(readFileSync(archive)).toString("utf8").split("\n").filter(Boolean);
if (LIMIT) lines = lines.slice(0, LIMIT);
writeFileSync(input, lines.join("\n") + "\n");
// loaded before the CLI: the process's own resource use at exit
const usage = join(work, "usage.mjs");
writeFileSync(
  usage,
  `import { writeFileSync } from "node:fs";
process.on("exit", () => { const u = process.resourceUsage(); writeFileSync(process.env.BAOCAO_USAGE, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, rss: u.maxRSS / 1024 })); });`,
);
const side = (k) => ({
  name: k.toUpperCase(),
  cli: join(resolve(arg(`--${k}-dist`, join(root, "dist"))), "cli.js"),
  args: words(arg(`--${k}`, "--jobs 2")),
  node: words(arg(`--${k}-node`, "")),
  env: Object.fromEntries(words(arg(`--${k}-env`, "").replaceAll(",", " ")).map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)])),
});
const sides = [side("a"), side("b")];

function run(s) {
  return new Promise((done) => {
    const out = join(work, `${s.name}.jsonl`);
    const use = join(work, `usage-${s.name}.json`);
    const t0 = performance.now();
    const child = spawn(process.execPath, [...s.node, "--import", usage, s.cli, "extract", input, "--quiet", "--out", out, ...s.args], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...s.env, BAOCAO_USAGE: use } });
    child.on("close", (code) => done({ code, wall: (performance.now() - t0) / 1000, ...JSON.parse(readFileSync(use, "utf8")) }));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
for (const s of sides) console.log(`${s.name}: ${[...s.node, s.cli, ...s.args].join(" ")}${Object.keys(s.env).length ? `  (${Object.entries(s.env).map(([k, v]) => `${k}=${v}`).join(" ")})` : ""}`);
const ratios = [];
let same = true;
for (let r = 0; r < ROUNDS; r++) {
  // (which starts first alternates: a spawn takes a few ms)
  const order = r % 2 ? [1, 0] : [0, 1];
  const res = [];
  await Promise.all(order.map(async (k) => (res[k] = await run(sides[k]))));
  const [a, b] = res;
  if (a.code || b.code) throw new Error(`the CLI exited ${a.code} / ${b.code}`);
  if (!readFileSync(join(work, "A.jsonl")).equals(readFileSync(join(work, "B.jsonl")))) same = false;
  ratios.push(b.cpu / a.cpu);
  console.log(`round ${r + 1}: A cpu ${a.cpu.toFixed(2)} s, wall ${a.wall.toFixed(2)} s, rss ${a.rss.toFixed(0)} MB | B cpu ${b.cpu.toFixed(2)} s, wall ${b.wall.toFixed(2)} s, rss ${b.rss.toFixed(0)} MB | B / A cpu ${(b.cpu / a.cpu).toFixed(3)}`);
}
console.log(`${lines.length} posts, ${ROUNDS} rounds, both at once: B / A CPU median ${median(ratios).toFixed(3)}× (${ratios.map((x) => x.toFixed(3)).join(", ")}); JSONL output ${same ? "byte-identical" : "DIFFERS"}`);
rmSync(work, { recursive: true, force: true });
process.exit(same ? 0 : 1);
