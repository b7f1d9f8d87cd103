/**
 * The pool with the stages split (--stages, issue 14: src/cli/pair.ts, stage-worker.ts): what
 * cli-pool.test.ts asks of the pool, asked of a pair of threads, with a stall in either stage
 * (at reading: stage A; `late`, when the output is made: stage B), stage A out of memory, either
 * stage dying between posts (and B finishing what it holds when A dies), a post's time budget over
 * both stages, stages that cannot load (the whole output of both modes compared: cli-pair-output.test.ts).
 * Real worker threads (the stage worker as the test setup bundles it); nothing here waits on the
 * clock except the pool's own watchdog, which only a slower machine makes later: the stalls and the
 * budget over both stages are stopped on a clock the test moves (helpers/watch-clock.ts).
 *
 * Every pair costs ~0.7 s of CPU to load (both threads compile their side of the parser), and
 * each fault ends one: so the faults take turns on the file's pool, each on the pair the fault
 * before it left (a pool of their own each started one more pair apiece, ~2 s of the file's ~11 s).
 */
import { afterAll, describe, expect, test } from "vitest";
import { PairPool, WINDOW, type PairPoolOptions } from "../src/cli/pair.js";
import type { Post } from "../src/cli/input.js";
import type { JobOptions, Outcome } from "../src/cli/post-read.js";
import { bundledStageWorker } from "./helpers/cli.js";
import { ClockedPairPool, signalled } from "./helpers/watch-clock.js";

const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết, đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch.";
const post = (id: string): Post => ({ id, source: `${id}.txt`, kind: "text", text: VI, size: VI.length });
const FACTS: JobOptions = { mode: "extract", format: "facts" };
const ids = (rs: Outcome[]) => rs.map((r) => (r.ok ? r.id : `${r.id}!`));
const figures = (r: Outcome) => JSON.parse((r as Extract<Outcome, { ok: true }>).out).figures.map((f: { text: string }) => f.text);
/** The test faults' signal (post-read.ts TestFaults): [0] stalls begun, [1] posts read (in A), [2] deaths by `die`. */
const signal = () => new Int32Array(new SharedArrayBuffer(12));

// one pool for the file, on the stage worker the test setup bundled; every test takes its turn on
// it, the faults too (a fault ends the pair, and the pool starts the next). Its budget also holds
// the healthy posts, the first of each new pair's posts cold (~63 ms of CPU in B), on a 2-core
// machine at load ~20 where a cold post waits its turn for seconds (3 s failed there once, when
// five pairs loaded at once), so the budget is 10 s. The stalled posts wait asleep
// (Atomics.wait), costing no CPU, until the watchdog stops them on a clock the test moves past the
// budget (helpers/watch-clock.ts): no test waits it out. Each thread may use 64 MB (the memory
// fault's limit; a thread reading these posts needs far less).
const OPTIONS: PairPoolOptions = { pairs: 1, postTimeout: 10_000, maxOldMb: 64 };
const pool = new ClockedPairPool({ ...OPTIONS, worker: bundledStageWorker() });
afterAll(() => pool.close());

