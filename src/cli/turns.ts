/**
 * The time each post of a batch has had, as a worker turns from one to another (issues 6, 14):
 * written to the worker's shared progress memory for the pool's watchdog (pool.ts, pair.ts).
 *
 *   const turns = new Turns(progress, posts.length);   // or new Turns(progress, n, spent): stage B
 *   turns.to(3)       → progress [0] = 4 (index + 1), [2] += 1 (a tick), [3] = ms post 3 had before
 *   turns.done()      → the current post's time added to spent; progress [0] = 0 (between batches), [2] += 1
 *   turns.between()   → the same, inside a batch: work for no one post (a stage's hand-over), so a
 *                       death there is between posts (pool-base.ts orphaned), not the last post's
 *   turns.spent       → ms each post has had so far (stage A hands it to stage B with the posts)
 *
 * progress: Int32 × 5 (PROGRESS_BYTES). [0]: index + 1 of the post being read in the current batch
 * (0: between batches); [1]: batch id (the worker writes it); [2]: a tick, one more at each turn;
 * [3]: ms the post had before this turn; [4]: 1 once the worker has loaded (markLoaded: a thread
 * that dies before is one that failed to start, pool-base.ts).
 */
export const PROGRESS_BYTES = 20;

/** The worker has loaded its modules and listens for batches (progress [4] = 1). */
export function markLoaded(progress: Int32Array): void {
  Atomics.store(progress, 4, 1);
}

export class Turns {
  readonly spent: Float64Array;
  private current = -1;
  private since = 0;
  constructor(
    private readonly progress: Int32Array,
    n: number,
    /** Time the posts had before (in another thread). */
    before?: Float64Array,
  ) {
    this.spent = before && before.length === n ? before : new Float64Array(n);
  }
  to(i: number): void {
    const now = performance.now();
    if (this.current >= 0) this.spent[this.current]! += now - this.since;
    this.current = i;
    this.since = now;
    Atomics.store(this.progress, 3, Math.round(this.spent[i]!));
    Atomics.store(this.progress, 0, i + 1);
    Atomics.add(this.progress, 2, 1);
  }
  between(): void {
    this.done();
  }
  done(): void {
    if (this.current >= 0) this.spent[this.current]! += performance.now() - this.since;
    this.current = -1;
    Atomics.store(this.progress, 0, 0);
    Atomics.add(this.progress, 2, 1);
  }
}
