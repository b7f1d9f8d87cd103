#!/usr/bin/env node
// What V8's optimising compiler makes in each thread of a CLI run (issue 14, the pool): the built
// CLI reads the archive under `node --log-code`, which writes one log per isolate (the main thread,
// each worker), and this script counts each isolate's TurboFan code (code-creation events marked
// "*": first compiles, recompiles and OSR alike) by function (name and dist file:line:column). The
// isolates are named by the code they ran: A (cli/stage-a.js), B (cli/stage-b.js), the pool worker
// (cli/worker.js), the main thread (the rest). It prints each isolate's compiles, functions and code
// size, the functions optimised in both A and B (what two isolates compile twice: code both stages
// run), and, with `--vs 1`, how the pair's A + B differ from a --jobs 1 worker function by function.
// (--trace-opt cannot tell the threads apart: V8's trace has no isolate, and its "took" times are
// the compiler threads' wall time, which the load inflates; code size is the steadier measure.)
//
//   npm run build && node scripts/jit-isolates.mjs                   # --jobs 2 (the pair)
//   node scripts/jit-isolates.mjs --vs 1 --top 40                    # and --jobs 1, the difference
//   node scripts/jit-isolates.mjs --limit 3000 --jobs 2 --no-stages  # other CLI flags pass through
//
// Measured 2026-12-07 (main 64d4fb5, 10,000 posts, four runs of the pair, two of --jobs 1, load
// 6–15): A 294–351 TurboFan codes, B 418–433, the --jobs 1 worker 626–690; A + B 3.34–3.51 MB of
// code against 3.07–3.23 MB. Optimised in both A and B: 31–36 functions, 37–42 KB of code (foldNfc,
// learn, runPhases, hashString, scanAt, TextDoc, tokenAt, …), ~1% of the pair's code: not where
// the pair's extra CPU goes. The rest of its extra is its own code (the hand-over's writer and
// reader, handA, finishB: ~150 KB) and recompiles that move from run to run.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { archiveOrSkip } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const own = new Set(["--vs", "--top", "--limit"]);
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const pass = args.filter((a, i) => !own.has(a) && !own.has(args[i - 1]));
const TOP = Number(opt("--top", 25));
const LIMIT = Number(opt("--limit", 0));
const VS = opt("--vs", "");
const archive = archiveOrSkip("jit-isolates");
const work = mkdtempSync(join(tmpdir(), "jit-isolates-"));
let input = archive;
if (LIMIT) {
  input = join(work, "posts.jsonl");
  const lines = gunzipSync(readFileSync(archive)).toString("utf8").split("\n").filter(Boolean);
  writeFileSync(input, lines.slice(0, LIMIT).join("\n") + "\n");
}
const cli = join(root, "dist", "cli.js");
const short = (s) => s.replace(/file:\/\/\/\S*?\/dist\//, "");

/** One run of the CLI: its isolates, each { role, codes, size, fns: Map(function → { n, size }) }. */
function run(flags) {
  const dir = mkdtempSync(join(work, "run-"));
  const r = spawnSync(process.execPath, ["--log-code", cli, "extract", input, "--quiet", "--out", join(dir, "out.jsonl"), ...flags], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`the CLI exited ${r.status}`);
  const isolates = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith("-v8.log"))) {
    const fns = new Map();
    let codes = 0;
    let size = 0;
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      // code-creation,JS,kind,time,address,size,NAME FILE:LINE:COL,sfi,* (the name may hold commas)
      if (!line.startsWith("code-creation,JS,") || !line.endsWith(",*")) continue;
      const p = line.split(",");
      const name = short(p.slice(6, p.length - 2).join(","));
      const e = fns.get(name) ?? { n: 0, size: 0 };
      e.n++;
      e.size += Number(p[5]);
      fns.set(name, e);
      codes++;
      size += Number(p[5]);
    }
    // by the folders only one side runs: A people and organisations, B relations and checks
    const ran = (folder) => [...fns.keys()].filter((k) => k.includes(` ${folder}`)).length;
    const side = ran("recognize/people") + ran("recognize/title") - ran("relate/") - ran("check/");
    const role = ran("cli/stage-") ? (side > 0 ? "A" : "B") : ran("cli/worker.js") ? "worker" : "main";
    isolates.push({ role, codes, size, fns });
  }
  rmSync(dir, { recursive: true, force: true });
  return isolates.sort((a, b) => a.role.localeCompare(b.role));
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const describe = (label, isolates) => {
  console.log(label);
  for (const i of isolates) console.log(`  ${i.role.padEnd(7)} ${String(i.codes).padStart(4)} TurboFan codes, ${String(i.fns.size).padStart(4)} functions, ${kb(i.size).padStart(8)}`);
};

const pair = run(pass.length ? pass : ["--jobs", "2"]);
describe(`${pass.length ? pass.join(" ") : "--jobs 2"}:`, pair);
const a = pair.find((i) => i.role === "A");
const b = pair.find((i) => i.role === "B");
if (a && b) {
  const both = [...a.fns].filter(([k]) => b.fns.has(k)).map(([k, e]) => [k, e.n, b.fns.get(k).n, Math.min(e.size / e.n, b.fns.get(k).size / b.fns.get(k).n)]);
  both.sort((x, y) => y[3] - x[3]);
  console.log(`optimised in both A and B: ${both.length} functions, ${kb(both.reduce((s, r) => s + r[3], 0))} of code (one compile's size each)`);
  for (const [k, na, nb, size] of both.slice(0, TOP)) console.log(`  ${String(Math.round(size)).padStart(6)} B  A ${na} B ${nb}  ${k}`);
}
if (VS) {
  const one = run(["--jobs", VS]);
  describe(`--jobs ${VS}:`, one);
  const w = one.find((i) => i.role === "worker");
  const sum = new Map();
  for (const i of [a, b]) if (i) for (const [k, e] of i.fns) sum.set(k, { n: (sum.get(k)?.n ?? 0) + e.n, size: (sum.get(k)?.size ?? 0) + e.size });
  const rows = [];
  for (const k of new Set([...w.fns.keys(), ...sum.keys()])) {
    const x = w.fns.get(k) ?? { n: 0, size: 0 };
    const y = sum.get(k) ?? { n: 0, size: 0 };
    if (x.n !== y.n) rows.push([k, x.n, y.n, y.size - x.size]);
  }
  rows.sort((p, q) => Math.abs(q[3]) - Math.abs(p[3]));
  const more = rows.reduce((s, r) => s + Math.max(0, r[3]), 0);
  const less = rows.reduce((s, r) => s + Math.min(0, r[3]), 0);
  console.log(`A + B against the --jobs ${VS} worker: ${rows.length} functions compiled a different number of times; ${kb(more)} more code, ${kb(-less)} less`);
  for (const [k, nw, np, d] of rows.slice(0, TOP)) console.log(`  ${(d > 0 ? "+" : "") + d}`.padEnd(10) + ` worker ${nw} pair ${np}  ${k}`);
}
rmSync(work, { recursive: true, force: true });
