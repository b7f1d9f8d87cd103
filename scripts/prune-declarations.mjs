// Keep in dist/ only the declarations the public entry reaches (index.d.ts and what it imports):
// the package ships the types of its API, not of every internal module or of the command line.
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");
const ROOTS = ["index.d.ts", "browser.d.ts"];
const SPECIFIER = /(?:from\s+|import\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g;

const keep = new Set();
const todo = ROOTS.map((r) => join(dist, r));
while (todo.length) {
  const file = todo.pop();
  if (keep.has(file) || !existsSync(file)) continue;
  keep.add(file);
  for (const m of readFileSync(file, "utf8").matchAll(SPECIFIER)) todo.push(resolve(dirname(file), m[1].replace(/\.js$/, ".d.ts")));
}
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const f of walk(dist)) if (f.endsWith(".d.ts") && !keep.has(f)) rmSync(f);
