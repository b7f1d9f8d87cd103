/**
 * The order test files are handed to the two workers. Vitest's own order runs the longest file of
 * the last run first (its durations are kept under node_modules/.vite); a file it has no duration
 * for goes by size, so on a clean clone (CI, or after `npm ci`) the heaviest files — a browser, a
 * server, spawned processes — could start last and leave one worker running alone at the end.
 *
 * Here, when any file has no duration from a last run, the files that cost the most CPU go first,
 * in this order (the slowest files measured at load ~8); the rest keep vitest's order.
 */
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

export const HEAVY = [
  "test/browser.test.ts",
  "test/cli-pair.test.ts",
  "test/hand-over.test.ts",
  "test/server.test.ts",
  "test/cli-pair-output.test.ts",
  "test/cli-faults.test.ts",
  "test/cli.test.ts",
  "test/batch.test.ts",
  "test/json-schema.test.ts",
  "test/cli-pool.test.ts",
  "test/cli-signals.test.ts",
  "test/cli-stages-default.test.ts",
  "test/cli-lazy.test.ts",
  "test/stages.test.ts",
  "test/properties.test.ts",
  "test/people-scans.test.ts",
  "test/package.test.ts",
  "test/summary.test.ts",
];

export class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const key = (f: TestSpecification) => relative(root, f.moduleId).split("\\").join("/");
    if (sorted.every((f) => this.ctx.cache.getFileTestResults(`${f.project.name}:${key(f)}`))) return sorted;
    const rank = (f: TestSpecification) => {
      const i = HEAVY.indexOf(key(f));
      return i < 0 ? HEAVY.length : i;
    };
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
