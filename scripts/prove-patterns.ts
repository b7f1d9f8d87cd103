/**
 * Prove the registered patterns safe and record the proofs in test/redos-proofs.json
 * (`npm run prove-patterns`; see test/helpers/redos-proof.ts). Patterns already recorded are
 * not proven again (`--all` proves every one); records of patterns that no longer exist are
 * dropped. Exits 1 if any pattern is not proven safe (recording the ones that are). Also proves
 * the samples of the shapes built at run time (test/helpers/runtime-patterns.ts), and first
 * checks the static scan of test/redos-coverage.test.ts against the TypeScript parser.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { registry } from "../src/text/rx.js";
import { loadPatterns } from "../test/helpers/load-patterns.js";
import { proofKey, prove, type ProofCache } from "../test/helpers/redos-proof.js";
import { checkSites } from "../test/helpers/regex-sites-check.js";
import { RUNTIME } from "../test/helpers/runtime-patterns.js";
import { BOUNDED, type Bounded } from "../test/helpers/redos-bounded.js";

const attackOf = (b: Bounded) => JSON.stringify([b.prefix, b.pump, b.suffix ?? ""]);
const seed = readFileSync(new URL("../fixtures/seed.txt", import.meta.url), "utf8");

/**
 * CPU time of `re` on the attack (prefix + pump repeated + suffix, n units) over its time on n units of
 * ordinary report text, in turns in this one run, at the bound and at ten times it.
 */
function measureBounded(re: RegExp, b: Bounded): { ratio: number; ratio10: number } {
  const at = (n: number) => {
    const suffix = b.suffix ?? "";
    const attack = (b.prefix + b.pump.repeat(Math.ceil(n / b.pump.length))).slice(0, n - suffix.length) + suffix;
    const ordinary = seed.repeat(Math.ceil(n / seed.length) + 1).slice(0, n);
    // (the attack at ten times the bound can take a quadratic's time: few repetitions there)
    const reps = Math.max(1, Math.ceil(100_000 / n));
    const cpu = (s: string) => {
      const t = process.cpuUsage();
      for (let i = 0; i < reps; i++) {
        re.lastIndex = 0;
        re.exec(s);
      }
      const d = process.cpuUsage(t);
      return d.user + d.system;
    };
    let a = 0;
    let o = 0;
    for (let round = 0; round < 3; round++) {
      a += cpu(attack);
      o += cpu(ordinary);
    }
    return Math.round((a / Math.max(1, o)) * 10) / 10;
  };
  return { ratio: at(b.max), ratio10: at(10 * b.max) };
}

// the coverage test's static scan (test/redos-coverage.test.ts) must see what the parser sees
const differ = checkSites();
if (differ.length) {
  console.error(`the scan of test/helpers/regex-sites.ts differs from the TypeScript parser:\n${differ.join("\n")}`);
  process.exit(1);
}
await loadPatterns();
// the samples of the shapes built at run time (test/helpers/runtime-patterns.ts), proven as registered ones
const samples = RUNTIME.flatMap((r) => (r.samples ?? []).map((re, i) => ({ name: `runtime ${r.file} ${i + 1}`, re })));
const file = new URL("../test/redos-proofs.json", import.meta.url);
const all = process.argv.includes("--all");
const old: ProofCache = existsSync(file) && !all ? JSON.parse(readFileSync(file, "utf8")) : {};
const out: ProofCache = {};
let bad = 0;
let proven = 0;
for (const { name, re } of [...registry, ...samples]) {
  const key = proofKey(re);
  const known = old[key];
  if (known?.status === "safe") {
    out[key] = { ...known, name };
    continue;
  }
  const b = BOUNDED[name];
  if (b) {
    // not linear (recheck's attack): kept because its call sites bound its input; measured
    if (known?.status === "bounded" && known.max === b.max && known.attack === attackOf(b)) {
      out[key] = { ...known, name };
      continue;
    }
    const m = measureBounded(re, b);
    console.log(`${name}: bounded to ${b.max} units; attack/ordinary CPU ×${m.ratio} at ${b.max}, ×${m.ratio10} at ${10 * b.max}`);
    out[key] = { name, status: "bounded", method: "bounded input (call sites)", max: b.max, attack: attackOf(b), ...m };
    proven++;
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
// the proven ones are recorded even when some are not (a long run is not lost); the records of
// patterns that no longer exist are dropped
const sorted = Object.fromEntries(Object.entries(out).sort(([, a], [, b]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
writeFileSync(file, JSON.stringify(sorted, null, 1) + "\n");
const total = registry.length + samples.length;
const by = Object.values(sorted).reduce<Record<string, number>>((m, e) => ((m[e.method] = (m[e.method] ?? 0) + 1), m), {});
console.log(`${total} patterns: ${proven} proven now, ${total - proven - bad} already recorded → test/redos-proofs.json ${JSON.stringify(by)}`);
if (bad) {
  console.error(`${bad} of ${total} patterns not proven safe (the others are recorded)`);
  process.exit(1);
}
