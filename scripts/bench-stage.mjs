#!/usr/bin/env node
// Stage A/B: the people and organisation recognisers of a git ref against the working tree, both
// loaded in one process and timed in turns on the same posts (chunks of 50). Each build makes its
// own Ctx (makeDoc, sentences, convention) and runs figures and dates first, as parseReport does;
// only the stage itself is timed (CPU time).
//
//   nice -n 10 node scripts/bench-stage.mjs [REF=main] [--limit 2000] [--rounds 3] [--stage people,orgs]
//   round 1: main 2.41 s cpu, working 1.80 s cpu, working/ref 0.747
//   …
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
const stages = (value("--stage") ?? "people,orgs").split(",");
const archive = join(root, "..", "shared", "corpus", "raw", "news-2017.jsonl.gz");
if (!existsSync(archive)) {
  console.log("bench-stage: skipped — the shared corpus is absent");
  process.exit(0);
}
const work = join(root, ".tmp", "bench-stage");
mkdirSync(work, { recursive: true });
/** An entry that exports the stages of the src/ folder beside it. */
const ENTRY = `export { makeDoc } from "./src/text/normalize.js";
export { sentences } from "./src/text/segment.js";
export { inferConvention } from "./src/recognize/number.js";
export { recognizeFigures } from "./src/recognize/figures.js";
export { recognizeDates } from "./src/recognize/date.js";
export { recognizePeople, recognizeOrganizations } from "./src/recognize/people.js";
`;
const sha = resolveRef(root, ref);
const refDir = join(work, `src-${sha}`);
extractSrc(root, sha, refDir);
writeFileSync(join(refDir, "entry.ts"), ENTRY);
await bundleTree(join(refDir, "entry.ts"), join(work, `ref-${sha}.mjs`));
rmSync(refDir, { recursive: true, force: true });
writeFileSync(join(root, ".tmp", "bench-stage-entry.ts"), ENTRY.replaceAll("./src/", "../src/"));
await bundleTree(join(root, ".tmp", "bench-stage-entry.ts"), join(work, "working.mjs"));
const A = await import(pathToFileURL(join(work, `ref-${sha}.mjs`)).href);
const B = await import(pathToFileURL(join(work, "working.mjs")).href);

const docs = [];
const rl = createInterface({ input: createReadStream(archive).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of rl) {
  if (docs.length >= limit) break;
  const o = line.trim() ? JSON.parse(line) : null;
  if (o && typeof o.text === "string") docs.push(o.text);
}
rl.close();

/** The Ctx of each post in a chunk, with the stages before people run (untimed). */
const prepare = (L, from, to) => {
  const out = [];
  for (let i = from; i < to; i++) {
    const doc = L.makeDoc(docs[i]);
    const ctx = { doc, sentences: L.sentences(doc), convention: L.inferConvention(doc).convention };
    L.recognizeFigures(ctx);
    L.recognizeDates(ctx);
    out.push(ctx);
  }
  return out;
};
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
/** Wall time of the last call of time() (CPU time counts the compiler's and GC's threads too). */
let lastWall = 0;
const time = (L, ctxs) => {
  const t = cpuNow();
  const w = performance.now();
  for (const c of ctxs) {
    if (stages.includes("people")) L.recognizePeople(c);
    if (stages.includes("orgs")) L.recognizeOrganizations(c);
  }
  lastWall = (performance.now() - w) / 1000;
  return cpuNow() - t;
};
for (let from = 0; from < Math.min(300, docs.length); from += 50) {
  time(A, prepare(A, from, from + 50));
  time(B, prepare(B, from, from + 50));
}
const ratios = [];
const bestA = [];
const bestB = [];
const wallA = [];
const wallB = [];
for (let r = 0; r < rounds; r++) {
  let ta = 0;
  let tb = 0;
  for (let from = 0, k = r; from < docs.length; from += 50, k++) {
    const to = Math.min(docs.length, from + 50);
    const ca = prepare(A, from, to);
    const cb = prepare(B, from, to);
    let xa, xb, wa, wb;
    if (k % 2) {
      xb = time(B, cb);
      wb = lastWall;
      xa = time(A, ca);
      wa = lastWall;
    } else {
      xa = time(A, ca);
      wa = lastWall;
      xb = time(B, cb);
      wb = lastWall;
    }
    ta += xa;
    tb += xb;
    const c = from / 50;
    bestA[c] = Math.min(bestA[c] ?? Infinity, xa);
    bestB[c] = Math.min(bestB[c] ?? Infinity, xb);
    wallA[c] = Math.min(wallA[c] ?? Infinity, wa);
    wallB[c] = Math.min(wallB[c] ?? Infinity, wb);
  }
  ratios.push(tb / ta);
  console.log(`round ${r + 1}: ${ref} ${ta.toFixed(2)} s cpu, working ${tb.toFixed(2)} s cpu, working/ref ${(tb / ta).toFixed(3)}`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
console.log(`stage ${stages.join("+")}: median working/ref ${median(ratios).toFixed(3)}; best of rounds per chunk of 50: ${(sum(bestB) / sum(bestA)).toFixed(3)} (${ref} ${sum(bestA).toFixed(2)} s, working ${sum(bestB).toFixed(2)} s CPU, ${docs.length} posts); by wall, best per chunk: ${(sum(wallB) / sum(wallA)).toFixed(3)}`);
