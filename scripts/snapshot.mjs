#!/usr/bin/env node
// Snapshot diff: the reports of the 75 dev docs and the 10,000 archive posts from one build,
// written to a file, and compared with another build's, post by post and field by field.
// Speed work must leave it clean: the same reports, byte for byte.
//
//   node scripts/snapshot.mjs write [--dist dist | --bundle FILE.mjs] [--out FILE] [--limit N]
//       reports of every post from a build (default: dist/, the built package) to a .jsonl.gz
//       (--batch N: through parseReports, N posts a call, to diff against parseReport's)
//   node scripts/snapshot.mjs diff A.jsonl.gz B.jsonl.gz [--max N]
//       differences by post and field (exit 1 when there are any)
//   node scripts/snapshot.mjs compare [REF] [--limit N] [--max N]
//       a git ref (default HEAD) against the working tree: each bundled from its src/ with
//       esbuild, snapshotted in its own process, then diffed (the ref's snapshot is cached
//       under .tmp/snapshot/ by commit)
//
//   nice -n 10 node scripts/snapshot.mjs compare main
//   snapshot: HEAD 1a2b3c4 vs working tree: 10075 posts, 0 differ — clean
//
// The posts: ../shared/corpus/dev/*.txt (id = file name) and every line of
// ../shared/corpus/raw/news-2017.jsonl.gz (its id), each through parseReport(text, { id }).
// A post whose parse throws is recorded as { id, error } (parseReport should never throw).
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createGunzip, createGzip } from "node:zlib";
import { createInterface } from "node:readline";
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { once } from "node:events";
import { bundleTree, extractSrc, resolveRef } from "./lib/trees.mjs";
import { ARCHIVE, CORPUS, archivePosts } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const corpus = CORPUS;
const work = join(root, ".tmp", "snapshot");
const [cmd, ...rest] = process.argv.slice(2);
const flag = (name) => rest.includes(name);
const value = (name) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};
const VALUED = new Set(["--dist", "--bundle", "--out", "--limit", "--max", "--max-posts", "--batch"]);
const positional = rest.filter((a, i) => !a.startsWith("--") && !(i > 0 && VALUED.has(rest[i - 1])));

if (!cmd || cmd === "--help" || flag("--help")) {
  console.log(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1, 20).map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
  process.exit(0);
}

/** Every post, in a fixed order: the dev docs, then the archive. */
async function* posts(limit = Infinity) {
  const dev = join(corpus, "dev");
  if (existsSync(dev)) {
    for (const f of readdirSync(dev).filter((f) => f.endsWith(".txt")).sort()) yield { id: `dev/${f.slice(0, -4)}`, text: readFileSync(join(dev, f), "utf8") };
  }
  if (!existsSync(ARCHIVE)) return;
  let n = 0;
  for await (const o of archivePosts(ARCHIVE, limit)) {
    n++;
    yield { id: `raw/${o.id ?? n}`, text: o.text };
  }
}

