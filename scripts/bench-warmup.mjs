#!/usr/bin/env node
// What a fresh process pays before parseReport runs at full speed (issue 14, the pool): the
// archive's posts parsed once cold, in chunks, then the same posts again warm, in one process.
// For each chunk: CPU time of the process (user + sys, every thread: V8 compiles on background
// threads), wall time, CPU ns per character, CPU/wall. The warm-up cost is the cold pass's CPU
// less the warm pass's. Every worker of the CLI's pool is a fresh V8 isolate and pays it again,
// so with W the warm CPU of the whole archive, J the warm-up over all its posts and J½ the
// warm-up over the first half (a worker of two sees only half the posts, so it warms up less):
//   --jobs 1 ≈ W + J,   --jobs 2 ≈ W + 2·J½
// and the script prints (W + 2·J½) / (W + J), the CPU ratio --jobs 2 / --jobs 1 that the
// warm-up alone predicts (the CLI's reading and writing, on the main thread, come on top of
// both). Measured 2026-12-06 on 10,000 posts: predicted 1.28, bench-pool.mjs 1.26.
// The warm pass flatters a little (fold()'s memo is full), so J is an upper bound by that much.
//
//   npm run build && nice -n 10 node scripts/bench-warmup.mjs [--limit 10000] [--chunk 1000]
//   node --no-opt scripts/bench-warmup.mjs --limit 3000   # without TurboFan: what compiling costs
//   BAOCAO_DIST=.tmp/dist node scripts/bench-warmup.mjs   # another build
//
// Ratios within one run are the figures to read; seconds move with the machine's load.
import { readdirSync, readFileSync } from "node:fs";
import { PerformanceObserver, performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { argv } from "./lib/args.mjs";
import { archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { value } = argv();
const limit = Number(value("--limit") ?? 10000);
const chunk = Math.max(1, Number(value("--chunk") ?? 1000));
const archive = archiveOrSkip("bench-warmup");
const dist = resolve(root, process.env.BAOCAO_DIST ?? "dist");
const { parseReport } = await import(pathToFileURL(join(dist, "index.js")).href);

const docs = (await readArchive(archive, limit)).map((o) => o.text);

/**
 * CPU seconds of this process's threads by kind, from /proc (Linux; 10 ms ticks): `main` the
 * JavaScript thread (interpreter, Sparkplug and optimised code, the GC's pauses, the compile
 * jobs' main-thread parts), `v8` every other thread: V8's workers (the concurrent TurboFan
 * compiler, the GC's concurrent marking and sweeping; libuv's are idle while the posts are
 * parsed). Undefined without /proc.
 */
function threads() {
  try {
    const out = { main: 0, v8: 0 };
    for (const tid of readdirSync("/proc/self/task")) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const s = (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks (100 Hz)
      out[Number(tid) === process.pid ? "main" : "v8"] += s; // Node 20 names every thread "node"
    }
    return out;
  } catch {
    return undefined;
  }
}
// The GC's pauses of the main thread (wall ms), from perf_hooks: entries arrive after the
// synchronous pass, and are put in their chunk by start time.
const gcs = [];
new PerformanceObserver((l) => gcs.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: "gc" });

async function pass() {
  const rows = [];
  for (let at = 0; at < docs.length; at += chunk) {
    const part = docs.slice(at, at + chunk);
    const chars = part.reduce((n, d) => n + d.length, 0);
    const th = threads();
    const c = process.cpuUsage();
    const t0 = performance.now();
    for (const d of part) parseReport(d);
    const t1 = performance.now();
    const u = process.cpuUsage(c);
    const th1 = threads();
    const split = th && th1 ? { main: th1.main - th.main, v8: th1.v8 - th.v8 } : undefined;
    rows.push({ from: at, to: at + part.length, chars, cpu: (u.user + u.system) / 1e6, wall: (t1 - t0) / 1e3, t0, t1, split, gc: 0 });
  }
  await new Promise((ok) => setTimeout(ok, 50));
  for (const r of rows) r.gc = gcs.filter(([s]) => s >= r.t0 && s < r.t1).reduce((n, [, d]) => n + d, 0) / 1e3;
  return rows;
}
const cold = await pass();
const warm = await pass();
const sum = (rows, k) => rows.reduce((n, r) => n + r[k], 0);
const f = (x, d = 2) => x.toFixed(d);
console.log(`bench-warmup: ${docs.length} posts, chunks of ${chunk}${process.execArgv.length ? `, node ${process.execArgv.join(" ")}` : ""}`);
console.log("posts          cold: cpu s  ns/char  cpu/wall   warm: cpu s  ns/char  cpu/wall   cold/warm");
for (let i = 0; i < cold.length; i++) {
  const a = cold[i];
  const b = warm[i];
  const ns = (r) => (r.cpu * 1e9) / r.chars;
  console.log(
    `${`${a.from}–${a.to}`.padEnd(14)} ${f(a.cpu).padStart(10)} ${f(ns(a), 0).padStart(8)} ${f(a.cpu / a.wall).padStart(9)}   ${f(b.cpu).padStart(10)} ${f(ns(b), 0).padStart(8)} ${f(b.cpu / b.wall).padStart(9)}   ${f(a.cpu / b.cpu).padStart(9)}`,
  );
}
const W = sum(warm, "cpu");
const J = sum(cold, "cpu") - W;
const half = (rows) => rows.filter((r) => r.to <= Math.ceil(docs.length / 2));
const Jhalf = sum(half(cold), "cpu") - sum(half(warm), "cpu");
console.log(`cold pass ${f(sum(cold, "cpu"))} s CPU (${f(sum(cold, "wall"))} s wall); warm pass W = ${f(W)} s CPU (${f(sum(warm, "wall"))} s wall)`);
console.log(`warm-up J = ${f(J)} s CPU, ${f((100 * J) / (W + J), 0)}% of a cold pass; over the first ${half(cold).at(-1)?.to ?? 0} posts J½ = ${f(Jhalf)} s`);
console.log(`--jobs 2 / --jobs 1 CPU from the warm-up alone: (W + 2·J½) / (W + J) = ${f((W + 2 * Jhalf) / (W + J))}`);
if (cold[0].split) {
  const part = (rows, k) => rows.reduce((n, r) => n + r.split[k], 0);
  const m = part(cold, "main") - part(warm, "main");
  const v = part(cold, "v8") - part(warm, "v8");
  const g = sum(cold, "gc") - sum(warm, "gc");
  console.log(`where J goes (cold − warm, CPU s by thread): main thread ${f(m)} (of it GC pauses ${f(g)} s wall), other threads ${f(v)} (V8's workers: the concurrent compiler, GC marking and sweeping)`);
  console.log(`  cold: main ${f(part(cold, "main"))}, other threads ${f(part(cold, "v8"))}, GC pauses ${f(sum(cold, "gc"))}; warm: main ${f(part(warm, "main"))}, other threads ${f(part(warm, "v8"))}, GC pauses ${f(sum(warm, "gc"))}`);
  console.log("  by chunk, cold − warm: main / other threads / GC pauses");
  for (let i = 0; i < cold.length; i++) {
    const a = cold[i];
    const b = warm[i];
    console.log(`  ${`${a.from}–${a.to}`.padEnd(14)} ${f(a.split.main - b.split.main).padStart(6)} ${f(a.split.v8 - b.split.v8).padStart(6)} ${f(a.gc - b.gc).padStart(6)}`);
  }
}
