#!/usr/bin/env node
// The stage pair's hand-over against the phases themselves (issue 14, phase 13: what --jobs 2's
// pair pays per post that --jobs 1 does not). In ONE thread, over the archive's posts in parseEach's
// chunks (CHUNK texts, about CHUNK_CHARS characters), each chunk is read twice, in turns (the
// order swapped from one chunk to the next), with the built package:
//   one    begin, every phase of the split in its order, finish: as a --jobs 1 worker does
//   pair   begin, side A's phases, handOver, structuredClone (its buffers transferred, as
//          postMessage does), takeOver, side B's phases, finish: as the pair does in two threads
//          (the token tables in shared slabs, as stage A makes them, where the build can)
// and each part is timed apart (CPU time of the process, µs a post): A = begin + A's phases, B = B's
// phases + finish, and the hand-over's three steps. After a first (cold) pass, every pass prints
// the parts and two ratios: the hand-over over one's phases, and pair's B over one's B (more than
// 1: the revived Works cost B more, e.g. a memo slot not handed over and computed again). Then:
// the memo slots that B computed again although A had them (by name, in how many posts), the bytes
// handed over a post, and whether every pair Report is, as JSON, one's; at the end, the least of
// each part over the warm passes (load only adds to a part: the least is the nearest to its cost).
//
//   npm run build && node scripts/bench-handover.mjs                        # 10,000 posts, 4 passes
//   node scripts/bench-handover.mjs --limit 2000 --passes 6 --split people
//   node scripts/bench-handover.mjs --ab ../base-x/dist                     # and that build, pass by pass in turns
//
// The process's CPU time (getrusage: V8's background threads count too), not wall time; still, on
// a loaded machine read the ratios of one pass, and the --ab ratio (this build's hand-over / the
// other's) pass by pass. The CPU of each thread of the real pair: thread-cpu.mjs.
// Measured 2026-12-07 (phase 13, load 10-20 from other sessions), least of the warm passes, µs a
// post: main (8d1828f), 3,000 posts: handOver 8.3 + clone 6.8 + takeOver 1.8 = 16.9 (3.8% of the
// phases' ~440); with stage A's token tables in shared slabs (tokens.ts shareTokenSlabs) 5.5 +
// 7.2 + 1.5 = 14.2 (3.7%), 0.6 KB transferred a post instead of 8.9. What is left is mostly the
// texts' clone (input and key, ~5.8 k characters a post), the string table and the hits.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { argv } from "./lib/args.mjs";
import { archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { value } = argv();
const LIMIT = Number(value("--limit") ?? Infinity);
const PASSES = Number(value("--passes") ?? 4);
const SPLIT = value("--split") ?? "people";
const other = value("--ab");
const archive = archiveOrSkip("bench-handover");
const posts = await readArchive(archive, LIMIT);

/** One build's modules and its chunks of inputs. */
async function setup(dir) {
  const at = (p) => import(pathToFileURL(join(dir, p)).href);
  const { begin } = await at("report/begin.js");
  const { finish } = await at("report/finish.js");
  const { Work, runPhases } = await at("report/work.js");
  const { SPLITS } = await at("report/splits.js");
  const { CHUNK, CHUNK_CHARS } = await at("report/chunks.js");
  const { handOver, takeOver } = await at("report/hand-over.js");
  // token tables in shared slabs, as stage A makes them (a build that has shareTokenSlabs); for
  // the whole process, so `one` runs on shared slabs too, which a real pool worker does not
  (await at("text/tokens.js")).shareTokenSlabs?.();
  const split = SPLITS[SPLIT];
  if (!split) throw new Error(`--split: one of ${Object.keys(SPLITS).join(", ")}`);
  const chunks = [];
  for (let from = 0; from < posts.length; ) {
    let to = from;
    let chars = 0;
    while (to < posts.length && to - from < CHUNK && chars < CHUNK_CHARS) chars += posts[to++].text.length;
    chunks.push(posts.slice(from, to));
    from = to;
  }
  return { dir, begin, finish, Work, runPhases, split, chunks, handOver, takeOver };
}

const builds = [await setup(join(root, "dist"))];
if (other) builds.push(await setup(resolve(other)));

// CPU time of the process (user + system, ms: getrusage), not wall time: what load does not distort
// (V8's background threads count too: compiles and the GC's helpers of the code timed)
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const fresh = () => ({ oneA: 0, oneB: 0, pairA: 0, hand: 0, clone: 0, take: 0, pairB: 0, bytes: 0, same: true, again: new Map() });

/** begin each text of the chunk: its Works (null for a text that is a Report already). */
function begun(b, chunk) {
  return chunk.map((p) => {
    const w = b.begin(p.text, { id: p.id });
    return w instanceof b.Work ? w : null;
  });
}
const memoKeys = (w) => (w ? Object.keys(w.ctx.doc.memo).filter((k) => w.ctx.doc.memo[k] !== undefined) : []);

/** Both ways over one chunk; `t` adds up the parts (ms). */
function chunkBoth(b, chunk, t, swap, check) {
  const { phases, at } = b.split;
  const n = phases.length;
  let oneOut;
  let pairOut;
  const one = () => {
    const t0 = now();
    const works = begun(b, chunk);
    b.runPhases(works, 0, at, phases);
    const t1 = now();
    b.runPhases(works, at, n, phases);
    const reports = works.map((w) => w && b.finish(w));
    const t2 = now();
    t.oneA += t1 - t0;
    t.oneB += t2 - t1;
    if (check) oneOut = reports.map((r) => JSON.stringify(r));
  };
  const pair = () => {
    const t0 = now();
    const works = begun(b, chunk);
    b.runPhases(works, 0, at, phases);
    const t1 = now();
    const { message, transfer } = b.handOver(works);
    const t2 = now();
    for (const x of transfer) t.bytes += x.byteLength;
    const t3 = now();
    const cloned = structuredClone(message, { transfer });
    const t4 = now();
    const got = b.takeOver(cloned);
    const t5 = now();
    const keysA = check ? works.map(memoKeys) : null;
    const keysTaken = check ? got.map(memoKeys) : null;
    const t6 = now();
    b.runPhases(got, at, n, phases);
    const reports = got.map((w) => w && b.finish(w));
    const t7 = now();
    t.pairA += t1 - t0;
    t.hand += t2 - t1;
    t.clone += t4 - t3;
    t.take += t5 - t4;
    t.pairB += t7 - t6;
    if (!check) return;
    // memo slots A had and B made again (dropped by the hand-over, computed twice)
    for (let k = 0; k < got.length; k++) {
      const taken = new Set(keysTaken[k]);
      for (const key of keysA[k]) if (!taken.has(key) && got[k].ctx.doc.memo[key] !== undefined) t.again.set(key, (t.again.get(key) ?? 0) + 1);
    }
    pairOut = reports.map((r) => JSON.stringify(r));
  };
  if (swap) {
    pair();
    one();
  } else {
    one();
    pair();
  }
  if (check && pairOut.some((s, i) => s !== oneOut[i])) t.same = false;
}

/** The least of each part over the warm passes, by build (load only ever adds). */
const best = new Map(builds.map((b) => [b, null]));
const PARTS = ["oneA", "oneB", "pairA", "pairB", "hand", "clone", "take"];
const us = (ms) => ((ms * 1000) / posts.length).toFixed(1).padStart(6);
console.log(`${posts.length} posts, split ${SPLIT} (A ${builds[0].split.at} phases, B ${builds[0].split.phases.length - builds[0].split.at}), ${builds[0].chunks.length} chunks; µs a post`);
for (let pass = 0; pass < PASSES; pass++) {
  const totals = [];
  for (const b of pass % 2 ? [...builds].reverse() : builds) {
    const t = fresh();
    const check = pass === PASSES - 1;
    b.chunks.forEach((chunk, k) => chunkBoth(b, chunk, t, k % 2 === 1, check));
    const handOverAll = t.hand + t.clone + t.take;
    totals.push({ b, handOverAll });
    if (pass) best.set(b, Object.fromEntries(PARTS.map((k) => [k, Math.min(best.get(b)?.[k] ?? Infinity, t[k])])));
    const name = b === builds[0] ? "this build" : b.dir;
    console.log(
      `pass ${pass + 1}${pass ? "" : " (cold)"} ${name}: one A ${us(t.oneA)} B ${us(t.oneB)} | pair A ${us(t.pairA)} B ${us(t.pairB)} | handOver ${us(t.hand)} clone ${us(t.clone)} takeOver ${us(t.take)} = ${us(handOverAll)} (${((100 * handOverAll) / (t.oneA + t.oneB)).toFixed(1)}% of one's phases); pair B / one B ${(t.pairB / t.oneB).toFixed(3)}; ${(t.bytes / posts.length / 1024).toFixed(1)} KB a post`,
    );
    if (check) {
      console.log(`  memo slots A had that B computed again: ${t.again.size ? [...t.again].map(([k, c]) => `${k} (${c} posts)`).join(", ") : "none"}`);
      console.log(`  pair Reports against one's: ${t.same ? "identical" : "DIFFER"}`);
      if (!t.same) process.exitCode = 1;
    }
  }
  if (totals.length === 2) {
    const [x, y] = totals[0].b === builds[0] ? totals : [totals[1], totals[0]];
    console.log(`pass ${pass + 1}: hand-over this build / ${other}: ${(x.handOverAll / y.handOverAll).toFixed(3)}`);
  }
}
if (PASSES > 1) {
  console.log(`least of the warm passes (µs a post):`);
  for (const b of builds) {
    const t = best.get(b);
    const all = t.hand + t.clone + t.take;
    console.log(`  ${b === builds[0] ? "this build" : b.dir}: one A ${us(t.oneA)} B ${us(t.oneB)} | pair A ${us(t.pairA)} B ${us(t.pairB)} | handOver ${us(t.hand)} clone ${us(t.clone)} takeOver ${us(t.take)} = ${us(all)} (${((100 * all) / (t.oneA + t.oneB)).toFixed(1)}% of one's phases)`);
  }
}
