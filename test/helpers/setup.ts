/**
 * Vitest setup for every test file: property tests (fast-check) run from a fixed seed, so a run
 * is the same on every machine and every time. Explore other inputs with FC_SEED=<n> npm test.
 */
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_206) });
