#!/usr/bin/env node
// The batch CLI under faults, as an archivist meets them (issue 12): kill -9 at random moments
// then --resume, a full disk, concurrent writers, outputs that alias inputs, foreign files
// under --resume, and the hostile inputs. Prints one row per fault: what happened, and whether
// that is what should happen.
//
//   npm run build && node scripts/faults.mjs                     # the built CLI
//   node scripts/faults.mjs --cli /path/to/older/dist/cli.js     # the same faults on another build
//   node scripts/faults.mjs --only kill,disk --cap 60            # some rows; stop any run after 60 s
//
// Uses ../shared/corpus/raw/news-2017.jsonl.gz when present (its first posts), else posts made
// from fixtures/seed.txt. The full-disk row needs root (it mounts a 1 MB tmpfs); without root
// it says "skipped". Everything is written under a temporary folder, removed at the end.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { ARCHIVE } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const CLI = resolve(arg("--cli", join(root, "dist", "cli.js")));
const LIB = join(dirname(CLI), "index.js");
const CAP = Number(arg("--cap", 120)) * 1000;
const ONLY = arg("--only", "").split(",").filter(Boolean);
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const work = mkdtempSync(join(tmpdir(), "baocao-faults-"));
const w = (...p) => join(work, ...p);

// ---- running the CLI -------------------------------------------------------------------------

