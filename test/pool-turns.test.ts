/**
 * The pool's watchdog counts every turn a post has had (issue 14): a worker parses its batch phase
 * by phase (parseReports), turning from post to post, so a post's time is the time it had before
 * its current turn (which the worker writes to shared memory) plus the time since.
 *
 * A stand-in worker (a data: URL module) answers every batch at once, except that when a batch
 * holds the post "slow" it turns to that post saying it has already had 2^31 − 1 ms, and stalls.
 * With a budget of 10^9 ms only that earlier time can make the post overrun: counted, the post
 * fails within two watchdog rounds (250 ms each); not counted, it would never fail and the test
 * would hang. Nothing here waits on the clock but the watchdog, which a slower machine only delays.
 */
import { afterAll, expect, test } from "vitest";
import { Pool } from "../src/cli/pool.js";
import type { Post } from "../src/cli/input.js";
import type { Outcome } from "../src/cli/post-read.js";

const WORKER = `
import { parentPort, workerData } from "node:worker_threads";
const progress = new Int32Array(workerData.progress);
parentPort.on("message", (m) => {
  Atomics.store(progress, 1, m.batch);
  const slow = m.posts.findIndex((p) => p.id === "slow");
  if (slow >= 0) {
    Atomics.store(progress, 3, 2147483647);
    Atomics.store(progress, 0, slow + 1);
    Atomics.add(progress, 2, 1);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
  const results = m.posts.map((p) => ({ ok: true, id: p.id, source: p.source, out: p.id + "\\n", stats: { people: 0, figures: 0, findings: 0, errors: 0 } }));
  parentPort.postMessage({ batch: m.batch, results });
});
`;

const pool = new Pool({ jobs: 1, postTimeout: 1e9, maxOldMb: 64, worker: new URL(`data:text/javascript,${encodeURIComponent(WORKER)}`) });
afterAll(() => pool.close());

const post = (id: string): Post => ({ id, source: `${id}.txt`, kind: "text", text: "x", size: 1 });

test("a post's earlier turns count against its budget: it fails alone, named; the rest of its batch is read", async () => {
  const rs: Outcome[] = await pool.run(["a", "slow", "b"].map(post), { mode: "extract", format: "jsonl" });
  expect(rs.map((r) => (r.ok ? r.id : `${r.id}!`))).toEqual(["a", "slow!", "b"]);
  expect(rs[1]).toMatchObject({ ok: false, id: "slow", error: expect.stringMatching(/took more than 1000000 s: stopped \(--post-timeout\)/) });
});
