import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    // The recheck proofs (test/redos-*.test.ts) mostly wait on recheck's own process: four
    // workers let the four shards run side by side even on a two-core machine.
    maxWorkers: 4,
    // Every report a test makes is checked against the Zod schema, and a failure throws
    // (parseReport does not validate by default: see ParseOptions.validate).
    env: { BAOCAO_VALIDATE: "throw" },
  },
});
