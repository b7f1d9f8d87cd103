#!/usr/bin/env node
// parseReports against parseReport, by the number of texts per call (issue 14): the best CPU time
// per text over the rounds, each size taking turns with the others (the order flips each round),
// on the archive's titles, on 2 MB of archive text cut into 1 KB texts, or on the posts as they are.
// A call of N ≤ CHUNK texts is one chunk (report/batch.ts), so this is how CHUNK was chosen.
//
//   npm run build && nice -n 10 node scripts/bench-batch.mjs [titles|1k|posts] [--limit 3000] [--sizes 1,8,16,32] [--rounds 5]
//   titles 3000 texts; best CPU µs per text: 1: 48.5 (1.000)  8: 38.3 (0.790)  16: 30.8 (0.636)  32: 29.2 (0.602)
//
// Measured 2026-12-06 (load 5–7 on the 2-core machine), CPU per text against parseReport's:
//   titles (54 chars): 8: 0.79, 16: 0.64, 32: 0.60–0.76;  1 KB: 8: 0.83, 16: 0.76, 32: 0.74–0.79;
//   posts (2.6 KB mean): 8: 0.95, 16: 0.92, 32: 0.86–0.89. With CHUNK raised in a patched build:
//   64: 0.76 / 0.72 / 0.87, 128: 0.71 / 0.73 / 0.96 — no better than 32 beyond the noise.
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { archiveStream, cutEvery } from "./lib/texts.mjs";
import { argv } from "./lib/args.mjs";
import { archiveOrSkip, readArchive } from "./lib/archive.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { value, positional } = argv();
const which = positional("titles");
const limit = Number(value("--limit") ?? 3000);
const rounds = Number(value("--rounds") ?? 5);
const sizes = (value("--sizes") ?? "1,8,16,32").split(",").map(Number);
const archive = archiveOrSkip("bench-batch");
const dist = resolve(root, process.env.BAOCAO_DIST ?? "dist");
const { parseReport, parseReports } = await import(pathToFileURL(join(dist, "index.js")).href);

const posts = await readArchive(archive, limit);
const texts =
  which === "titles" ? posts.map((p) => p.title ?? "").filter((t) => t.trim()) : which === "1k" ? cutEvery(archiveStream(posts.map((p) => p.text)), 1024) : posts.map((p) => p.text);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
/** CPU ms for all the texts, n a call (1: parseReport, text by text). */
function run(n) {
  const t = cpu();
  if (n === 1) for (const x of texts) parseReport(x);
  else for (let i = 0; i < texts.length; i += n) parseReports(texts.slice(i, i + n));
  return cpu() - t;
}
for (const n of sizes) run(n); // warm up
const best = new Map(sizes.map((n) => [n, Infinity]));
for (let r = 0; r < rounds; r++) for (const n of r % 2 ? [...sizes].reverse() : sizes) best.set(n, Math.min(best.get(n), run(n)));
const base = best.get(sizes[0]);
console.log(`${which} ${texts.length} texts; best CPU µs per text: ${sizes.map((n) => `${n}: ${((best.get(n) * 1000) / texts.length).toFixed(1)} (${(best.get(n) / base).toFixed(3)})`).join("  ")}`);
