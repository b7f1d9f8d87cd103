/**
 * --out naming a device or a named pipe (/dev/null, a FIFO): written in place. The CLI writes a
 * file as FILE.part and renames it over FILE at the end; done to /dev/null that replaced the
 * device with a plain file (seen on this machine, issue 14's session 26). A FIFO stands in for
 * /dev/null here, so a regression cannot break the machine's /dev/null: `cat` reads it, and the
 * path must still be a FIFO afterwards, with everything written through it.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSink, type OkOutcome } from "../src/cli/output.js";
import { isSpecialFile } from "../src/cli/partfile.js";

const hasMkfifo = process.platform !== "win32" && spawnSync("mkfifo", ["--version"]).status === 0;
let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baocao-fifo-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rec = (id: string): OkOutcome => ({ ok: true, id, source: `${id}.txt`, out: JSON.stringify({ id }) + "\n", stats: { people: 0, figures: 0, findings: 0, errors: 0 } });

/** A new FIFO and a `cat` reading it to the end: resolves to what came through. */
function fifoWithReader(name: string): { path: string; read: Promise<string>; stop: () => void } {
  const path = join(dir, name);
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  const cat = spawn("cat", [path], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  cat.stdout.on("data", (d) => (out += d));
  const read = new Promise<string>((resolve) => cat.on("close", () => resolve(out)));
  return { path, read, stop: () => cat.kill() };
}

describe.skipIf(!hasMkfifo)("--out to a device or a pipe", () => {
  test("regular files, folders and missing paths are not special; a FIFO and /dev/null are", () => {
    expect(isSpecialFile(join(dir, "missing.jsonl"))).toBe(false);
    expect(isSpecialFile(dir)).toBe(false);
    expect(isSpecialFile(join(import.meta.dirname, "cli-special-out.test.ts"))).toBe(false);
    expect(isSpecialFile(join(import.meta.dirname, "cli-special-out.test.ts", "under-a-file"))).toBe(false);
    expect(isSpecialFile("/dev/null")).toBe(true);
  });

  test.each(["jsonl", "json"] as const)("%s: written through the pipe, which stays a pipe, with no .part or .lock beside it", async (format) => {
    const { path, read, stop } = fifoWithReader(`out-${format}`);
    try {
      const sink = await openSink({ mode: "extract", format, out: path });
      for (const id of ["a", "b", "c"]) await sink.write(rec(id));
      await sink.finish();
      sink.release();
      // (before reading: had the pipe been replaced, cat would wait for a writer forever)
      expect(statSync(path).isFIFO()).toBe(true);
      const got = await read;
      expect(readdirSync(dir).filter((f) => f === `out-${format}` || f.startsWith(`out-${format}.`))).toEqual([`out-${format}`]);
      const ids = format === "jsonl" ? got.trimEnd().split("\n").map((l) => JSON.parse(l).id) : JSON.parse(got).map((r: { id: string }) => r.id);
      expect(ids).toEqual(["a", "b", "c"]);
    } finally {
      stop();
    }
  });

  test("--resume on a pipe is a usage error, and nothing is opened or renamed", () => {
    // The built CLI in a process: had it tried to read the pipe to resume it, it would wait for a
    // writer forever; the time limit turns that into a failure here.
    const path = join(dir, "resume-fifo");
    expect(spawnSync("mkfifo", [path]).status).toBe(0);
    const seed = join(import.meta.dirname, "..", "fixtures", "seed.txt");
    const r = spawnSync(process.execPath, [inject("cli"), "extract", seed, "--out", path, "--resume", "--jobs", "1"], { encoding: "utf8", timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--resume needs --out to be a regular file: .*resume-fifo is a device or a pipe/);
    expect(statSync(path).isFIFO()).toBe(true);
    expect(existsSync(path + ".part") || existsSync(path + ".lock")).toBe(false);
  });
});
