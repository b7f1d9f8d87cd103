/**
 * `expect(a).toBe(b)` and `expect(a).toEqual(b)` for the loops that compare a scan with its
 * reference reading at every position of a text, or in every run of a property (tens of thousands
 * of calls in a file). Each `expect(…)` builds vitest's assertion object (chai's proxies, flags,
 * the matcher's context), which costs far more than the comparison it makes: measured with
 * --cpu-prof over the whole suite, ~8 s of the test workers' CPU was @vitest/expect and chai.
 *
 * These compare first, cheaply, and call the very same expect only when the values differ: a test
 * fails exactly when the expect would have failed, with vitest's own message and diff, and
 * fast-check shrinks the counterexample as before.
 *
 *   expectIs(a, b)     ≡ expect(a).toBe(b)      (Object.is, which is what toBe tests)
 *   expectEqual(a, b)  ≡ expect(a).toEqual(b)   (util.isDeepStrictEqual first: it is stricter than
 *                                                toEqual — prototypes, undefined keys, -0 — so when
 *                                                it says equal, toEqual passes too; when it does
 *                                                not, toEqual decides)
 */
import { isDeepStrictEqual } from "node:util";
import { expect } from "vitest";

export function expectIs(actual: unknown, expected: unknown, message?: string): void {
  if (!Object.is(actual, expected)) expect(actual, message).toBe(expected);
}

export function expectEqual(actual: unknown, expected: unknown, message?: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, message).toEqual(expected);
}
