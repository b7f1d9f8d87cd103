/**
 * Run the baocao command line in-process (runCli), with its own standard streams, sharing one
 * worker pool across the runs of a test worker: vitest runs many files in one process
 * (isolate: false), and the pool's thread is started, and its parser warmed up (~1 s of CPU), once
 * there rather than once per file. runCli never stops a pool it is given; the thread ends with the
 * test worker's process.
 *
 *   const r = await cli(["extract", join(dir, "a.txt"), "--format", "facts"], { stdin: "…" });
 *   r.code, r.stdout, r.stderr
 *
 * BAOCAO_CLI=/path/to/an/older/dist/cli.js runs that build as a process instead, to show which
 * of these tests the older build fails (an aborted signal becomes a SIGTERM soon after start).
 */
import { Readable, Writable } from "node:stream";
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { inject } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { Pool, type PostPool } from "../../src/cli/pool.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Standard output as bytes (to see a BOM). */
  raw: Buffer;
}

/** The worker the test setup bundled from src/cli/worker.ts (test/helpers/build-cli.ts): starts in ~0.2 s, not the 2–4 s of tsx. */
export const bundledWorker = (): string => join(dirname(inject("cli")), "worker.js");
/** The stage worker of --stages (src/cli/stage-worker.ts), bundled beside it. */
export const bundledStageWorker = (): string => join(dirname(inject("cli")), "stage-worker.js");

let shared: Pool | undefined;
export function sharedPool(): Pool {
  return (shared ??= new Pool({ jobs: 1, postTimeout: 0, worker: bundledWorker() }));
}

/** `node bin ...args` as a process, its standard input `o.stdin` (o.signal: SIGINT or SIGTERM it 300 ms after start). */
export function spawned(bin: string, args: string[], o: { stdin?: string | Buffer; signal?: AbortSignal }): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let err = "";
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    child.stdin.end(o.stdin ?? "");
    if (o.signal?.aborted) setTimeout(() => child.kill(o.signal!.reason === "SIGTERM" ? "SIGTERM" : "SIGINT"), 300);
    child.on("close", (code, sig) => {
      const raw = Buffer.concat(out);
      resolve({ code: code ?? (sig === "SIGTERM" ? 143 : 130), stdout: raw.toString("utf8"), stderr: err, raw });
    });
  });
}

/**
 * tty: standard input is a terminal; stdoutTty: standard output is one (as `script` gives a
 * spawned process: what `extract` prints by default depends on it).
 */
export async function cli(args: string[], o: { stdin?: string | Buffer; tty?: boolean; stdoutTty?: boolean; signal?: AbortSignal; ownPool?: boolean; pool?: PostPool } = {}): Promise<CliResult> {
  if (process.env.BAOCAO_CLI) return spawned(process.env.BAOCAO_CLI, args, o);
  const chunks: Buffer[] = [];
  const stdout = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  }) as Writable & { isTTY?: boolean };
  if (o.stdoutTty) stdout.isTTY = true;
  let stderr = "";
  const stdin = Readable.from(o.stdin === undefined ? [] : [Buffer.from(o.stdin)]) as Readable & { isTTY?: boolean };
  stdin.isTTY = o.tty ?? false;
  const code = (await runCli(args, {
    stdin,
    stdout,
    stderr: { write: (s: string) => (stderr += s) },
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.ownPool ? {} : { pool: o.pool ?? sharedPool() }),
  })) ?? -1;
  const raw = Buffer.concat(chunks);
  return { code, stdout: raw.toString("utf8"), stderr, raw };
}