/** Run the CLI; resolves with exit code, signal, stdout, stderr, wall seconds, peak RSS (MB). */
function run(args, o = {}) {
  return new Promise((done) => {
    const rss = w(`.rss-${process.hrtime.bigint()}`);
    const cmd = TIME ? [TIME, ["-f", "%M", "-o", rss, process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
    const t0 = performance.now();
    const child = spawn(cmd[0], cmd[1], { cwd: o.cwd ?? work, stdio: [o.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    const out = [];
    let err = "";
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => (err += c));
    if (o.stdin !== undefined) child.stdin.end(o.stdin);
    let capped = false;
    const cap = setTimeout(() => {
      capped = true;
      killTree(child.pid, "SIGKILL");
    }, o.cap ?? CAP);
    o.onSpawn?.(child);
    child.on("close", (code, signal) => {
      clearTimeout(cap);
      const wall = (performance.now() - t0) / 1000;
      let peak;
      try {
        peak = Math.round(Number(readFileSync(rss, "utf8").trim().split("\n").pop()) / 1024);
      } catch {
        peak = undefined;
      }
      // /usr/bin/time reports a signal as exit 128+n
      done({ code, signal, stdout: Buffer.concat(out), stderr: err, wall, peak, capped });
    });
  });
}

/** The CLI process (under /usr/bin/time it is the child of the child). */
function killTree(pid, sig) {
  try {
    const kids = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" }).stdout.trim().split("\n").filter(Boolean);
    for (const k of kids) process.kill(Number(k), sig);
    if (!kids.length || sig === "SIGKILL") process.kill(pid, sig);
  } catch {
    /* gone */
  }
}

const lines = (buf) => buf.toString("utf8").split("\n").filter(Boolean);
const ids = (buf) => lines(buf).map((l) => JSON.parse(l).id);
const firstErr = (s) => s.split("\n").find((l) => /baocao: /.test(l) && !/^baocao: \d+ posts? in /.test(l))?.replace(work + "/", "") ?? "";
const secs = (r) => (r.capped ? `killed at the ${CAP / 1000} s cap` : `${r.wall.toFixed(1)} s`);
const exitOf = (r) => (r.capped ? "none (capped)" : `exit ${r.code}`);

// ---- inputs ----------------------------------------------------------------------------------

const archive = ARCHIVE;
const seed = readFileSync(join(root, "fixtures", "seed.txt"), "utf8");
function posts(n) {
  if (existsSync(archive)) return gunzipSync(readFileSync(archive)).toString("utf8").split("\n").filter(Boolean).slice(0, n).join("\n") + "\n";
  return Array.from({ length: n }, (_, i) => JSON.stringify({ id: `s${i}`, text: seed.slice((i * 97) % 2000, ((i * 97) % 2000) + 1500) })).join("\n") + "\n";
}
const sample = w("sample.jsonl");
writeFileSync(sample, posts(600));
const sampleIds = ids(readFileSync(sample));

// ---- the faults ------------------------------------------------------------------------------

const rows = [];
function row(key, fault, result, ok) {
  rows.push({ key, fault, result, ok });
  console.error(`${ok ? "ok  " : "FAIL"} ${fault}: ${result}`);
}
const want = (key) => !ONLY.length || ONLY.includes(key);

let reference;
async function referenceOutput() {
  if (!reference) {
    const r = await run(["extract", sample, "--out", w("ref.jsonl"), "--quiet"]);
    reference = readFileSync(w("ref.jsonl"));
    reference.wall = r.wall;
  }
  return reference;
}

if (want("kill")) {
  const ref = await referenceOutput();
  let same = 0;
  const at = [];
  const why = [];
  for (let k = 0; k < 7; k++) {
    const out = w(`kill-${k}.jsonl`);
    const delay = 300 + Math.random() * Math.max(500, ref.wall * 1000 - 300);
    at.push((delay / 1000).toFixed(1));
    await run(["extract", sample, "--out", out, "--quiet"], { onSpawn: (c) => setTimeout(() => killTree(c.pid, "SIGKILL"), delay) });
    const again = await run(["extract", sample, "--out", out, "--resume", "--quiet"]);
    if (again.code === 0 && existsSync(out) && readFileSync(out).equals(ref)) same++;
    else why.push(`at ${at.at(-1)} s: resume ${exitOf(again)}${again.code === 0 ? ", output differs" : ""} "${firstErr(again.stderr).slice(0, 100)}"`);
  }
  row("kill", "kill -9 at 7 random moments, then --resume", `${same}/7 byte-identical to an uninterrupted run (killed at ${at.join(", ")} s)${why.length ? `; ${why.join("; ")}` : ""}`, same === 7);
}

if (want("disk")) {
  if (process.getuid?.() !== 0) row("disk", "full disk (1 MB tmpfs)", "skipped: needs root to mount a tmpfs", true);
  else {
    const mnt = w("small-disk");
    mkdirSync(mnt);
    const m = spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt]);
    if (m.status !== 0) row("disk", "full disk (1 MB tmpfs)", `skipped: mount failed (${m.stderr.toString().trim()})`, true);
    else {
      try {
        const ref = await referenceOutput();
        const r = await run(["extract", sample, "--out", join(mnt, "out.jsonl")]);
        const part = join(mnt, "out.jsonl.part");
        const whole = existsSync(part) && readFileSync(part).at(-1) === 10;
        const n = existsSync(part) ? lines(readFileSync(part)).length : 0;
        // the archivist frees space (here: moves the file to a bigger disk) and resumes
        if (existsSync(part)) copyFileSync(part, w("moved.jsonl.part"));
        const again = await run(["extract", sample, "--out", w("moved.jsonl"), "--resume", "--quiet"]);
        const same = again.code === 0 && readFileSync(w("moved.jsonl")).equals(ref);
        row("disk", "full disk (1 MB tmpfs) mid-run", `${exitOf(r)}, "${firstErr(r.stderr).slice(0, 110)}…"; ${n} whole lines, last line ${whole ? "whole" : "TORN"}; moved and --resume: ${same ? "byte-identical" : "DIFFERENT"}`, r.code !== 0 && r.code !== null && whole && same);
      } finally {
        spawnSync("umount", [mnt]);
      }
    }
  }
}

if (want("concurrent")) {
  const out = w("both.jsonl");
  const first = run(["extract", sample, "--out", out, "--quiet"]);
  await new Promise((r) => setTimeout(r, 300));
  const b = await run(["extract", sample, "--out", out, "--quiet"]);
  const a = await first;
  const got = existsSync(out) ? ids(readFileSync(out)) : [];
  const dup = got.length - new Set(got).size;
  // whichever locks the output first writes it; the other is refused
  const refused = [a, b].find((r) => r.code === 2);
  const wrote = [a, b].find((r) => r.code === 0);
  row("concurrent", "two runs on one --out, 0.3 s apart", `first: ${exitOf(a)}, second: ${exitOf(b)}${refused ? ` "${firstErr(refused.stderr).replace(/\(pid.*/, "(pid …)")}"` : ""}; ${got.length} lines for ${sampleIds.length} ids, ${dup} duplicates`, !!refused && !!wrote && got.length === sampleIds.length && dup === 0 && got.join() === sampleIds.join());
}

if (want("alias")) {
  const input = w("alias-in.jsonl");
  writeFileSync(input, posts(20));
  const before = readFileSync(input);
  const r1 = await run(["extract", input, "--out", input, "--resume"]);
  const r2 = await run(["extract", input, "--out", input]);
  const after = readFileSync(input);
  row("alias", "--out equal to the input (with and without --resume)", `${exitOf(r1)} / ${exitOf(r2)}; input ${after.equals(before) ? "intact" : `CHANGED (${after.length} of ${before.length} bytes)`}`, r1.code === 2 && r2.code === 2 && after.equals(before));
}

if (want("foreign")) {
  const results = [];
  let ok = true;
  for (const [name, content, extra] of [
    ["notes file", "my notes\n", []],
    ["JSON array", '[\n  {"version": 1, "id": "x"}\n]\n', []],
    ["foreign JSONL with ids", '{"id":"' + sampleIds[0] + '","note":"mine"}\n', []],
  ]) {
    const out = w(`foreign-${results.length}.jsonl`);
    writeFileSync(out, content);
    const r = await run(["extract", sample, "--out", out, "--resume", "--quiet", ...extra]);
    const intact = existsSync(out) && readFileSync(out, "utf8") === content;
    results.push(`${name}: ${exitOf(r)}, ${intact ? "intact" : "CHANGED"}`);
    ok &&= r.code === 2 && intact;
  }
  const ref = await referenceOutput();
  writeFileSync(w("other.jsonl"), ref);
  const r = await run(["extract", sample, "--out", w("other.jsonl"), "--resume", "--format", "facts", "--quiet"]);
  const intact = readFileSync(w("other.jsonl")).equals(ref);
  results.push(`--format facts over jsonl: ${exitOf(r)}, ${intact ? "intact" : "CHANGED"}`);
  ok &&= r.code === 2 && intact;
  row("foreign", "--resume over files it did not write", results.join("; "), ok);
}

if (want("csv")) {
  const input = w("csv-in.jsonl");
  writeFileSync(input, ["a", "b\nline break", 'c "q", comma'].map((id) => JSON.stringify({ id, text: seed.slice(0, 800) })).join("\n") + "\n");
  await run(["extract", input, "--format", "csv", "--out", w("t.csv"), "--quiet"]);
  const before = readFileSync(w("t.posts.csv"), "utf8");
  const r = await run(["extract", input, "--format", "csv", "--out", w("t.csv"), "--resume", "--quiet"]);
  const after = readFileSync(w("t.posts.csv"), "utf8");
  row("csv", "CSV --resume with an id holding a line break", `${exitOf(r)}; posts table ${after === before ? "unchanged (3 posts)" : "CHANGED: posts written again"}`, r.code === 0 && after === before);
}

if (want("gzip")) {
  const body = lines(readFileSync(sample)).slice(0, 300).join("\n") + "\n";
  writeFileSync(w("trail.jsonl.gz"), Buffer.concat([gzipSync(body), Buffer.from("GARBAGE\n\0\0 trailing junk")]));
  const r = await run(["extract", w("trail.jsonl.gz"), "--format", "facts"]);
  const n = lines(r.stdout).length;
  row("gzip", ".jsonl.gz with trailing garbage (zcat: 300 posts)", `${n} of 300 posts, ${exitOf(r)}; "${firstErr(r.stderr).slice(0, 90)}"`, n === 300);
}

if (want("cut")) {
  // the issue's case: a 9 MB .txt, under the 10 MB --max-bytes but over the old 5M-character cap
  const text = lines(readFileSync(sample)).map((l) => JSON.parse(l).text).join("\n\n");
  let big = Buffer.from(text.repeat(Math.ceil(9_000_000 / Buffer.byteLength(text)))).subarray(0, 9_000_000).toString("utf8");
  big = big.replace(/\ufffd$/, "");
  writeFileSync(w("big.txt"), big);
  const r = await run(["extract", w("big.txt"), "--format", "jsonl"]);
  let rec;
  try {
    rec = JSON.parse(r.stdout.toString());
  } catch {
    rec = undefined;
  }
  const cutInside = rec?.warnings?.find((x) => x.code === "input.truncated");
  const lastFigure = rec ? Math.max(0, ...rec.figures.map((f) => f.span.end)) : 0;
  const cutSaid = /cut|incompletely/.test(r.stderr);
  const size = statSync(w("big.txt")).size;
  row(
    "cut",
    `a ${(size / 1e6).toFixed(1)} MB .txt (${(big.length / 1e6).toFixed(1)}M characters) under --max-bytes 10MB`,
    `${cutInside ? `cut inside the record ("${cutInside.message}")` : "read whole"}, last figure at character ${lastFigure.toLocaleString("en-US")}; ${exitOf(r)}, ${secs(r)}, peak ${r.peak} MB; a cut said on stderr: ${cutSaid ? "yes" : "no"}`,
    !!rec && (!cutInside || (cutSaid && r.code !== 0)),
  );
}

if (want("utf8")) {
  const t = Buffer.from(JSON.parse(lines(readFileSync(sample))[0]).text);
  writeFileSync(w("bad.txt"), Buffer.concat([t.subarray(0, 40), Buffer.from([0xff, 0xfe]), t.subarray(40)]));
  const a = await run(["extract", w("bad.txt"), "--format", "facts"]);
  const line = Buffer.from(lines(readFileSync(sample))[1] + "\n");
  writeFileSync(w("bad.jsonl"), Buffer.concat([line.subarray(0, 60), Buffer.from([0xc3]), line.subarray(60)]));
  const b = await run(["extract", w("bad.jsonl"), "--format", "facts"]);
  row("utf8", "invalid UTF-8 in a .txt and in a .jsonl line", `.txt: ${exitOf(a)}, ${lines(a.stdout).length} record, "${firstErr(a.stderr).slice(0, 70)}"; .jsonl: ${exitOf(b)}, "${firstErr(b.stderr).slice(0, 70)}"`, a.code === 3 && b.code === 3 && lines(a.stdout).length === 1);
}

if (want("names")) {
  const d = w("legacy");
  mkdirSync(d);
  // "Báo cáo.txt" in windows-1258 (á = 0xE1)
  writeFileSync(Buffer.concat([Buffer.from(d + "/"), Buffer.from([0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f, 0x2e, 0x74, 0x78, 0x74])]), seed.slice(0, 2000));
  const r = await run(["extract", d, "--format", "facts"]);
  const id = lines(r.stdout)[0] ? JSON.parse(lines(r.stdout)[0]).id : "(none)";
  row("names", 'a file named "Báo cáo.txt" in windows-1258', `${exitOf(r)}, id "${id}", ${lines(r.stdout)[0] ? JSON.parse(lines(r.stdout)[0]).figures.length : 0} figures${firstErr(r.stderr) ? `; "${firstErr(r.stderr)}"` : ""}`, r.code === 0 && id === "Báo cáo");
}

if (want("links")) {
  const d = w("loop");
  mkdirSync(join(d, "sub"), { recursive: true });
  writeFileSync(join(d, "a.txt"), seed.slice(0, 1500));
  writeFileSync(join(d, "sub", "b.txt"), seed.slice(1500, 3000));
  symlinkSync("..", join(d, "sub", "up"));
  symlinkSync(".", join(d, "self"));
  symlinkSync("missing.txt", join(d, "gone.txt"));
  const r = await run(["extract", d, "--format", "facts"], { cap: 30_000 });
  const n = lines(r.stdout).length;
  const said = r.stderr.split("\n").filter((l) => /loop|dangling/.test(l)).length;
  row("links", "symbolic link loops and a dangling link in the input folder", `${n} records of 2 files, ${secs(r)}, ${exitOf(r)}; ${said} links named on stderr`, n === 2 && !r.capped && said >= 2);
}

if (want("link")) {
  const unit = "đạt 3 tỷ đồng, bằng 150% kế hoạch; ";
  const text = unit.repeat(Math.ceil(2_000_000 / unit.length)).slice(0, 2_000_000);
  writeFileSync(w("slow.jsonl"), JSON.stringify({ id: "slow", text }) + "\n" + JSON.stringify({ id: "after", text: seed.slice(0, 1000) }) + "\n");
  const budget = spawnSync(process.execPath, [CLI, "extract", "--help"], { encoding: "utf8" }).stdout.includes("--post-timeout") ? ["--post-timeout", "20"] : [];
  const r = await run(["extract", w("slow.jsonl"), "--format", "facts", ...budget], { cap: Math.max(CAP, 60_000) });
  const got = lines(r.stdout).map((l) => JSON.parse(l).id);
  row("link", "2 MB one-sentence run of amounts (link.ts quadratic), then a normal post; --post-timeout 20 where the build has it", `${secs(r)}, ${exitOf(r)}; records: ${got.join(", ") || "none"}; "${firstErr(r.stderr).slice(0, 80)}"`, !r.capped && got.includes("after"));
}

if (want("html")) {
  for (const [name, body] of [
    ["100,000 nested divs (1.1 MB)", "<div>".repeat(100_000) + seed.slice(0, 500) + "</div>".repeat(100_000)],
    ["705 KB of unclosed divs", "<div>x ".repeat(100_000) + seed.slice(0, 500)],
    ["50,000 table cells", "<table>" + Array.from({ length: 5000 }, (_, r) => "<tr>" + Array.from({ length: 10 }, (_, c) => `<td>Ô ${r}.${c}: 1.234 tỷ đồng</td>`).join("") + "</tr>").join("") + "</table>" + `<p>${seed.slice(0, 500)}</p>`],
  ]) {
    const f = w(`${name.replace(/\W+/g, "_")}.html`);
    writeFileSync(f, `<html><head><title>Tin</title></head><body>${body}</body></html>`);
    const r = await run(["extract", f, "--format", "facts"], { cap: Math.min(CAP, 120_000) });
    row(`html`, `HTML: ${name}`, `${secs(r)}, peak ${r.peak ?? "?"} MB, ${exitOf(r)}, ${lines(r.stdout).length} record${r.stderr.includes("plain text") ? ", read as plain text (noted)" : ""}`, !r.capped && r.code === 0);
  }
}

if (want("signal")) {
  const big = w("many.jsonl");
  writeFileSync(big, readFileSync(sample, "utf8").repeat(5));
  let sentAt = 0;
  const r = await run(["extract", big, "--out", w("sig.jsonl")], {
    onSpawn: (c) =>
      setTimeout(() => {
        sentAt = performance.now();
        killTree(c.pid, "SIGTERM");
      }, 2000),
  });
  const after = (performance.now() - sentAt) / 1000;
  const part = existsSync(w("sig.jsonl.part")) ? readFileSync(w("sig.jsonl.part")) : Buffer.alloc(0);
  row("signal", "SIGTERM 2 s into a run", `stopped ${after.toFixed(2)} s after the signal, ${exitOf(r)}, "${firstErr(r.stderr).slice(0, 60)}…", last line ${part.length === 0 || part.at(-1) === 10 ? "whole" : "TORN"}`, after < 1.5 && (r.code === 143 || r.code === 128 + 15));
}

if (want("jobs")) {
  const r = await run(["extract", sample, "--jobs", "400", "--format", "facts", "--quiet"]);
  row("jobs", "--jobs 400", `${exitOf(r)}, peak ${r.peak} MB, ${secs(r)}; "${firstErr(r.stderr)}"`, r.code === 0 && /using/.test(r.stderr));
}

if (want("newlines")) {
  const f = w("newlines.jsonl");
  writeFileSync(f, Buffer.alloc(200_000_000, 10));
  const r = await run(["extract", f, "--format", "facts", "--stdin-format", "jsonl"], { cap: Math.min(CAP, 120_000) });
  row("newlines", "a .jsonl of 200 million newlines", `${secs(r)}, ${exitOf(r)}, "${firstErr(r.stderr).slice(0, 60)}"`, !r.capped);
  rmSync(f);
}

if (want("memory")) {
  const peaks = [];
  for (const n of [100_000, 1_000_000]) {
    const f = w(`tiny-${n}.jsonl`);
    const one = (i) => `{"id":"t${i}","text":"Đạt ${i % 97} tỷ đồng."}\n`;
    const parts = [];
    for (let i = 0; i < n; i++) parts.push(one(i));
    writeFileSync(f, parts.join(""));
    const r = await run(["extract", f, "--format", "facts", "--quiet"], { cap: Math.max(CAP, 1800_000) });
    peaks.push([n, r.peak, r.wall, lines(r.stdout).length, r.capped]);
    rmSync(f);
  }
  const [[, a], [, b]] = peaks;
  row("memory", "peak memory over 100k and 1M tiny posts (ids given)", peaks.map(([n, p, t, k, c]) => `${n.toLocaleString("en-US")}: ${p} MB, ${c ? "capped" : `${t.toFixed(0)} s`}, ${k.toLocaleString("en-US")} records`).join("; "), b !== undefined && a !== undefined && b - a < 100);
}

if (want("eval")) {
  const d = w("gold");
  mkdirSync(d);
  writeFileSync(join(d, "d1.txt"), seed.slice(0, 800));
  writeFileSync(join(d, "d1.gold.json"), "{}");
  writeFileSync(join(d, "d2.txt"), seed.slice(0, 800));
  writeFileSync(join(d, "d2.gold.json"), "{ not json");
  const r = await run(["eval", d]);
  row("eval", "eval with gold files {} and invalid JSON", `${exitOf(r)}; "${firstErr(r.stderr).slice(0, 100)}"`, r.code === 1 && /d1\.gold\.json/.test(r.stderr));
}

if (want("library") && existsSync(LIB)) {
  const code = `
    const { parseReport, fold, checkReport } = await import(${JSON.stringify(pathToFileURL(LIB).href)});
    const out = [];
    try { parseReport("Đạt 3 tỷ đồng", null); out.push("parseReport(text, null): ok"); } catch (e) { out.push("parseReport(text, null): THROWS " + e.message); }
    const s = "Đạt 3 tỷ đồng, bằng 150% kế hoạch. ".repeat(4_000_000).slice(0, 135_000_000);
    try { fold(s); out.push("fold(135M): ok"); } catch (e) { out.push("fold(135M): THROWS " + e.message); }
    try { checkReport(parseReport("Đạt 3 tỷ đồng"), s); out.push("checkReport(135M): ok"); } catch (e) { out.push("checkReport(135M): THROWS " + e.message); }
    console.log(out.join("; "));`;
  const r = spawnSync(process.execPath, ["--max-old-space-size=8000", "--input-type=module", "-e", code], { encoding: "utf8", timeout: Math.max(CAP, 300_000) });
  const res = (r.stdout || r.stderr || "no answer").trim().split("\n").pop();
  row("library", "parseReport(text, null); fold and checkReport on 135M characters", res, !/THROWS/.test(res) && r.status === 0);
}

// ---- the table -------------------------------------------------------------------------------

const width = Math.max(...rows.map((r) => r.fault.length));
console.log(`baocao fault trial — ${CLI}`);
console.log(`${"fault".padEnd(width)} | result | as it should be`);
console.log(`${"-".repeat(width)} | ------ | ---------------`);
for (const r of rows) console.log(`${r.fault.padEnd(width)} | ${r.result} | ${r.ok ? "yes" : "NO"}`);
console.log(`${rows.filter((r) => r.ok).length} of ${rows.length} as they should be`);
rmSync(work, { recursive: true, force: true });
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
void linkSync;
void readdirSync;