describe("a pair of stages", () => {
  test("a batch comes back in order, one outcome per post, read through both stages", async () => {
    const rs = await pool.run(["a", "b", "c"].map(post), FACTS);
    expect(ids(rs)).toEqual(["a", "b", "c"]);
    expect(figures(rs[1]!)).toEqual(["18 nhiệm vụ", "96%"]);
  });

  test("more batches than the pair holds at once: every one comes back whole", async () => {
    const runs = Array.from({ length: WINDOW * 3 }, (_, b) => pool.run([`x${b}a`, `x${b}b`].map(post), FACTS));
    const got = await Promise.all(runs);
    expect(got.map(ids)).toEqual(Array.from({ length: WINDOW * 3 }, (_, b) => [`x${b}a`, `x${b}b`]));
  });

  // The faults take turns on the file's pool, each on the pair the one before left (or a new one):
  // each test's outcome depends only on its own posts and batches, never on which pair reads them.
  describe("faults, one after another on the file's pool", () => {
    test("stage A dies between posts (before a hand-over): B finishes the batch it holds; the batch A held is read again, then post by post, and the post that kills A alone fails alone", async () => {
      // "held" waits in B until A has died (at the hand-over of a batch with "bad"): thrown away with
      // A, held's batch would be read again
      const s = signal();
      const opts = { ...FACTS, _test: { die: ["bad"], afterDeath: ["held"], signal: s } };
      const [held, rs] = await Promise.all([pool.run(["held", "h2"].map(post), opts), pool.run(["a", "bad", "c"].map(post), opts)]);
      expect(ids(held)).toEqual(["held", "h2"]);
      expect(figures(held[0]!)).toEqual(["18 nhiệm vụ", "96%"]);
      expect(ids(rs)).toEqual(["a", "bad!", "c"]);
      expect(rs[1]).toMatchObject({ ok: false, id: "bad", error: "worker failed: test fault: a batch with bad (the worker died between posts, with only this post in its batch)" });
      expect(figures(rs[2]!)).toEqual(["18 nhiệm vụ", "96%"]);
      // three deaths (the batch twice, then "bad" alone); held and h2 read once, a, bad and c three
      // times (twice in their batch, once alone)
      expect(Array.from(s)).toEqual([0, 2 + 9, 3]);
    });

    test("stage A dies inside a chunk's hand-over (after its posts' turns): between posts, so the post last read is not blamed; the post that kills it fails alone", async () => {
      // (before Turns.between, the death was charged to "c", the chunk's last post read: c failed
      // and its time in the hand-over counted against its budget)
      const s = signal();
      const opts = { ...FACTS, _test: { die: ["bad"], inHandOver: true, signal: s } };
      const rs = await pool.run(["a", "bad", "c"].map(post), opts);
      expect(ids(rs)).toEqual(["a", "bad!", "c"]);
      expect(rs[1]).toMatchObject({ ok: false, id: "bad", error: "worker failed: test fault: a batch with bad (the worker died between posts, with only this post in its batch)" });
      expect(s[2]).toBe(3);
    });

    test("stage B dies between posts (before it takes a batch over): that batch is read again; the post that kills B alone fails alone, the batch behind it is read", async () => {
      const s = signal();
      const opts = { ...FACTS, _test: { die: ["bad"], late: true, exit: true, signal: s } };
      const [bad, next] = await Promise.all([pool.run([post("bad")], opts), pool.run(["d", "e"].map(post), opts)]);
      expect(bad).toMatchObject([{ ok: false, id: "bad", error: "worker stopped (exit code 70) (the worker died between posts, with only this post in its batch)" }]);
      expect(ids(next)).toEqual(["d", "e"]);
      // alone in its batch from the start: it fails at its second death
      expect(s[2]).toBe(2);
    });

    test("a post that exhausts stage A's memory fails alone with a clear message, and stage B goes on", async () => {
      // only the memory limit can stop it: the watchdog sees no time pass for its batch (frozen, as
      // if there were no time budget). Stage A's death is the case that needs the pair's own
      // handling (B must not take A's closed channel for the end, before the main thread has heard
      // why A died); a thread's memory limit as such is cli-pool's test, and a thread stopped in
      // stage B is the stall below.
      pool.clock.freeze(pool.lastBatch + 1);
      const opts = { ...FACTS, _test: { oom: ["hog"], late: false } };
      const [rs, next] = await Promise.all([pool.run(["a", "hog", "c"].map(post), opts), pool.run(["d"].map(post), opts)]);
      expect(ids(rs)).toEqual(["a", "hog!", "c"]);
      expect(rs[1]).toMatchObject({ ok: false, error: "ran out of memory (a worker may use 64 MB)" });
      expect(ids(next)).toEqual(["d"]);
    });

    test.for([
      ["A (reading)", false],
      ["B (the output)", true],
    ] as const)("a post that never ends in stage %s fails alone, named; the rest of its batch and the batch behind it are read", async ([_stage, late]) => {
      const s = signal();
      const opts = { ...FACTS, _test: { stall: ["stuck"], late, signal: s } };
      // the pool's next two batches (the pair takes both at once)
      const first = pool.lastBatch + 1;
      const runs = Promise.all([pool.run(["a", "stuck", "c", "d"].map(post), opts), pool.run(["e", "f"].map(post), opts)]);
      // the stall has begun, and a pass of the watchdog has seen it: the first batch's turns are
      // then moved past the budget, and only its (in stage B's stall, stage A may be reading the second)
      await signalled(s);
      await pool.clock.looked();
      pool.clock.skip(first, 10_001);
      const [rs, next] = await runs;
      expect(ids(rs)).toEqual(["a", "stuck!", "c", "d"]);
      expect(rs[1]).toMatchObject({ ok: false, id: "stuck", error: expect.stringMatching(/took more than 10 s: stopped \(--post-timeout\)/) });
      expect(ids(next)).toEqual(["e", "f"]);
      expect(figures(rs[3]!)).toEqual(["18 nhiệm vụ", "96%"]);
      // the pool goes on with a new pair
      expect(ids(await pool.run([post("g")], FACTS))).toEqual(["g"]);
    });

    test("a post's time budget spans both stages: 1 s asleep in A, then 9.5 s in B fail it (10 s); 1.5 s in one stage does not", async () => {
      // "both" sleeps 1 s in A (real time, which A measures and hands to B with the post), then
      // never ends in B. The watchdog sees no real time pass for its batch (frozen), and once it
      // has seen "both" begin in B, the test moves that batch's clock on by 9.5 s: over the 10 s
      // budget only with A's second counted, whatever the load (without it, the post would never
      // be stopped: not settled two passes later). "inB" sleeps 1.5 s in B on the real clock (~8.5 s
      // to spare); stage B finishes it (its batch) before it begins "both" (the next). The pair
      // reads a post first, so that neither stage compiles the parse while the budgets run.
      expect(ids(await pool.run([post("warm")], FACTS))).toEqual(["warm"]);
      const s = signal();
      const opts = { ...FACTS, _test: { slow: { inB: [0, 1500], both: [1000, 0] } as Record<string, [number, number]>, stall: ["both"], late: true, signal: s } };
      // the batch of "both": the second the pool sends from here
      const batch = pool.lastBatch + 2;
      pool.clock.freeze(batch);
      let settled = false;
      const runs = Promise.all([pool.run([post("inB")], opts), pool.run([post("both")], opts).finally(() => (settled = true))]);
      await signalled(s);
      await pool.clock.looked();
      pool.clock.skip(batch, 9_500);
      await pool.clock.looked();
      await pool.clock.looked();
      expect(settled).toBe(true);
      const [inB, both] = await runs;
      expect(ids(inB)).toEqual(["inB"]);
      expect(both).toMatchObject([{ ok: false, id: "both", error: "took more than 10 s: stopped (--post-timeout)" }]);
    });
  });

  test("stages that cannot even load: every post fails at once, saying why", async () => {
    const broken = new PairPool({ ...OPTIONS, postTimeout: 0, maxOldMb: undefined, worker: new URL(`data:text/javascript,${encodeURIComponent('throw new Error("cannot load");')}`) });
    try {
      const rs = await Promise.all([broken.run(["a", "b"].map(post), FACTS), broken.run([post("c")], FACTS)]);
      expect(rs.flat()).toEqual(["a", "b", "c"].map((id) => ({ ok: false, id, source: `${id}.txt`, error: "worker failed to start: worker failed: cannot load" })));
    } finally {
      await broken.close();
    }
  });

  // (last of this describe: it stops the file's pool)
  test("kill, once the pair has loaded and begun a batch: pending runs give [] at once", async () => {
    // (a pair that has loaded and served posts: the budget's fault above ended the last one, so
    // this is a new one)
    expect(ids(await pool.run([post("a")], FACTS))).toEqual(["a"]);
    const s = signal();
    const runs = [pool.run(["r", "s"].map(post), { ...FACTS, _test: { stall: ["s"], signal: s } }), pool.run([post("b")], FACTS), pool.run([post("c")], FACTS)];
    // stage A is reading "s"
    await signalled(s);
    pool.kill();
    expect(await Promise.all(runs)).toEqual([[], [], []]);
    expect(await pool.run([post("d")], FACTS)).toEqual([]);
  });
});
