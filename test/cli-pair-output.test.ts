/**
 * --stages (the pair of stage threads, src/cli/pair.ts) gives the output of the normal pool, byte
 * for byte: jsonl, check jsonl, every csv table and the built CLI, on the seed and on posts of every
 * kind the CLI reads (split from cli-pair.test.ts, which holds the pair's faults, so that the two
 * files run side by side).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { PairPool } from "../src/cli/pair.js";
import { bundledStageWorker, cli } from "./helpers/cli.js";

const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết, đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch.";

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
  const JSONL = ["extract", "--format", "jsonl", "--text", "--max-chars", "4000"];
  const runs: [string, string[]][] = [
    ["extract jsonl --text", JSONL],
    ["check jsonl", ["check", "--format", "jsonl"]],
  ];
  // the normal pool's output of a run, made once for the tests that compare with it (the first
  // run's, for the built CLI's too)
  const normals = new Map<string, ReturnType<typeof cli>>();
  const normalOf = (args: string[]) => {
    const key = args.join("\0");
    if (!normals.has(key)) normals.set(key, cli(args));
    return normals.get(key)!;
  };
  test.each(runs)("%s", async (_name, args) => {
    const normal = await normalOf([...args, ...inputs, "--quiet"]);
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
    const args = [...JSONL, ...inputs, "--quiet"];
    const normal = await normalOf(args);
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
