/**
 * Vitest global setup: bundle the CLI once (esbuild, as tsup does for dist/) so end-to-end tests
 * spawn plain `node` on JavaScript instead of compiling TypeScript in every child process.
 * The bundle goes under node_modules/.cache so it resolves the project's dependencies.
 */
import { build } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject): Promise<() => void> {
  const root = resolve(import.meta.dirname, "../..");
  const outdir = join(root, "node_modules", ".cache", "baocao-test", String(process.pid));
  mkdirSync(outdir, { recursive: true });
  await build({
    // (process and lazy: for test/cli-lazy.test.ts, which loads them in a fresh thread; with
    // splitting, the module they share is one chunk, so both see the same lazy.ts state)
    entryPoints: {
      cli: join(root, "src/cli/main.ts"),
      worker: join(root, "src/cli/worker.ts"),
      "stage-worker": join(root, "src/cli/stage-worker.ts"),
      "parse-worker": join(root, "src/server/parse-worker.ts"),
      process: join(root, "src/cli/process.ts"),
      lazy: join(root, "src/cli/lazy.ts"),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".js" },
    logLevel: "error",
  });
  project.provide("cli", join(outdir, "cli.js"));
  return () => rmSync(outdir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    cli: string;
  }
}
