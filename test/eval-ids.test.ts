import { describe, expect, test } from "vitest";
import { parseIdSpec, selectIds } from "../src/eval/ids.js";

const ids = ["d001", "d002", "d045", "d046", "d047", "d075", "doc9"];

describe("eval --ids", () => {
  test("a range selects the ids between its ends that the folder holds", () => {
    expect(selectIds(parseIdSpec("d046-d075"), ids)).toEqual(["d046", "d047", "d075"]);
  });
  test("a list selects exactly those ids, in folder order", () => {
    expect(selectIds(parseIdSpec("d047, d001"), ids)).toEqual(["d001", "d047"]);
  });
  test("ranges and ids mix; numbers compare by value, not by width", () => {
    expect(selectIds(parseIdSpec("d1-d2,doc9"), ids)).toEqual(["d001", "d002", "doc9"]);
  });
  test("an explicit id the folder lacks is an error; so is an empty selection", () => {
    expect(() => selectIds(parseIdSpec("d003"), ids)).toThrow(/d003/);
    expect(() => selectIds(parseIdSpec("d100-d200"), ids)).toThrow(/selects no document/);
  });
  test("malformed ranges are refused", () => {
    expect(() => parseIdSpec("d075-d046")).toThrow(/backwards/);
    expect(() => parseIdSpec("d001-x002")).toThrow(/same prefix/);
    expect(() => parseIdSpec(" , ")).toThrow(/no ids/);
  });
});

import { existsSync } from "node:fs";
import { evaluateGroups } from "../src/cli/eval.js";

const DEV = "../shared/corpus/dev";
describe.skipIf(!existsSync(DEV))("eval groups on the dev corpus (shared data, read only)", () => {
  // d070 scored without SOURCES.tsv, once for the two tests that read it
  let alone: ReturnType<typeof evaluateGroups>[number] | undefined;
  const d070Alone = () => (alone ??= evaluateGroups(DEV, ["d070"], { sources: false })[0]!);
  test("two groups are scored apart, and together they are the whole", () => {
    const [a, b] = evaluateGroups(DEV, ["d001-d003", "d004"]);
    const [all] = evaluateGroups(DEV, ["d001-d004"]);
    expect([a!.scores.documents, b!.scores.documents, all!.scores.documents]).toEqual([3, 1, 4]);
    expect(a!.scores.overall.gold + b!.scores.overall.gold).toBe(all!.scores.overall.gold);
  });
  test("a reference date reaches the parser: a day with no year in the text gets its year", () => {
    const plain = d070Alone().diffs[0]!;
    const withRef = evaluateGroups(DEV, ["d070"], { referenceDate: "2017" })[0]!.diffs[0]!;
    expect(plain.date?.predicted ?? null).toBeNull();
    expect(withRef.date).toBeUndefined(); // right: no difference to report
  });
  test("the folder's SOURCES.tsv gives each document its publication date, and the text alone is scored beside it", () => {
    const [g] = evaluateGroups(DEV, ["d070"]);
    expect(g!.diffs[0]!.date).toBeUndefined();
    expect(g!.reference).toMatchObject({ from: "SOURCES.tsv", documents: 1, date_text_alone: { right: 0, total: 1 } });
    expect(d070Alone().reference).toBeUndefined();
  });
});
