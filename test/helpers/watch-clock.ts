/**
 * The time a pool's watchdog sees, moved by the test (cli-pool.test.ts, cli-pair.test.ts): a post
 * that never ends is stopped as soon as the watchdog has seen it stall, instead of after its whole
 * budget of real time, and no other post's time is touched. The pool is the real one; only the
 * `now` its watchdog hands to Watch.overdue (pool-base.ts) is moved, and only for the batches named.
 *
 *   const pool = new ClockedPool({ jobs: 1, postTimeout: 10_000, … });
 *   await stalled;                        // the test fault's signal: the stall has begun
 *   await pool.clock.looked();            // a watchdog pass after that has seen the post's turn
 *   pool.clock.skip(1, 10_001);           // batch 1's turns are 10,001 ms older: stopped at the next pass
 *                                         // (on a pool tests share: pool.lastBatch + 1, read before the run)
 *   pool.clock.skipAll(10_001);           // every batch's (when no other post is in a turn)
 *
 * freeze(batch): the watchdog sees no real time pass for that batch's turns (only what skip adds,
 * and what the post had before the turn: its time in stage A, which stage A measures itself).
 *
 * Nothing here waits on the clock: looked() is the next pass of the watchdog, however late a
 * loaded machine makes it, and a post is overdue by what skip added, not by how long anything took.
 */
import { Pool } from "../../src/cli/pool.js";
import { PairPool } from "../../src/cli/pair.js";
import { Watch } from "../../src/cli/pool-base.js";

const waitAsync = (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number): { value: Promise<string> | string } }).waitAsync;
/** Resolves once `signal[k]` is no longer 0 (a test fault's signal, post-read.ts TestFaults: [0] a stall has begun). */
export async function signalled(signal: Int32Array, k = 0): Promise<void> {
  await waitAsync(signal, k, 0).value;
}

export class WatchClock {
  /** By batch id: ms added, and the time frozen at (freeze). */
  private moved = new Map<number, { skew: number; at?: number }>();
  /** ms added for every batch (skipAll). */
  private all = 0;
  private waiting: (() => void)[] = [];

  /** One pass of the watchdog (`pass`: the pool's own), with this clock for the batches it moves. */
  pass(pass: () => void): void {
    const overdue = Watch.prototype.overdue;
    const moved = this.moved;
    const all = this.all;
    Watch.prototype.overdue = function (this: Watch, now: number, budget: number) {
      const view = (batch: number) => {
        const m = moved.get(batch);
        return (m ? (m.at ?? now) + m.skew : now) + all;
      };
      const batch = this.batch;
      const r = overdue.call(this, view(batch), budget);
      // the thread began another batch between the two reads of its progress: the turn overdue
      // has just seen begin is on that batch's clock
      if (this.lastBatch !== batch) this.seenAt = view(this.lastBatch);
      return r;
    };
    try {
      pass();
    } finally {
      Watch.prototype.overdue = overdue;
    }
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) w();
  }

  /** Resolves after the watchdog's next pass (begun after this call). */
  looked(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The watchdog sees `batch`'s turns as `ms` older. */
  skip(batch: number, ms: number): void {
    const m = this.moved.get(batch) ?? { skew: 0 };
    m.skew += ms;
    this.moved.set(batch, m);
  }

  /** The watchdog sees every turn under way as `ms` older (a pool whose every thread is asleep in a stall, or idle). */
  skipAll(ms: number): void {
    this.all += ms;
  }

  /** From now on the watchdog sees no real time pass for `batch`'s turns (call before the batch is sent). */
  freeze(batch: number): void {
    const m = this.moved.get(batch) ?? { skew: 0 };
    m.at = Date.now();
    this.moved.set(batch, m);
  }
}

/** Pool (pool.ts) whose watchdog runs on a WatchClock. */
export class ClockedPool extends Pool {
  readonly clock = new WatchClock();
  protected override watch(): void {
    this.clock.pass(() => super.watch());
  }
  /**
   * The id of the batch sent last (the pool numbers its batches from 1 as it sends them): on a pool
   * that tests share, the batches a test runs next are lastBatch + 1, + 2 … while a thread has room
   * for them (a run on an idle pool is sent at once).
   */
  get lastBatch(): number {
    return this.batch;
  }
}

/** PairPool (pair.ts, --stages) whose watchdog runs on a WatchClock. */
export class ClockedPairPool extends PairPool {
  readonly clock = new WatchClock();
  protected override watch(): void {
    this.clock.pass(() => super.watch());
  }
  /** As ClockedPool's: the id of the batch sent last (a pair takes WINDOW batches at once). */
  get lastBatch(): number {
    return this.batch;
  }
}
