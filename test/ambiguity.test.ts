/**
 * The ambiguity prover (test/helpers/ambiguity.ts), the step of the ReDoS proof after recheck's
 * automaton: known super-linear patterns must come out "unsafe", known linear ones "safe".
 */
import { describe, expect, test } from "vitest";
import { ambiguity, startConstraint } from "./helpers/ambiguity.js";
import { proveByAmbiguity } from "./helpers/redos-proof.js";

const verdict = (source: string, flags = "u") => ambiguity(source, flags).status;

describe("ambiguity: super-linear backtracking is reported", () => {
  test("exponential (EDA): nested and overlapping loops", () => {
    expect(ambiguity("(a+)+$", "u")).toMatchObject({ status: "unsafe", detail: expect.stringMatching(/^EDA/) });
    expect(verdict("(a|a)*b")).toBe("unsafe");
    expect(verdict("^(\\d+)+x")).toBe("unsafe");
    expect(verdict("^(?:\\s|[ \\t])*x")).toBe("unsafe");
    // two ε-paths into the same character make two backtracking paths each iteration
    expect(ambiguity("^(?:(?:|)a)*b", "u")).toMatchObject({ status: "unsafe", detail: expect.stringMatching(/ε-paths/) });
  });

  test("polynomial (IDA): adjacent loops on the same characters", () => {
    expect(verdict("\\s*\\s*x")).toBe("unsafe");
    expect(verdict("^a*a*b")).toBe("unsafe");
    expect(verdict("^[a-z]*[0-9]*[a-z]*x")).toBe("unsafe");
    expect(verdict("^a+(?:b?a+)*c")).toBe("unsafe");
  });

  test("quadratic by the search loop: a loop reachable on its own characters from any start", () => {
    expect(verdict("a*a*b")).toBe("unsafe");
    expect(ambiguity("\\s+x", "u")).toMatchObject({ status: "unsafe", detail: expect.stringMatching(/^IDA: cycles on \[\^\]/) });
    expect(verdict("\\d+%")).toBe("unsafe");
    // bounded repetition is expanded, not trusted: 50 copies of a loop still overlap
    expect(verdict("^(?:a+){1,50}b")).toBe("unsafe");
  });

  test("intersections are exact: case folding and Unicode classes", () => {
    expect(ambiguity("^(?:A|a)*b", "i").status).toBe("unsafe");
    expect(ambiguity("^(?:A|a)*b", "").status).toBe("safe");
    expect(verdict("^(?:\\p{Lu}|[À-Ö])*x")).toBe("unsafe");
    expect(verdict("^(?:\\p{Lu}|[à-ö])*x")).toBe("safe");
  });
});

describe("ambiguity: linear patterns are proven", () => {
  test("anchored loops, word lists with \\s+ inside words, tries", () => {
    expect(verdict("^\\s+x")).toBe("safe");
    expect(verdict("(?:abc|abd)\\s+e")).toBe("safe");
    expect(verdict("(?:giáo\\s+dục|giáo\\s+viên|bảo\\s+vệ|bảo\\s+hiểm\\s+xã\\s+hội)(?:\\s+năm)?")).toBe("safe");
    expect(verdict("v(?:iện(?:\\s+kiểm\\s+sát)?|ăn\\s+phòng|ụ)")).toBe("safe");
    expect(verdict("^(?:a|ab)*c")).toBe("safe");
    expect(verdict("x(?:[ ,]{1,2}[a-z]{1,8}){0,5} y")).toBe("safe");
  });

  test("a look-behind that keeps a match from starting inside a run is used, soundly", () => {
    // Relaxed, ` *%` is quadratic on a run of spaces; `(?<! )` keeps it from starting inside one.
    expect(verdict(" *%")).toBe("unsafe");
    expect(proveByAmbiguity("(?<! ) *%", "u").safe).toBe(true);
    // Two characters of context: no start after a letter, nor after a letter and a hyphen.
    expect(proveByAmbiguity("\\p{L}(?<!\\p{L}-?[^])\\p{L}*-\\d", "u").safe).toBe(true);
    expect(proveByAmbiguity("\\p{L}(?<!\\p{L}[^])\\p{L}*-\\d", "u").safe).toBe(true);
    // A positive look-behind: a digit run is entered only after a letter.
    expect(proveByAmbiguity("\\d(?<=[a-z]\\d)\\d* *x", "u").safe).toBe(true);
    // ...but not one that does not reach back past the start, nor one the run can satisfy.
    expect(proveByAmbiguity("\\d(?<=\\d)\\d* *x", "u").safe).toBe(false);
    expect(proveByAmbiguity("(?<![a-z]) *%", "u").safe).toBe(false);
    expect(proveByAmbiguity("\\p{L}(?<!\\d[^])\\p{L}*-\\d", "u").safe).toBe(false);
    expect(startConstraint("a(?=b)c", "u")).toBeUndefined();
  });
});
