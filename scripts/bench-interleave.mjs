#!/usr/bin/env node
// Where the fixed cost per post goes: the same recognisers run post by post (each post through
// every stage, as parseReport does) against stage by stage over chunks of N posts (each stage
// over the whole chunk before the next). Same calls, same inputs, same results: the difference
// is what running a large body of code once per post costs — instruction cache, branch
// predictors, inline caches switching between stages — not work that a post's text asks for.
//
//   npm run build && nice -n 10 node scripts/bench-interleave.mjs [--size 1024] [--chunk 8,32] [--rounds 3]
//   node scripts/bench-interleave.mjs --short     # 5,000 posts of one 127-character sentence, each with its own suffix
//
// Stages timed: makeDoc + inferConvention + sentences, figures, dates, people, organisations
// (the ones that need only the Ctx). Measured 2026-12-06 on the shared 2-core machine (loaded), µs per text:
//   --short:       post by post 82–97, chunks of 8: 49–60, chunks of 32: 44–58, all 5,000: 71–78
//   --size 1024:   post by post 194–326, chunks of 8: 216–310, chunks of 32: 194–203, all 2,048: 163–234
// Read ratios in one run, not seconds.
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { archiveStream, cutEvery } from "./lib/texts.mjs";
import { argv } from "./lib/args.mjs";
import { archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { args, value } = argv();
const dist = resolve(root, process.env.BAOCAO_DIST ?? "dist");
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { makeDoc } = await load("text/normalize.js");
const { sentences } = await load("text/segment.js");
const { inferConvention } = await load("recognize/number.js");
const { recognizeFigures } = await load("recognize/figures.js");
const { recognizeDates } = await load("recognize/date.js");
const { recognizePeople, recognizeOrganizations } = await load("recognize/people.js");

let texts;
if (args.includes("--short")) {
  const s = "Ngày 5/6/2017, ông Nguyễn Văn An, Giám đốc Sở Tài chính tỉnh cho biết đã giải ngân 120 tỷ đồng, đạt 85% kế hoạch năm.";
  texts = Array.from({ length: 5000 }, (_, i) => `${s} Mã ${i}.`);
} else {
  const archive = archiveOrSkip("bench-interleave");
  const raw = (await readArchive(archive, 1000)).map((o) => o.text);
  texts = [...cutEvery(archiveStream(raw), Number(value("--size") ?? 1024))];
}
const chunks = (value("--chunk") ?? `8,32,${texts.length}`).split(",").map(Number);
const rounds = Number(value("--rounds") ?? 3);

const STAGES = [recognizeFigures, recognizeDates, recognizePeople, recognizeOrganizations];
const ctxOf = (t) => {
  const doc = makeDoc(t);
  return { doc, sentences: sentences(doc), convention: inferConvention(doc).convention };
};
function postByPost() {
  const t0 = performance.now();
  for (const t of texts) {
    const c = ctxOf(t);
    for (const f of STAGES) f(c);
  }
  return performance.now() - t0;
}
function stageByStage(n) {
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i += n) {
    const cs = texts.slice(i, i + n).map(ctxOf);
    for (const f of STAGES) for (const c of cs) f(c);
  }
  return performance.now() - t0;
}
const us = (ms) => ((ms * 1000) / texts.length).toFixed(1);
postByPost(); // warm up
stageByStage(chunks[0]);
console.log(`${texts.length} texts, mean ${Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length)} characters; µs per text`);
for (let r = 1; r <= rounds; r++) {
  const row = [`round ${r}: post by post ${us(postByPost())}`];
  for (const n of chunks) row.push(`chunks of ${n}: ${us(stageByStage(n))}`);
  console.log(row.join(", "));
}
