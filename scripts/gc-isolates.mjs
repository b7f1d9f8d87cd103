#!/usr/bin/env node
// What each thread's heap did in one run of the built CLI (issue 14): the run under
// `node --trace-gc-nvp` (V8 prints one line per GC, each isolate with its own address), summed per
// isolate: MB allocated, MB promoted to the old generation, MB that survived a scavenge in the young
// one, scavenges, mark-compacts and their pauses. The main thread is the isolate that collects
// first (node's main isolate starts before any worker); the workers follow in the order of their
// first GC (for a stage pair, A and B by their allocation: B allocates more).
//
//   npm run build && node scripts/gc-isolates.mjs -- extract posts.jsonl --jobs 2 --quiet --out /tmp/o.jsonl
//   node scripts/gc-isolates.mjs --dist ../base/dist --runs 3 -- extract posts.jsonl --jobs 1 --quiet --out /tmp/o.jsonl
//   node scripts/gc-isolates.mjs --timeline -- extract …     # also the main thread's GCs one per line
//
// Phase 15 found with it why the pair's main thread promoted 40-54 MB over the archive against
// 8-15 MB for --jobs 1 (pair.ts InPair). The run's output goes where its arguments say; --out is
// removed before each run, so that a second run does not meet the first one's file.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const dash = argv.indexOf("--");
if (dash < 0 || dash === argv.length - 1) {
  console.error("usage: node scripts/gc-isolates.mjs [--dist DIR] [--runs N] [--timeline] -- CLI ARGS…");
  process.exit(2);
}
const own = argv.slice(0, dash);
const cliArgs = argv.slice(dash + 1);
const opt = (name, dflt) => (own.includes(name) ? own[own.indexOf(name) + 1] : dflt);
const cli = join(resolve(opt("--dist", join(root, "dist"))), "cli.js");
const RUNS = Number(opt("--runs", 1));
const TIMELINE = own.includes("--timeline");
const out = cliArgs.includes("--out") ? cliArgs[cliArgs.indexOf("--out") + 1] : undefined;
const mb = (b) => (b / 1e6).toFixed(1);

function run() {
  return new Promise((done) => {
    if (out) rmSync(out, { force: true });
    const child = spawn(process.execPath, ["--trace-gc-nvp", cli, ...cliArgs], { stdio: ["ignore", "pipe", "inherit"] });
    const isolates = new Map();
    let rest = "";
    let garbled = 0;
    child.stdout.on("data", (d) => {
      rest += d;
      for (let i = rest.indexOf("\n"); i >= 0; i = rest.indexOf("\n")) {
        const line = rest.slice(0, i);
        rest = rest.slice(i + 1);
        const m = /^\[\d+:(0x[0-9a-f]+)\]\s+(\d+) ms: pause=/.exec(line);
        if (!m) {
          // two threads' lines written into each other (each isolate prints on its own): not counted
          if (/^\[\d+:0x[0-9a-f]+\]|^pause=| gc=/.test(line)) garbled++;
          // anything else on standard output is the CLI's own
          else process.stdout.write(line + "\n");
          continue;
        }
        const f = Object.fromEntries([...line.matchAll(/([\w.]+)=(\S+)/g)].map((x) => [x[1], x[2]]));
        let s = isolates.get(m[1]);
        if (!s) isolates.set(m[1], (s = { allocated: 0, promoted: 0, survived: 0, scavenges: 0, markCompacts: 0, pause: 0, gcs: [] }));
        s.allocated += Number(f.allocated) || 0;
        s.promoted += Number(f.promoted) || 0;
        s.survived += Number(f.new_space_survived) || 0;
        s.pause += Number(f.pause) || 0;
        if (f.gc === "s") s.scavenges++;
        else s.markCompacts++;
        if (TIMELINE && isolates.size === 1) s.gcs.push(`${m[2].padStart(7)} ms ${f.gc.padEnd(3)} allocated ${mb(+f.allocated)} survived ${mb(+f.new_space_survived)} promoted ${mb(+f.promoted)} MB`);
      }
    });
    child.on("close", (code) => done({ code, isolates: [...isolates.values()], garbled }));
  });
}

for (let r = 0; r < RUNS; r++) {
  const { code, isolates, garbled } = await run();
  console.log(`run ${r + 1}: ${cli} ${cliArgs.join(" ")} → exit ${code}${garbled ? ` (${garbled} GC lines written into each other by two threads: left out)` : ""}`);
  isolates.forEach((s, k) => {
    const name = k === 0 ? "main" : `worker ${k}`;
    console.log(
      `  ${name.padEnd(9)} allocated ${mb(s.allocated).padStart(7)} MB  promoted ${mb(s.promoted).padStart(6)} MB  survived ${mb(s.survived).padStart(6)} MB  scavenges ${String(s.scavenges).padStart(4)}  mark-compacts ${String(s.markCompacts).padStart(2)}  pauses ${s.pause.toFixed(0)} ms`,
    );
  });
  if (TIMELINE) for (const l of isolates[0]?.gcs ?? []) console.log("   " + l);
}
