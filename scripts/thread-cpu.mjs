#!/usr/bin/env node
// Where a node command's CPU goes, thread by thread (issue 14: the --stages pair against --jobs 1
// and the prototype). Runs the command with scripts/lib/thread-names.cjs preloaded into every
// thread of every node process it starts (NODE_OPTIONS --require: each thread writes its pid, tid
// and name — main, the worker's workerData.role or "worker", #threadId — since node names every OS
// thread "node"), samples /proc/PID/task/*/stat of those processes every --every ms (utime + stime),
// and prints each process's threads: main, each worker, and the rest (V8's platform threads:
// concurrent compiles and marking, the GC's helpers; libuv's pool: gunzip, file reads) as
// "background", with the process's own total (process.resourceUsage at exit, every thread) and
// what the samples missed (threads that ended between two samples).
//
//   node scripts/thread-cpu.mjs -- node dist/cli.js extract posts.jsonl --jobs 1 --quiet --out /tmp/out.jsonl
//   node scripts/thread-cpu.mjs --runs 3 -- node dist/cli.js extract posts.jsonl --stages --jobs 2 --quiet --out /tmp/out.jsonl
//   node scripts/thread-cpu.mjs --json -- node scripts/bench-pipeline.mjs --modes sides --rounds 1
//   node scripts/thread-cpu.mjs --every 50 --all -- …     # every background thread, not only their sum
//
// With --runs N the command runs N times one after the other, each run listed, then the medians
// of each row. Linux only (/proc). The command's own output goes to stderr.
// (Before 2a6afe0 the CLI wrote FILE.part and renamed it over FILE at the end, so `--out /dev/null`
// replaced the device with a plain file; since, a device or a pipe is written in place.)
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const dash = argv.indexOf("--");
if (dash < 0 || dash === argv.length - 1) {
  console.error("usage: node scripts/thread-cpu.mjs [--every MS] [--runs N] [--json] [--all] -- COMMAND ARGS…");
  process.exit(2);
}
const own = argv.slice(0, dash);
const command = argv.slice(dash + 1);
const opt = (name, dflt) => (own.includes(name) ? own[own.indexOf(name) + 1] : dflt);
const EVERY = Number(opt("--every", 100));
const RUNS = Number(opt("--runs", 1));
const JSON_OUT = own.includes("--json");
const ALL = own.includes("--all");
const TICK = 100; // clock ticks a second (USER_HZ: 100 on Linux)

/** utime + stime (s) and the name of each thread of a process, now; null when it is gone. */
function sample(pid) {
  const out = new Map();
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  for (const tid of tids) {
    try {
      const s = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      // "tid (comm) state ppid …": the fields after the comm's closing parenthesis
      const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
      out.set(tid, (Number(f[11]) + Number(f[12])) / TICK);
    } catch {
      // ended between the listing and the read
    }
  }
  return out;
}

/** One run of the command: per process, each thread's CPU (s) by name, the background's, the total. */
async function runOnce() {
  const dir = mkdtempSync(join(tmpdir(), "thread-cpu-"));
  const names = join(dir, "names");
  const env = { ...process.env, BAOCAO_THREAD_NAMES: names, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(here, "lib", "thread-names.cjs")}`.trim() };
  const t0 = performance.now();
  const child = spawn(command[0], command.slice(1), { stdio: ["ignore", "inherit", "inherit"], env });
  // per pid: tid → last CPU seen, and the order tids were first seen
  const seen = new Map();
  const pidsOf = () => {
    const pids = new Set([String(child.pid)]);
    if (existsSync(names)) for (const line of readFileSync(names, "utf8").split("\n")) if (line) pids.add(line.split(" ")[0]);
    return pids;
  };
  const tick = () => {
    for (const pid of pidsOf()) {
      const s = sample(pid);
      if (!s) continue;
      if (!seen.has(pid)) seen.set(pid, new Map());
      const m = seen.get(pid);
      for (const [tid, cpu] of s) m.set(tid, Math.max(m.get(tid) ?? 0, cpu));
    }
  };
  const timer = setInterval(tick, EVERY);
  const code = await new Promise((done) => child.on("close", done));
  clearInterval(timer);
  const wall = (performance.now() - t0) / 1000;
  const named = new Map(); // "pid tid" → name
  const totals = new Map(); // pid → CPU of the whole process at exit
  if (existsSync(names))
    for (const line of readFileSync(names, "utf8").split("\n")) {
      const [pid, tid, name, cpu] = line.split(" ");
      if (tid === "total") totals.set(pid, Number(cpu));
      else if (name) named.set(`${pid} ${tid}`, name);
    }
  rmSync(dir, { recursive: true, force: true });
  const procs = [];
  for (const [pid, m] of seen) {
    const rows = [];
    let background = 0;
    const others = [];
    for (const [tid, cpu] of m) {
      const name = named.get(`${pid} ${tid}`);
      if (name) rows.push({ name, tid, cpu });
      else {
        background += cpu;
        others.push({ name: `(tid ${tid})`, tid, cpu });
      }
    }
    const sampled = rows.reduce((a, r) => a + r.cpu, background);
    const total = totals.get(pid);
    procs.push({ pid, rows, background, others, total, missed: total !== undefined ? Math.max(0, total - sampled) : undefined });
  }
  return { code, wall, procs };
}

const fmt = (x) => (x === undefined ? "   ?" : x.toFixed(2).padStart(6));
const runs = [];
for (let r = 0; r < RUNS; r++) {
  const x = await runOnce();
  runs.push(x);
  if (JSON_OUT) continue;
  console.log(`run ${r + 1}: exit ${x.code}, wall ${x.wall.toFixed(2)} s`);
  for (const p of x.procs) {
    console.log(`  process ${p.pid}: total ${fmt(p.total)} s CPU (every thread, at exit)`);
    for (const row of p.rows) console.log(`    ${row.name.padEnd(16)} ${fmt(row.cpu)} s`);
    console.log(`    ${"background".padEnd(16)} ${fmt(p.background)} s   (${p.others.length} other threads: V8 platform, libuv)`);
    if (ALL) for (const o of p.others.filter((o) => o.cpu > 0)) console.log(`      ${o.name.padEnd(14)} ${fmt(o.cpu)} s`);
    if (p.missed !== undefined) console.log(`    ${"not sampled".padEnd(16)} ${fmt(p.missed)} s   (threads that ended between samples)`);
  }
}
if (JSON_OUT) console.log(JSON.stringify(runs.map((x) => ({ ...x, procs: x.procs.map(({ others, ...p }) => (ALL ? { ...p, others } : p)) }))));
else if (RUNS > 1) {
  // the medians of each row, over the runs, for the processes in the order they started; workers by name without #id
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const rowsOf = (x) => {
    const o = {};
    x.procs.forEach((p, k) => {
      for (const r of p.rows) {
        const key = `${k} ${r.name.replace(/#\d+$/, "")}`;
        o[key] = (o[key] ?? 0) + r.cpu;
      }
      o[`${k} background`] = p.background;
      if (p.total !== undefined) o[`${k} total`] = p.total;
    });
    return o;
  };
  const all = runs.map(rowsOf);
  console.log(`medians of ${RUNS} runs (wall ${median(runs.map((x) => x.wall)).toFixed(2)} s):`);
  for (const key of Object.keys(all[0])) console.log(`  process ${key.padEnd(20)} ${fmt(median(all.map((o) => o[key] ?? 0)))} s`);
}
