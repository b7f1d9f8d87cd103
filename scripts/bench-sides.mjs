#!/usr/bin/env node
// What a worker of the stage split pays to load its code (issue 14): a fresh `node` process per
// load, in turns, CPU of the whole process (user + sys, every thread: V8's background compiles of
// the import count) from just before the first import to just after the last. Built dist.
//   whole    what a stage worker imported before sides.ts (and a worker that parses whole posts
//            does): batch.js, parse.js, phases.js, hand-over.js: every recogniser and word list
//   a        side A of a split alone: sides.js loadSide(split, "a"), begin.js, hand-over.js
//   b        side B alone: sides.js loadSide(split, "b"), finish.js, hand-over.js
// and with --modules the modules each really loads (module hooks: scripts/lib/record-loads.mjs):
// how many, and for a and b those the other side loads too.
//
//   npm run build && nice -n 10 node scripts/bench-sides.mjs                   # people, 10 rounds
//   node scripts/bench-sides.mjs --split figures --rounds 20 --modules
//   node scripts/bench-sides.mjs --ab .tmp/dist-main                           # + main's whole, in turns
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const argOf = (name, dflt) => (process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : dflt);
const SPLIT = argOf("--split", "people");
const ROUNDS = Number(argOf("--rounds", 10));
const other = argOf("--ab", undefined);
const dist = join(root, "dist");

/** The script a fresh process runs for a load: it prints the CPU ms of its imports. */
function script(kind, dir) {
  const at = (p) => JSON.stringify(pathToFileURL(join(dir, p)).href);
  const body = {
    whole: `await import(${at("report/batch.js")}); await import(${at("report/parse.js")}); await import(${at("report/phases.js")}); await import(${at("report/hand-over.js")});`,
    a: `const { loadSide } = await import(${at("report/sides.js")}); await loadSide(${JSON.stringify(SPLIT)}, "a"); await import(${at("report/begin.js")}); await import(${at("report/hand-over.js")});`,
    b: `const { loadSide } = await import(${at("report/sides.js")}); await loadSide(${JSON.stringify(SPLIT)}, "b"); await import(${at("report/finish.js")}); await import(${at("report/hand-over.js")});`,
  }[kind];
  // then the lexicon's size and print (tokens.ts printAt): the same in a, b and whole when each side
  // interned the whole parser's words first (sides.ts loadLexicon)
  return `const c0 = process.cpuUsage(); ${body} const c = process.cpuUsage(c0); const { lexicon } = await import(${at("text/tokens.js")}); console.log((c.user + c.system) / 1000, lexicon.size, lexicon.printAt ? lexicon.printAt(lexicon.size) : 0);`;
}

function run(kind, dir, hooks = false) {
  const args = [...(hooks ? ["--import", pathToFileURL(join(root, "scripts/lib/record-loads.mjs")).href] : []), "--input-type=module", "-e", script(kind, dir)];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${kind}: ${r.stderr}`);
  const loaded = r.stderr
    .split("\n")
    .filter((l) => l.startsWith("LOADED "))
    .map((l) => l.slice(7));
  const [ms, size, print] = r.stdout.trim().split(" ").map(Number);
  return { ms, size, print, loaded };
}

const kinds = [["whole", dist], ["a", dist], ["b", dist], ...(other ? [["main whole", resolve(other)]] : [])];
const ms = Object.fromEntries(kinds.map(([k]) => [k, []]));
const lexicons = {};
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 ? [...kinds].reverse() : kinds;
  for (const [k, dir] of order) {
    const x = run(k === "main whole" ? "whole" : k, dir);
    ms[k].push(x.ms);
    lexicons[k] = `${x.size} words, print ${x.print}`;
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`import CPU (ms), fresh process each, ${ROUNDS} rounds in turns, split ${SPLIT} (node ${process.version})`);
for (const [k] of kinds) console.log(`  ${k.padEnd(11)} median ${median(ms[k]).toFixed(0).padStart(5)}   ${ms[k].map((v) => v.toFixed(0)).join(" ")}`);
console.log(`  lexicon after the imports: ${kinds.map(([k]) => `${k} ${lexicons[k]}`).join("; ")}`);
const per = (k) => ms[k].map((v, i) => v / ms.whole[i]);
const fmt = (xs) => `${xs.map((v) => v.toFixed(2)).join(" ")} (median ${median(xs).toFixed(3)})`;
console.log(`  a / whole per round: ${fmt(per("a"))}`);
console.log(`  b / whole per round: ${fmt(per("b"))}`);
console.log(`  (a + b) / (2 × whole) per round: ${fmt(ms.a.map((v, i) => (v + ms.b[i]) / (2 * ms.whole[i])))}`);
if (other) console.log(`  whole / main whole per round: ${fmt(per("main whole").map((v) => 1 / v))}`);

if (process.argv.includes("--modules")) {
  const rel = (u) => {
    const p = fileURLToPath(u);
    return p.startsWith(dist) ? p.slice(dist.length + 1) : p.includes("node_modules") ? `pkg:${p.split("node_modules/")[1].split("/")[0]}` : p;
  };
  const sets = Object.fromEntries(["whole", "a", "b"].map((k) => [k, [...new Set(run(k, dist, true).loaded.map(rel))].sort()]));
  for (const k of ["whole", "a", "b"]) console.log(`\n${k}: ${sets[k].length} modules (${sets[k].filter((m) => !m.startsWith("pkg:")).length} of dist)`);
  const inB = new Set(sets.b);
  const shared = sets.a.filter((m) => inB.has(m));
  console.log(`a only: ${sets.a.filter((m) => !inB.has(m)).join(" ")}`);
  console.log(`shared by a and b: ${shared.join(" ")}`);
  console.log(`b only: ${sets.b.filter((m) => !sets.a.includes(m)).join(" ")}`);
}
