/**
 * The pool with the stages split (--stages, issue 14: src/cli/pair.ts, stage-worker.ts): what
 * cli-pool.test.ts asks of the pool, asked of a pair of threads, with a stall in either stage
 * (at reading: stage A; `late`, when the output is made: stage B), stage A out of memory, either
 * stage dying between posts (and B finishing what it holds when A dies), a post's time budget over
 * both stages, stages that cannot load; and the whole output of both modes compared (jsonl, check
 * jsonl, every csv table, the built CLI) on the seed and on posts of every kind the CLI reads.
 * Real worker threads (the stage worker as the test setup bundles it); nothing here waits on the
 * clock except the pool's own watchdog, which only a slower machine makes later.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { PairPool, WINDOW } from "../src/cli/pair.js";
import type { Post } from "../src/cli/input.js";
import type { JobOptions, Outcome } from "../src/cli/post-read.js";
import { bundledStageWorker, cli } from "./helpers/cli.js";

const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết, đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch.";
const post = (id: string): Post => ({ id, source: `${id}.txt`, kind: "text", text: VI, size: VI.length });
const FACTS: JobOptions = { mode: "extract", format: "facts" };
const ids = (rs: Outcome[]) => rs.map((r) => (r.ok ? r.id : `${r.id}!`));
const figures = (r: Outcome) => JSON.parse((r as Extract<Outcome, { ok: true }>).out).figures.map((f: { text: string }) => f.text);
/** The test faults' signal (post-read.ts TestFaults): [0] stalls begun, [1] posts read (in A), [2] deaths by `die`. */
const signal = () => new Int32Array(new SharedArrayBuffer(12));
const waitAsync = (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number): { value: Promise<string> | string } }).waitAsync;

