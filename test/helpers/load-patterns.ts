/**
 * Load every module that registers patterns with `named()` (src/text/named.ts): the public entry
 * point, which loads every recogniser, and the modules outside its import graph (the CLI's,
 * the server's, the evaluation's) whose source calls `named(`. Used by test/redos.test.ts and
 * scripts/prove-patterns.ts, so that a pattern in any module under src/ is proven.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** Every .ts file under src/, relative to it ("relate/share.ts"), sorted. */
export function sourceFiles(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => f.split("\\").join("/"))
    .sort();
}

export async function loadPatterns(): Promise<void> {
  await import("../../src/index.js");
  for (const f of sourceFiles()) {
    if (readFileSync(join(SRC, f), "utf8").includes("named(\"")) await import(pathToFileURL(join(SRC, f)).href);
  }
}
