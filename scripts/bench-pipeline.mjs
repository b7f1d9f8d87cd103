#!/usr/bin/env node
// Split the stages, not the posts? (issue 14, a prototype: src/report/hand-over.ts) Two workers
// that each parse half the posts each pay the whole parser's warm-up; two workers that each run
// part of the phases compile only their part, and pay the hand-over instead. In turns, each round,
// over the posts of the 2017 archive (built dist, fresh worker threads each run):
//   one           ONE worker runs every phase over every post (parseEach: chunks of 32, phase by phase)
//   posts         TWO workers, the posts split between them (batches of 256 in turn, as the pool does)
//   stages:NAME   TWO workers, the phases split as hand-over.ts SPLITS[NAME] (--split, default
//                 people: A read, people, organizations | B figures, dates, link … publish): A runs
//                 its phases over a chunk of 32, hands the chunk's Works over (handOver) straight
//                 to B through a MessageChannel, its buffer transferred; B revives them (takeOver),
//                 runs the rest. Several splits (--split people,figures) are several modes.
//                 Each stage worker imports the whole parser (phases.ts: every recogniser).
//   sides:NAME    the same split, each worker loading only its own side's phases (sides.ts
//                 loadSide; begin.ts in A, finish.ts in B; every phase only for a text a phase
//                 threw on): what the import of the other side's recognisers costs the split.
// For each run: CPU of the whole process (process.resourceUsage user + sys, every thread: what
// load does not distort), wall time, and each worker's busy time (event-loop utilisation: wall
// time, so load inflates it); the Reports of every mode must be, as JSON, those of `one`
// ("identical", else exit 1). Every round's ratios are listed, and their medians. Then, in this
// thread, the hand-over's own cost: handOver + structuredClone (buffers transferred) + takeOver
// per post, after a warm-up pass.
//
//   npm run build && nice -n 10 node scripts/bench-pipeline.mjs                 # 3 rounds, 10,000 posts
//   node scripts/bench-pipeline.mjs --split people,figures,link --rounds 3      # splits side by side
//   node scripts/bench-pipeline.mjs --limit 2000 --rounds 5 --cut 3            # PHASES cut before people
//   node scripts/bench-pipeline.mjs --modes one,stages                         # some modes only
//   node scripts/bench-pipeline.mjs --modes one,stages,sides --rounds 3        # side modules vs whole imports
//   cp -r dist .tmp/dist-x && node scripts/bench-pipeline.mjs --dist .tmp/dist-x  # a build that a rebuild leaves alone
//   node scripts/bench-pipeline.mjs --cost --split link --ab .tmp/dist-main    # the hand-over alone, two builds in turns
//   node scripts/bench-pipeline.mjs --phases --split people                    # each phase's CPU, cold and warm, A/B
//
// Measured (phase 9, 10,000 posts, 3 rounds each, nice 10, a loaded 2-core VM): stages/one CPU
// 1.04-1.25 at the cut before link (A the bottleneck: busy ~9.5 s vs B ~6.5 s), 1.05-1.19 before
// organizations, 1.13-1.20 before people (B the bottleneck); posts/one 1.19-1.51; stages/posts
// 0.84-0.98 in every round. The hand-over (structured clone of the hits): 100-170 µs a post.
// Phase 10 (hand-over-codec.ts: hits as numbers, one buffer a chunk): the hand-over 0.28-0.36x of
// phase 9's in the same process (--cost --ab); see the session's report for the rounds.
// Phase 11 (sides.ts: each worker loads only its side; both intern the whole parser's words), in
// turns with `stages` (each worker imports everything): sides/stages CPU per round 0.971, 0.978,
// 0.923 (10,000 posts, load ~8; sides/one 1.031, 1.100, 1.071, wall 0.680, 0.442, 0.928) and
// 0.958, 0.898, 0.854, 0.890, 0.886 (--limit 2000 --rounds 5: the import is a larger share).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { isMainThread, MessageChannel, parentPort, Worker, workerData } from "node:worker_threads";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// --dist DIR: another built dist (e.g. a copy, so that a rebuild does not change it mid-run); the
// workers read it from the environment
if (isMainThread && process.argv.includes("--dist")) process.env.BAOCAO_BENCH_DIST = process.argv[process.argv.indexOf("--dist") + 1];
const distDir = process.env.BAOCAO_BENCH_DIST ? resolve(process.env.BAOCAO_BENCH_DIST) : join(root, "dist");
const dist = (p) => pathToFileURL(join(distDir, p)).href;
const BATCH = 256;
const CHUNK = 32;

