#!/usr/bin/env node
// A/B of makeDoc alone (src/text/normalize.ts): a git ref against the working tree, both bundled
// with the whole library (so the lexicon is filled as in parseReport) and timed in turns over the
// same archive posts, beside the reference regex (#14) in the same process.
//
//   nice -n 10 node scripts/bench-makedoc.mjs [REF=HEAD] [--limit 2000] [--rounds 5] [--tiny]
//   round 1: REF 0.210 s, working 0.090 s, working/REF 0.43; regex 0.013 s
//   …
//   median working/REF 0.43 (CPU time); per char: REF 17 ns, working 7 ns, regex 1.1 ns
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { argv } from "./lib/args.mjs";
import { bundleTree, extractSrc, resolveRef } from "./lib/trees.mjs";
import { archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { args, value, positional } = argv();
const ref = positional("HEAD");
const limit = Number(value("--limit") ?? 2000);
const rounds = Number(value("--rounds") ?? 5);
const archive = archiveOrSkip("bench-makedoc");
const work = join(root, ".tmp", "bench-makedoc");
mkdirSync(work, { recursive: true });
/**
 * makeDoc of a source tree, with the library loaded and one report parsed (the word lists are
 * compiled into the lexicon on first use: without it every token lookup would miss at once).
 */
const bundle = async (srcRoot, name) => {
  const entry = join(work, `${name}-entry.ts`);
  writeFileSync(entry, `export { parseReport } from "${join(srcRoot, "src", "index.ts")}";\nexport { makeDoc } from "${join(srcRoot, "src", "text", "normalize.ts")}";\n`);
  const outfile = join(work, `${name}.mjs`);
  await bundleTree(entry, outfile);
  const m = await import(pathToFileURL(outfile).href);
  m.parseReport(SEED_TEXT);
  return m.makeDoc;
};
const SEED_TEXT = readFileSync(join(root, "fixtures", "seed.txt"), "utf8");
const sha = resolveRef(root, ref);
const refDir = join(work, `src-${sha}`);
extractSrc(root, sha, refDir);
const A = await bundle(refDir, `ref-${sha.slice(0, 12)}`);
const B = await bundle(root, "working");
rmSync(refDir, { recursive: true, force: true });

const docs = (await readArchive(archive, limit)).map((o) => (args.includes("--tiny") ? (o.title ?? "") : o.text).normalize("NFC"));
const RX = /(?<![\p{L}\p{N}])\d[\d.,]*\s*(?:%|tỷ|tỉ|triệu|nghìn|đồng)/gu;
let sink = 0;
const R = (d) => {
  RX.lastIndex = 0;
  while (RX.exec(d)) sink++;
};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const run = (f, from, to) => {
  const t = cpu();
  for (let i = from; i < to; i++) sink += f(docs[i]).tokens?.count ?? 0;
  return cpu() - t;
};
for (let k = 0; k < 3; k++) for (const d of docs.slice(0, 500)) (A(d), B(d), R(d));
const ratios = [];
const tA = [];
const tB = [];
const tR = [];
for (let r = 0; r < rounds; r++) {
  let a = 0;
  let b = 0;
  let x = 0;
  for (let from = 0, k = r; from < docs.length; from += 50, k++) {
    const to = Math.min(docs.length, from + 50);
    if (k % 2) {
      b += run(B, from, to);
      a += run(A, from, to);
    } else {
      a += run(A, from, to);
      b += run(B, from, to);
    }
    x += run((d) => (R(d), 0), from, to);
  }
  ratios.push(b / a);
  tA.push(a);
  tB.push(b);
  tR.push(x);
  console.log(`round ${r + 1}: ${ref} ${a.toFixed(3)} s, working ${b.toFixed(3)} s, working/ref ${(b / a).toFixed(3)}; regex ${x.toFixed(3)} s`);
}
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
const chars = docs.reduce((n, d) => n + d.length, 0);
const ns = (xs) => ((Math.min(...xs) * 1e9) / chars).toFixed(1);
console.log(`median working/ref ${median(ratios).toFixed(3)} (CPU time, ${docs.length} posts, ${chars} chars); best per char: ${ref} ${ns(tA)} ns, working ${ns(tB)} ns, regex ${ns(tR)} ns${sink < 0 ? "" : ""}`);
