#!/usr/bin/env node
// A/B of the early stages alone — makeDoc, the figures (scanNumbers included) and the dates — of a
// git ref against the working tree, both bundled with the whole library and timed in turns, post
// by post, over the same archive posts (each post: makeDoc, then inferConvention + sentences, not
// counted, then recognizeFigures, then recognizeDates, each timed on its own).
//
//   nice -n 10 node scripts/bench-stages.mjs [REF=main] [--limit 2000] [--rounds 3]
//   round 1: makeDoc 0.81, figures 0.70, dates 0.77, all three 0.74 (working/REF, CPU)
//   …
//   best of rounds per chunk of 50: makeDoc …, figures …, dates …, all three … (working/REF)
//
// CPU time per call (user + system, microsecond resolution: a stage call takes tens to hundreds of
// µs); the best of the rounds per chunk of 50 posts is the steadier figure on a loaded machine.
import { createReadStream, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { argv } from "./lib/args.mjs";
import { bundleTree, extractSrc, resolveRef } from "./lib/trees.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { value, positional } = argv();
const ref = positional("main");
const limit = Number(value("--limit") ?? 2000);
const rounds = Number(value("--rounds") ?? 3);
const archive = join(root, "..", "shared", "corpus", "raw", "news-2017.jsonl.gz");
if (!existsSync(archive)) {
  console.log("bench-stages: skipped — the shared corpus is absent");
  process.exit(0);
}
const work = join(root, ".tmp", "bench-stages");
mkdirSync(work, { recursive: true });
const bundle = async (srcRoot, name) => {
  const entry = join(work, `${name}-entry.ts`);
  const from = (p) => JSON.stringify(join(srcRoot, "src", p));
  writeFileSync(
    entry,
    [
      `export { parseReport } from ${from("index.ts")};`,
      `export { makeDoc } from ${from("text/normalize.ts")};`,
      `export { sentences } from ${from("text/segment.ts")};`,
      `export { inferConvention } from ${from("recognize/number.ts")};`,
      `export { recognizeFigures } from ${from("recognize/figures.ts")};`,
      `export { recognizeDates } from ${from("recognize/date.ts")};`,
    ].join("\n"),
  );
  const outfile = join(work, `${name}.mjs`);
  await bundleTree(entry, outfile);
  return import(pathToFileURL(outfile).href);
};
const sha = resolveRef(root, ref);
const refDir = join(work, `src-${sha}`);
extractSrc(root, sha, refDir);
const A = await bundle(refDir, `ref-${sha}`);
rmSync(refDir, { recursive: true, force: true });
const B = await bundle(root, "working");

const docs = [];
const rl = createInterface({ input: createReadStream(archive).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of rl) {
  if (docs.length >= limit) break;
  const o = line.trim() ? JSON.parse(line) : null;
  if (o && typeof o.text === "string") docs.push(o.text);
}
rl.close();

const STAGES = ["makeDoc", "figures", "dates"];
/** CPU time of this process in ms (user + system: time a neighbour takes from us is not counted). */
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Times of the three stages of posts [from, to) with build m, added to t[0..2]. */
function chunk(m, from, to, t) {
  for (let i = from; i < to; i++) {
    const t0 = now();
    const doc = m.makeDoc(docs[i]);
    const t1 = now();
    const ctx = { doc, sentences: m.sentences(doc), convention: m.inferConvention(doc).convention };
    const t2 = now();
    m.recognizeFigures(ctx);
    const t3 = now();
    m.recognizeDates(ctx);
    const t4 = now();
    t[0] += t1 - t0;
    t[1] += t3 - t2;
    t[2] += t4 - t3;
  }
}
// warm up: whole reports (the lexicon is filled as in parseReport), then the stages
for (const d of docs.slice(0, 300)) {
  A.parseReport(d);
  B.parseReport(d);
}
chunk(A, 0, Math.min(300, docs.length), [0, 0, 0]);
chunk(B, 0, Math.min(300, docs.length), [0, 0, 0]);
const bestA = [];
const bestB = [];
const fmt = (a, b) => STAGES.map((s, k) => `${s} ${(b[k] / a[k]).toFixed(3)}`).join(", ") + `, all three ${(sum3(b) / sum3(a)).toFixed(3)}`;
const sum3 = (t) => t[0] + t[1] + t[2];
for (let r = 0; r < rounds; r++) {
  const ta = [0, 0, 0];
  const tb = [0, 0, 0];
  for (let from = 0, k = r; from < docs.length; from += 50, k++) {
    const to = Math.min(docs.length, from + 50);
    const xa = [0, 0, 0];
    const xb = [0, 0, 0];
    if (k % 2) {
      chunk(B, from, to, xb);
      chunk(A, from, to, xa);
    } else {
      chunk(A, from, to, xa);
      chunk(B, from, to, xb);
    }
    const c = from / 50;
    bestA[c] = bestA[c] ? bestA[c].map((v, j) => Math.min(v, xa[j])) : xa;
    bestB[c] = bestB[c] ? bestB[c].map((v, j) => Math.min(v, xb[j])) : xb;
    for (let j = 0; j < 3; j++) {
      ta[j] += xa[j];
      tb[j] += xb[j];
    }
  }
  console.log(`round ${r + 1}: ${fmt(ta, tb)} (working/${ref}, CPU; ${ref} ${(sum3(ta) / 1000).toFixed(2)} s, working ${(sum3(tb) / 1000).toFixed(2)} s)`);
}
const total = (best) => best.reduce((t, x) => t.map((v, j) => v + x[j]), [0, 0, 0]);
const a = total(bestA);
const b = total(bestB);
console.log(`best of rounds per chunk of 50: ${fmt(a, b)} (working/${ref}; ${ref} ms ${a.map((v) => v.toFixed(0)).join("/")}, working ms ${b.map((v) => v.toFixed(0)).join("/")})`);
