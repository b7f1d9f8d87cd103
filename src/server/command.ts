/**
 * The `baocao serve` command: options, start-up line, and a graceful stop on SIGTERM/SIGINT.
 *
 *   baocao serve                          http://127.0.0.1:8080, one thread per core
 *   baocao serve --port 0 --host 0.0.0.0  any free port, every interface (the URL is printed)
 *   baocao serve --jobs 2 --queue 32 --max-body 2MB --timeout 10 --access-log
 */
import { availableParallelism } from "node:os";
import { InvalidArgumentError, type Command } from "commander";
import { parseJobs, parseSize } from "../cli/args.js";

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("expected a port from 0 to 65535 (0: any free port)");
  return n;
}

function parseCount(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

function parseSeconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a number of seconds above 0");
  return n;
}

interface ServeFlags {
  port: number;
  host: string;
  jobs?: number;
  queue: number;
  maxBody: number;
  timeout: number;
  accessLog?: boolean;
  quiet?: boolean;
}

export function registerServe(program: Command, version: string): void {
  program
    .command("serve")
    .description("answer over HTTP: POST /parse, /check, /facts (JSON {text, id?, referenceDate?} or a text/plain body); GET /health, /schema")
    .option("--port <n>", "port to listen on (0: any free port)", parsePort, 8080)
    .option("--host <address>", "address to listen on (0.0.0.0 or :: for every interface)", "127.0.0.1")
    .option("-j, --jobs <n>", "worker threads parsing at once (default: all cores)", parseJobs)
    .option("--queue <n>", "requests that may wait for a thread; more are answered 503", parseCount, 64)
    .option("--max-body <size>", "largest request body (413 beyond)", parseSize, 1 << 20)
    .option("--timeout <seconds>", "most time one text may take, waiting and parsing (503 beyond)", parseSeconds, 30)
    .option("--access-log", "one line per request on standard error")
    .option("-q, --quiet", "no start-up line")
    .action(async (f: ServeFlags) => {
      const { serve } = await import("./index.js");
      const threads = f.jobs ?? availableParallelism();
      const running = await serve({ port: f.port, host: f.host, threads, queue: f.queue, maxBody: f.maxBody, timeoutMs: Math.round(f.timeout * 1000), version, ...(f.accessLog ? { log: process.stderr } : {}) });
      if (!f.quiet)
        process.stderr.write(
          `baocao: serving ${running.url} — POST /parse, /check, /facts · GET /health, /schema ` +
            `(${threads} thread${threads === 1 ? "" : "s"}, queue ${f.queue}, body ≤ ${f.maxBody} bytes, timeout ${f.timeout} s)\n`,
        );
      let stops = 0;
      const stop = (sig: NodeJS.Signals) => {
        if (stops++) process.exit(130); // a second signal: now
        if (!f.quiet) process.stderr.write(`baocao: ${sig}: finishing ${running.pool.running + running.pool.waiting} request(s), then stopping\n`);
        running.close().then(
          () => process.exit(0),
          (err: Error) => {
            process.stderr.write(`baocao: stopping failed: ${err.message}\n`);
            process.exit(1);
          },
        );
      };
      process.on("SIGTERM", stop);
      process.on("SIGINT", stop);
    });
}