if (!isMainThread) await workerMain();
else await main();

async function main() {
  const { archiveOrSkip } = await import("./lib/archive.mjs");
  const argOf = (name, dflt) => (process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : dflt);
  const ROUNDS = Number(argOf("--rounds", 3));
  const LIMIT = Number(argOf("--limit", 0));
  const archive = archiveOrSkip("bench-pipeline");
  const { SPLITS } = await import(dist("report/splits.js"));
  const { PHASES } = await import(dist("report/phases.js"));
  // --split NAME[,NAME…] (hand-over.ts SPLITS: link, organizations, people, figures), each a mode
  // `stages:NAME` run in turns with the others; or --cut K (PHASES, A runs [0, K))
  const cutArg = argOf("--cut", undefined);
  const splits =
    cutArg !== undefined
      ? [{ name: `cut${cutArg}`, order: null, at: Number(cutArg) }]
      : argOf("--split", "people")
          .split(",")
          .map((name) => {
            if (!SPLITS[name]) throw new Error(`--split: one of ${Object.keys(SPLITS).join(", ")}`);
            return { name, order: SPLITS[name].phases.map((p) => p.name), at: SPLITS[name].at };
          });
  const phasesOf = (s) => (s.order ? s.order : PHASES.map((p) => p.name));
  const cut = splits[0];
  const MODES = argOf("--modes", "one,posts,stages")
    .split(",")
    .flatMap((m) => (m === "stages" || m === "sides" ? splits.map((s) => `${m}:${s.name}`) : [m]));
  const splitOf = (mode) => splits.find((s) => `stages:${s.name}` === mode || `sides:${s.name}` === mode);
  let posts = [];
  for (const line of gunzipSync(readFileSync(archive)).toString("utf8").split("\n")) {
    if (!line) continue;
    const o = JSON.parse(line);
    if (typeof o.text === "string") posts.push({ text: o.text, id: String(o.id) });
  }
  if (LIMIT) posts = posts.slice(0, LIMIT);
  if (process.argv.includes("--phases")) {
    // each phase's time in this thread, in the split's order: a cold pass, then a warm one
    await phaseTimes(posts, cut);
    process.exit(0);
  }
  if (process.argv.includes("--cost")) {
    // the hand-over's own cost only (no workers)
    await handOverCost(posts, cut, argOf("--ab", undefined));
    process.exit(0);
  }
  const batches = [];
  for (let i = 0; i < posts.length; i += BATCH) batches.push({ from: i, posts: posts.slice(i, i + BATCH) });

  const res = Object.fromEntries(MODES.map((m) => [m, []]));
  let reference = null;
  let identical = true;
  const compared = MODES.filter((m) => m !== "one");
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [...MODES].reverse() : MODES;
    for (const mode of order) {
      const x = await runMode(mode.startsWith("stages") || mode.startsWith("sides") ? "stages" : mode, batches, posts.length, splitOf(mode) ?? cut, mode.startsWith("sides"));
      res[mode].push(x);
      console.log(`round ${r + 1} ${mode.padEnd(15)} cpu ${x.cpu.toFixed(2)} s  wall ${x.wall.toFixed(2)} s  busy ${x.busy.map((b) => b.toFixed(1)).join(" + ")} s`);
      if (mode === "one") reference ??= x.out;
      // compared with the first run of `one` (or, without it, parseReport in this thread, below)
      else x.check = x.out;
      delete x.out;
    }
  }
  if (!reference && compared.length) {
    const { parseReport } = await import(dist("index.js"));
    reference = posts.map((p) => JSON.stringify(parseReport(p.text, { id: p.id })));
  }
  for (const mode of compared) for (const x of res[mode]) if (x.check.length !== reference.length || x.check.some((s, i) => s !== reference[i])) identical = false;
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  console.log(`\n${posts.length} posts, ${ROUNDS} rounds in turns (node ${process.version})`);
  for (const sp of splits) {
    const names = phasesOf(sp);
    console.log(`split ${sp.name}: A ${names.slice(0, sp.at).join(", ")} | B ${names.slice(sp.at).join(", ")}`);
  }
  for (const mode of MODES) {
    const m = (f) => median(res[mode].map((x) => x[f]));
    console.log(`${mode.padEnd(15)} cpu ${m("cpu").toFixed(2)} s   wall ${m("wall").toFixed(2)} s`);
  }
  const ratio = (a, b) => {
    const rc = res[a].map((x, i) => x.cpu / res[b][i].cpu);
    const rw = res[a].map((x, i) => x.wall / res[b][i].wall);
    console.log(`${a} / ${b}: cpu ${rc.map((v) => v.toFixed(3)).join(" ")} (median ${median(rc).toFixed(3)}×); wall ${rw.map((v) => v.toFixed(3)).join(" ")} (median ${median(rw).toFixed(3)}×)`);
  };
  if (res.one) for (const mode of compared) ratio(mode, "one");
  if (res.posts) for (const mode of compared) if (mode !== "posts") ratio(mode, "posts");
  if (compared.length) console.log(`Reports of ${compared.join(" and ")} against one's: ${identical ? "identical" : "DIFFER"}`);
  await handOverCost(posts, cut);
  process.exit(identical ? 0 : 1);
}

