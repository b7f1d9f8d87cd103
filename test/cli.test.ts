/**
 * The batch CLI (issue 6): per-post processing, ordered pool, outputs with --resume, and two
 * end-to-end runs of `baocao extract` / `baocao check` from source (tsx).
 *
 *   processPosts([post]) (what a pool worker does with a batch) → a JSON line carrying the report,
 *   its findings and input.source
 *   ordered(items, run) → results in input order, never more than `window` in flight
 *   a .part file cut in the middle of a line → --resume drops the torn line, keeps the rest once
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync, statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { processPosts } from "../src/cli/process.js";
import type { JobOptions, Outcome } from "../src/cli/post-read.js";
import { renderFinding } from "../src/check/render.js";
import { emptyReport, validationDefault } from "../src/report/parse.js";
import { Report } from "../src/schema.js";
import { ordered } from "../src/cli/pool.js";
import { openSink, csvPaths, UsageError, type OkOutcome } from "../src/cli/output.js";
import { HEADERS, csvCell, csvLine, firstCell } from "../src/cli/csv.js";
import type { Post } from "../src/cli/input.js";
import { parseSize } from "../src/cli/args.js";
import { cli as inProcess } from "./helpers/cli.js";

const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết. Ông Trần Văn Bình, Phó Chủ tịch, cho biết đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch; tổng vốn đầu tư 4,2 tỷ đồng.";
const post = (id: string, more: Partial<Post> = {}): Post => ({ id, source: `${id}.txt`, kind: "text", text: VI, size: VI.length, ...more });
/** One post through the worker's batch function. */
const processPost = async (p: Post, opts: JobOptions): Promise<Outcome> => (await processPosts([p], opts))[0]!;
const ok = (o: Outcome): OkOutcome => {
  if (!o.ok) throw new Error(o.error);
  return o;
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baocao-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("processPosts", () => {
  test("jsonl: one line, the report with findings and where it came from", async () => {
    const o = ok(await processPost(post("a", { title: "Tổng kết", url: "https://example.org/a" }), { mode: "extract", format: "jsonl" }));
    expect(o.out.endsWith("}\n")).toBe(true);
    expect(o.out.indexOf("\n")).toBe(o.out.length - 1);
    const r = JSON.parse(o.out);
    expect(r.version).toBe(1);
    expect(r.id).toBe("a");
    expect(Array.isArray(r.findings)).toBe(true);
    expect(Array.isArray(r.figures)).toBe(true);
    expect(r.input).toEqual({ source: "a.txt", title: "Tổng kết", url: "https://example.org/a" });
    expect(o.stats.figures).toBe(r.figures.length);
  });

  test("--text puts the text in, so spans can be looked up", async () => {
    const r = JSON.parse(ok(await processPost(post("a"), { mode: "extract", format: "jsonl", withText: true })).out);
    expect(r.input.text).toBe(VI);
    for (const f of r.figures) expect(VI.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  test("bytes are decoded in the worker, and the encoding is recorded", async () => {
    const bytes = iconv.encode(VI, "tcvn");
    const r = JSON.parse(ok(await processPost(post("t", { text: undefined, bytes }), { mode: "extract", format: "jsonl", withText: true })).out);
    expect(r.input.encoding).toBe("tcvn");
    expect(r.input.text).toBe(VI);
  });

  test("facts: the GOLD shape, one line", async () => {
    const f = JSON.parse(ok(await processPost(post("a"), { mode: "extract", format: "facts" })).out);
    expect(Object.keys(f).sort()).toEqual(["date", "figures", "id", "people"]);
    expect(f.id).toBe("a");
  });

  test("csv: a posts row and one row per figure", async () => {
    const o = ok(await processPost(post("a"), { mode: "extract", format: "csv" }));
    expect(o.tables!.posts.startsWith("a,a.txt,")).toBe(true);
    expect(o.tables!.figures.split("\n").filter(Boolean)).toHaveLength(o.stats.figures);
    for (const row of o.tables!.figures.split("\n").filter(Boolean)) expect(firstCell(row)).toBe("a");
  });

  test("bad posts become errors naming the problem", async () => {
    expect(await processPost(post("e", { text: undefined, error: "empty file" }), { mode: "extract", format: "jsonl" })).toEqual({ ok: false, id: "e", source: "e.txt", error: "empty file" });
    const bin = await processPost(post("b", { text: undefined, bytes: Buffer.from("%PDF-1.5 xxxx") }), { mode: "extract", format: "jsonl" });
    expect(bin).toMatchObject({ ok: false, error: expect.stringMatching(/binary file \(PDF\)/) });
  });

  test("check text: file:line:col: severity [rule] message", () => {
    const text = "Dòng một.\nDòng hai có lỗi ở đây.";
    const at = text.indexOf("lỗi");
    const finding = { rule: "plan.ratio" as const, severity: "error" as const, message: { vi: "Có lỗi", en: "An error" }, spans: [{ start: at, end: at + 3 }] };
    const report = emptyReport("a", []);
    expect(renderFinding(text, report, finding, { source: "a.txt", id: "a" }, { lang: "en", brief: true })).toBe(`a.txt:2:${at - text.indexOf("\n")}: error [plan.ratio] An error\n`);
    expect(renderFinding(text, report, finding, { source: "news.jsonl:7", id: "p" }, { lang: "vi", brief: true })).toMatch(/^news\.jsonl:7 \(p\) 2:\d+: error \[plan\.ratio\] Có lỗi\n$/);
  });
  test("check text: the sentence with the figures marked, then the arithmetic", async () => {
    const o = ok(await processPost(post("b", { text: "Mở đầu.\nTrường có 12 đơn vị, gồm 5 khoa và 8 trung tâm." }), { mode: "check", format: "text", lang: "vi" }));
    const lines = o.out.split("\n");
    expect(lines[0]).toMatch(/^b\.txt:2:\d+: error \[breakdown\.sum\] /);
    expect(lines[1]).toBe("  2 | Trường có 12 đơn vị, gồm 5 khoa và 8 trung tâm.");
    expect(lines[2]).toBe("    |           ^^^^^^^^^  --- ~~~~~~    ~~~~~~~~~~~");
    expect(lines[3]).toBe("    = 5 + 8 = 13 ≠ 12 đơn vị");
  });

  const batch = [post("a"), post("e", { text: undefined, error: "empty file" }), post("b", { text: "Mở đầu.\nTrường có 12 đơn vị, gồm 5 khoa và 8 trung tâm." }), post("c", { text: undefined, bytes: iconv.encode(VI, "tcvn") })];
  const jsonl: JobOptions = { mode: "extract", format: "jsonl" };
  test("a batch: each post's outcome, in order, as it gets alone; a turn told for each post's every step", async () => {
    const alone = [];
    for (const p of batch) alone.push(await processPost(p, jsonl));
    const turns: number[] = [];
    expect(await processPosts(batch, jsonl, (i) => turns.push(i))).toEqual(alone);
    expect(alone.map((o) => o.ok)).toEqual([true, false, true, true]);
    // read, then each phase of the parse (told as it begins and before each phase), then the output; the bad post only read
    expect(turns.filter((i) => i === 1)).toEqual([1]);
    expect(turns.filter((i) => i === 0).length).toBeGreaterThan(3);
    expect(turns.filter((i) => i === 0).length).toBe(turns.filter((i) => i === 3).length);
    expect(turns.slice(0, 4)).toEqual([0, 1, 2, 3]);
  });

  describe("a report that fails the schema (BAOCAO_VALIDATE=throw, the suite's setting)", () => {
    afterEach(() => vi.restoreAllMocks());
    test("is that post's internal error: the others keep their outcomes, validated once; it alone is read again, once", async () => {
      expect(validationDefault()).toBe("throw");
      const alone = [];
      for (const p of batch) alone.push(await processPost(p, jsonl));
      const real = Report.safeParse.bind(Report);
      const seen = new Map<string, number>();
      vi.spyOn(Report, "safeParse").mockImplementation(((r: { id: string }) => {
        seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
        if (r.id === "b") return { success: false, error: { issues: [{ path: ["figures", 0, "value"], message: "made to fail" }] } };
        return real(r);
      }) as never);
      const out = await processPosts(batch, jsonl);
      expect(out[2]).toEqual({ ok: false, id: "b", source: "b.txt", error: expect.stringMatching(/^internal error: baocao \(BAOCAO_VALIDATE=throw\): the report did not validate: figures\.0\.value: made to fail$/) });
      expect([out[0], out[1], out[3]]).toEqual([alone[0], alone[1], alone[3]]);
      expect(Object.fromEntries(seen)).toEqual({ a: 1, b: 2, c: 1 });
    });
  });
});


/** A full-width CSV row of a table. */
const row = (t: keyof typeof HEADERS, cells: (string | number)[]) => csvLine([...cells, ...Array(HEADERS[t].length - cells.length).fill("")]);

describe("outputs and --resume", () => {
  const rec = (id: string): OkOutcome => ({ ok: true, id, source: `${id}.txt`, out: JSON.stringify({ version: 1, id, people: [], figures: [], findings: [], input: { source: `${id}.txt` } }) + "\n", stats: { people: 0, figures: 0, findings: 0, errors: 0 } });

  test("jsonl: .part while running, renamed at the end; resume skips done ids and drops a torn line", async () => {
    const out = join(dir, "r", "posts.jsonl");
    const s1 = await openSink({ mode: "extract", format: "jsonl", out });
    for (const id of ["a", "b", "c"]) s1.write(rec(id));
    s1.abort(); // Ctrl-C: what is written is whole
    s1.release();
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(out + ".part", "utf8").split("\n")).toHaveLength(4);
    appendFileSync(out + ".part", '{"version":1,"id":"d","figu'); // a torn last line

    const s2 = await openSink({ mode: "extract", format: "jsonl", out, resume: true });
    expect([...s2.done]).toEqual(["a", "b", "c"]);
    for (const id of ["d", "e"]) s2.write(rec(id));
    await s2.finish();
    s2.release();
    expect(existsSync(out + ".part")).toBe(false);
    const ids = readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l).id);
    expect(ids).toEqual(["a", "b", "c", "d", "e"]);

    // Resume of a finished output: nothing lost, nothing doubled.
    const s3 = await openSink({ mode: "extract", format: "jsonl", out, resume: true });
    expect(s3.done.size).toBe(5);
    await s3.finish();
    s3.release();
    expect(readFileSync(out, "utf8").trimEnd().split("\n")).toHaveLength(5);
  });

  test("without --resume the old output stays until the new run ends", async () => {
    const out = join(dir, "keep.jsonl");
    writeFileSync(out, "old\n");
    const s = await openSink({ mode: "extract", format: "jsonl", out });
    s.write(rec("x"));
    expect(readFileSync(out, "utf8")).toBe("old\n");
    await s.finish();
    s.release();
    expect(JSON.parse(readFileSync(out, "utf8")).id).toBe("x");
  });

  test("json: one record alone, several as an array", async () => {
    const one = join(dir, "one.json");
    const s = await openSink({ mode: "extract", format: "json", out: one });
    s.write({ ...rec("a"), out: '{\n  "id": "a"\n}' });
    await s.finish();
    s.release();
    expect(JSON.parse(readFileSync(one, "utf8"))).toEqual({ id: "a" });
    const many = join(dir, "many.json");
    const m = await openSink({ mode: "extract", format: "json", out: many });
    for (const id of ["a", "b", "c"]) m.write({ ...rec(id), out: JSON.stringify({ id }, null, 2) });
    await m.finish();
    m.release();
    expect(JSON.parse(readFileSync(many, "utf8"))).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
    await expect(openSink({ mode: "extract", format: "json", out: many, resume: true })).rejects.toThrow(UsageError);
    await expect(openSink({ mode: "extract", format: "jsonl", resume: true })).rejects.toThrow(/--out/);
  });

  test("csv: four tables; resume drops rows of a post whose posts row was never written", async () => {
    const out = join(dir, "t.csv");
    const paths = csvPaths(out);
    expect(paths.figures).toBe(join(dir, "t.figures.csv"));
    expect(csvPaths(join(dir, "tables") + "/").posts).toBe(join(dir, "tables", "posts.csv"));
    const o = (id: string): OkOutcome => ({
      ...rec(id),
      out: "",
      tables: { posts: row("posts", [id, `${id}.txt`]), people: "", figures: row("figures", [id, "f1", "count", 3]) + row("figures", [id, "f2", "money", 5e9]), findings: "" },
    });
    const s1 = await openSink({ mode: "extract", format: "csv", out });
    s1.write(o("a"));
    s1.write(o("b"));
    s1.abort();
    s1.release();
    // The run was cut after writing c's figures but before its posts row.
    appendFileSync(paths.figures + ".part", row("figures", ["c", "f1", "count", 1]));
    const s2 = await openSink({ mode: "extract", format: "csv", out, resume: true });
    expect([...s2.done]).toEqual(["a", "b"]);
    s2.write(o("c"));
    await s2.finish();
    s2.release();
    const figs = readFileSync(paths.figures, "utf8").trimEnd().split("\n");
    expect(figs[0]).toBe("post,figure,kind,value,currency,unit,category,of,approx,bound,subject,relation,basis,parent,text,rule,start,end");
    expect(figs.slice(1).map(firstCell)).toEqual(["a", "a", "b", "b", "c", "c"]);
    expect(readFileSync(paths.posts, "utf8").trimEnd().split("\n").slice(1).map(firstCell)).toEqual(["a", "b", "c"]);
  });

  test("csv cells", () => {
    expect(csvCell('Viện "A", B')).toBe('"Viện ""A"", B"');
    expect(csvCell("dòng\nhai")).toBe('"dòng\nhai"');
    expect(csvCell(5.4)).toBe("5.4");
    expect(csvCell(undefined)).toBe("");
    expect(firstCell('"a ""b"", c",x')).toBe('a "b", c');
  });

  test("--max-bytes sizes", () => {
    expect(parseSize("10MB")).toBe(10 << 20);
    expect(parseSize("512k")).toBe(512 * 1024);
    expect(parseSize("2000")).toBe(2000);
    expect(() => parseSize("lots")).toThrow();
  });
});

describe("end to end (the CLI bundled by the test setup)", () => {
  const cli = (args: string[], input?: string) => spawnSync(process.execPath, [inject("cli"), ...args], { cwd: dir, input, encoding: "utf8" });

  test("a folder with good and bad files: every good post out once, one line per bad file, exit 1", () => {
    const d = join(dir, "e2e");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "a.txt"), VI);
    writeFileSync(join(d, "b.html"), `<html><head><title>Tin</title></head><body><p>${VI}</p></body></html>`);
    writeFileSync(join(d, "c.jsonl"), JSON.stringify({ id: "c1", text: VI }) + "\n" + JSON.stringify({ id: "c2", text: VI }) + "\n");
    writeFileSync(join(d, "empty.txt"), "");
    writeFileSync(join(d, "pic.txt"), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(50)]));
    const r = cli(["extract", "e2e", "--jobs", "2", "--out", "out.jsonl"]);
    // dangling and loops aside, every bad file is one line, and the run goes on
    expect(r.status).toBe(1);
    const errors = r.stderr.split("\n").filter((l) => /^baocao: e2e/.test(l));
    expect(errors).toEqual(["baocao: e2e/empty.txt: empty file", "baocao: e2e/pic.txt: binary file (PNG), not text"]);
    expect(r.stderr).toMatch(/baocao: 4 posts in .* · 2 failed/);
    const ids = readFileSync(join(dir, "out.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l).id);
    expect(ids).toEqual(["a", "b", "c1", "c2"]);
    expect(statSync(join(dir, "out.jsonl")).size).toBeGreaterThan(0);
  });

  test("stdin JSONL → stdout JSONL (the Hadoop/Spark mapper), usage errors exit 2", async () => {
    const lines = [JSON.stringify({ id: "x", text: VI }), JSON.stringify({ id: "y", text: VI })].join("\n") + "\n";
    const r = cli(["extract", "-", "--jobs", "1", "--quiet", "--format", "facts"], lines);
    expect(r.status).toBe(0);
    expect(r.stderr.replace(/npm warn.*\n/g, "")).toBe("");
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(["x", "y"]);
    // (the usage error in-process: the exit code is runCli's, which main.ts passes to process.exit as the two runs above show)
    expect((await inProcess(["extract", "-", "--format", "xml"], { stdin: lines })).code).toBe(2);
  });
});
