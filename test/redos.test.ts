/**
 * Every registered pattern has a recorded proof that it is free of super-linear backtracking
 * (test/helpers/redos-proof.ts). Patterns register themselves through `named()` when their
 * module loads; test/helpers/load-patterns.ts loads every module that has one (the public entry
 * point, and the CLI's, server's and evaluation's modules outside its graph). The test runs no
 * checker: a new or changed pattern fails here until `npm run prove-patterns` proves it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";
import { registry } from "../src/text/rx.js";
import { loadPatterns } from "./helpers/load-patterns.js";
import { BOUNDED } from "./helpers/redos-bounded.js";
import { proofKey, proofParts, prove, type ProofCache } from "./helpers/redos-proof.js";

await loadPatterns();
const proofs: ProofCache = JSON.parse(readFileSync(new URL("./redos-proofs.json", import.meta.url), "utf8"));

describe("ReDoS: every pattern is proven", () => {
  test("the registry is not empty", () => {
    expect(registry.length).toBeGreaterThan(50);
  });

  test("every registered pattern has a recorded proof (else run `npm run prove-patterns`)", () => {
    const proven = (p: { name: string; re: RegExp }) => {
      const r = proofs[proofKey(p.re)];
      return r?.status === "safe" || (r?.status === "bounded" && p.name in BOUNDED);
    };
    expect(registry.filter((p) => !proven(p)).map((p) => p.name)).toEqual([]);
  });

  test("named() is called at load only: parsing reports registers nothing more (no per-call work)", () => {
    const before = registry.length;
    parseReport(readFileSync(new URL("../fixtures/seed.txt", import.meta.url), "utf8"));
    parseReport("Năm 2023, doanh thu đạt 3,2 tỷ đồng, tăng 12% so với năm 2022; trong đó 80 giáo viên, chiếm 45%.");
    expect(registry.length).toBe(before);
  });

  test("a pattern is recorded bounded only while listed in test/helpers/redos-bounded.ts, with its bound", () => {
    const bounded = registry.filter((p) => proofs[proofKey(p.re)]?.status === "bounded");
    for (const p of bounded) expect(proofs[proofKey(p.re)]!.max, p.name).toBe(BOUNDED[p.name]?.max);
    expect(bounded.length).toBeLessThanOrEqual(Object.keys(BOUNDED).length);
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
