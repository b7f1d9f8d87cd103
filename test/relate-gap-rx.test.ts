/**
 * Two gap tests of the relation code had overlapping loops on spaces (quadratic on a long run of
 * them: "Năm 2023 có 5 người" + 40,000 spaces + "x gấp 3 lần năm 2020." took 2.2 s). Their rewrites
 * are proven linear by the ambiguity prover (backtracking steps, not wall time), match the same
 * strings as before on the shapes they are used for, and the hostile shape still reads the same.
 */
import { describe, expect, test } from "vitest";
import { parseReport } from "../src/index.js";
import { registry } from "../src/text/rx.js";
import { ambiguity } from "./helpers/ambiguity.js";

const OLD = {
  "relate.multiple-gap": /^\s*(?:năm\s+\d{4}\s*)?[\s(,]*(?:tức\s+|tương\s+đương\s+|tăng\s+|bằng\s+)?$/u,
  "relate.pair-to-cue": /^[^,;:]*,?\s*\(?\s*$/u,
};
const SAMPLES = ["", " ", "  ", " (", " , ", ", (", ",  (  ", " năm 2023 ", " năm 2023, ", " năm 2023 (tức ", " (tương đương ", ", tăng ", " bằng ", "x", " x ", " đối tượng ", " đối tượng, (", " đối tượng; ", ",,", " năm 20233 ", "( năm 2023 ", ": ", " ( ( , "];

describe("gap tests of the relation code: linear, and the same strings", () => {
  for (const [name, old] of Object.entries(OLD)) {
    const re = registry.find((p) => p.name === name)?.re;
    test(`${name}: the old one is super-linear, the new one proven linear`, () => {
      expect(re).toBeDefined();
      expect(ambiguity(old.source, old.flags).status).toBe("unsafe");
      expect(ambiguity(re!.source, re!.flags).status).toBe("safe");
    });
    test(`${name}: the same answer as the old one`, () => {
      for (const s of SAMPLES) expect([s, re!.test(s)]).toEqual([s, old.test(s)]);
    });
  }

  test("a long run of spaces between a figure and 'gấp N lần': still tied, and not tied with a word between", () => {
    const spaces = " ".repeat(40_000);
    const tied = parseReport(`Năm 2023 có 15 người${spaces}gấp 3 lần năm 2020.`).relations.filter((r) => r.kind === "growth");
    expect(tied.map((r) => r.members.map((m) => `${m.role}=${m.value}`))).toEqual([["value=15", "multiple=3"]]);
    expect(parseReport(`Năm 2023 có 15 người${spaces}x gấp 3 lần năm 2020.`).relations.filter((r) => r.kind === "growth")).toEqual([]);
  });
});
