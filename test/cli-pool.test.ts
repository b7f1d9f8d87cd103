/**
 * The worker pool (issues 12, 14): posts go to threads in batches, results come back in order,
 * and a post that never ends (or exhausts its thread's memory) fails alone while the run goes on.
 * Real worker threads (src/cli/worker.ts as the test setup bundles it); nothing here waits on the
 * clock: the watchdog stops the stalled post on a clock the test moves (helpers/watch-clock.ts).
 */
import { afterAll, describe, expect, test } from "vitest";
import { Pool, batches, ordered } from "../src/cli/pool.js";
import type { Post } from "../src/cli/input.js";
import type { JobOptions, Outcome } from "../src/cli/post-read.js";
import { cgroupCpus, clampJobs, defaultJobs } from "../src/cli/cores.js";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundledWorker } from "./helpers/cli.js";
import { ClockedPool, signalled } from "./helpers/watch-clock.js";

const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết, đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch.";
const post = (id: string): Post => ({ id, source: `${id}.txt`, kind: "text", text: VI, size: VI.length });
const FACTS: JobOptions = { mode: "extract", format: "facts" };
const ids = (rs: Outcome[]) => rs.map((r) => (r.ok ? r.id : `${r.id}!`));

const figures = (r: Outcome) => JSON.parse((r as Extract<Outcome, { ok: true }>).out).figures.map((f: { text: string }) => f.text);
/** A worker script that cannot load. */
const BROKEN = new URL(`data:text/javascript,${encodeURIComponent('throw new Error("cannot load");')}`);

// one pool for the file, on the worker the test setup bundled (under tsx a thread takes seconds to
// start); the faults take turns on it, each on the thread the one before left or a new one (a
// thread costs ~0.5 s of CPU to load: a pool of their own would start one more). Its budget also
// holds the healthy posts, each new worker's first one cold (tens of ms of CPU) on a loaded
// machine: 10 s leaves them a margin a 2-core machine at load ~20 does not eat (the pair's like
// test failed there once at 3 s). The stalled post waits asleep (no CPU) until the watchdog, on a
// clock the test moves past the budget once it has seen the stall begin, stops it: no test waits
// the 10 s out. Each thread may use 64 MB (the memory fault's limit; these posts need far less).
const pool = new ClockedPool({ jobs: 1, postTimeout: 10_000, maxOldMb: 64, worker: bundledWorker() });
afterAll(() => pool.close());

describe("pool", () => {
  test("a batch comes back in order, one outcome per post", async () => {
    const rs = await pool.run(["a", "b", "c"].map(post), FACTS);
    expect(ids(rs)).toEqual(["a", "b", "c"]);
    expect(figures(rs[1]!)).toEqual(["18 nhiệm vụ", "96%"]);
  });

  // The faults one after another on the file's pool (the workers that cannot load on a pool of their own).
  test("a post that never ends fails alone, named; the rest of its batch is read, in order", async () => {
    const s = new Int32Array(new SharedArrayBuffer(12));
    const run = pool.run(["a", "stuck", "c", "d"].map(post), { ...FACTS, _test: { stall: ["stuck"], signal: s } });
    // the stall has begun, and a pass of the watchdog has seen it: the pool's one thread is
    // asleep in it, so moving the clock past the budget touches no other post's time
    await signalled(s);
    await pool.clock.looked();
    pool.clock.skipAll(10_001);
    const rs = await run;
    expect(ids(rs)).toEqual(["a", "stuck!", "c", "d"]);
    expect(rs[1]).toMatchObject({ ok: false, id: "stuck", error: expect.stringMatching(/took more than 10 s: stopped \(--post-timeout\)/) });
    // the pool goes on with a new thread
    expect(ids(await pool.run([post("e")], FACTS))).toEqual(["e"]);
  });

  test("workers that cannot even load: every post fails at once, saying why (three tries in all)", async () => {
    const broken = new Pool({ jobs: 1, postTimeout: 0, worker: BROKEN });
    try {
      const rs = await Promise.all([broken.run(["a", "b"].map(post), FACTS), broken.run([post("c")], FACTS)]);
      expect(rs.flat()).toEqual(["a", "b", "c"].map((id) => ({ ok: false, id, source: `${id}.txt`, error: "worker failed to start: worker failed: cannot load" })));
    } finally {
      await broken.close();
    }
  });

  test("a post that exhausts its thread's memory fails alone with a clear message", async () => {
    // only the memory limit can stop it: the watchdog sees no time pass for its batch (frozen, as if
    // there were no time budget)
    pool.clock.freeze(pool.lastBatch + 1);
    const rs = await pool.run(["a", "hog", "c"].map(post), { ...FACTS, _test: { oom: ["hog"] } });
    expect(ids(rs)).toEqual(["a", "hog!", "c"]);
    expect(rs[1]).toMatchObject({ ok: false, error: "ran out of memory (a worker may use 64 MB)" });
  });

  test("a worker that dies between posts (its batch read, its results not sent): the batch is read again; the post that kills a worker alone fails alone, the others get their records", async () => {
    // (no post's turn: nothing tells which post it was; before, every new worker died the same way
    // and after three, every post left failed "worker failed to start". A batch of several posts is
    // then read post by post: cli-pair.test, stage A.)
    const s = new Int32Array(new SharedArrayBuffer(12));
    const opts = { ...FACTS, _test: { die: ["bad"], signal: s } };
    const [rs, bad] = await Promise.all([pool.run(["a", "c"].map(post), opts), pool.run([post("bad")], opts)]);
    expect(ids(rs)).toEqual(["a", "c"]);
    expect(figures(rs[1]!)).toEqual(["18 nhiệm vụ", "96%"]);
    expect(bad).toEqual([{ ok: false, id: "bad", source: "bad.txt", error: "worker failed: test fault: a batch with bad (the worker died between posts, with only this post in its batch)" }]);
    // two deaths, "bad" read twice, a and c once
    expect(Array.from(s)).toEqual([0, 4, 2]);
    expect(ids(await pool.run([post("e")], FACTS))).toEqual(["e"]);
  });
});

