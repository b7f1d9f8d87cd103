/**
 * The command line as its users expect (issue 11, the CLI conventions): standard input when no
 * path is given, --bom on standard output, empty inputs said out loud, a cut run's output never
 * truncated without --resume or --force, file-system errors as one line naming the path, and
 * `baocao check` locations in the file as given. Plus `eval` with bad gold files (issue 12).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./helpers/cli.js";

const ERR = "Năm 2023, Viện Khoa học thực hiện 07 đề tài, gồm 03 đề tài cấp Bộ và 05 đề tài cấp cơ sở.";
const OK = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết, đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch.";

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baocao-conv-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("standard input", () => {
  test("no path and a pipe: standard input is read (as jq and csvkit do)", async () => {
    const r = await cli(["extract", "--format", "facts", "--quiet"], { stdin: JSON.stringify({ id: "x", text: OK }) + "\n" });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe("x");
  });

  test("no path on a terminal: a usage error that says what to give", async () => {
    const r = await cli(["extract"], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^baocao: no input: give files, folders, globs, or - for standard input/);
  });
});

describe("outputs", () => {
  test("--bom on standard output (csv) starts it with a byte order mark; elsewhere it is refused", async () => {
    writeFileSync(p("bom.txt"), OK);
    const r = await cli(["extract", p("bom.txt"), "--format", "csv", "--table", "posts", "--bom", "--quiet"]);
    expect(r.code).toBe(0);
    expect([...r.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(r.stdout.slice(1).startsWith("post,source,")).toBe(true);
    const j = await cli(["extract", p("bom.txt"), "--bom"]);
    expect(j.code).toBe(2);
    expect(j.stderr).toMatch(/--bom works with --format csv/);
  });

  test("a cut run's .part is never truncated without --resume or --force", async () => {
    writeFileSync(p("two.jsonl"), [JSON.stringify({ id: "a", text: OK }), JSON.stringify({ id: "b", text: OK })].join("\n") + "\n");
    const out = p("partial.jsonl");
    const earlier = '{"version":1,"id":"a","people":[],"figures":[],"findings":[],"input":{"source":"x"}}\n';
    writeFileSync(out + ".part", earlier);
    const r = await cli(["extract", p("two.jsonl"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/partial\.jsonl\.part is the output of an earlier run that did not finish: add --resume to continue it, or --force to start over/);
    expect(readFileSync(out + ".part", "utf8")).toBe(earlier);
    const f = await cli(["extract", p("two.jsonl"), "--out", out, "--force", "--quiet"]);
    expect(f.code).toBe(0);
    expect(readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(["a", "b"]);
    expect(existsSync(out + ".part")).toBe(false);
  });

  test("file-system errors: one line naming the path", async () => {
    writeFileSync(p("afile"), "x");
    writeFileSync(p("in.txt"), OK);
    const r = await cli(["extract", p("in.txt"), "--out", p("afile", "out.jsonl")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`baocao: cannot write ${p("afile", "out.jsonl")}: ${p("afile")} is a file, not a folder\n`);
    const missing = await cli(["extract", p("nope.txt")]);
    expect(missing.stderr.split("\n")[0]).toBe(`baocao: ${p("nope.txt")}: no such file or folder (ENOENT)`);
  });
});

describe("empty inputs exit non-zero, saying so", () => {
  test("extract of an empty folder", async () => {
    mkdirSync(p("empty"));
    const r = await cli(["extract", p("empty")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/baocao: no posts in .*empty/);
  });

  test("eval of a folder without gold pairs", async () => {
    mkdirSync(p("nogold"));
    writeFileSync(p("nogold", "d1.txt"), OK);
    const r = await cli(["eval", p("nogold")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no <id>\.txt with a valid <id>\.gold\.json in .*nogold: nothing to score/);
  });

  test("eval names and skips a bad gold file ({} or not JSON), scores the rest, exits 1", async () => {
    mkdirSync(p("gold"));
    const gold = { id: "d1", date: "2024-03-12", people: [], figures: [{ kind: "count", value: 18, category: "task", text: "18 nhiệm vụ" }, { kind: "percent", value: 96, text: "96%" }] };
    writeFileSync(p("gold", "d1.txt"), OK);
    writeFileSync(p("gold", "d1.gold.json"), JSON.stringify(gold));
    writeFileSync(p("gold", "d2.txt"), OK);
    writeFileSync(p("gold", "d2.gold.json"), "{}");
    writeFileSync(p("gold", "d3.txt"), OK);
    writeFileSync(p("gold", "d3.gold.json"), "{ not json");
    const r = await cli(["eval", p("gold"), "--format", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/gold\/d2\.gold\.json: not a gold file \(id: .*\): skipped/);
    expect(r.stderr).toMatch(/gold\/d3\.gold\.json: not valid JSON \(.*\): skipped/);
    expect(JSON.parse(r.stdout).documents).toBe(1);
  });
});

describe("check: where each finding is, in the input as given", () => {
  // the first error line (info findings and the excerpt lines under each finding aside)
  const first = (s: string) => s.split("\n").find((l) => / error \[/.test(l));
  test("a text file: file:line:col of the first figure", async () => {
    writeFileSync(p("c.txt"), `Dòng đầu.\n${ERR}\n`);
    const r = await cli(["check", p("c.txt")]);
    expect(r.code).toBe(1);
    expect(first(r.stdout)).toMatch(new RegExp(`^${p("c.txt")}:2:${ERR.indexOf("07") + 1}: error \\[breakdown\\.sum\\] `));
  });

  test("an HTML file: the line and column in the HTML file, not in the extracted text", async () => {
    const html = `<html><head><title>Tin</title></head>\n<body>\n<div class="nav">Trang chủ</div>\n<article>\n<h1>Tổng kết</h1>\n<p>Dòng đầu &amp; mở bài.</p>\n<p>${ERR.replace("Viện", "Vi&#7879;n")}</p>\n</article></body></html>\n`;
    writeFileSync(p("c.html"), html);
    const r = await cli(["check", p("c.html")]);
    const line7 = html.split("\n")[6]!;
    expect(first(r.stdout)).toMatch(new RegExp(`^${p("c.html")}:7:${line7.indexOf("07") + 1}: error \\[breakdown\\.sum\\] `));
  });

  test("standard input: <stdin>:line:col, nothing doubled", async () => {
    const r = await cli(["check"], { stdin: ERR });
    expect(first(r.stdout)).toMatch(new RegExp(`^<stdin>:1:${ERR.indexOf("07") + 1}: error \\[breakdown\\.sum\\] `));
  });

  test("JSONL: file.jsonl:LINE:COL, the column in the JSON line as written (escapes counted), with the post id", async () => {
    const line = `{"id":"x1","title":"A","text":"M\\u1edf \\u0111\\u1ea7u.\\nH\\u1ecdp. ${ERR}"}`;
    writeFileSync(p("c.jsonl"), `{"id":"ok","text":"${OK}"}\n${line}\n`);
    const r = await cli(["check", p("c.jsonl")]);
    expect(first(r.stdout)).toMatch(new RegExp(`^${p("c.jsonl")}:2:${line.indexOf("07") + 1}: error \\[breakdown\\.sum\\] .* \\(post x1\\)$`));
  });
});
