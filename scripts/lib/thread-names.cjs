// Preloaded (--require) into every thread of every node process that scripts/thread-cpu.mjs runs:
// appends "pid tid name" to $BAOCAO_THREAD_NAMES, so that the sampler can tell the OS threads
// apart (node names them all "node"). A worker is named by its workerData.role when it has one
// (the CLI's stage workers: a, b; bench-pipeline's: all, a, b), else "worker"; its threadId after.
// (--import does not run in worker threads on node 20; --require does.)
const file = process.env.BAOCAO_THREAD_NAMES;
if (file) {
  const { appendFileSync, readlinkSync } = require("node:fs");
  const { isMainThread, threadId, workerData } = require("node:worker_threads");
  try {
    // /proc/thread-self → "PID/task/TID"
    const [pid, , tid] = readlinkSync("/proc/thread-self").split("/");
    const role = !isMainThread && workerData && typeof workerData === "object" && typeof workerData.role === "string" ? workerData.role : "";
    const name = isMainThread ? "main" : `${role || "worker"}#${threadId}`;
    appendFileSync(file, `${pid} ${tid} ${name}\n`);
    // the whole process's CPU (every thread, those ended too), as the main thread exits
    if (isMainThread)
      process.on("exit", () => {
        const u = process.resourceUsage();
        appendFileSync(file, `${pid} total - ${(u.userCPUTime + u.systemCPUTime) / 1e6}\n`);
      });
  } catch {
    // not Linux: nothing to name
  }
}
