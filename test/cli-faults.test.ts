/**
 * The batch CLI under the faults of issue 12, each reproduced as an archivist met it on
 * ed90a65, run in-process (runCli) with fixtures built in a temporary folder.
 *
 *   --out that is an input · --resume over a foreign file · a second run on a locked output ·
 *   CSV ids with line breaks · gzip trailing garbage · silent cuts and lossy decodes ·
 *   legacy file names · symbolic link loops · HTML too deep for a DOM · every format resumed
 *   byte for byte · a file of only newlines · --jobs over the cores · Ctrl-C
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { constants, gunzipSync, gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { cli } from "./helpers/cli.js";
import { acquireLock } from "../src/cli/lock.js";
import { csvCells } from "../src/cli/csv.js";

const VI = (n: number) => `Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết lần ${n}. Ông Trần Văn Bình, Phó Chủ tịch, cho biết đã hoàn thành ${n} nhiệm vụ, đạt 96% kế hoạch; tổng vốn đầu tư 4,2 tỷ đồng.`;
const jsonl = (ids: string[]) => ids.map((id, i) => JSON.stringify({ id, text: VI(i + 1) }) + "\n").join("");

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baocao-faults-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the output is never an input", () => {
  test("--out equal to the input, with or without --resume: refused (exit 2), the input intact", async () => {
    const input = p("same.jsonl");
    writeFileSync(input, jsonl(["a", "b"]));
    const before = readFileSync(input);
    for (const extra of [["--resume"], []]) {
      const r = await cli(["extract", input, "--out", input, ...extra]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--out .*same\.jsonl is also an input/);
      expect(readFileSync(input)).toEqual(before);
    }
  });

  test("the same file under another name (hard link) or inside an input folder: refused", async () => {
    mkdirSync(p("alias"));
    writeFileSync(p("alias", "in.jsonl"), jsonl(["a"]));
    linkSync(p("alias", "in.jsonl"), p("hard.jsonl"));
    expect((await cli(["extract", p("alias", "in.jsonl"), "--out", p("hard.jsonl")])).code).toBe(2);
    // an earlier output inside the folder being read would be read back as posts
    writeFileSync(p("alias", "out.jsonl"), "");
    const r = await cli(["extract", p("alias"), "--out", p("alias", "out.jsonl")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is also an input/);
  });
});

describe("--resume continues only this command's own output", () => {
  const input = () => {
    const f = p("in2.jsonl");
    if (!existsSync(f)) writeFileSync(f, jsonl(["a", "b", "c"]));
    return f;
  };

  test.each([
    ["a notes file", "my notes\nline two\n"],
    ["a --format json array", '[\n  {"version": 1, "id": "a"}\n]\n'],
    ["foreign JSON lines that carry ids", '{"id":"a","name":"not a report"}\n{"id":"b"}\n'],
  ])("%s: refused (exit 2) and left exactly as it was", async (_name, content) => {
    const out = p(`foreign-${_name.length}.jsonl`);
    writeFileSync(out, content);
    const r = await cli(["extract", input(), "--out", out, "--resume"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/was not written by baocao extract --format jsonl/);
    expect(readFileSync(out, "utf8")).toBe(content);
    expect(existsSync(out + ".part")).toBe(false);
  });

  test("another --format, or --text where there was none: refused", async () => {
    const out = p("fmt.jsonl");
    expect((await cli(["extract", input(), "--out", out, "--quiet"])).code).toBe(0);
    const before = readFileSync(out, "utf8");
    const facts = await cli(["extract", input(), "--out", out, "--resume", "--format", "facts"]);
    expect(facts.code).toBe(2);
    expect(facts.stderr).toMatch(/a full record, not a facts line/);
    const text = await cli(["extract", input(), "--out", out, "--resume", "--text"]);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/written without --text/);
    expect(readFileSync(out, "utf8")).toBe(before);
  });
});

describe("one run at a time on an output", () => {
  test("a second run while the first holds the lock: refused, naming the other run", async () => {
    const out = p("locked.jsonl");
    writeFileSync(p("l.jsonl"), jsonl(["a"]));
    const lock = acquireLock(out);
    try {
      const r = await cli(["extract", p("l.jsonl"), "--out", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`is being written by another baocao run \\(pid ${process.pid}`));
      expect(existsSync(out + ".part")).toBe(false);
    } finally {
      lock.release();
    }
    expect((await cli(["extract", p("l.jsonl"), "--out", out, "--quiet"])).code).toBe(0);
    expect(existsSync(out + ".lock")).toBe(false);
  });

  test("the lock of a run that died (kill -9) is taken over", async () => {
    const out = p("stale.jsonl");
    writeFileSync(p("s.jsonl"), jsonl(["a"]));
    // a pid that is not running
    writeFileSync(out + ".lock", JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import("node:os")).hostname(), start: "1" }));
    expect((await cli(["extract", p("s.jsonl"), "--out", out, "--quiet"])).code).toBe(0);
    expect(readFileSync(out, "utf8").split("\n")).toHaveLength(2);
  });
});

test.runIf(existsSync("/proc/self/stat"))("the lock of a run killed with -9 and never reaped (a zombie) is taken over", async () => {
  // sh starts a child, then becomes `sleep`, which never reaps it; the child exits only once its
  // parent is `sleep` (a child that exited at once could be reaped by sh itself before the exec,
  // and the test would find no process at all on a busy machine): a zombie
  const child = `while [ "$(cat /proc/$PPID/comm)" != sleep ]; do sleep 0.01; done`;
  const parent = spawn("sh", ["-c", `sh -c '${child}' & echo $!; exec sleep 60`], { stdio: ["ignore", "pipe", "ignore"] });
  try {
    const pid = Number(await new Promise<string>((r) => parent.stdout!.once("data", (d: Buffer) => r(d.toString()))));
    const state = () => readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    while (state()[0] !== "Z") await new Promise((r) => setTimeout(r, 10));
    const out = p("zombie.jsonl");
    writeFileSync(p("z.jsonl"), jsonl(["a"]));
    // the lock as that run wrote it: its pid and start time (refused before: "being written by another baocao run")
    writeFileSync(out + ".lock", JSON.stringify({ pid, host: hostname(), start: state()[19] }));
    const r = await cli(["extract", p("z.jsonl"), "--out", out, "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(existsSync(out + ".lock")).toBe(false);
  } finally {
    parent.kill("SIGKILL");
  }
});

describe("every format resumes exactly", () => {
  const ids = ["a", "b\nwith a line break", 'c "quoted", comma', "d", "e"];
  const input = () => {
    const f = p("resume.jsonl");
    if (!existsSync(f)) writeFileSync(f, jsonl(ids));
    return f;
  };
  /** Cut a finished line file after `keep` lines plus half of the next, as a kill would. */
  const cutLines = (file: string, keep: number) => {
    const text = readFileSync(file, "utf8");
    const lines = text.split("\n");
    writeFileSync(file + ".part", lines.slice(0, keep).join("\n") + "\n" + lines[keep]!.slice(0, 10));
    rmSync(file);
  };

  test.each([
    ["extract", "jsonl"],
    ["extract", "facts"],
    ["check", "jsonl"],
  ])("%s --format %s: cut after two records and a torn third, resumed: byte-identical", async (mode, format) => {
    const full = p(`full-${mode}-${format}.jsonl`);
    const cut = p(`cut-${mode}-${format}.jsonl`);
    expect((await cli([mode, input(), "--format", format, "--out", full, "--quiet"])).code).toBe(mode === "check" ? 0 : 0);
    writeFileSync(cut, readFileSync(full));
    cutLines(cut, 2);
    const r = await cli([mode, input(), "--format", format, "--out", cut, "--resume"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 already done \(skipped\)/);
    expect(readFileSync(cut, "utf8")).toBe(readFileSync(full, "utf8"));
  });

  test.each([
    ["extract", "json", /--resume works with --format jsonl, facts and csv \(a JSON array cannot be appended to\)/],
    ["extract", "summary", /--resume works with --format jsonl, facts and csv \(a summary is for people/],
    ["check", "json", /--resume needs --format jsonl for check \(--format json cannot be continued\)/],
    ["check", "text", /--resume needs --format jsonl for check \(--format text cannot be continued\)/],
  ])("%s --format %s cannot be continued: --resume is a usage error that says so, the output untouched", async (mode, format, message) => {
    // (a summary output was refused as "not written by baocao extract --format summary", which it was)
    const out = p(`nocont-${mode}-${format}.out`);
    expect((await cli([mode, input(), "--format", format, "--out", out, "--quiet"])).code).toBe(0);
    const before = readFileSync(out);
    const r = await cli([mode, input(), "--format", format, "--out", out, "--resume"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(out)).toEqual(before);
  });

  test("csv: ids with line breaks, quotes and commas come back exactly; a run cut between tables resumes byte-identical", async () => {
    const full = p("full.csv");
    expect((await cli(["extract", input(), "--format", "csv", "--out", full, "--quiet"])).code).toBe(0);
    const table = (f: string, t: string) => readFileSync(f.replace(/\.csv$/, `.${t}.csv`), "utf8");
    // RFC 4180: the id with a line break is one quoted cell
    const posts = table(full, "posts");
    expect(posts).toContain('"b\nwith a line break",');
    // resuming a finished output changes nothing (ed90a65 wrote the line-break post again)
    const again = await cli(["extract", input(), "--format", "csv", "--out", full, "--resume"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/5 already done/);
    expect(table(full, "posts")).toBe(posts);

    // cut: posts rows for a, b; figures rows for a, b and part of c (the posts row of c never written)
    const cut = p("cut.csv");
    const rows = (t: string) => {
      const text = table(full, t);
      const out: string[] = [];
      let cur = "";
      let q = false;
      for (const ch of text) {
        cur += ch;
        if (ch === '"') q = !q;
        if (ch === "\n" && !q) {
          out.push(cur);
          cur = "";
        }
      }
      return out;
    };
    for (const t of ["posts", "people", "figures", "findings"]) {
      const all = rows(t);
      const keep = all.filter((r, i) => i === 0 || ["a", "b\nwith a line break"].includes(csvCells(r.slice(0, -1))[0]!) || (t === "figures" && csvCells(r.slice(0, -1))[0] === ids[2]));
      writeFileSync(cut.replace(/\.csv$/, `.${t}.csv.part`), keep.join(""));
    }
    const r = await cli(["extract", input(), "--format", "csv", "--out", cut, "--resume"]);
    expect(r.code).toBe(0);
    for (const t of ["posts", "people", "figures", "findings"]) expect(table(cut, t)).toBe(table(full, t));
  });
});

describe("inputs", () => {
  test("gzip with trailing garbage: every complete post, and a note (zcat: 300 of 300)", async () => {
    const ids300 = Array.from({ length: 300 }, (_, i) => `g${i}`);
    const gz = gzipSync(ids300.map((id) => JSON.stringify({ id, text: `Năm 2023 đạt ${id.length} tỷ đồng.` })).join("\n") + "\n");
    writeFileSync(p("trail.jsonl.gz"), Buffer.concat([gz, Buffer.from("GARBAGE\n\0\0 trailing junk")]));
    const r = await cli(["extract", p("trail.jsonl.gz"), "--format", "facts"]);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(ids300);
    expect(r.stderr).toMatch(/trail\.jsonl\.gz: bytes after the end of the gzip data were ignored/);
    expect(r.code).toBe(0);
    // a gzip cut short: the posts before the cut, and the cut named as a failure
    writeFileSync(p("cut.jsonl.gz"), gz.subarray(0, gz.length - 200));
    const c = await cli(["extract", p("cut.jsonl.gz"), "--format", "facts"]);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/cut\.jsonl\.gz:\d+: (the last line is cut|gzip data cut short)/);
    // every line that is whole in what can be unzipped (as `zcat` gives it) comes out
    const whole = gunzipSync(gz.subarray(0, gz.length - 200), { finishFlush: constants.Z_SYNC_FLUSH }).toString().split("\n").length - 1;
    expect(c.stdout.trimEnd().split("\n").length).toBe(whole);
  });

  test("a text over the character cap is cut, and the run says so: stderr, summary, exit 3", async () => {
    writeFileSync(p("long.txt"), VI(1).repeat(20));
    const r = await cli(["extract", p("long.txt"), "--max-chars", "1000", "--format", "facts"]);
    expect(r.stderr).toMatch(/long\.txt: input of \d+ characters cut to the first 1000 \(--max-chars\)/);
    expect(r.stderr).toMatch(/1 read incompletely/);
    expect(r.code).toBe(3);
  });

  test("the character cap follows --max-bytes: a 5.2-million-character file under it is read whole (ed90a65 cut it at 5M, exit 0)", async () => {
    // one long line of short words: the cheapest 5.2M characters to read (many short lines cost 3x)
    writeFileSync(p("big.txt"), "x ".repeat(2_600_000) + "Đạt 3 tỷ đồng.");
    const r = await cli(["extract", p("big.txt"), "--format", "facts"]);
    expect(r.stderr).not.toMatch(/cut|incompletely/);
    expect(JSON.parse(r.stdout).figures.map((f: { text: string }) => f.text)).toEqual(["3 tỷ đồng"]);
    expect(r.code).toBe(0);
  }, 120_000);

  test("invalid UTF-8: read with U+FFFD and reported (.txt was rejected whole, .jsonl silent)", async () => {
    const text = Buffer.from(VI(3));
    writeFileSync(p("bad.txt"), Buffer.concat([text.subarray(0, 20), Buffer.from([0xff, 0xfe]), text.subarray(20)]));
    const t = await cli(["extract", p("bad.txt"), "--format", "facts"]);
    expect(t.stderr).toMatch(/bad\.txt: 2 byte sequences not valid UTF-8 replaced by U\+FFFD/);
    expect(JSON.parse(t.stdout).figures.length).toBeGreaterThan(0);
    expect(t.code).toBe(3);
    const line = Buffer.from(JSON.stringify({ id: "j", text: VI(4) }) + "\n");
    writeFileSync(p("bad.jsonl"), Buffer.concat([line.subarray(0, 30), Buffer.from([0xc3]), line.subarray(30)]));
    const j = await cli(["extract", p("bad.jsonl"), "--format", "facts"]);
    expect(j.stderr).toMatch(/bad\.jsonl:1 \(j\): 1 invalid UTF-8 sequence in the line replaced by U\+FFFD/);
    expect(j.code).toBe(3);
  });

  test("a file name in windows-1258 is read, and shown and named decoded", async () => {
    mkdirSync(p("legacy"));
    const name = Buffer.concat([Buffer.from(p("legacy") + "/"), iconv.encode("Báo cáo.txt", "windows1258")]);
    writeFileSync(name, VI(5));
    const r = await cli(["extract", p("legacy"), "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.id).toBe("Báo cáo");
    expect(rec.input.source).toBe(join(p("legacy"), "Báo cáo.txt"));
    expect(rec.figures.length).toBeGreaterThan(0);
  });

  test("symbolic links: a loop ends and is named, a link to a file already read is not read twice, a dangling link is named; a hard link is read", async () => {
    mkdirSync(p("links", "sub"), { recursive: true });
    writeFileSync(p("links", "a.txt"), VI(6));
    writeFileSync(p("links", "sub", "b.txt"), VI(7));
    symlinkSync("..", p("links", "sub", "up")); // a loop
    symlinkSync("../a.txt", p("links", "sub", "again.txt"));
    symlinkSync("nowhere.txt", p("links", "gone.txt"));
    linkSync(p("links", "a.txt"), p("links", "hard.txt")); // a hard link is a path of its own: read
    const r = await cli(["extract", p("links"), "--format", "facts"]);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(["a", "hard", "b"]);
    expect(r.stderr).toMatch(/links\/gone\.txt: dangling symbolic link \(→ nowhere\.txt, which does not exist\)/);
    expect(r.stderr).toMatch(/links\/sub\/up: symbolic link loop \(→ \.\.\): not followed/);
    expect(r.stderr).toMatch(/links\/sub\/again\.txt: the same file as one already read \(symbolic link → \.\.\/a\.txt\): not read again/);
    expect(r.code).toBe(1); // the dangling link is a failed input
  });

  test("a JSONL file of only newlines (2 million) goes by without a post", async () => {
    writeFileSync(p("newlines.jsonl"), "\n".repeat(2_000_000) + JSON.stringify({ id: "last", text: VI(8) }) + "\n");
    const r = await cli(["extract", p("newlines.jsonl"), "--format", "facts"]);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(["last"]);
    expect(r.code).toBe(0);
  });
});

describe("HTML too big for a DOM is read as plain text (the DOM budget)", () => {
  test.each([
    ["100,000 nested <div>s", "<div>".repeat(100_000) + "Đạt 3 tỷ đồng, bằng 150% kế hoạch." + "</div>".repeat(100_000)],
    ["100,000 unclosed <div>s", "<div>x ".repeat(100_000) + "Đạt 3 tỷ đồng."],
    ["50,000 table cells", "<table>" + "<tr>" + "<td>1</td>".repeat(10) + "</tr>".repeat(1) + ("<tr>" + "<td>1</td>".repeat(10) + "</tr>").repeat(5000) + "</table><p>Đạt 3 tỷ đồng.</p>"],
  ])("%s", async (name, body) => {
    const file = p(`${name.replace(/\W+/g, "_")}.html`);
    writeFileSync(file, `<html><head><title>Tin</title></head><body>${body}</body></html>`);
    const r = await cli(["extract", file, "--format", "facts"]);
    expect(r.stderr).toMatch(/page too complex for article extraction \((nested \d+ deep|\d+ elements); the limit is 20000 elements, 120 deep\): read as plain text/);
    expect(JSON.parse(r.stdout).figures.map((f: { text: string }) => f.text)).toContain("3 tỷ đồng");
    expect(r.code).toBe(0);
  });
});

describe("--jobs and signals", () => {
  test("--jobs over the cores is clamped with a note", async () => {
    writeFileSync(p("j.jsonl"), jsonl(["a"]));
    const r = await cli(["extract", p("j.jsonl"), "--jobs", "400", "--format", "facts"]);
    expect(r.stderr).toMatch(/--jobs 400 is more than the \d+ cores? available; using \d+/);
    expect(r.code).toBe(0);
  });

  test("stopped (SIGTERM): exit 143, whole lines, the message, and --resume completes it exactly", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `s${i}`);
    writeFileSync(p("sig.jsonl"), jsonl(ids));
    const out = p("sig-out.jsonl");
    const ctl = new AbortController();
    ctl.abort("SIGTERM");
    const r = await cli(["extract", p("sig.jsonl"), "--out", out], { signal: ctl.signal });
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/stopped by SIGTERM after \d+ posts; what is written is whole — run again with --resume to continue/);
    expect(existsSync(out + ".lock")).toBe(false);
    const part = existsSync(out + ".part") ? readFileSync(out + ".part", "utf8") : "";
    expect(part === "" || part.endsWith("\n")).toBe(true);
    const done = await cli(["extract", p("sig.jsonl"), "--out", out, "--resume", "--quiet"]);
    expect(done.code).toBe(0);
    expect(readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(ids);
    expect(readdirSync(dir).filter((f) => f.startsWith("sig-out"))).toEqual(["sig-out.jsonl"]);
  });
});
