/**
 * Real signals to a real process (issue 12: a SIGTERM at 2 s took effect at 17.6 s and the run
 * exited 0 with a normal summary). The CLI is the one the test setup bundles; the signal is
 * sent once output has appeared, and the test waits for events, never for a length of time
 * (standard input is held open, so the run cannot finish first).
 *
 *   SIGTERM → exit 143, SIGINT → exit 130 (also with --stages: a pair of threads); "run again with
 *   --resume to continue"; whole lines;
 *   the lock released; --resume then completes the output with every post once, in order (that
 *   run in-process, test/helpers/cli.ts: it gets no signal)
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./helpers/cli.js";

const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết, đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch; tổng vốn đầu tư 4,2 tỷ đồng.";

/** The CLI bundled once by the test setup (test/helpers/build-cli.ts). */
const command = [inject("cli")];
const line = (i: number) => JSON.stringify({ id: `p${i}`, text: VI }) + "\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baocao-sig-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [...command, ...args], { cwd: dir, stdio: ["pipe", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (c) => (stderr += c));
  return { child, done: new Promise((done) => child.on("close", (code) => done({ code, stderr }))) };
}

const written = (file: string) => existsSync(file) && statSync(file).size > 0;

describe("signals", () => {
  // The posts come through standard input, which stays open: the run cannot end before the signal
  // whatever the load. Once records reach FILE.part, the signal.
  test.each([
    ["SIGTERM", 143, ""],
    ["SIGINT", 130, ""],
    ["SIGINT", 130, "--stages"],
  ] as const)("%s: exit %i, whole lines, the message; --resume completes it %s", async (sig, code, mode) => {
    const out = join(dir, `${sig}${mode}-out.jsonl`);
    const run = start(["extract", "--stdin-format", "jsonl", "--out", out, "--jobs", "1", ...(mode ? [mode] : [])]);
    // fed ten at a time until records reach the file (results wait for the next input to be
    // written, so a fixed number of posts and silence would wait for ever)
    let fed = 0;
    while (!written(out + ".part") && run.child.exitCode === null) {
      for (let k = 0; k < 10; k++) run.child.stdin!.write(line(fed++));
      await new Promise((r) => setTimeout(r, 200));
    }
    run.child.kill(sig);
    const r = await run.done;
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(new RegExp(`baocao: stopped by ${sig} after \\d+ posts; what is written is whole — run again with --resume to continue`));
    expect(r.stderr).not.toMatch(/· 0 failed/); // no normal summary
    const part = readFileSync(out + ".part", "utf8");
    expect(part.endsWith("\n")).toBe(true);
    expect(existsSync(out + ".lock")).toBe(false);
    if (sig === "SIGINT") return; // the same path from here: one resume is enough
    // the same posts and ten more, through standard input again
    const all = Array.from({ length: fed + 10 }, (_, i) => i);
    // (the resumed run in-process: no signal in it, the same runCli a process runs)
    const done = await cli(["extract", "--stdin-format", "jsonl", "--out", out, "--resume", "--quiet", "--jobs", "1"], { stdin: all.map(line).join("") });
    expect(done.code, done.stderr).toBe(0);
    expect(readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(all.map((i) => `p${i}`));
  }, 240_000);
});
