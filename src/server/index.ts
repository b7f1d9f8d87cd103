/**
 * `baocao serve`: baocao over HTTP, for programs in any language (Node's http, no framework).
 *
 *   POST /parse   {"text": "…", "id"?: "…", "referenceDate"?: "2017-06-21"} or a text/plain body → Report
 *   POST /check   same input → {"id"?, "findings": […]}
 *   POST /facts   same input → Facts (the compact GOLD.md shape)
 *   GET  /health  → {"status": "ok", "threads", "running", "waiting", "memory": {…}}  (503 while stopping)
 *   GET  /schema  → the Report JSON Schema (draft-07); /schema/report, /schema/facts
 *   ?pretty       indents the JSON answer
 *
 * Limits: a body over --max-body is refused (413); at most --jobs texts are parsed at once in a
 * worker pool and --queue more wait, beyond that 503 with Retry-After; a text that takes longer
 * than --timeout is stopped (503 "timeout"); slow clients are cut by Node's request and header
 * timeouts. Every error is JSON: {"error": {"status": 422, "code": "invalid-input", "message": "…"}}.
 * SIGTERM/SIGINT: stop accepting, finish what is running and waiting, then exit 0.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Report, Facts } from "../schema.js";
import { jsonSchemaOf } from "../schema-json.js";
import { Busy, Cancelled, makePool, TimedOut, type Pool } from "./pool.js";
import { HttpError, inputOf, readBody } from "./request.js";
import type { Op, Task } from "./parse-worker.js";

export interface ServeOptions {
  port: number;
  host: string;
  /** Worker threads (0: parse in the HTTP thread, without a time limit). */
  threads: number;
  /** Requests that may wait for a thread. */
  queue: number;
  /** Largest body, in bytes. */
  maxBody: number;
  /** Most time one text may take, queued and parsed (ms). */
  timeoutMs: number;
  /** Version reported by /health. */
  version?: string;
  /** One line per request on this stream (the access log). */
  log?: NodeJS.WritableStream;
  /** Without threads: the work to do instead of parsing (tests hold a request with it). */
  work?: (task: Task) => string | Promise<string>;
}

export interface Running {
  server: Server;
  url: string;
  port: number;
  pool: Pool;
  /** Stop accepting, let running and waiting requests finish (at most `graceMs`), close the pool. */
  close(graceMs?: number): Promise<void>;
}

export const DEFAULTS: Omit<ServeOptions, "threads"> = { port: 8080, host: "127.0.0.1", queue: 64, maxBody: 1 << 20, timeoutMs: 30_000 };

const OPS = new Set<string>(["parse", "check", "facts"]);
const GETS = new Set(["/health", "/schema", "/schema/report", "/schema/facts"]);

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const bytes = Buffer.from(body + "\n", "utf8");
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": String(bytes.length), "cache-control": "no-store", ...headers });
  res.end(res.req.method === "HEAD" ? undefined : bytes);
}

/** "/parse/" → "/parse", "/" → "/" (a loop: a regex /\/+$/ is quadratic on a path of many slashes). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47) end--;
  return path.slice(0, end);
}

function sendError(res: ServerResponse, e: HttpError): void {
  send(res, e.status, JSON.stringify({ error: { status: e.status, code: e.code, message: e.message } }), e.headers);
}

export async function serve(o: ServeOptions): Promise<Running> {
  const pool = makePool({ threads: o.threads, queue: o.queue, timeoutMs: o.timeoutMs, ...(o.work ? { work: o.work } : {}) });
  const schemas = {
    report: JSON.stringify(jsonSchemaOf(Report, "baocao Report"), null, 2),
    facts: JSON.stringify(jsonSchemaOf(Facts, "baocao Facts"), null, 2),
  };
  const started = Date.now();
  let stopping = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = withoutTrailingSlashes(url.pathname);
    const pretty = url.searchParams.has("pretty");
    const op = path.slice(1);
    if (stopping) res.setHeader("connection", "close");

    if (GETS.has(path)) {
      if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "method-not-allowed", `${path} answers GET`, { allow: "GET, HEAD" });
      if (path === "/health") {
        const m = process.memoryUsage();
        const body = { status: stopping ? "stopping" : "ok", version: o.version, uptimeSeconds: Math.round((Date.now() - started) / 1000), threads: o.threads, running: pool.running, waiting: pool.waiting, queue: o.queue, memory: { rss: m.rss, heapUsed: m.heapUsed } };
        return send(res, stopping ? 503 : 200, JSON.stringify(body, null, pretty ? 2 : undefined));
      }
      return send(res, 200, path === "/schema/facts" ? schemas.facts : schemas.report, { "content-type": "application/schema+json; charset=utf-8" });
    }
    if (!OPS.has(op)) throw new HttpError(404, "not-found", `no ${path}: POST /parse, /check or /facts; GET /health or /schema`);
    if (req.method !== "POST") throw new HttpError(405, "method-not-allowed", `${path} answers POST`, { allow: "POST" });

    const body = await readBody(req, o.maxBody);
    const input = inputOf(req.headers["content-type"], body, url.searchParams);
    // a client that goes away stops its task (waiting or running)
    const gone = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) gone.abort();
    });
    try {
      const json = await pool.run({ op: op as Op, ...input, ...(pretty ? { pretty } : {}) }, gone.signal);
      send(res, 200, json);
    } catch (err) {
      if (err instanceof Busy) throw new HttpError(503, "busy", `all ${Math.max(1, o.threads)} threads are busy and ${o.queue} requests wait: try again shortly`, { "retry-after": "1" });
      if (err instanceof TimedOut) throw new HttpError(503, "timeout", `the text took longer than ${o.timeoutMs} ms (--timeout)`);
      if (err instanceof Cancelled) return;
      throw err;
    }
  }

  // requests being answered: a graceful stop waits for them (not only for the pool)
  let active = 0;
  let idle: (() => void)[] = [];
  const server = createServer((req, res) => {
    const t0 = process.hrtime.bigint();
    active++;
    res.once("close", () => {
      if (--active === 0) {
        for (const f of idle) f();
        idle = [];
      }
    });
    res.once("finish", () => {
      if (o.log) o.log.write(`${new Date().toISOString()} ${req.method} ${req.url} ${res.statusCode} ${Number((process.hrtime.bigint() - t0) / 1000n) / 1000} ms\n`);
    });
    handle(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) {
        // a body refused before it was read: answer, then close (the rest is not read)
        if (err.status === 413) res.setHeader("connection", "close");
        return sendError(res, err);
      }
      process.stderr.write(`baocao serve: ${req.method} ${req.url}: ${(err as Error)?.stack ?? String(err)}\n`);
      sendError(res, new HttpError(500, "internal", "the server failed on this request"));
    });
  });
  // slow clients: the whole request within 60 s, its headers within 10 s
  server.requestTimeout = 60_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    const body = JSON.stringify({ error: { status, code: "bad-request", message: err.code ?? "bad request" } }) + "\n";
    socket.end(`HTTP/1.1 ${status} Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(o.port, o.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;

  let closing: Promise<void> | undefined;
  const close = (graceMs = o.timeoutMs + 5_000) =>
    (closing ??= (async () => {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
      const answered = active === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve));
      await Promise.race([answered, grace]);
      server.closeAllConnections();
      await closed;
      await pool.close();
    })());
  return { server, url: `http://${host}:${addr.port}`, port: addr.port, pool, close };
}
