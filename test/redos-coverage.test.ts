/**
 * No regular expression under src/ skips the ReDoS proof (test/redos.test.ts): every pattern
 * built once, when its module loads (a regex literal, `new RegExp(…)` or rx`…` in a top-level
 * declaration, array or object), is registered with `named()`, which test/redos.test.ts asks a
 * recorded proof of; every RegExp built at run time from data (inside a function) is one of those
 * listed in test/helpers/runtime-patterns.ts, with why it is safe, and the samples of their shapes
 * are proven. The scan is static (test/helpers/regex-sites.ts: a tokenizer, tens of milliseconds
 * for the whole of src/; scripts/prove-patterns.ts checks it against the TypeScript parser).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sourceFiles, SRC } from "./helpers/load-patterns.js";
import { proofKey, type ProofCache } from "./helpers/redos-proof.js";
import { regexSites, type Site } from "./helpers/regex-sites.js";
import { RUNTIME } from "./helpers/runtime-patterns.js";

const proofs: ProofCache = JSON.parse(readFileSync(new URL("./redos-proofs.json", import.meta.url), "utf8"));
const sites: (Site & { file: string })[] = sourceFiles().flatMap((file) => regexSites(readFileSync(join(SRC, file), "utf8")).map((s) => ({ ...s, file })));
const where = (s: Site & { file: string }) => `${s.file}:${s.line} (${s.kind})`;

describe("ReDoS coverage: every pattern under src/ is proven", () => {
  test("the scan finds the patterns (a few hundred built at load, more in functions)", () => {
    expect(sites.filter((s) => s.scope === "module").length).toBeGreaterThan(400);
    expect(sites.filter((s) => s.scope === "call").length).toBeGreaterThan(400);
  });

  test("every pattern built when its module loads is registered with named() (then `npm run prove-patterns`)", () => {
    const unregistered = sites.filter((s) => s.scope === "module" && !s.named).map(where);
    expect(unregistered).toEqual([]);
  });

  test("every RegExp built at run time is listed in test/helpers/runtime-patterns.ts, with why it is safe", () => {
    const count = new Map<string, number>();
    for (const s of sites) if (s.scope === "call" && s.kind !== "literal") count.set(s.file, (count.get(s.file) ?? 0) + 1);
    expect(Object.fromEntries([...count].sort())).toEqual(Object.fromEntries(RUNTIME.map((r) => [r.file, r.count]).sort()));
  });

  test("the samples of the run-time shapes are proven (else run `npm run prove-patterns`)", () => {
    const unproven = RUNTIME.flatMap((r) => (r.samples ?? []).filter((re) => proofs[proofKey(re)]?.status !== "safe").map((re) => `${r.file}: ${re}`));
    expect(unproven).toEqual([]);
  });
});

describe("the scan", () => {
  const scope = (text: string) => regexSites(text).map((s) => `${s.kind} ${s.scope}${s.named ? " named" : ""} ${s.line}`);

  test("module level, registered or not; functions, arrows, methods, loops and class fields are per call", () => {
    const text = [
      `const A = /a+/u;`, // 1
      `const B = named("x.B", new RegExp(A.source + "b", "u"));`, // 2: one site, the literal inside is part of it
      `const C = [[/c/u, "c"], { d: rx\`d\${L}\` }];`, // 3
      `function f(x: string): { a: number; b: RegExp } | undefined {`, // 4
      `  return /e/.test(x) ? { a: 1, b: new RegExp(x) } : undefined;`, // 5
      `}`,
      `const g = (w: string) => /g/.test(w), h = /h/;`, // 7
      `for (const w of W) if (!/i/.test(w)) throw new Error(w);`, // 8
      `const j = (s: string) => s.length / 2 > 1 && /j/.test(s);`, // 9
      `class K { re = /k/; m(s: string): boolean { return /m/.test(s!) } }`, // 10
      `const T: (s: string) => boolean = named("t", /t/).test;`, // 11
      `const U = \`\${/u/.source}\`; // not /a regex/`, // 12
    ].join("\n");
    expect(scope(text)).toEqual([
      "literal module 1",
      "RegExp module named 2",
      "literal module 3",
      "rx module 3",
      "literal call 5",
      "RegExp call 5",
      "literal call 7",
      "literal module 7",
      "literal call 8",
      "literal call 9",
      "literal call 10",
      "literal call 10",
      "literal module named 11",
      "literal module 12",
    ]);
  });

  test("a literal's pattern and flags", () => {
    const [s] = regexSites(`const X = /[/\\]]a\\/b/gu;`);
    expect([s!.source, s!.flags]).toEqual(["[/\\]]a\\/b", "gu"]);
  });
});
