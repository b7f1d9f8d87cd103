/**
 * The stage pair as the default for --jobs 2 (issue 14: src/cli/cores.ts stagesFor, batch.ts):
 * --stages and --no-stages choose; unset, a pair for exactly 2 jobs and whole-post threads
 * otherwise (1 job: no second thread; above 2: not measured). The output is the same either way.
 */
import { afterAll, describe, expect, inject, test } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stagesFor } from "../src/cli/cores.js";
import { spawned } from "./helpers/cli.js";

const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết. Ông Trần Văn Bình, Phó Chủ tịch, cho biết đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch; tổng vốn đầu tư 4,2 tỷ đồng.";

describe("which pool --jobs gives", () => {
  test("a stage pair for 2 jobs unless --no-stages; whole posts for 1 and above 2 unless --stages", () => {
    expect(stagesFor(2)).toBe(true);
    expect(stagesFor(2, false)).toBe(false);
    expect(stagesFor(1)).toBe(false);
    expect(stagesFor(3)).toBe(false);
    expect(stagesFor(8)).toBe(false);
    expect(stagesFor(1, true)).toBe(true);
    expect(stagesFor(4, true)).toBe(true);
  });

  const dir = mkdtempSync(join(tmpdir(), "baocao-stages-default-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the built CLI: --jobs 2 (a pair) and --jobs 2 --no-stages write the same bytes", async () => {
    const input = join(dir, "in.jsonl");
    writeFileSync(input, [1, 2, 3].map((i) => JSON.stringify({ id: `p${i}`, text: `${VI} Lần ${i}.` })).join("\n") + "\n");
    // (the two processes at once)
    const run = (...args: string[]) => spawned(inject("cli"), ["extract", input, "--quiet", ...args], {});
    const [pair, whole] = await Promise.all([run("--jobs", "2"), run("--jobs", "2", "--no-stages")]);
    for (const r of [pair, whole]) expect(r.code, r.stderr).toBe(0);
    expect(pair.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(["p1", "p2", "p3"]);
    expect(whole.stdout).toBe(pair.stdout);
    // (a machine of one core clamps --jobs 2 to 1, with a note)
    expect(pair.stderr.replace(/^baocao: --jobs .*\n/m, "")).toBe("");
  }, 60_000);
});