/** One run of a mode in fresh workers: { cpu, wall, busy: [s per worker], out: JSON per post }. */
async function runMode(mode, batches, n, cut, sides = false) {
  const u0 = process.resourceUsage();
  const t0 = performance.now();
  const out = new Array(n);
  const make = (role, extra = {}) => new Worker(new URL(import.meta.url), { workerData: { role, cut, sides, ...extra }, transferList: extra.port ? [extra.port] : [] });
  let workers;
  let sink;
  if (mode === "stages") {
    const { port1, port2 } = new MessageChannel();
    const a = make("a", { port: port1 });
    const b = make("b", { port: port2 });
    workers = [a, b];
    sink = [b];
    for (const batch of batches) a.postMessage(batch);
    a.postMessage({ end: true });
  } else {
    workers = mode === "one" ? [make("all")] : [make("all"), make("all")];
    sink = workers;
    batches.forEach((batch, i) => workers[i % workers.length].postMessage(batch));
    for (const w of workers) w.postMessage({ end: true });
  }
  const busy = [];
  await Promise.all(
    workers.map(
      (w, k) =>
        new Promise((done, fail) => {
          w.on("error", fail);
          w.on("message", (m) => {
            if (m.results) for (let i = 0; i < m.results.length; i++) out[m.from + i] = m.results[i];
            if (m.busy !== undefined) {
              busy[k] = m.busy / 1000;
              if (!sink.includes(w)) done();
            }
            if (m.finished) done();
          });
        }),
    ),
  );
  const wall = (performance.now() - t0) / 1000;
  await Promise.all(workers.map((w) => w.terminate()));
  const u1 = process.resourceUsage();
  const cpu = (u1.userCPUTime + u1.systemCPUTime - u0.userCPUTime - u0.systemCPUTime) / 1e6;
  return { cpu, wall, busy, out };
}

/** A worker: "all" parses its batches whole; "a" runs phases [0, cut) and hands each chunk to "b", which runs the rest. */
async function workerMain() {
  if (workerData.sides) return sideWorker();
  const { role, cut: split, port } = workerData;
  const { parseEach } = await import(dist("report/batch.js"));
  const { begin, finish, parseWith } = await import(dist("report/parse.js"));
  const { PHASES, Work } = await import(dist("report/phases.js"));
  const phases = orderOf(split, PHASES);
  const cut = split.at;
  const { handOver, takeOver } = await import(dist("report/hand-over.js"));
  const { runPhases } = await import(dist("report/work.js"));
  const elu0 = performance.eventLoopUtilization();
  const busy = () => performance.eventLoopUtilization(elu0).active;
  const json = (r) => (r instanceof Error ? `error: ${r.message}` : JSON.stringify(r));
  if (role === "all" || role === "a") {
    parentPort.on("message", (m) => {
      if (m.end) {
        if (role === "a") port.postMessage({ end: true });
        parentPort.postMessage({ busy: busy(), finished: role === "all" });
        return;
      }
      if (role === "all") {
        parentPort.postMessage({ from: m.from, results: parseEach(m.posts, null).map(json) });
        return;
      }
      for (let i = 0; i < m.posts.length; i += CHUNK) {
        const items = m.posts.slice(i, i + CHUNK);
        const works = items.map((p) => begin(p.text, { id: p.id }));
        const done = works.map((w) => (w instanceof Work ? null : json(w)));
        const live = works.map((w) => (w instanceof Work ? w : null));
        // a phase threw on a text: read again alone here, as batch.ts does (its Report crosses, done)
        for (const k of runPhases(live, 0, cut, phases)) done[k] = json(safe(() => parseWith(items[k].text, { id: items[k].id })));
        const { message, transfer } = handOver(live);
        port.postMessage({ from: m.from + i, message, done }, transfer);
      }
    });
  } else {
    port.on("message", (m) => {
      if (m.end) {
        parentPort.postMessage({ busy: busy(), finished: true });
        return;
      }
      const works = takeOver(m.message);
      const kept = works.slice();
      const threw = runPhases(works, cut, phases.length, phases);
      const results = m.done.slice();
      works.forEach((w, k) => {
        if (w) results[k] = json(safe(() => finish(w)));
      });
      for (const k of threw) results[k] = json(safe(() => parseWith(kept[k].input, kept[k].options)));
      parentPort.postMessage({ from: m.from, results });
    });
  }
}

