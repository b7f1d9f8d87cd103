#!/usr/bin/env node
// Where a 1 KB text's extra cost per character goes, phase by phase, in CPU time (issue 14): the
// 2 MB archive stream of bench-flat, each 16 KB block parsed in turns as 16 texts of 1 KB one by
// one (parseReport), as the same 16 texts phase by phase (parseReports) and as one text of 16 KB,
// under `perf record -e cpu-clock -g` (Linux perf; CPU samples of the main thread, so load from
// other processes does not count as this one's time). Each sample goes to the mode whose function
// is on its stack and to the phase of phases.ts nearest its leaf; the table is ns per character of
// each, and the excess of 1 KB over 16 KB per 1 KB text, one by one and phase by phase.
//
//   npm run build && node scripts/flat-perf.mjs [--rounds 3] [--keep]      # needs `perf` (linux-perf)
//
// What goes phase by phase is the cost of running every phase's code text by text, what stays is
// work per text (the event, bylines at a text's end, ...). 2026-12-07, load ~30: 364.6 / 241.6 /
// 213.7 ns a character (1 KB one by one / phase by phase / 16 KB), 82% of the excess gone phase by
// phase; the phase `read` 46.5 / 26.8 / 25.9 (its per-unit loop, plainRun, 27.4 / 16.4 / 17.0:
// code that allocates nothing and works per unit, 1.6x as dear one by one and not phase by phase).
// perf --perf-basic-prof names JIT code; an inlined function counts as its caller, which is why a
// phase is known by its entry functions as well as its own.
import { spawnSync } from "node:child_process";
import { createReadStream, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { archiveStream, cutEvery } from "./lib/texts.mjs";
import { argv } from "./lib/args.mjs";
import { archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { value, flag } = argv();
const rounds = Number(value("--rounds") ?? 3);
const MODES = ["oneByOne", "phaseByPhase", "sixteenKB"];

if (flag("--child")) {
  // the measured process: run under perf with --allow-natives-syntax --perf-basic-prof
  const dist = resolve(root, process.env.BAOCAO_DIST ?? "dist");
  const { parseReport, parseReports } = await import(pathToFileURL(join(dist, "index.js")).href);
  const stream = archiveStream((await readArchive(archiveOrSkip("flat-perf"), 2000)).map((o) => o.text));
  const blocks = cutEvery(stream, 16384);
  const smalls = blocks.map((b) => cutEvery(b, 1024));
  const modes = {
    oneByOne: (k) => {
      for (const t of smalls[k]) parseReport(t);
    },
    phaseByPhase: (k) => parseReports(smalls[k]),
    sixteenKB: (k) => parseReport(blocks[k]),
  };
  // each mode's function stays a frame of its own on the stack (never inlined into the loop)
  const keep = new Function("f", "%NeverOptimizeFunction(f)");
  const runs = MODES.map((m) => {
    const f = { [m]: (k) => modes[m](k) }[m];
    keep(f);
    return f;
  });
  const pass = () => {
    for (let k = 0; k < blocks.length; k++) for (let j = 0; j < runs.length; j++) runs[(j + k) % runs.length](k);
  };
  pass();
  pass();
  writeFileSync(process.env.FLAT_PERF_CTL, "enable\n");
  for (let r = 0; r < rounds; r++) pass();
  writeFileSync(process.env.FLAT_PERF_CTL, "disable\n");
  console.log(JSON.stringify({ chars: stream.length * rounds }));
  process.exit(0);
}

const out = join(root, ".tmp", "flat-perf");
mkdirSync(out, { recursive: true });
const data = join(out, "perf.data");
const ctl = join(out, `ctl-${process.pid}`);
rmSync(ctl, { force: true });
if (spawnSync("mkfifo", [ctl]).status !== 0) throw new Error("flat-perf: mkfifo failed");
const rec = spawnSync(
  "perf",
  ["record", "-e", "cpu-clock", "-F", "1999", "-g", "-D", "-1", "--control", `fifo:${ctl}`, "-o", data, "--", process.execPath, "--allow-natives-syntax", "--perf-basic-prof", fileURLToPath(import.meta.url), "--child", "--rounds", String(rounds)],
  { env: { ...process.env, FLAT_PERF_CTL: ctl }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 24 },
);
rmSync(ctl, { force: true });
if (rec.status !== 0) throw new Error(`flat-perf: perf record failed (${rec.error?.message ?? rec.status}); is linux perf installed and allowed (perf_event_paranoid)?`);
const { chars } = JSON.parse(rec.stdout.trim().split("\n").pop());

/** A phase by its own function or the entry functions it calls (phases.ts order). */
const PHASE_OF = new Map(
  Object.entries({
    read: ["read", "makeDoc", "sentences", "inferConvention"],
    figures: ["figures", "recognizeFigures"],
    dates: ["dates", "recognizeDates"],
    people: ["people", "recognizePeople"],
    organizations: ["organizations", "recognizeOrganizations"],
    link: ["link", "linkFigures"],
    event: ["event", "findEvent"],
    relate: ["relateFigures", "relate"],
    assemble: ["assemble", "buildSections"],
    check: ["check", "runChecks"],
    publish: ["publish", "published"],
  }).flatMap(([phase, fns]) => fns.map((f) => [f, phase])),
);
const PHASE_NAMES = [...new Set(PHASE_OF.values()), "(other)"];
// samples per mode and phase, of the thread with the most samples (the main thread)
const script = join(out, "perf.txt");
const dump = spawnSync("sh", ["-c", `perf script -i '${data}' -F tid,ip,sym > '${script}'`], { stdio: "inherit" });
if (dump.status !== 0) throw new Error("flat-perf: perf script failed");
const count = new Map(); // `${tid}` → Map(`${mode} ${phase}` → samples)
let tid = "";
let mode = "";
let phase = "";
const flush = () => {
  if (!tid) return;
  const m = count.get(tid) ?? new Map();
  count.set(tid, m);
  const key = `${mode || "(none)"} ${phase || "(other)"}`;
  m.set(key, (m.get(key) ?? 0) + 1);
  tid = mode = phase = "";
};
for await (const line of createInterface({ input: createReadStream(script) })) {
  if (line === "") {
    flush();
    continue;
  }
  if (!/^\s/.test(line)) {
    tid = line.trim().split(/\s+/)[0];
    continue;
  }
  const m = /^\s*[0-9a-f]+\s+JS:[*^~]?(\S*)/.exec(line);
  if (!m) continue;
  const name = m[1];
  if (!phase && PHASE_OF.has(name)) phase = PHASE_OF.get(name);
  if (MODES.includes(name)) mode = name;
}
flush();
const main = [...count.values()].sort((a, b) => [...b.values()].reduce((x, y) => x + y, 0) - [...a.values()].reduce((x, y) => x + y, 0))[0];
const nsPerChar = (samples) => (samples * 1e9) / 1999 / chars;
const at = (m, p) => nsPerChar(main.get(`${m} ${p}`) ?? 0);
console.log(`flat-perf: ${chars / rounds} characters, ${rounds} rounds; main thread CPU ns per character (perf cpu-clock samples)`);
console.log(`${"phase".padEnd(14)}${"1 KB".padStart(9)}${"phase by".padStart(9)}${"16 KB".padStart(9)}   µs per 1 KB text over 16 KB: one by one, phase by phase`);
const sum = [0, 0, 0];
for (const p of PHASE_NAMES) {
  const v = MODES.map((m) => at(m, p));
  v.forEach((x, i) => (sum[i] += x));
  console.log(`${p.padEnd(14)}${v.map((x) => x.toFixed(1).padStart(9)).join("")}   ${(((v[0] - v[2]) * 1024) / 1000).toFixed(1).padStart(7)} ${(((v[1] - v[2]) * 1024) / 1000).toFixed(1).padStart(7)}`);
}
console.log(`${"all".padEnd(14)}${sum.map((x) => x.toFixed(1).padStart(9)).join("")}   ${(((sum[0] - sum[2]) * 1024) / 1000).toFixed(1).padStart(7)} ${(((sum[1] - sum[2]) * 1024) / 1000).toFixed(1).padStart(7)}`);
console.log(`phase by phase takes away ${((100 * (sum[0] - sum[1])) / (sum[0] - sum[2])).toFixed(0)}% of the excess of 1 KB over 16 KB`);
if (!flag("--keep")) rmSync(out, { recursive: true, force: true });
