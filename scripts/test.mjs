#!/usr/bin/env node
// `npm test`: the type check and the test run side by side, and the run fails if either does.
//
// The type check (tsc --noEmit over src, test, scripts) is one single-threaded process of about
// 18 s of CPU; run before vitest it left the second core idle for all that time. Run beside it,
// the two share the cores. It runs in tsc's build mode (`tsc -b`) on a config kept under
// node_modules/.cache/baocao that extends tsconfig.json with an incremental build info beside it:
// when no input file, tsconfig.json nor the installed packages changed since a check that passed,
// tsc says "up to date" after reading that build info (~0.7 s of CPU, where the plain incremental
// check still parsed and bound all 850 files: ~7 s); a change rechecks only what it touches, a
// check that found errors is redone and reports them again, and a clean clone pays the full check
// once. Extra arguments go to vitest (`npm test -- test/money.test.ts`).
//
// tsc's output is held back and printed after vitest's, so the two never interleave.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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

// tsc -b takes no --tsBuildInfoFile, so the build info's place is in a config of its own. It is
// written only when its text changes: a newer config would make every check out of date.
const checkConfig = join(cache, "tsconfig.check.json");
const buildInfo = join(cache, "check.tsbuildinfo");
const configText = `${JSON.stringify({ extends: "../../../tsconfig.json", compilerOptions: { incremental: true, tsBuildInfoFile: "./check.tsbuildinfo" } }, null, 2)}\n`;
if (!existsSync(checkConfig) || readFileSync(checkConfig, "utf8") !== configText) writeFileSync(checkConfig, configText);
// Build mode looks only at the project's own files: after an install (npm writes
// node_modules/.package-lock.json) the packages' declarations may differ, so check everything again.
const installed = join(root, "node_modules", ".package-lock.json");
if (existsSync(buildInfo) && existsSync(installed) && statSync(installed).mtimeMs > statSync(buildInfo).mtimeMs) rmSync(buildInfo);

const started = Date.now();
const tsc = run([tscBin, "-b", checkConfig], { capture: true });
const vitest = run([vitestBin, "run", ...process.argv.slice(2)], { capture: false });

const [t, v] = await Promise.all([tsc, vitest]);
const secs = ((Date.now() - started) / 1000).toFixed(1);
if (t.code !== 0) {
  process.stdout.write(`\n type check (tsc -b, no emit): type errors\n\n${t.out}\n`);
} else {
  process.stdout.write(` Types      type check (tsc -b, no emit): no errors\n`);
}
process.stdout.write(` Total      ${secs}s (type check and tests side by side)\n`);
if (process.exitCode === undefined) process.exitCode = t.code !== 0 ? t.code : v.code;
