/**
 * Every registered pattern has a recorded proof that it is free of super-linear backtracking
 * (test/helpers/redos-proof.ts). Patterns register themselves through `named()` when their
 * module loads; test/helpers/load-patterns.ts loads every module that has one (the public entry
 * point, and the CLI's, server's and evaluation's modules outside its graph). The test runs no
 * checker: a new or changed pattern fails here until `npm run prove-patterns` proves it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { registry } from "../src/text/rx.js";
import { loadPatterns } from "./helpers/load-patterns.js";
import { proofKey, proofParts, prove, type ProofCache } from "./helpers/redos-proof.js";

await loadPatterns();
const proofs: ProofCache = JSON.parse(readFileSync(new URL("./redos-proofs.json", import.meta.url), "utf8"));

describe("ReDoS: every pattern is proven", () => {
  test("the registry is not empty", () => {
    expect(registry.length).toBeGreaterThan(50);
  });

  test("every registered pattern has a recorded proof (else run `npm run prove-patterns`)", () => {
    const unproven = registry.filter((p) => proofs[proofKey(p.re)]?.status !== "safe").map((p) => p.name);
    expect(unproven).toEqual([]);
  });
});

describe("the proof", () => {
  test("look-around is relaxed: bounded bodies dropped, unbounded ones proven anchored on their own", () => {
    expect(proofParts("(?<![a-z])x+(?=y)", "u").map((p) => p.source)).toEqual(["x+"]);
    expect(proofParts("a(?=\\s*b)c", "u").map((p) => p.source)).toEqual(["ac", "^(?:\\s*b)"]);
    expect(proofParts("(?!(?=q*)r)s", "u").map((p) => p.source)).toEqual(["s", "^(?:r)", "^(?:q*)"]);
  });

  test("the key changes with the pattern and its flags, not with g or y", () => {
    expect(proofKey(/a+b/gu)).toBe(proofKey(/a+b/u));
    expect(proofKey(/a+b/u)).not.toBe(proofKey(/a+c/u));
    expect(proofKey(/a+b/u)).not.toBe(proofKey(/a+b/iu));
  });

  test("vulnerable patterns are caught, a safe one is proven", async () => {
    expect((await prove(/(a|a)*$/u)).status).toBe("vulnerable");
    expect((await prove(/^(\d+)+x/u)).status).toBe("vulnerable");
    expect(await prove(/(?:\d+(?:[.,]\d{3})*)(?=%)/u)).toMatchObject({ status: "safe", method: "automaton, look-around relaxed" });
  }, 120_000);
});
