/**
 * Bounded queue of page regions waiting to be (re)scanned after mutations (pure: any key type).
 *
 * Work never accumulates: past `cap` entries the queue drops them all and asks for one full
 * rescan instead, which is idempotent (each text node's old matches are replaced) and walks the
 * page once however many mutations there were.
 */
export interface ScanJob<T> {
  root: T;
  /** true: the whole subtree; false: only the text flowing directly in this block. */
  deep: boolean;
}

export class ScanWorkQueue<T> {
  private jobs = new Map<T, boolean>();
  private full = false;

  constructor(private readonly cap = 400) {}

  /** True when a full rescan replaces the individual jobs. */
  get overflowed(): boolean {
    return this.full;
  }

  get size(): number {
    return this.full ? 1 : this.jobs.size;
  }

  add(root: T, deep: boolean): void {
    if (this.full) return;
    const had = this.jobs.get(root);
    this.jobs.set(root, had === true || deep);
    if (this.jobs.size > this.cap) this.requestFull();
  }

  requestFull(): void {
    this.full = true;
    this.jobs.clear();
  }

  /** Takes everything queued: either a full rescan or the jobs in insertion order. */
  drain(): { full: boolean; jobs: ScanJob<T>[] } {
    const full = this.full;
    const jobs = full ? [] : [...this.jobs].map(([root, deep]) => ({ root, deep }));
    this.full = false;
    this.jobs.clear();
    return { full, jobs };
  }

  clear(): void {
    this.full = false;
    this.jobs.clear();
  }
}

/**
 * Debounce delay for mutation-driven rescans that grows while scanning eats too much of the main
 * thread and relaxes when the page calms down (times in ms, passed in).
 */
export class ScanBackoff {
  private delay: number;
  private windowStart = 0;
  private busy = 0;

  constructor(
    private readonly base = 250,
    private readonly max = 4000,
    /** Share of wall time scanning may take before backing off. */
    private readonly share = 0.2,
    private readonly windowMs = 1000,
  ) {
    this.delay = base;
  }

  get current(): number {
    return this.delay;
  }

  /** Records `ms` of scanning finished at time `now`. */
  record(now: number, ms: number): void {
    if (now - this.windowStart >= this.windowMs) {
      const elapsed = Math.max(this.windowMs, now - this.windowStart);
      const load = this.busy / elapsed;
      if (load > this.share) this.delay = Math.min(this.max, this.delay * 2);
      else if (load < this.share / 2) this.delay = Math.max(this.base, this.delay / 2);
      this.windowStart = now;
      this.busy = 0;
    }
    this.busy += ms;
  }
}
