/**
 * The batch CLI (issue 6): per-post processing, ordered pool, outputs with --resume, and two
 * end-to-end runs of `baocao extract` / `baocao check` from source (tsx).
 *
 *   processPost(post) → a JSON line carrying the report, its findings and input.source
 *   ordered(items, run) → results in input order, never more than `window` in flight
 *   a .part file cut in the middle of a line → --resume drops the torn line, keeps the rest once
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { processPost, findingLines, type Outcome } from "../src/cli/process.js";
import { ordered } from "../src/cli/pool.js";
import { openSink, csvPaths, UsageError, type OkOutcome } from "../src/cli/output.js";
import { HEADERS, csvCell, csvLine, firstCell } from "../src/cli/csv.js";
import type { Post } from "../src/cli/input.js";
import { parseSize } from "../src/cli/args.js";

const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết. Ông Trần Văn Bình, Phó Chủ tịch, cho biết đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch; tổng vốn đầu tư 4,2 tỷ đồng.";
const post = (id: string, more: Partial<Post> = {}): Post => ({ id, source: `${id}.txt`, kind: "text", text: VI, size: VI.length, ...more });
const ok = (o: Outcome): OkOutcome => {
  if (!o.ok) throw new Error(o.error);
  return o;
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baocao-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("processPost", () => {
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
    const finding = { rule: "x.y", severity: "error" as const, message: { vi: "Có lỗi", en: "An error" }, spans: [{ start: at, end: at + 3 }] };
    expect(findingLines(post("a"), { text }, [finding], "en")).toBe(`a.txt:2:${at - text.indexOf("\n")}: error [x.y] An error\n`);
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
