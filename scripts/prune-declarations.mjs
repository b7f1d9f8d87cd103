// Put in dist/ only the declarations the public entry reaches (index.d.ts and what it imports):
// the package ships the types of its API, not of every internal module or of the command line.
// tsc writes the declarations of every module to node_modules/.cache/baocao/types
// (tsconfig.build.json's declarationDir), where npm test's type check reads them
// (scripts/typecheck.mjs); the ones reached from the entries are copied from there.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const types = join(root, "node_modules", ".cache", "baocao", "types");
const ROOTS = ["index.d.ts", "browser.d.ts"];
const SPECIFIER = /(?:from\s+|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g;

const keep = new Set();
const todo = ROOTS.map((r) => join(types, r));
while (todo.length) {
  const file = todo.pop();
  if (keep.has(file) || !existsSync(file)) continue;
  keep.add(file);
  for (const m of readFileSync(file, "utf8").matchAll(SPECIFIER)) todo.push(resolve(dirname(file), m[1].replace(/\.js$/, ".d.ts")));
}
for (const f of keep) {
  const to = join(dist, relative(types, f));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(f, to);
}