// one pair for the file, on the stage worker the test setup bundled. Its budget also holds the
// healthy posts, the first of each new pair's posts cold (~63 ms of CPU in B): 3 s leaves them ~45×
// that on a loaded machine; the stalled post waits asleep (Atomics.wait), costing no CPU.
const pool = new PairPool({ pairs: 1, postTimeout: 3000, maxOldMb: 256, worker: bundledStageWorker() });
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

  test.each([
    ["A (reading)", false],
    ["B (the output)", true],
  ])("a post that never ends in stage %s fails alone, named; the rest of its batch and the batch behind it are read", async (_stage, late) => {
    const opts = { ...FACTS, _test: { stall: ["stuck"], late } };
    const [rs, next] = await Promise.all([pool.run(["a", "stuck", "c", "d"].map(post), opts), pool.run(["e", "f"].map(post), opts)]);
    expect(ids(rs)).toEqual(["a", "stuck!", "c", "d"]);
    expect(rs[1]).toMatchObject({ ok: false, id: "stuck", error: expect.stringMatching(/took more than 3 s: stopped \(--post-timeout\)/) });
    expect(ids(next)).toEqual(["e", "f"]);
    expect(figures(rs[3]!)).toEqual(["18 nhiệm vụ", "96%"]);
    // the pool goes on with a new pair
    expect(ids(await pool.run([post("g")], FACTS))).toEqual(["g"]);
  });

  test("a post that exhausts stage A's memory fails alone with a clear message, and stage B goes on", async () => {
    // no time budget here: only the memory limit can stop it. Stage A's death is the case that
    // needs the pair's own handling (B must not take A's closed channel for the end, before the
    // main thread has heard why A died); a thread's memory limit as such is cli-pool's test, and a
    // thread stopped in stage B is the stall above.
    const small = new PairPool({ pairs: 1, postTimeout: 0, maxOldMb: 64, worker: bundledStageWorker() });
    try {
      const opts = { ...FACTS, _test: { oom: ["hog"], late: false } };
      const [rs, next] = await Promise.all([small.run(["a", "hog", "c"].map(post), opts), small.run(["d"].map(post), opts)]);
      expect(ids(rs)).toEqual(["a", "hog!", "c"]);
      expect(rs[1]).toMatchObject({ ok: false, error: "ran out of memory (a worker may use 64 MB)" });
      expect(ids(next)).toEqual(["d"]);
    } finally {
      await small.close();
    }
  });

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

  test("a post's time budget spans both stages: 2 s asleep in A and 2 s in B fail it (3 s); 1.5 s in one stage does not", async () => {
    // asleep, not busy: the budget is wall-clock time (turns.ts, performance.now), which sleeping
    // spends as surely as working, at no CPU. A loaded machine only adds to a post's time: "both"
    // has 4 s whatever the load, and the watchdog (every 250 ms) sees it past 3 s ~1 s into its
    // 2 s in B; "inB" has ~1.5 s to spare (a cold post takes tens of ms of CPU, ten times that at
    // load ~18). (B sleeps on inB while A sleeps on both.)
    const opts = { ...FACTS, _test: { slow: { inB: [0, 1500], both: [2000, 2000] } as Record<string, [number, number]> } };
    const [inB, both] = await Promise.all([pool.run([post("inB")], opts), pool.run([post("both")], opts)]);
    expect(ids(inB)).toEqual(["inB"]);
    expect(both).toMatchObject([{ ok: false, id: "both", error: "took more than 3 s: stopped (--post-timeout)" }]);
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

  test("stages that cannot even load: every post fails at once, saying why", async () => {
    const broken = new PairPool({ pairs: 1, postTimeout: 0, worker: new URL(`data:text/javascript,${encodeURIComponent('throw new Error("cannot load");')}`) });
    try {
      const rs = await Promise.all([broken.run(["a", "b"].map(post), FACTS), broken.run([post("c")], FACTS)]);
      expect(rs.flat()).toEqual(["a", "b", "c"].map((id) => ({ ok: false, id, source: `${id}.txt`, error: "worker failed to start: worker failed: cannot load" })));
    } finally {
      await broken.close();
    }
  });

  // (last of this describe: it stops the file's pair)
  test("kill, once the pair has loaded and begun a batch: pending runs give [] at once", async () => {
    // (the pair the test before left: loaded, it has served posts)
    expect(ids(await pool.run([post("a")], FACTS))).toEqual(["a"]);
    const s = signal();
    const runs = [pool.run(["r", "s"].map(post), { ...FACTS, _test: { stall: ["s"], signal: s } }), pool.run([post("b")], FACTS), pool.run([post("c")], FACTS)];
    // stage A is reading "s"
    await waitAsync(s, 0, 0).value;
    pool.kill();
    expect(await Promise.all(runs)).toEqual([[], [], []]);
    expect(await pool.run([post("d")], FACTS)).toEqual([]);
  });
});

