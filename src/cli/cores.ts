/**
 * How many cores this process may really use, and the --jobs that follows (issues 12, 14).
 *
 *   availableCores()          → min(os.availableParallelism(), cgroup CPU quota rounded up)
 *                               a container limited to 1.5 CPUs on a 16-core host → 2
 *   defaultJobs(2)            → 1   (the main thread reads, unzips and writes: one core for it)
 *   clampJobs(400, 2)         → { jobs: 2, note: "--jobs 400 is more than the 2 cores available; using 2" }
 *   stagesFor(2)              → true  (a stage pair: --stages); stagesFor(2, false) → false (--no-stages)
 *
 * The cgroup quota is read from cgroup v2 (`cpu.max`: "150000 100000") or v1
 * (`cpu.cfs_quota_us` / `cpu.cfs_period_us`); "max" or -1 means no quota.
 */
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return undefined;
  }
}

/** CPUs allowed by the cgroup quota of this process, or undefined when there is none. */
export function cgroupCpus(root = "/sys/fs/cgroup", self = read("/proc/self/cgroup")): number | undefined {
  if (!self) return undefined;
  let best: number | undefined;
  const take = (quota: number, period: number) => {
    if (quota > 0 && period > 0) best = Math.min(best ?? Infinity, quota / period);
  };
  for (const line of self.split("\n")) {
    const [, controllers, path] = line.split(":");
    if (controllers === undefined || path === undefined) continue;
    if (controllers === "") {
      // v2: walk up from our group; the tightest cpu.max on the way applies
      for (let p = path; ; p = p.slice(0, p.lastIndexOf("/"))) {
        const max = read(`${root}${p === "/" ? "" : p}/cpu.max`);
        if (max) {
          const [q, per] = max.split(/\s+/);
          if (q !== "max") take(Number(q), Number(per ?? 100000));
        }
        if (!p || p === "/") break;
      }
    } else if (controllers.split(",").includes("cpu")) {
      for (const dir of [`${root}/cpu,cpuacct`, `${root}/cpu`]) {
        const q = read(`${dir}${path === "/" ? "" : path}/cpu.cfs_quota_us`);
        const per = read(`${dir}${path === "/" ? "" : path}/cpu.cfs_period_us`);
        if (q && per) {
          take(Number(q), Number(per));
          break;
        }
      }
    }
  }
  return best;
}

/** Cores this process can use: the CPU affinity (os.availableParallelism) capped by the cgroup quota. */
export function availableCores(): number {
  const quota = cgroupCpus();
  return Math.max(1, Math.min(availableParallelism(), quota ? Math.ceil(quota) : Infinity));
}

/**
 * The default number of worker threads. The main thread reads, unzips, parses JSONL and writes
 * (about a fifth of a core on the 2017 archive), so one core is left to it when there are more
 * than two; on two cores a second worker costs more CPU than it saves (figures in the README).
 */
export function defaultJobs(cores = availableCores()): number {
  return cores <= 2 ? 1 : cores - 1;
}

/** --jobs N bounded by the cores; a note when it was lowered. */
export function clampJobs(asked: number, cores = availableCores()): { jobs: number; note?: string } {
  if (asked <= cores) return { jobs: asked };
  return { jobs: cores, note: `--jobs ${asked} is more than the ${cores} core${cores === 1 ? "" : "s"} available; using ${cores}` };
}

/**
 * Whether the batch pool splits each post's phases between pairs of threads (--stages, pair.ts)
 * rather than giving each thread whole posts (pool.ts): as asked (--stages, --no-stages), else a
 * pair for exactly 2 jobs — the jobs the run has, after clampJobs: --jobs 2, the default on 3
 * cores, or --jobs 3 on 2 cores lowered to 2. On 2 cores a pair costs less CPU than two whole-post threads (each of
 * those compiles the whole parser) for no more wall time; with 1 job there is no second thread,
 * and above 2 jobs the pairs are not measured (one pair for every two jobs, with --stages), so
 * the default there stays whole-post threads.
 */
export function stagesFor(jobs: number, asked?: boolean): boolean {
  return asked ?? jobs === 2;
}
