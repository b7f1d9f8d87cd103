/**
 * The modules a built module loads, by its static imports (as emitted by tsc into dist/: the
 * imports used only as types are gone), and the packages it names. scripts/bench-sides.mjs
 * --modules lists the same by module hooks, as node loads them.
 *
 *   modulesOf(join(root, "dist"), ["report/sides.js"])   → ["report/sides.js", …]
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** An import or re-export statement at the start of a line: `import … from "x";`, `export … from "x";`, `import "x";`. */
const STATIC = /^(?:import|export)\s(?:[^;()"'=`]*?\sfrom\s*)?"([^"]+)";/gm;

/** The modules (paths under `dir`) and packages ("pkg:name") that the entries load, sorted. */
export function modulesOf(dir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(STATIC)) {
      const spec = m[1]!;
      if (spec.startsWith(".")) walk(resolve(dirname(file), spec));
      else seen.add(`pkg:${spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]}`);
    }
  };
  for (const e of entries) walk(join(dir, e));
  return [...seen].map((f) => (f.startsWith("pkg:") ? f : relative(dir, f))).sort();
}
