#!/usr/bin/env node
// Score the consistency checks on ../shared/corpus/checks as its README says: a bad case is
// right with at least one `error` finding, a good case with none. Per family, then in total.
//
//   npm run build && node scripts/score-checks.mjs            # the table
//   node scripts/score-checks.mjs --wrong                     # and every wrong case, with its findings
//   node scripts/score-checks.mjs --dir other/checks          # another set of the same shape
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const di = args.indexOf("--dir");
const dir = di >= 0 ? args[di + 1] : join(root, "..", "shared", "corpus", "checks");
const showWrong = args.includes("--wrong");
if (!existsSync(join(dir, "cases.tsv"))) {
  console.error(`no ${join(dir, "cases.tsv")}`);
  process.exit(2);
}
const { parseReport } = await import(pathToFileURL(join(root, process.env.BAOCAO_DIST ?? "dist", "index.js")).href);

const rows = readFileSync(join(dir, "cases.tsv"), "utf8").trim().split("\n").slice(1).map((l) => l.split("\t"));
const fam = new Map();
const wrong = [];
for (const [file, expect, family, why] of rows) {
  const text = readFileSync(join(dir, file), "utf8");
  const r = parseReport(text, { id: file.replace(/\.txt$/, "") });
  const errors = r.findings.filter((f) => f.severity === "error");
  const ok = expect === "error" ? errors.length >= 1 : errors.length === 0;
  const k = fam.get(family) ?? { bad: [0, 0], good: [0, 0] };
  const slot = expect === "error" ? k.bad : k.good;
  slot[0] += ok ? 1 : 0;
  slot[1] += 1;
  fam.set(family, k);
  if (!ok) wrong.push({ file, expect, why, findings: r.findings.filter((f) => f.severity !== "info").map((f) => `${f.severity} ${f.rule}: ${f.message.en}`) });
}
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad("family", 12)} ${pad("bad (≥1 error)", 16)} ${pad("good (0 errors)", 16)}`);
const tot = { bad: [0, 0], good: [0, 0] };
for (const [f, k] of [...fam].sort()) {
  console.log(`${pad(f, 12)} ${pad(`${k.bad[0]}/${k.bad[1]}`, 16)} ${pad(`${k.good[0]}/${k.good[1]}`, 16)}`);
  for (const s of ["bad", "good"]) for (const i of [0, 1]) tot[s][i] += k[s][i];
}
console.log(`${pad("total", 12)} ${pad(`${tot.bad[0]}/${tot.bad[1]}`, 16)} ${pad(`${tot.good[0]}/${tot.good[1]}`, 16)}`);
if (showWrong)
  for (const w of wrong) {
    console.log(`\n✗ ${w.file} (${w.expect}) — ${w.why}`);
    for (const f of w.findings) console.log(`    ${f}`);
  }
