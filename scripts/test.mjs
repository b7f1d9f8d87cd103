#!/usr/bin/env node
// `npm test`: the type check and the test run side by side, and the run fails if either does.
//
// The type check (tsc --noEmit over src, test, scripts) is one single-threaded process of about
// 18 s of CPU; run before vitest it left the second core idle for all that time. Run beside it,
// the two share the cores. tsc is incremental: its build info is kept under
// node_modules/.cache/baocao, so a second run checks only what changed (a clean clone pays the full
// check once). Extra arguments go to vitest (`npm test -- test/money.test.ts`).
//
// tsc's output is held back and printed after vitest's, so the two never interleave.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
const cache = join(root, "node_modules", ".cache", "baocao");
mkdirSync(cache, { recursive: true });

const tscBin = require.resolve("typescript/bin/tsc");
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
const tsc = run([tscBin, "--noEmit", "-p", ".", "--incremental", "--tsBuildInfoFile", join(cache, "tsc.tsbuildinfo")], {
  capture: true,
});
const vitest = run([vitestBin, "run", ...process.argv.slice(2)], { capture: false });

const [t, v] = await Promise.all([tsc, vitest]);
const secs = ((Date.now() - started) / 1000).toFixed(1);
if (t.code !== 0) {
  process.stdout.write(`\n tsc --noEmit: type errors\n\n${t.out}\n`);
} else {
  process.stdout.write(` Types      tsc --noEmit: no errors\n`);
}
process.stdout.write(` Total      ${secs}s (type check and tests side by side)\n`);
if (process.exitCode === undefined) process.exitCode = t.code !== 0 ? t.code : v.code;
