// The modules a stage worker of the CLI (--stages, dist/cli/stage-worker.js) really loads, by role:
// one worker started as pair.ts starts it, given an empty batch, ended when it answers.
//
//   node --import ./scripts/lib/record-loads.mjs scripts/stage-loads.mjs a 2>loads-a.txt   # LOADED lines
//   node scripts/stage-loads.mjs b [DIST]                                                  # time to answer only
import { Worker, MessageChannel } from "node:worker_threads";
import { join, resolve } from "node:path";
const role = process.argv[2];
const dist = resolve(process.argv[3] ?? "dist");
const { port1, port2 } = new MessageChannel();
const progress = new SharedArrayBuffer(20); // turns.ts PROGRESS_BYTES
const w = new Worker(join(dist, "cli/stage-worker.js"), { env: { ...process.env, BAOCAO_RECORD_HOOKS: "" }, workerData: { role, progress, port: port2 }, transferList: [port2] });
const t0 = process.hrtime.bigint();
const end = (m) => { console.log(role, "done", Number(process.hrtime.bigint() - t0) / 1e6, "ms", JSON.stringify(m).slice(0, 100)); w.terminate(); port1.close(); };
const opts = { mode: "extract", format: "jsonl" };
if (role === "a") {
  port1.on("message", end);
  w.postMessage({ batch: 1, posts: [], opts });
} else {
  w.on("message", end);
  port1.postMessage({ batch: 1, opts, posts: [], failed: [], at: [], reads: [], chunks: [], spent: new Float64Array(0) });
}
