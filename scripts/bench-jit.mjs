#!/usr/bin/env node
// What V8's optimising compiler does while a fresh process warms up (issue 14, the pool): the
// built package parses the first N archive posts cold, one parseReport each, in a child
// `node --trace-opt --trace-deopt --trace-deopt-verbose`, and this script reads the trace.
// Every worker of the CLI's pool is a fresh isolate and pays this again; a function that is
// deoptimised is compiled again, so each deopt of a big hot function is paid twice.
// It prints, counting only what happens once the posts are being parsed:
//   - TurboFan compiles: first compiles of a function and recompiles (a function TurboFan had
//     compiled before, usually after a deopt), with the compiler's background milliseconds of
//     each ("took a, b, c ms" summed), and the compiles per 1,000 posts (a warm process makes ~0);
//   - first compiles by function, dearest first (ms; with --sizes also the optimised code's size,
//     the function's own bytecode and what TurboFan inlined into it: how many functions, how many
//     bytes of their bytecode — the inlining budget is ~920 bytes per compile);
//   - recompiles by function (count, ms);
//   - deopts by optimised function, reason and source position: the innermost position is
//     where the check failed ("at"), the chain after it is the callers it was inlined into, as
//     dist file:line:column with that line's text (dist/ is tsc's output of src/, one file for
//     one file, so the text finds the line in src/; the line numbers differ where types were);
//   - lazy deopts (code thrown away when an object layout it relied on changed), aborted compiles.
// The counts are the figures to read: they move by a few from run to run (a concurrent
// compiler's order is not fixed), whatever the load. The milliseconds are the wall time of each
// compile's phases on V8's compiler thread: on a loaded machine they swing 2× between two runs,
// and --ab runs the two builds one after the other, so compare them only from a quiet machine.
// Measured 2026-12-06, 4,000 posts, at load ~8: main 550 compiles, 163 of them recompiles, 186
// deopts; after the deopt fixes of branch jit 518, 126 and 143 (0.77× recompiles and deopts).
//
//   npm run build && node scripts/bench-jit.mjs [--limit 4000] [--top 25]
//   node scripts/bench-jit.mjs --ab .tmp/dist-main     # that build the same way, then dist/
//   BAOCAO_DIST=.tmp/dist node scripts/bench-jit.mjs   # another build alone
//   node scripts/bench-jit.mjs --raw trace.txt         # also keep the child's whole trace
//   node scripts/bench-jit.mjs --fns scan,moneyOf      # every deopt site of these functions
//   node scripts/bench-jit.mjs --sizes                 # code sizes and inlining (--log-code,
//        --trace-turbo-inlining in the child: slower, and the counts may differ by a few)
//   node scripts/bench-jit.mjs --read trace.txt        # read a kept trace again, no child
//   (--both with --ab: the details of both builds, not only of dist/)
//
// Where `stdbuf` exists the child's stdout is line-buffered, so that the post markers interleave
// with V8's trace lines in order; without it compiles may land a few lines late in their window.
// With --ab and --raw, the other build's trace is kept as FILE.ab.
import { spawn } from "node:child_process";
import { closeSync, createReadStream, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createInterface } from "node:readline";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { argv } from "./lib/args.mjs";
import { ARCHIVE, archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { value, flag } = argv();
const limit = Number(value("--limit") ?? 4000);
const top = Number(value("--top") ?? 25);
const MARK = "@@bench-jit";
const EVERY = 250;

if (flag("--child")) {
  // The child: load the build and the posts, then parse them, a marker every EVERY posts.
  const dist = resolve(root, value("--dist"));
  const { parseReport } = await import(pathToFileURL(join(dist, "index.js")).href);
  const docs = (await readArchive(ARCHIVE, limit)).map((o) => o.text);
  // --prime FILE: an experiment, its text parsed --prime-n times before the posts (feedback given
  // before anything is optimised, as the primers in src/ do for one function each)
  if (value("--prime")) for (let i = 0; i < Number(value("--prime-n") ?? 10); i++) parseReport(readFileSync(value("--prime"), "utf8"));
  console.log(`${MARK} start`);
  let n = 0;
  for (const d of docs) {
    parseReport(d);
    if (++n % EVERY === 0 || n === docs.length) console.log(`${MARK} mark ${n}`);
  }
  console.log(`${MARK} end ${n}`);
  process.exit(0);
}

archiveOrSkip("bench-jit");

/** Runs `node args` with its stdout in the file `trace`. */
async function spawnChild(args, trace, dist) {
  const out = openSync(trace, "w");
  const stdbuf = ["/usr/bin/stdbuf", "/bin/stdbuf"].find((p) => existsSync(p));
  const child = stdbuf
    ? spawn(stdbuf, ["-oL", process.execPath, ...args], { stdio: ["ignore", out, "inherit"] })
    : spawn(process.execPath, args, { stdio: ["ignore", out, "inherit"] });
  const code = await new Promise((ok) => child.on("close", ok));
  closeSync(out);
  if (code !== 0) throw new Error(`bench-jit: the child over ${dist} exited with ${code}`);
}

/** Runs the child over the build in `dist` and reads its trace into counts. */
async function run(dist) {
  const log = value("--read") ? undefined : join(mkdtempSync(join(tmpdir(), "baocao-jitlog-")), "v8.log");
  const node = [
    ...(flag("--sizes") && log ? ["--trace-turbo-inlining", "--log-code", `--logfile=${log}`, "--no-logfile-per-isolate"] : []),
    "--trace-opt",
    "--trace-deopt",
    "--trace-deopt-verbose",
    fileURLToPath(import.meta.url),
    "--child",
    "--dist",
    dist,
    "--limit",
    String(limit),
    ...(value("--prime") ? ["--prime", resolve(value("--prime")), "--prime-n", value("--prime-n") ?? "10"] : []),
  ];
  // The trace goes to a file, not a pipe: V8 writes it through C stdio, which drops lines when
  // Node has made a pipe non-blocking and the reader falls behind.
  const trace = value("--read") ?? (value("--raw") ? `${value("--raw")}${dist === resolve(root, "dist") ? "" : ".ab"}` : join(mkdtempSync(join(tmpdir(), "baocao-jit-")), "trace.txt"));
  if (!value("--read")) await spawnChild(node, trace, dist);
  const r = {
    dist,
    posts: 0,
    compiles: { first: 0, re: 0, osr: 0, firstMs: 0, reMs: 0, before: 0 },
    aborted: { n: 0, ms: 0 },
    lazy: 0,
    perK: [], // compiles in each 1,000 posts
    byFn: new Map(), // name → { compiles, re, reMs, ms, firstMs, code, bytecode, inlined, inlinedBytes }
    deopts: new Map(), // fn | kind | reason | at → { n, fn, kind, reason, at, chain }
    deoptN: 0,
    code: 0, // bytes of TurboFan code from first compiles (--sizes)
  };
  const compiled = new Set(); // sfi addresses with a completed TurboFan compile
  // With --sizes: from V8's code log, each function's bytecode size and its TurboFan codes' sizes
  // in order (by the SharedFunctionInfo's address, which the trace prints tagged: +1).
  const bytecode = new Map(); // sfi → bytes
  const optCode = new Map(); // sfi → [bytes, …] in order of creation
  if (log && existsSync(log)) {
    for await (const line of createInterface({ input: createReadStream(log), crlfDelay: Infinity })) {
      if (!line.startsWith("code-creation,JS,")) continue;
      const f = line.split(",");
      const tier = f.at(-1);
      const sfi = `0x${(BigInt(f.at(-2)) + 1n).toString(16)}`;
      const size = Number(f[5]);
      if (tier === "~") bytecode.set(sfi, size);
      else if (tier === "*") {
        if (!optCode.has(sfi)) optCode.set(sfi, []);
        optCode.get(sfi).push(size);
      }
    }
  }
  // what TurboFan inlined, by the name of the function compiled (not its SharedFunctionInfo's
  // address: a GC may move it between the inlining, on the compiler's thread, and the end of the
  // compile), as [inlinee sfi, …] since that name's last completed compile
  const inlining = new Map();
  const sfiOf = (p) => /\{(0x[0-9a-f]+) <SharedFunctionInfo/.exec(p)?.[1];
  const nameOf = (p) => /<SharedFunctionInfo ?([^>]*)>/.exec(p)?.[1] ?? "";
  let started = false;
  let pending; // the deopt being read: { fn, kind, reason, at, chain, frames }
  const took = (line) => {
    const m = /took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
    return m ? Number(m[1]) + Number(m[2]) + Number(m[3]) : 0;
  };
  const fnOf = (line) => /<JSFunction ?([^ >]*) \(sfi = (0x[0-9a-f]+)\)>/.exec(line);
  const flush = () => {
    if (!pending) return;
    const key = `${pending.fn}|${pending.kind}|${pending.reason}|${pending.at}|${pending.chain}`;
    const d = r.deopts.get(key) ?? { n: 0, ...pending };
    d.n++;
    r.deopts.set(key, d);
    r.deoptN++;
    pending = undefined;
  };
  for await (const line of createInterface({ input: createReadStream(trace), crlfDelay: Infinity })) {
    const at = line.indexOf(MARK); // V8 may have written half a line before it
    if (at >= 0) {
      const [, what, n] = line.slice(at).split(" ");
      if (what === "start") started = true;
      else r.posts = Number(n);
      continue;
    }
    if (line.startsWith("Inlining 0x")) {
      const [a, b] = line.split(" into ");
      const what = sfiOf(a);
      const into = b && nameOf(b);
      if (what && into) {
        if (!inlining.has(into)) inlining.set(into, []);
        inlining.get(into).push(what);
      }
      continue;
    }
    if (line.startsWith("[completed compiling")) {
      const m = fnOf(line);
      if (!m || !line.includes("(target TURBOFAN)")) continue;
      const [, name, sfi] = m;
      const ms = took(line);
      const again = compiled.has(sfi);
      compiled.add(sfi);
      const inlined = inlining.get(name) ?? [];
      inlining.delete(name);
      const code = optCode.get(sfi)?.shift() ?? 0;
      if (!started) {
        r.compiles.before++;
        continue;
      }
      const fn = name || `(anonymous ${sfi})`;
      const f = r.byFn.get(fn) ?? { compiles: 0, re: 0, ms: 0, reMs: 0, firstMs: 0, code: 0, bytecode: 0, inlined: 0, inlinedBytes: 0 };
      f.compiles++;
      f.ms += ms;
      if (again) {
        r.compiles.re++;
        r.compiles.reMs += ms;
        f.re++;
        f.reMs += ms;
      } else {
        r.compiles.first++;
        r.compiles.firstMs += ms;
        // several functions may share a name (a method `test`, an arrow `at`): they add up
        f.firstMs += ms;
        f.firsts = (f.firsts ?? 0) + 1;
        f.code += code;
        f.bytecode += bytecode.get(sfi) ?? 0;
        f.inlined += inlined.length;
        f.inlinedBytes += inlined.reduce((n, x) => n + (bytecode.get(x) ?? 0), 0);
        r.code += code;
      }
      if (line.includes(") OSR")) r.compiles.osr++;
      r.byFn.set(fn, f);
      const k = Math.floor(r.posts / 1000);
      r.perK[k] = (r.perK[k] ?? 0) + 1;
      continue;
    }
    if (!started) continue;
    if (line.startsWith("[aborted optimizing")) {
      r.aborted.n++;
      r.aborted.ms += took(line);
    } else if (line.startsWith("[marking dependent code")) {
      r.lazy++;
    } else if (line.startsWith("[bailout (kind:")) {
      flush();
      const m = /kind: ([^,]+), reason: (.*?)\): begin/.exec(line);
      pending = { fn: fnOf(line)?.[1] || "(anonymous)", kind: m?.[1] ?? "?", reason: m?.[2] ?? "?", at: "", chain: "" };
    } else if (pending && line.includes(";;; deoptimize at ")) {
      const at = [...line.matchAll(/<([^>]+)>/g)].map((p) => where(p[1], dist));
      pending.at = at[0] ?? "";
      pending.chain = at.slice(1).join(" ← ");
    } else if (line.startsWith("[bailout end")) {
      flush();
    }
  }
  flush();
  if (!value("--raw") && !value("--read")) rmSync(dirname(trace), { recursive: true, force: true });
  if (log) rmSync(dirname(log), { recursive: true, force: true });
  return r;
}

const lines = new Map();
/** `file:///…/dist/x/y.js:12:5` as `x/y.js:12:5`, and for `at` positions the line's text. */
function where(pos, dist) {
  const m = /^(.*):(\d+):(\d+)$/.exec(pos);
  if (!m) return pos;
  const [, url, ln, col] = m;
  if (!url.startsWith("file:")) return pos.replace(/^node:/, "");
  const file = fileURLToPath(url);
  return `${relative(dist, file)}:${ln}:${col}`;
}
function lineText(pos, dist) {
  const m = /^(.*):(\d+):(\d+)$/.exec(pos);
  if (!m) return "";
  const file = join(dist, m[1]);
  if (!lines.has(file)) lines.set(file, existsSync(file) ? readFileSync(file, "utf8").split("\n") : []);
  const text = (lines.get(file)[Number(m[2]) - 1] ?? "").trim();
  return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

const f0 = (x) => Math.round(x).toLocaleString("en-US");
function summary(r) {
  const c = r.compiles;
  return [
    `TurboFan compiles ${c.first + c.re} (first ${c.first}, recompiles ${c.re}; OSR ${c.osr} of them), aborted ${r.aborted.n}; ${c.before} before the first post`,
    `compiler ms ${f0(c.firstMs + c.reMs)} (first ${f0(c.firstMs)}, recompiles ${f0(c.reMs)}), aborted ${f0(r.aborted.ms)}`,
    `deopts ${r.deoptN} (${[...count(r, (d) => d.kind)].map(([k, n]) => `${k} ${n}`).join(", ")}), lazy (dependency changes) ${r.lazy}`,
    ...(r.code ? [`TurboFan code of first compiles ${f0(r.code / 1024)} KB`] : []),
    `compiles per 1,000 posts: ${Array.from({ length: Math.ceil(r.posts / 1000) }, (_, i) => r.perK[i] ?? 0).join(" / ")}`,
  ];
}
function count(r, key) {
  const m = new Map();
  for (const d of r.deopts.values()) m.set(key(d), (m.get(key(d)) ?? 0) + d.n);
  return [...m].sort((a, b) => b[1] - a[1]);
}
function details(r) {
  const sizes = r.code > 0;
  console.log(`\nfirst compiles by function, dearest first (ms${sizes ? "; optimised code KB, own bytecode B, inlined: functions / bytecode B" : ""}), top ${top}:`);
  const first = [...r.byFn].filter(([, f]) => f.compiles > f.re).sort((a, b) => b[1].firstMs - a[1].firstMs);
  const share = (n) => `${((100 * n) / (r.compiles.firstMs || 1)).toFixed(1)}%`;
  let acc = 0;
  for (const [fn, f] of first.slice(0, top)) {
    acc += f.firstMs;
    const extra = sizes ? `  ${(f.code / 1024).toFixed(1).padStart(6)} KB ${String(f.bytecode).padStart(6)} B  ${String(f.inlined).padStart(3)} / ${String(f.inlinedBytes).padStart(5)} B` : "";
    console.log(`  ${(f.firsts > 1 ? `${fn} (${f.firsts} functions)` : fn).padEnd(28)} ${f0(f.firstMs).padStart(7)} ms ${share(f.firstMs).padStart(6)}${extra}`);
  }
  console.log(`  (these ${Math.min(top, first.length)} of ${first.length}: ${share(acc)} of the first compiles' ms)`);
  console.log(`\nrecompiles by function (count, ms), top ${top}:`);
  const re = [...r.byFn].filter(([, f]) => f.re > 0).sort((a, b) => b[1].reMs - a[1].reMs);
  for (const [fn, f] of re.slice(0, top)) console.log(`  ${fn.padEnd(28)} ${String(f.re).padStart(3)} ${f0(f.reMs).padStart(7)} ms   (all compiles ${f.compiles}, ${f0(f.ms)} ms)`);
  console.log(`\ndeopts by reason:`);
  for (const [reason, n] of count(r, (d) => d.reason)) console.log(`  ${String(n).padStart(4)}  ${reason}`);
  console.log(`\ndeopts by optimised function, top ${top}:`);
  for (const [fn, n] of count(r, (d) => d.fn).slice(0, top)) console.log(`  ${String(n).padStart(4)}  ${fn}`);
  const only = value("--fns")?.split(",");
  console.log(`\ndeopt sites (n, optimised function, reason, at ← inlined into), ${only ? `of ${only.join(", ")}` : `top ${top * 2}`}:`);
  const sites = [...r.deopts.values()].filter((d) => !only || only.includes(d.fn)).sort((a, b) => b.n - a.n || a.fn.localeCompare(b.fn));
  for (const d of only ? sites : sites.slice(0, top * 2)) {
    console.log(`  ${String(d.n).padStart(3)}  ${d.fn} — ${d.reason}${d.kind === "deopt-eager" ? "" : ` (${d.kind})`}`);
    if (d.at) console.log(`         at ${d.at}  ${lineText(d.at, r.dist)}`);
    if (d.chain) console.log(`         ← ${d.chain}`);
  }
}

const dist = resolve(root, process.env.BAOCAO_DIST ?? "dist");
const ab = value("--ab") ? resolve(value("--ab")) : undefined;
console.log(`bench-jit: the first ${limit} posts, cold, node ${process.version}`);
const other = ab ? await run(ab) : undefined;
const mine = await run(dist);
if (other) {
  console.log(`\n== A: ${relative(process.cwd(), other.dist) || "."} (${other.posts} posts)`);
  for (const l of summary(other)) console.log(`  ${l}`);
}
console.log(`\n== ${other ? "B: " : ""}${relative(process.cwd(), mine.dist) || "."} (${mine.posts} posts)`);
for (const l of summary(mine)) console.log(`  ${l}`);
if (other) {
  const ratio = (a, b) => (a ? (b / a).toFixed(2) : "—");
  const a = other.compiles;
  const b = mine.compiles;
  console.log(`\nB/A: compiles ${ratio(a.first + a.re, b.first + b.re)}, recompiles ${ratio(a.re, b.re)}, deopts ${ratio(other.deoptN, mine.deoptN)};`);
  console.log(`     compiler ms ${ratio(a.firstMs + a.reMs, b.firstMs + b.reMs)} (first ${ratio(a.firstMs, b.firstMs)}, recompiles ${ratio(a.reMs, b.reMs)})`);
}
if (other && flag("--both")) {
  console.log(`\n== A in detail`);
  details(other);
  console.log(`\n== B in detail`);
}
details(mine);
