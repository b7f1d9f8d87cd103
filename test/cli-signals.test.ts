/**
 * Real signals to a real process (issue 12: a SIGTERM at 2 s took effect at 17.6 s and the run
 * exited 0 with a normal summary). The CLI is the one the test setup bundles; the signal is
 * sent once output has appeared, and the test waits for events, never for a length of time.
 *
 *   SIGTERM → exit 143, SIGINT → exit 130; "run again with --resume to continue"; whole lines;
 *   the lock released; --resume then completes the output with every post once, in order
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const VI = "Sáng 12/3/2024, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết, đã hoàn thành 18 nhiệm vụ, đạt 96% kế hoạch; tổng vốn đầu tư 4,2 tỷ đồng.";

/** The CLI bundled once by the test setup (test/helpers/build-cli.ts). */
const command = [inject("cli")];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baocao-sig-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], onStart?: (kill: (s: NodeJS.Signals) => void) => void): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...command, ...args], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    onStart?.((s) => child.kill(s));
    child.on("close", (code) => done({ code, stderr }));
  });
}

/** Resolves once the file exists and is not empty. */
function whenWritten(file: string): Promise<void> {
  return new Promise((done) => {
    const t = setInterval(() => {
      if (existsSync(file) && statSync(file).size > 0) {
        clearInterval(t);
        done();
      }
    }, 20);
  });
}

describe("signals", () => {
  test.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)("%s: exit %i, whole lines, the message; --resume completes it", async (sig, code) => {
    const ids = Array.from({ length: 600 }, (_, i) => `p${i}`);
    const input = join(dir, `${sig}.jsonl`);
    writeFileSync(input, ids.map((id) => JSON.stringify({ id, text: VI }) + "\n").join(""));
    const out = join(dir, `${sig}-out.jsonl`);
    const r = await run(["extract", input, "--out", out, "--jobs", "1"], (kill) => void whenWritten(out + ".part").then(() => kill(sig)));
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(new RegExp(`baocao: stopped by ${sig} after \\d+ posts; what is written is whole — run again with --resume to continue`));
    expect(r.stderr).not.toMatch(/· 0 failed/); // no normal summary
    const part = readFileSync(out + ".part", "utf8");
    expect(part.endsWith("\n")).toBe(true);
    expect(existsSync(out + ".lock")).toBe(false);
    if (sig === "SIGINT") return; // the same path from here: one resume is enough
    const again = await run(["extract", input, "--out", out, "--resume", "--quiet", "--jobs", "1"]);
    expect(again.code).toBe(0);
    expect(readFileSync(out, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(ids);
  }, 240_000);
});
