/**
 * Prove the registered patterns safe and record the proofs in test/redos-proofs.json
 * (`npm run prove-patterns`; see test/helpers/redos-proof.ts). Patterns already recorded are
 * not proven again (`--all` proves every one); records of patterns that no longer exist are
 * dropped. Exits 1, writing nothing, if any pattern is not proven safe.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import "../src/index.js";
import { registry } from "../src/text/rx.js";
import { proofKey, prove, type ProofCache } from "../test/helpers/redos-proof.js";

const file = new URL("../test/redos-proofs.json", import.meta.url);
const all = process.argv.includes("--all");
const old: ProofCache = existsSync(file) && !all ? JSON.parse(readFileSync(file, "utf8")) : {};
const out: ProofCache = {};
let bad = 0;
let proven = 0;
for (const { name, re } of registry) {
  const key = proofKey(re);
  const known = old[key];
  if (known?.status === "safe") {
    out[key] = { ...known, name };
    continue;
  }
  const v = await prove(re);
  if (v.status !== "safe" || !v.method) {
    bad++;
    console.error(`${name}: ${v.status} ${v.detail ?? ""}`);
    continue;
  }
  proven++;
  console.log(`${name}: safe (${v.method})`);
  out[key] = { name, status: "safe", method: v.method };
}
if (bad) {
  console.error(`${bad} of ${registry.length} patterns not proven safe; test/redos-proofs.json unchanged`);
  process.exit(1);
}
const sorted = Object.fromEntries(Object.entries(out).sort(([, a], [, b]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
writeFileSync(file, JSON.stringify(sorted, null, 1) + "\n");
const by = Object.values(sorted).reduce<Record<string, number>>((m, e) => ((m[e.method] = (m[e.method] ?? 0) + 1), m), {});
console.log(`${registry.length} patterns: ${proven} proven now, ${registry.length - proven} already recorded → test/redos-proofs.json ${JSON.stringify(by)}`);
