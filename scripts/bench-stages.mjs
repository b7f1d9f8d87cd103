#!/usr/bin/env node
// Stage A/B: the time parseReport spends inside a few named functions (default: relate,
// linkFigures, findEvent, buildSections), for a git ref against the working tree, both loaded in
// one process and run in turns over the same archive posts (chunks of 50), as bench-ab.mjs does
// for the whole parse. A stage that is 20% of the parse and gets 25% cheaper moves the whole by
// 5%, inside the noise of bench-ab: this reads the stages alone.
//
//   nice -n 10 node scripts/bench-stages.mjs [REF=main] [--limit 2000] [--rounds 3] [--fns relate,linkFigures,findEvent,buildSections]
//   nice -n 10 node scripts/bench-stages.mjs main --fns makeDoc,recognizeFigures,recognizeDates   # the early stages
//   nice -n 10 node scripts/bench-stages.mjs main --tiny --limit 10000 --fns findEvent   # on the titles (or --size 1024)
//   round 1: relate 0.812  linkFigures 0.701  …  all 0.79
//   median working/REF per stage …
//
// How: each build is bundled with an esbuild plugin that renames `export function NAME(` in the
// file that defines it to an inner function and exports a wrapper that adds the wall time of each
// call (performance.now) to the running build's tally. Calls nested inside another timed function
// of the list are counted in both. Wall time, so run it under `nice` on a quiet machine and read
// ratios of one run.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { argv } from "./lib/args.mjs";
import { benchTexts } from "./lib/texts.mjs";
import { bundleTree, extractSrc, resolveRef } from "./lib/trees.mjs";
import { archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { args, value, positional } = argv();
const ref = positional("main");
const limit = Number(value("--limit") ?? 2000);
const rounds = Number(value("--rounds") ?? 3);
const asked = (value("--fns") ?? "relate,linkFigures,findEvent,buildSections").split(",").filter(Boolean);
/** parseReport is timed too: the rest of the parse (unchanged code, as a rule) is the yardstick (see below). */
const fns = [...asked.filter((f) => f !== "parseReport"), "parseReport"];
const archive = archiveOrSkip("bench-stages");
const work = join(root, ".tmp", "bench-stages");
mkdirSync(work, { recursive: true });

/** The plugin: `export function NAME(` of each listed name → a timed wrapper around NAME__inner. */
function timing(build) {
  return {
    name: "stage-timing",
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        let text = readFileSync(args.path, "utf8");
        for (const name of fns) {
          const decl = `export function ${name}(`;
          if (!text.includes(decl)) continue;
          text = text.replace(decl, `function ${name}__inner(`);
          text += `\nexport function ${name}(...a: any[]): any { const t0 = performance.now(); try { return (${name}__inner as any)(...a); } finally { const s = (globalThis as any).__stages; if (s) s[${JSON.stringify(build)}][${JSON.stringify(name)}] += performance.now() - t0; } }\n`;
        }
        return { contents: text, loader: "ts" };
      });
    },
  };
}

const bundle = (entry, outfile, build) => bundleTree(entry, outfile, { plugins: [timing(build)] });

const sha = resolveRef(root, ref);
const refDir = join(work, `src-${sha}`);
extractSrc(root, sha, refDir);
await bundle(join(refDir, "src", "index.ts"), join(work, `ref-${sha}.mjs`), "A");
rmSync(refDir, { recursive: true, force: true });
await bundle(join(root, "src", "index.ts"), join(work, "working.mjs"), "B");
const A = (await import(pathToFileURL(join(work, `ref-${sha}.mjs`)).href)).parseReport;
const B = (await import(pathToFileURL(join(work, "working.mjs")).href)).parseReport;

// --tiny: the posts' titles (the fixed cost per post); --size N: the first 2 MB of the posts cut
// into texts of N characters (--size 1024: what short texts pay per character)
const size = Number(value("--size") ?? 0);
const docs = benchTexts(await readArchive(archive, limit), { tiny: args.includes("--tiny"), size });

