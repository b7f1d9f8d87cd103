#!/usr/bin/env node
// A bounded load test of `baocao serve` (issue 11): starts the built server on a free loopback
// port, sends POST /parse with the seed report (5 kB) from 50 connections for 10 seconds
// (autocannon), samples the server's memory from GET /health, then stops it with SIGTERM and
// checks that it exits 0.
//
//   npm run build && node scripts/load-test.mjs [--duration 10] [--connections 50] [--jobs N] [--json]
//
//   requests     2,345 in 10 s   234 req/s   0 errors   0 non-2xx
//   latency ms   p50 …  p90 …  p99 …  max …
//   server RSS   peak … MB (… MB before)
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { get } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const value = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : d;
};
const duration = Number(value("--duration", 10));
const connections = Number(value("--connections", 50));
const jobs = value("--jobs");
const asJson = args.includes("--json");

const serverArgs = [join(root, "dist/cli.js"), "serve", "--port", "0", ...(jobs ? ["--jobs", jobs] : [])];
const server = spawn(process.execPath, serverArgs, { stdio: ["ignore", "ignore", "pipe"] });
let stderr = "";
server.stderr.setEncoding("utf8");
const url = await new Promise((ok, fail) => {
  server.stderr.on("data", (d) => {
    stderr += d;
    const m = /serving (http:\/\/\S+)/.exec(stderr);
    if (m) ok(m[1]);
  });
  server.once("exit", (code) => fail(new Error(`the server exited (${code}): ${stderr}`)));
});

const health = () =>
  new Promise((ok, fail) => {
    get(`${url}/health`, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => ok(JSON.parse(body)));
    }).on("error", fail);
  });

const before = await health();
let peakRss = before.memory.rss;
let peakWaiting = 0;
const sampler = setInterval(async () => {
  try {
    const h = await health();
    peakRss = Math.max(peakRss, h.memory.rss);
    peakWaiting = Math.max(peakWaiting, h.waiting);
  } catch {
    // a missed sample is not a result
  }
}, 250);

const text = readFileSync(join(root, "fixtures/seed.txt"), "utf8");
const result = await autocannon({
  url: `${url}/parse`,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ text, id: "seed" }),
  connections,
  duration,
  timeout: 30,
});
clearInterval(sampler);
const after = await health();

const exited = new Promise((ok) => server.once("exit", (code) => ok(code)));
server.kill("SIGTERM");
const exitCode = await exited;

const summary = {
  server: { threads: after.threads, queue: after.queue, args: serverArgs.slice(2).join(" ") },
  load: { connections, durationSeconds: duration, bodyBytes: Buffer.byteLength(JSON.stringify({ text, id: "seed" })) },
  requests: { total: result.requests.total, perSecond: { mean: result.requests.average, p50: result.requests.p50, min: result.requests.min, max: result.requests.max } },
  responses: { "2xx": result["2xx"], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts },
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max, mean: result.latency.average },
  throughputMBps: result.throughput.average / 1e6,
  memoryMB: { rssBefore: before.memory.rss / 1e6, rssPeak: peakRss / 1e6, rssAfter: after.memory.rss / 1e6, heapUsedAfter: after.memory.heapUsed / 1e6 },
  peakWaiting,
  sigterm: { exitCode },
};
if (asJson) console.log(JSON.stringify(summary, null, 2));
else {
  const f = (n, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(`server       ${summary.server.args} (${summary.server.threads} threads, queue ${summary.server.queue})`);
  console.log(`load         ${connections} connections, ${duration} s, POST /parse of ${f(summary.load.bodyBytes)} bytes (the seed report)`);
  console.log(`requests     ${f(summary.requests.total)} in ${duration} s   ${f(summary.requests.perSecond.mean, 1)} req/s   ${summary.responses.errors} errors   ${summary.responses.timeouts} timeouts   ${summary.responses.non2xx} non-2xx`);
  console.log(`latency ms   p50 ${summary.latencyMs.p50}   p90 ${summary.latencyMs.p90}   p99 ${summary.latencyMs.p99}   max ${summary.latencyMs.max}   mean ${f(summary.latencyMs.mean, 1)}`);
  console.log(`server RSS   ${f(summary.memoryMB.rssBefore)} MB before, ${f(summary.memoryMB.rssPeak)} MB peak, ${f(summary.memoryMB.rssAfter)} MB after (heap ${f(summary.memoryMB.heapUsedAfter)} MB); most waiting ${peakWaiting}`);
  console.log(`SIGTERM      exit ${exitCode}`);
}
process.exitCode = exitCode === 0 && result.errors === 0 && result.non2xx === 0 ? 0 : 1;