// (with BAOCAO_CLI set, test/helpers/cli.ts spawns that CLI and has no pool to hand: both sides
// would be the normal pool, a comparison that cannot fail)
describe.skipIf(!!process.env.BAOCAO_CLI)("--stages gives the output of the normal pool, byte for byte", () => {
  // no time budget, as the normal pool the runs share (test/helpers/cli.ts): a long report on a loaded machine may take seconds
  const pair = new PairPool({ pairs: 1, postTimeout: 0, worker: bundledStageWorker() });
  afterAll(() => pair.close());
  let dir: string;
  const inputs: string[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "baocao-pair-"));
    const p = (name: string) => join(dir, "in", name);
    mkdirSync(join(dir, "in"));
    writeFileSync(p("seed.txt"), readFileSync(join(import.meta.dirname, "../fixtures/seed.txt")));
    const body = `Hà Nội, ngày 20 tháng 12 năm 2023\nBÁO CÁO tổng kết công tác năm 2023\nPGS.TS. Nguyễn Văn An, Viện trưởng, chủ trì hội nghị. Viện đã thực hiện 45 đề tài, trong đó 12 đề tài cấp Nhà nước, 33 đề tài cấp Bộ; công bố 120 bài báo (87 bài quốc tế). Tổng kinh phí 3,247 tỉ đồng, đạt 108% kế hoạch năm.`;
    writeFileSync(p("page.html"), `<!doctype html><html><head><meta charset="utf-8"><title>Hội nghị tổng kết 2023</title></head><body><nav>Trang chủ</nav><article><h1>Hội nghị tổng kết 2023</h1>${body.split("\n").map((l) => `<p>${l}</p>`).join("")}</article></body></html>`);
    writeFileSync(p("legacy.txt"), iconv.encode(body, "windows1258"));
    writeFileSync(p("utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")]));
    writeFileSync(p("binary.txt"), Buffer.from("%PDF-1.4\n\u0000\u0001\u0002binary\u0000\u0000"));
    writeFileSync(p("empty.txt"), "");
    writeFileSync(p("long.txt"), `${body}\n`.repeat(40)); // cut by --max-chars below
    const lines = [
      JSON.stringify({ id: "j1", text: VI, date: "2024-03-15", title: "Tổng kết", url: "https://example.org/j1" }),
      "{ not json",
      JSON.stringify({ id: "j2", html: `<p>${body}</p>` }),
      JSON.stringify({ id: "j3", text: "Năm 2017 trường có 1.615 sinh viên, tăng 5% so với năm 2016; tổng thu 2,5 tỷ đồng, trong đó học phí 1,2 tỷ đồng và 1,8 tỷ đồng ngân sách." }),
      JSON.stringify({ id: "j4", text: "" }),
      ...Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: `n${i}`, text: i % 3 ? `${VI} Lần ${i}.` : body.slice(0, 60 + i * 3) })),
    ];
    writeFileSync(p("posts.jsonl"), lines.join("\n") + "\n");
    inputs.push(join(dir, "in"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The Reports themselves are held to one worker's by test/hand-over.test.ts (the 75 dev reports
  // through the people split) and test/stages.test.ts (stage A + B against processPosts, outcome
  // for outcome, in jsonl, csv and check text): here the pair's order and batching, through the CLI.
  const runs: [string, string[]][] = [
    ["extract jsonl --text", ["extract", "--format", "jsonl", "--text", "--max-chars", "4000"]],
    ["check jsonl", ["check", "--format", "jsonl"]],
  ];
  test.each(runs)("%s", async (_name, args) => {
    const normal = await cli([...args, ...inputs, "--quiet"]);
    const staged = await cli([...args, ...inputs, "--quiet"], { pool: pair });
    expect(staged.code).toBe(normal.code);
    expect(staged.stderr).toBe(normal.stderr);
    expect(staged.stdout.length).toBeGreaterThan(1000);
    expect(staged.stdout === normal.stdout).toBe(true);
  }, 120_000);

  test("extract csv: every table", async () => {
    const out = (k: string) => join(dir, `csv-${k}`) + "/";
    const normal = await cli(["extract", "--format", "csv", "--out", out("normal"), ...inputs, "--quiet"]);
    const staged = await cli(["extract", "--format", "csv", "--out", out("staged"), ...inputs, "--quiet"], { pool: pair });
    expect(staged.code).toBe(normal.code);
    const tables = readdirSync(out("normal")).sort();
    expect(tables.length).toBeGreaterThanOrEqual(4);
    expect(readdirSync(out("staged")).sort()).toEqual(tables);
    for (const t of tables) expect(readFileSync(join(out("staged"), t)).equals(readFileSync(join(out("normal"), t))), t).toBe(true);
  }, 120_000);

  test("the built CLI with --stages (its own pair, the bundled stage worker beside it)", async () => {
    const args = ["extract", "--format", "jsonl", ...inputs, "--quiet"];
    const normal = await cli(args);
    const staged = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [inject("cli"), ...args, "--stages", "--jobs", "2"], { stdio: ["ignore", "pipe", "pipe"] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on("data", (c: Buffer) => out.push(c));
      child.stderr.on("data", (c: Buffer) => err.push(c));
      child.on("close", (code) => done({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    });
    expect(staged.code).toBe(normal.code);
    expect(staged.stderr.replace(/^baocao: --jobs .*\n/m, "")).toBe(normal.stderr);
    expect(staged.stdout === normal.stdout).toBe(true);
  }, 120_000);
});
