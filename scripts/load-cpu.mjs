#!/usr/bin/env node
// What each worker role of the CLI pays to load (issue 14): a fresh `node` process per load, in
// turns, starts one worker as the pools start it (pool.ts spawn) — the pool's worker (cli/worker.js),
// stage A or stage B of a pair (cli/stage-worker.js) — and waits, without a batch, until it marks
// itself loaded (turns.ts markLoaded: progress [4] = 1). Printed per role, the median over rounds:
//   thread   CPU of the worker's own thread from its start to markLoaded (ns, /proc/…/schedstat)
//   process  CPU of the whole process over the same span minus the waiting main thread's (the
//            worker and V8's background threads: concurrent compiles, GC helpers)
//   wall     ms from new Worker to markLoaded (load distorts it; the CPU figures it does not)
//
//   node scripts/load-cpu.mjs                                 # dist, 10 rounds, pool a b
//   node scripts/load-cpu.mjs --ab /work/base/dist --rounds 8 # + another build's dist, in turns
//   node scripts/load-cpu.mjs --roles b --rounds 20 --json
// Linux only (/proc). Built dist.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, Worker } from "node:worker_threads";

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);

/** ns on CPU of a thread (first field of schedstat). */
const onCpu = (pid, tid) => Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);

if (argv[0] === "--child") {
  // one load: argv[1] role (pool, a, b), argv[2] dist
  const [, role, dist] = argv;
  const names = process.env.BAOCAO_THREAD_NAMES;
  const progress = new SharedArrayBuffer(20); // turns.ts PROGRESS_BYTES
  const flags = new Int32Array(progress);
  const mainTid = readFileSync(names, "utf8").split("\n").find((l) => l.endsWith(" main")).split(" ")[1];
  const u0 = process.resourceUsage();
  const m0 = onCpu(process.pid, mainTid);
  const t0 = performance.now();
  const limits = { resourceLimits: { maxOldGenerationSizeMb: 4096 } };
  let w;
  if (role === "pool") w = new Worker(join(dist, "cli/worker.js"), { workerData: { progress }, ...limits });
  else {
    const { port2 } = new MessageChannel();
    w = new Worker(join(dist, "cli/stage-worker.js"), { workerData: { role, progress, port: port2 }, transferList: [port2], ...limits });
  }
  w.on("error", (e) => {
    console.error(e);
    process.exit(1);
  });
  // wait without spinning (markLoaded stores, it does not notify): 1 ms naps
  const wait = () => {
    while (Atomics.load(flags, 4) === 0) {
      Atomics.wait(flags, 4, 0, 1);
      if (performance.now() - t0 > 60_000) throw new Error("not loaded in 60 s");
    }
  };
  // (the worker starts once this turn of the event loop ends)
  setImmediate(() => {
    wait();
    const wall = performance.now() - t0;
    const u = process.resourceUsage();
    const m = onCpu(process.pid, mainTid) - m0;
    const tid = readFileSync(names, "utf8")
      .split("\n")
      .find((l) => /^\d+ \d+ (pool|a|b|worker)#/.test(l) && l.startsWith(`${process.pid} `))
      .split(" ")[1];
    const thread = onCpu(process.pid, tid) / 1e6;
    const proc = (u.userCPUTime + u.systemCPUTime - u0.userCPUTime - u0.systemCPUTime) / 1e3 - m / 1e6;
    console.log(JSON.stringify({ thread, process: proc, wall }));
    process.exit(0);
  });
} else {
  const ROUNDS = Number(opt("--rounds", 10));
  const ROLES = opt("--roles", "pool,a,b").split(",");
  const builds = [["this", resolve(here, "..", "dist")]];
  if (opt("--ab")) builds.push(["other", resolve(opt("--ab"))]);
  const got = new Map();
  const dir = mkdtempSync(join(tmpdir(), "load-cpu-"));
  for (let r = 0; r < ROUNDS; r++)
    for (const role of ROLES)
      for (const [name, dist] of r % 2 ? [...builds].reverse() : builds) {
        const names = join(dir, `names-${r}-${role}-${name}`);
        const env = { ...process.env, BAOCAO_THREAD_NAMES: names, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(here, "lib", "thread-names.cjs")}`.trim() };
        const p = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", role, dist], { env, encoding: "utf8" });
        if (p.status !== 0) throw new Error(`${role} ${name}: ${p.stderr}`);
        const key = `${role} ${name}`;
        if (!got.has(key)) got.set(key, []);
        got.get(key).push(JSON.parse(p.stdout.trim().split("\n").pop()));
      }
  rmSync(dir, { recursive: true, force: true });
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const rows = [...got].map(([key, runs]) => ({ key, thread: median(runs.map((x) => x.thread)), process: median(runs.map((x) => x.process)), wall: median(runs.map((x) => x.wall)), runs: runs.length }));
  if (argv.includes("--json")) console.log(JSON.stringify({ rows, raw: Object.fromEntries(got) }, null, 1));
  else {
    console.log(`load CPU per worker role, median of ${ROUNDS} (ms)   ${builds.map(([n, d]) => `${n}: ${d}`).join("   ")}`);
    console.log("role / build        thread   process      wall");
    for (const r of rows) console.log(`${r.key.padEnd(16)} ${r.thread.toFixed(0).padStart(9)} ${r.process.toFixed(0).padStart(9)} ${r.wall.toFixed(0).padStart(9)}`);
  }
}
