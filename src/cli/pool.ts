/**
 * Worker pool of the batch CLI (issue 6): posts go out to `--jobs` threads (piscina), results
 * come back in input order, with a bounded number of posts and bytes in flight so memory stays
 * flat however long the archive is.
 *
 *   for await (const outcome of ordered(posts, runner.run, { window: 64 })) write(outcome);
 *   jobs = 1 → no threads: posts are processed in the main thread (same code, same output)
 */
import { Piscina } from "piscina";
import type { Post } from "./input.js";
import { processPost, type JobOptions, type Outcome } from "./process.js";

export interface Runner {
  run(post: Post): Promise<Outcome>;
  close(): Promise<void>;
  threads: number;
}

/** The worker module next to this one: dist/worker.js when built, src/cli/worker.ts under tsx. */
export function workerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith(".ts") ? "./worker.ts" : "./worker.js", here);
}

export function makeRunner(jobs: number, opts: JobOptions): Runner {
  if (jobs <= 1) {
    return {
      threads: 0,
      run: async (post) => processPost(post, opts),
      close: async () => {},
    };
  }
  const pool = new Piscina({ filename: workerUrl().href, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000 });
  return {
    threads: jobs,
    run: (post) => {
      // Bad inputs need no thread.
      if (post.error) return Promise.resolve(processPost(post, opts));
      return pool.run({ post, opts }).catch((err: Error) => ({ ok: false as const, id: post.id, source: post.source, error: `worker failed: ${err.message}` }));
    },
    close: () => pool.destroy(),
  };
}

export interface OrderedOptions<T> {
  /** Most items in flight. */
  window: number;
  /** Weight of an item (bytes) and the most weight in flight. */
  weight?: (t: T) => number;
  maxWeight?: number;
}

/** Map items through `run` concurrently, yielding results in input order. `run` must not reject. */
export async function* ordered<T, R>(items: AsyncIterable<T>, run: (t: T) => Promise<R>, o: OrderedOptions<T>): AsyncGenerator<R> {
  const queue: { p: Promise<R>; w: number }[] = [];
  let inflight = 0;
  const maxWeight = o.maxWeight ?? Infinity;
  for await (const item of items) {
    const w = o.weight?.(item) ?? 0;
    queue.push({ p: run(item), w });
    inflight += w;
    while (queue.length >= o.window || (inflight > maxWeight && queue.length > 0)) {
      const head = queue.shift()!;
      inflight -= head.w;
      yield await head.p;
    }
  }
  while (queue.length) {
    const head = queue.shift()!;
    yield await head.p;
  }
}