async function write() {
  const limit = Number(value("--limit") ?? Infinity);
  const entry = value("--bundle") ? resolve(value("--bundle")) : join(resolve(root, value("--dist") ?? "dist"), "index.js");
  if (!existsSync(entry)) {
    console.error(`snapshot: ${entry} is missing — run \`npm run build\` first`);
    process.exit(2);
  }
  if (!existsSync(corpus)) {
    console.log(`snapshot: skipped — ${corpus} is not here (the shared corpus is absent)`);
    process.exit(0);
  }
  const { parseReport, parseReports } = await import(pathToFileURL(entry).href);
  const batch = Number(value("--batch") ?? 0);
  const out = resolve(value("--out") ?? join(work, "working.jsonl.gz"));
  mkdirSync(dirname(out), { recursive: true });
  const gz = createGzip({ level: 3 });
  const file = createWriteStream(out);
  gz.pipe(file);
  let n = 0;
  const t = performance.now();
  const pending = [];
  /** One post's line, parsed alone: its report, or the error its parse threw. */
  const lineOf = (id, text) => {
    try {
      return JSON.stringify({ id, report: parseReport(text, { id }) });
    } catch (err) {
      return JSON.stringify({ id, error: String(err?.stack ?? err) });
    }
  };
  const write = async (line) => {
    if (!gz.write(line + "\n")) await once(gz, "drain");
  };
  const flush = async () => {
    let out;
    try {
      out = parseReports(pending).map((report, i) => JSON.stringify({ id: pending[i].id, report }));
    } catch {
      // parseReports threw (it should not): each post read alone, so the error is only on the one that fails
      out = pending.map(({ id, text }) => lineOf(id, text));
    }
    for (const line of out) await write(line);
    pending.length = 0;
  };
  for await (const { id, text } of posts(limit)) {
    n++;
    if (batch > 0) {
      pending.push({ text, id });
      if (pending.length >= batch) await flush();
      continue;
    }
    await write(lineOf(id, text));
  }
  if (pending.length) await flush();
  gz.end();
  await once(file, "close");
  if (!flag("--quiet")) console.log(`snapshot: ${n} posts from ${entry} → ${out} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
}

async function* lines(file) {
  const raw = createReadStream(file);
  const rl = createInterface({ input: file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
  for await (const line of rl) if (line) yield line;
}

/** Field paths where two JSON values differ: "figures[3].value: 12 → 13". */
function differences(a, b, path, out, max) {
  if (out.length >= max) return;
  if (a === b) return;
  const ta = Array.isArray(a) ? "array" : a === null ? "null" : typeof a;
  const tb = Array.isArray(b) ? "array" : b === null ? "null" : typeof b;
  if (ta !== tb || (ta !== "array" && ta !== "object")) {
    out.push(`${path || "(root)"}: ${show(a)} → ${show(b)}`);
    return;
  }
  if (ta === "array") {
    if (a.length === b.length) {
      for (let i = 0; i < a.length; i++) differences(a[i], b[i], `${path}[${i}]`, out, max);
      return;
    }
    // items added or removed: align the common head and tail (ids aside: "p2" becomes "p1"
    // when p1 goes), then list what is only in one of them
    const k = (v) => JSON.stringify(v && typeof v === "object" && !Array.isArray(v) ? { ...v, id: undefined } : v);
    let p = 0;
    while (p < a.length && p < b.length && k(a[p]) === k(b[p])) p++;
    let q = 0;
    while (q < a.length - p && q < b.length - p && k(a[a.length - 1 - q]) === k(b[b.length - 1 - q])) q++;
    out.push(`${path}.length: ${a.length} → ${b.length}`);
    for (let i = p; i < a.length - q; i++) out.push(`- ${path}[${i}]: ${show(a[i])}`);
    for (let i = p; i < b.length - q; i++) out.push(`+ ${path}[${i}]: ${show(b[i])}`);
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) differences(a[k], b[k], path ? `${path}.${k}` : k, out, max);
}
function show(v) {
  const s = v === undefined ? "(absent)" : JSON.stringify(v);
  return s.length > 160 ? s.slice(0, 157) + "…" : s;
}

async function diff(fileA, fileB, labels = [fileA, fileB]) {
  const max = Number(value("--max") ?? 8);
  const maxPosts = Number(value("--max-posts") ?? 40);
  const a = lines(fileA);
  const b = lines(fileB);
  let total = 0;
  let differ = 0;
  const byField = new Map();
  let shown = 0;
  for (;;) {
    const [x, y] = await Promise.all([a.next(), b.next()]);
    if (x.done || y.done) {
      if (!x.done || !y.done) {
        console.log(`snapshot: ${x.done ? labels[0] : labels[1]} ends first, after ${total} posts`);
        differ++;
      }
      break;
    }
    total++;
    if (x.value === y.value) continue;
    differ++;
    const A = JSON.parse(x.value);
    const B = JSON.parse(y.value);
    if (A.id !== B.id) {
      console.log(`snapshot: post ${total} is ${A.id} in one and ${B.id} in the other — not the same posts`);
      process.exit(2);
    }
    const out = [];
    differences(A, B, "", out, Infinity);
    const fields = new Set(out.map((d) => d.replace(/^[-+] /, "").replace(/^report\./, "").split(/[.[:]/)[0]));
    for (const f of fields) byField.set(f, (byField.get(f) ?? 0) + 1);
    if (shown++ < maxPosts) {
      console.log(`${A.id}  (${out.length} difference${out.length === 1 ? "" : "s"})`);
      for (const d of out.slice(0, max)) console.log(`  ${d.replace(/^([-+] )?report\./, "$1")}`);
      if (out.length > max) console.log(`  … ${out.length - max} more`);
    }
  }
  if (shown > maxPosts) console.log(`… ${shown - maxPosts} more posts differ`);
  const fields = [...byField].sort((p, q) => q[1] - p[1]).map(([f, n]) => `${f} ${n}`).join(", ");
  console.log(`snapshot: ${labels[0]} vs ${labels[1]}: ${total} posts, ${differ} differ${differ ? ` (by field: ${fields})` : " — clean"}`);
  return differ;
}

/** Bundle src/index.ts of a source tree into one ES module (dependencies stay imports). */
async function bundle(srcRoot, outfile) {
  await bundleTree(join(srcRoot, "src", "index.ts"), outfile);
}

function snapshotIn(entry, out) {
  const args = [fileURLToPath(import.meta.url), "write", "--bundle", entry, "--out", out, "--quiet"];
  if (value("--limit")) args.push("--limit", value("--limit"));
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 2);
  return (performance.now() - t) / 1000;
}

async function compare() {
  const ref = positional[0] ?? "HEAD";
  const sha = resolveRef(root, ref);
  const short = sha.slice(0, 7);
  mkdirSync(work, { recursive: true });
  const suffix = value("--limit") ? `-${value("--limit")}` : "";
  const refOut = join(work, `${sha}${suffix}.jsonl.gz`);
  if (!existsSync(refOut) || flag("--fresh")) {
    const dir = join(work, `src-${sha}`);
    extractSrc(root, sha, dir);
    const entry = join(work, `bundle-${sha}.mjs`);
    await bundle(dir, entry);
    rmSync(dir, { recursive: true, force: true });
    const s = snapshotIn(entry, refOut);
    console.log(`snapshot: ${ref} (${short}) written in ${s.toFixed(1)} s`);
  }
  const entry = join(work, "bundle-working.mjs");
  await bundle(root, entry);
  const workOut = join(work, `working${suffix}.jsonl.gz`);
  const s = snapshotIn(entry, workOut);
  console.log(`snapshot: working tree written in ${s.toFixed(1)} s`);
  const n = await diff(refOut, workOut, [`${ref} ${short}`, "working tree"]);
  process.exit(n ? 1 : 0);
}

if (cmd === "write") await write();
else if (cmd === "diff") {
  if (positional.length < 2) {
    console.error("usage: node scripts/snapshot.mjs diff A.jsonl.gz B.jsonl.gz");
    process.exit(2);
  }
  process.exit((await diff(resolve(positional[0]), resolve(positional[1]))) ? 1 : 0);
} else if (cmd === "compare") await compare();
else {
  console.error(`snapshot: unknown command ${cmd} (write, diff, compare)`);
  process.exit(2);
}