/**
 * A worker of one side of a split that loads only that side's phases (sides.ts loadSide): A needs
 * begin.ts and hand-over.ts besides, B hand-over.ts and finish.ts; every phase (loadPhases) is
 * loaded only when a text throws in a phase, to read it again alone as batch.ts does.
 */
async function sideWorker() {
  const { role, cut: split, port } = workerData;
  const { loadSide, loadPhases } = await import(dist("report/sides.js"));
  const { handOver, takeOver } = await import(dist("report/hand-over.js"));
  const { runPhases } = await import(dist("report/work.js"));
  const phases = await loadSide(split.name, role);
  const elu0 = performance.eventLoopUtilization();
  const busy = () => performance.eventLoopUtilization(elu0).active;
  const json = (r) => (r instanceof Error ? `error: ${r.message}` : JSON.stringify(r));
  const alone = async (text, options) => {
    const { parseThrough } = await import(dist("report/finish.js"));
    const all = await loadPhases();
    return json(safe(() => parseThrough(text, options, all)));
  };
  if (role === "a") {
    const { begin } = await import(dist("report/begin.js"));
    const { Work } = await import(dist("report/work.js"));
    // (messages in order: a chunk waits for the one before it)
    let queue = Promise.resolve();
    parentPort.on("message", (m) => {
      queue = queue.then(async () => {
        if (m.end) {
          port.postMessage({ end: true });
          parentPort.postMessage({ busy: busy(), finished: false });
          return;
        }
        for (let i = 0; i < m.posts.length; i += CHUNK) {
          const items = m.posts.slice(i, i + CHUNK);
          const works = items.map((p) => begin(p.text, { id: p.id }));
          const done = works.map((w) => (w instanceof Work ? null : json(w)));
          const live = works.map((w) => (w instanceof Work ? w : null));
          for (const k of runPhases(live, 0, phases.length, phases)) done[k] = await alone(items[k].text, { id: items[k].id });
          const { message, transfer } = handOver(live);
          port.postMessage({ from: m.from + i, message, done }, transfer);
        }
      });
    });
  } else {
    const { finish } = await import(dist("report/finish.js"));
    let queue = Promise.resolve();
    port.on("message", (m) => {
      queue = queue.then(async () => {
        if (m.end) {
          parentPort.postMessage({ busy: busy(), finished: true });
          return;
        }
        const works = takeOver(m.message);
        const kept = works.slice();
        const threw = runPhases(works, 0, phases.length, phases);
        const results = m.done.slice();
        works.forEach((w, k) => {
          if (w) results[k] = json(safe(() => finish(w)));
        });
        for (const k of threw) results[k] = await alone(kept[k].input, kept[k].options);
        parentPort.postMessage({ from: m.from, results });
      });
    });
  }
}

/**
 * Each phase's CPU (process.cpuUsage: every thread, so the background compiles of a phase's code
 * count with it, roughly) and this thread's wall time, run phase by phase over chunks of 32 as a
 * worker does, in the split's order; a cold pass and a warm one; the sums of A's and B's phases.
 */