describe("batches and order", () => {
  async function* count(n: number) {
    for (let i = 0; i < n; i++) yield i;
  }
  test("items are grouped by count and by weight", async () => {
    const sizes: number[] = [];
    for await (const b of batches(count(200), { maxItems: 64, maxWeight: Infinity, weight: () => 1, idleMs: 1000 })) sizes.push(b.length);
    expect(sizes).toEqual([64, 64, 64, 8]);
    const heavy: number[] = [];
    for await (const b of batches(count(10), { maxItems: 64, maxWeight: 30, weight: () => 10, idleMs: 1000 })) heavy.push(b.length);
    expect(heavy).toEqual([3, 3, 3, 1]);
  });

  test("a source that stalls does not hold back the items it already gave", async () => {
    let release!: () => void;
    const stalled = new Promise<void>((r) => (release = r));
    async function* slow() {
      yield 1;
      yield 2;
      await stalled; // the next item comes only once the first batch has gone out
      yield 3;
    }
    const got: number[][] = [];
    for await (const b of batches(slow(), { maxItems: 64, maxWeight: Infinity, weight: () => 1, idleMs: 20 })) {
      got.push(b);
      release();
    }
    expect(got).toEqual([[1, 2], [3]]);
  });

  test("ordered: results in input order, window respected", async () => {
    let inflight = 0;
    let most = 0;
    const run = async (i: number) => {
      inflight++;
      most = Math.max(most, inflight);
      await new Promise((r) => setImmediate(r));
      if (i % 3 === 0) await new Promise((r) => setImmediate(r));
      inflight--;
      return i * 2;
    };
    const out: number[] = [];
    for await (const r of ordered(count(50), run, { window: 5 })) out.push(r);
    expect(out).toEqual(Array.from({ length: 50 }, (_, i) => i * 2));
    expect(most).toBeLessThanOrEqual(5);
  });
});

describe("cores and --jobs", () => {
  const dir = mkdtempSync(join(tmpdir(), "baocao-cg-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  test("the cgroup CPU quota: v2 cpu.max, v1 cfs quota, none", () => {
    mkdirSync(join(dir, "v2", "app"), { recursive: true });
    writeFileSync(join(dir, "v2", "app", "cpu.max"), "150000 100000\n");
    expect(cgroupCpus(join(dir, "v2"), "0::/app\n")).toBe(1.5);
    writeFileSync(join(dir, "v2", "app", "cpu.max"), "max 100000\n");
    expect(cgroupCpus(join(dir, "v2"), "0::/app\n")).toBeUndefined();
    mkdirSync(join(dir, "v1", "cpu,cpuacct", "job"), { recursive: true });
    writeFileSync(join(dir, "v1", "cpu,cpuacct", "job", "cpu.cfs_quota_us"), "300000\n");
    writeFileSync(join(dir, "v1", "cpu,cpuacct", "job", "cpu.cfs_period_us"), "100000\n");
    expect(cgroupCpus(join(dir, "v1"), "4:cpu,cpuacct:/job\n3:memory:/job\n")).toBe(3);
    writeFileSync(join(dir, "v1", "cpu,cpuacct", "job", "cpu.cfs_quota_us"), "-1\n");
    expect(cgroupCpus(join(dir, "v1"), "4:cpu,cpuacct:/job\n")).toBeUndefined();
  });

  test("the default leaves a core to the main thread; more than the cores is clamped with a note", () => {
    expect(defaultJobs(1)).toBe(1);
    expect(defaultJobs(2)).toBe(1);
    expect(defaultJobs(8)).toBe(7);
    expect(clampJobs(400, 2)).toEqual({ jobs: 2, note: "--jobs 400 is more than the 2 cores available; using 2" });
    expect(clampJobs(2, 2)).toEqual({ jobs: 2 });
  });
});
