import { defineConfig } from "vitest/config";
import { HeavyFirst } from "./test/helpers/sequencer.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI bundled once for the end-to-end tests (they spawn node on it).
    globalSetup: ["test/helpers/build-cli.ts"],
    // Property tests from a fixed seed (FC_SEED=<n> to explore).
    setupFiles: ["test/helpers/setup.ts"],
    // No test depends on the clock: these are hang guards only, far above what any test needs
    // on a loaded two-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two workers for a two-core machine; more only adds contention.
    maxWorkers: 2,
    // V8's garbage collector in each test worker's own thread, not helped by parallel threads:
    // with two workers (and the pools' threads) on two cores the helpers only contend, and their
    // hand-offs cost CPU. Measured in turns at load 12-20 on six of the heaviest files: user+sys
    // 24.2-25.5 s against 26.0-27.2 s without. (The CLI processes the tests start are not given it.)
    execArgv: ["--single-threaded-gc"],
    // Test files share a worker's module cache: the recognisers are compiled once per worker, not
    // once per file (no test mutates module state).
    isolate: false,
    // Every report a test makes is checked against the Zod schema, and a failure throws
    // (parseReport does not validate by default: see ParseOptions.validate).
    env: { BAOCAO_VALIDATE: "throw" },
    // The slowest files start first even when there are no durations of a last run (a clean clone).
    sequence: { sequencer: HeavyFirst },
    // Transformed modules are kept on disk between runs (node_modules/.experimental-vitest-cache,
    // keyed by each file's content): a second run spends ~2.7 s of the main process's CPU instead
    // of ~6.4 s (measured at load ~10). VITEST_FS_CACHE=0 turns it off.
    experimental: { fsModuleCache: process.env.VITEST_FS_CACHE !== "0" },
  },
});