const zero = () => Object.fromEntries(fns.map((f) => [f, 0]));
globalThis.__stages = { A: zero(), B: zero() };
for (const d of docs.slice(0, 300)) {
  A(d);
  B(d);
}
/**
 * The functions whose times make the total: parseReport's stages, none nested in another (a
 * function nested in one, such as makeRelateCtx in relate or scanNumbers in recognizeFigures, is
 * shown alone).
 */
const TOP = ["makeDoc", "recognizeFigures", "recognizeDates", "recognizePeople", "recognizeOrganizations", "relate", "linkFigures", "findEvent", "buildSections"];
const summed = fns.filter((f) => TOP.includes(f));
/**
 * Each stage against the rest of the same build's parse in the same chunks (parseReport less the
 * summed stages): load on a shared machine slows a stage and the rest of its parse alike, so
 * (stage/rest of B) / (stage/rest of A) is steadier than B/A of either. It is the stage's own
 * ratio when the rest of the parse is the same code in both builds.
 */
const rel = (t, f) => t[f] / (t.parseReport - summed.reduce((n, g) => n + t[g], 0));
const per = Object.fromEntries([...fns, "sum"].map((f) => [f, []]));
const norm = {};
/** Per chunk of 50 and function: the least time over the rounds (load only ever adds time). */
const best = { A: [], B: [] };
const label = `${ref} ${sha.slice(0, 7)}`;
for (let r = 0; r < rounds; r++) {
  const tally = { A: zero(), B: zero() };
  for (let from = 0, k = r; from < docs.length; from += 50, k++) {
    const to = Math.min(docs.length, from + 50);
    const c = from / 50;
    const run = (name, parse) => {
      globalThis.__stages = { [name]: zero() };
      for (let i = from; i < to; i++) parse(docs[i]);
      const t = globalThis.__stages[name];
      for (const f of fns) {
        tally[name][f] += t[f];
        const b = (best[name][c] ??= {});
        b[f] = Math.min(b[f] ?? Infinity, t[f]);
      }
    };
    if (k % 2) {
      run("B", B);
      run("A", A);
    } else {
      run("A", A);
      run("B", B);
    }
  }
  const { A: ta, B: tb } = tally;
  const sa = summed.reduce((n, f) => n + ta[f], 0);
  const sb = summed.reduce((n, f) => n + tb[f], 0);
  for (const f of fns) per[f].push(tb[f] / ta[f]);
  per.sum.push(sb / sa);
  for (const f of [...fns.filter((g) => g !== "parseReport")]) (norm[f] ??= []).push(rel(tb, f) / rel(ta, f));
  (norm.sum ??= []).push(summed.reduce((n, g) => n + rel(tb, g), 0) / summed.reduce((n, g) => n + rel(ta, g), 0));
  console.log(`round ${r + 1}: ` + fns.map((f) => `${f} ${ta[f].toFixed(0)}→${tb[f].toFixed(0)} ms ${(tb[f] / ta[f]).toFixed(3)}`).join("  ") + `  | sum ${sa.toFixed(0)}→${sb.toFixed(0)} ms ${(sb / sa).toFixed(3)}`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median of rounds, working/${label}, ${docs.length} posts, ${rounds} rounds: ` + [...fns, "sum"].map((f) => `${f} ${median(per[f]).toFixed(3)}`).join(", "));
console.log(`median of rounds, each stage against the rest of its own parse, working/${label}: ` + Object.entries(norm).map(([f, xs]) => `${f} ${median(xs).toFixed(3)}`).join(", "));
const bestOf = (name, f) => best[name].reduce((n, b) => n + b[f], 0);
const ba = summed.reduce((n, f) => n + bestOf("A", f), 0);
const bb = summed.reduce((n, f) => n + bestOf("B", f), 0);
console.log(`best of rounds per chunk of 50, working/${label}: ` + fns.map((f) => `${f} ${bestOf("A", f).toFixed(0)}→${bestOf("B", f).toFixed(0)} ms ${(bestOf("B", f) / bestOf("A", f)).toFixed(3)}`).join(", ") + `; sum of ${summed.join("+")} ${ba.toFixed(0)}→${bb.toFixed(0)} ms ${(bb / ba).toFixed(3)}`);
