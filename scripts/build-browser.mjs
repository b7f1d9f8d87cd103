#!/usr/bin/env node
// baocao in the browser (issue 15). `baocao/browser` is dist/browser.js, tsc's ES module like
// the rest of the package (no Node module in what it imports; a bundler takes it from there).
// This script makes what a page needs without a bundler: src/browser.ts bundled with esbuild,
// zod inside, minified, as a classic script that sets window.baocao — site/baocao.js, next to
// site/index.html, which opened from file:// could not load a module script. It prints the
// sizes of that script and of the same bundle as an ES module (what `baocao/browser` weighs in
// an app). Platform "browser": a Node module anywhere in the graph fails the build.
//
//   node scripts/build-browser.mjs [--out FILE]     (default site/baocao.js)
import { build } from "esbuild";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const i = process.argv.indexOf("--out");
const out = resolve(i >= 0 ? process.argv[i + 1] : join(root, "site", "baocao.js"));
const common = { entryPoints: [join(root, "src/browser.ts")], bundle: true, platform: "browser", target: "es2020", minify: true, legalComments: "none", logLevel: "error", write: false };
const size = (b) => `${b.length} bytes, ${gzipSync(b, { level: 9 }).length} gzipped`;
const [iife, esm] = await Promise.all([build({ ...common, format: "iife", globalName: "baocao" }), build({ ...common, format: "esm" })]);
const code = iife.outputFiles[0].contents;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, code);
console.log(`${out.startsWith(root) ? out.slice(root.length + 1) : out} (classic script): ${size(code)}`);
console.log(`baocao/browser as one ES module: ${size(esm.outputFiles[0].contents)}`);
