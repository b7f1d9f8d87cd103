/**
 * Prove every registered pattern free of super-linear backtracking with recheck.
 * Patterns register themselves through `named()` (src/text/rx.ts) when their module loads;
 * importing the public entry point loads every recogniser.
 */
import { describe, expect, test } from "vitest";
import { check } from "recheck";
import "../../src/index.js";
import { registry } from "../../src/text/rx.js";

export function redosShard(shard: number, of: number): void {
  const mine = registry.filter((_, i) => i % of === shard);
  describe(`recheck: patterns ${shard + 1}/${of}`, () => {
    test("the registry is not empty", () => expect(registry.length).toBeGreaterThan(0));
    test.each(mine.map((p) => [p.name, p.re] as const))("%s is safe", async (_name, re) => {
      const flags = re.flags.replace(/[gy]/g, "");
      const r = await check(re.source, flags, { randomSeed: 42 });
      const attack = r.status === "vulnerable" ? ` (${r.complexity.summary}; attack ${JSON.stringify(r.attack.string.slice(0, 60))})` : "";
      expect(r.status + attack).toBe("safe");
    }, 60_000);
  });
}
