/**
 * --out naming a device or a named pipe (/dev/null, a FIFO): written in place, as a stream. The
 * CLI writes a file as FILE.part and renames it over FILE at the end; done to /dev/null that
 * replaced the device with a plain file (seen on this machine, issue 14's session 26). A FIFO
 * stands in for /dev/null here, so a regression cannot break the machine's /dev/null: `cat` reads
 * it, and the path must still be a FIFO afterwards, with everything written through it. A link
 * to a file is written through to the file (the link stays); a block device is refused.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSink, UsageError, type OkOutcome } from "../src/cli/output.js";
import { outKind } from "../src/cli/partfile.js";

const hasMkfifo = process.platform !== "win32" && spawnSync("mkfifo", ["--version"]).status === 0;
let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "baocao-fifo-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rec = (id: string): OkOutcome => ({ ok: true, id, source: `${id}.txt`, out: JSON.stringify({ id }) + "\n", stats: { people: 0, figures: 0, findings: 0, errors: 0 } });

/** A new FIFO and a reader (`cat`, or `head -n 1`) reading it: resolves to what came through. */
function fifoWithReader(name: string, reader: string[] = ["cat"]): { path: string; read: Promise<string>; stop: () => void } {
  const path = join(dir, name);
  expect(spawnSync("mkfifo", [path]).status).toBe(0);
  const cat = spawn(reader[0]!, [...reader.slice(1), path], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  cat.stdout.on("data", (d) => (out += d));
  const read = new Promise<string>((resolve) => cat.on("close", () => resolve(out)));
  return { path, read, stop: () => cat.kill() };
}

describe.skipIf(!hasMkfifo)("--out to a device or a pipe", () => {
  test("regular files, folders and missing paths are plain; a FIFO and /dev/null are streams; a block device is refused; a link to a file is the file", () => {
    expect(outKind(join(dir, "missing.jsonl"))).toBeUndefined();
    expect(outKind(dir)).toBeUndefined();
    expect(outKind(join(import.meta.dirname, "cli-special-out.test.ts"))).toBeUndefined();
    expect(outKind(join(import.meta.dirname, "cli-special-out.test.ts", "under-a-file"))).toBeUndefined();
    expect(outKind("/dev/null")).toBe("stream");
    const block = readdirSync("/dev").map((f) => join("/dev", f)).find((f) => statSync(f, { throwIfNoEntry: false })?.isBlockDevice());
    if (block) expect(outKind(block)).toBe("refused");
    writeFileSync(join(dir, "real.txt"), "");
    symlinkSync(join(dir, "real.txt"), join(dir, "link.txt"));
    expect(outKind(join(dir, "link.txt"))).toEqual({ file: join(dir, "real.txt") });
  });

  test("a link to a file: the file is written, the link stays a link, nothing is left beside either", async () => {
    writeFileSync(join(dir, "target.jsonl"), "");
    symlinkSync(join(dir, "target.jsonl"), join(dir, "alias.jsonl"));
    const sink = await openSink({ mode: "extract", format: "jsonl", out: join(dir, "alias.jsonl") });
    for (const id of ["a", "b"]) await sink.write(rec(id));
    await sink.finish();
    sink.release();
    expect(lstatSync(join(dir, "alias.jsonl")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "target.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(["a", "b"]);
    expect(readdirSync(dir).filter((f) => /^(alias|target)\.jsonl\./.test(f))).toEqual([]);
  });

  test("a reader that leaves (head -n 1) ends the writing quietly, as `| head` does", async () => {
    const { path, read, stop } = fifoWithReader("out-head", ["head", "-n", "1"]);
    let gone = 0;
    try {
      const sink = await openSink({ mode: "extract", format: "jsonl", out: path, onStdoutGone: () => gone++ });
      const big = "x".repeat(1 << 16);
      for (let i = 0; i < 64 && gone === 0; i++) await sink.write({ ...rec(`r${i}`), out: JSON.stringify({ id: `r${i}`, big }) + "\n" });
      await sink.finish();
      sink.release();
      expect(JSON.parse(await read).id).toBe("r0");
      expect(gone).toBe(1);
    } finally {
      stop();
    }
  });

  test("csv to a pipe is a usage error (its four tables are files named after --out)", async () => {
    await expect(openSink({ mode: "extract", format: "csv", out: "/dev/null" })).rejects.toThrow(UsageError);
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
