#!/usr/bin/env node
// `npm test`: the type check and the test run side by side, and the run fails if either does.
//
// The type check (src, test and scripts, no emit: scripts/typecheck.mjs) is one single-threaded
// process; run before vitest it left the second core idle for all that time. Run beside it, the
// two share the cores. It runs in tsc's build mode with its build info under
// node_modules/.cache/baocao: when nothing changed since a check that passed it says "up to date"
// after reading that build info (~0.7 s of CPU); and when `npm run build` (which `npm ci` runs)
// is up to date with src/, it checks test/ and scripts/ against the declarations that build left
// instead of checking src/ again (on a clean clone, about two thirds of the whole check's CPU).
// Extra arguments go to vitest (`npm test -- test/money.test.ts`).
//
// The type check's output is held back and printed after vitest's, so the two never interleave.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const vitestBin = join(dirname(require.resolve("vitest/package.json")), "vitest.mjs");

const children = new Set();
function run(args, { capture }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    children.add(child);
    let out = "";
    if (capture) {
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
    }
    child.on("error", (err) => {
      children.delete(child);
      resolve({ code: 1, out: `${out}${err.message}\n` });
    });
    child.on("close", (code, signal) => {
      children.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), out });
    });
  });
}

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    for (const c of children) c.kill(sig);
    process.exitCode = sig === "SIGINT" ? 130 : 143;
  });
}

const started = Date.now();
let tscSecs = "";
const tsc = run([join(root, "scripts", "typecheck.mjs")], { capture: true }).then((r) => {
  tscSecs = ((Date.now() - started) / 1000).toFixed(1);
  return r;
});
const vitest = run([vitestBin, "run", ...process.argv.slice(2)], { capture: false });

const [t, v] = await Promise.all([tsc, vitest]);
const secs = ((Date.now() - started) / 1000).toFixed(1);
// its first line says which check ran (scripts/typecheck.mjs)
const [what, ...rest] = t.out.split("\n");
if (t.code !== 0) {
  process.stdout.write(`\n type check (tsc build mode, no emit, ${tscSecs}s): type errors: ${what}\n\n${rest.join("\n")}\n`);
} else {
  process.stdout.write(` Types      type check (tsc build mode, no emit, ${tscSecs}s): no errors: ${what}\n`);
}
process.stdout.write(` Total      ${secs}s (type check and tests side by side)\n`);
if (process.exitCode === undefined) process.exitCode = t.code !== 0 ? t.code : v.code;