async function phaseTimes(posts, split) {
  const { begin } = await import(dist("report/parse.js"));
  const { PHASES, Work } = await import(dist("report/phases.js"));
  const phases = orderOf(split, PHASES);
  for (let pass = 0; pass < 2; pass++) {
    const cpu = new Float64Array(phases.length);
    const wall = new Float64Array(phases.length);
    for (let i = 0; i < posts.length; i += CHUNK) {
      const live = posts.slice(i, i + CHUNK).map((p) => begin(p.text, { id: p.id })).map((w) => (w instanceof Work ? w : null));
      for (let p = 0; p < phases.length; p++) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        for (let k = 0; k < live.length; k++) {
          if (!live[k]) continue;
          try {
            phases[p](live[k]);
          } catch {
            live[k] = null;
          }
        }
        wall[p] += performance.now() - t0;
        const c = process.cpuUsage(c0);
        cpu[p] += (c.user + c.system) / 1000;
      }
    }
    const sum = (a, from, to) => a.slice(from, to).reduce((x, y) => x + y, 0);
    const tc = sum(cpu, 0, phases.length);
    const tw = sum(wall, 0, phases.length);
    console.log(`${pass ? "warm" : "cold"} pass, ${posts.length} posts: cpu ${(tc / 1000).toFixed(2)} s, wall ${(tw / 1000).toFixed(2)} s`);
    phases.forEach((ph, p) => console.log(`  ${p === split.at ? "| " : "  "}${ph.name.padEnd(14)} cpu ${(cpu[p] / 1000).toFixed(2)} s ${((100 * cpu[p]) / tc).toFixed(1).padStart(4)}%   wall ${(wall[p] / 1000).toFixed(2)} s ${((100 * wall[p]) / tw).toFixed(1).padStart(4)}%`));
    console.log(`  A ${((100 * sum(cpu, 0, split.at)) / tc).toFixed(1)}% / B ${((100 * sum(cpu, split.at, phases.length)) / tc).toFixed(1)}% of the cpu; A ${((100 * sum(wall, 0, split.at)) / tw).toFixed(1)}% / B ${((100 * sum(wall, split.at, phases.length)) / tw).toFixed(1)}% of the wall`);
  }
}

/** The phases of a split, in its order (by name: a worker imports its own). */
function orderOf(split, PHASES) {
  return split.order ? split.order.map((name) => PHASES.find((p) => p.name === name)) : PHASES;
}

function safe(f) {
  try {
    return f();
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

/**
 * handOver, structuredClone (buffers transferred, as postMessage does) and takeOver per post, in
 * this thread, after one pass to warm up; with --ab DIR, the same for another build's dist (its
 * own hand-over.js), the two in turns over the same posts, the ratio per pass.
 */
async function handOverCost(posts, split, other) {
  const builds = [join(root, "dist")];
  if (other) builds.push(other);
  const setups = [];
  for (const dir of builds) {
    const at = (p) => pathToFileURL(join(dir, p)).href;
    const { begin } = await import(at("report/parse.js"));
    const { PHASES, Work } = await import(at("report/phases.js"));
    const ho = await import(at("report/hand-over.js"));
    const { handOver, takeOver } = ho;
    // (an older build's hand-over.js re-exported runPhases)
    const runPhases = ho.runPhases ?? (await import(at("report/work.js"))).runPhases;
    const phases = orderOf(split, PHASES);
    const chunks = [];
    for (let i = 0; i < posts.length; i += CHUNK) {
      const works = posts.slice(i, i + CHUNK).map((p) => begin(p.text, { id: p.id }));
      const live = works.map((w) => (w instanceof Work ? w : null));
      runPhases(live, 0, split.at, phases);
      chunks.push(live);
    }
    setups.push({ dir, handOver, takeOver, chunks });
  }
  const per = (ms) => ((ms * 1000) / posts.length).toFixed(1);
  const PASSES = 4;
  for (let pass = 0; pass < PASSES; pass++) {
    const totals = [];
    for (const { dir, handOver, takeOver, chunks } of setups) {
      const t = { hand: 0, clone: 0, take: 0, bytes: 0 };
      for (const live of chunks) {
        const t0 = performance.now();
        const { message, transfer } = handOver(live);
        const t1 = performance.now();
        for (const b of transfer) t.bytes += b.byteLength;
        const t2 = performance.now();
        const cloned = structuredClone(message, { transfer });
        const t3 = performance.now();
        takeOver(cloned);
        const t4 = performance.now();
        t.hand += t1 - t0;
        t.clone += t3 - t2;
        t.take += t4 - t3;
      }
      totals.push(t.hand + t.clone + t.take);
      if (pass) console.log(`pass ${pass + 1} ${dir === builds[0] ? "this build" : dir}: hand-over per post (split ${split.name}, this thread): handOver ${per(t.hand)} µs + structuredClone ${per(t.clone)} µs + takeOver ${per(t.take)} µs = ${per(t.hand + t.clone + t.take)} µs; ${(t.bytes / posts.length / 1024).toFixed(1)} KB transferred a post`);
    }
    if (pass && totals.length === 2) console.log(`pass ${pass + 1}: this build / ${other}: ${(totals[0] / totals[1]).toFixed(3)}`);
  }
}
