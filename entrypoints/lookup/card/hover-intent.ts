/**
 * The hover card's pointer intent, as a small timer machine (no DOM): a term opens once the
 * pointer has rested on it for the delay (counted from when the pointer reached it, not from when
 * we noticed), moving to another term restarts the wait, and an open card closes only after the
 * pointer has been away from term and card for a grace period.
 */

export interface IntentTimers {
  setTimeout(cb: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}

export class HoverIntent<H> {
  /** The term under the pointer, waiting for the delay (or for Alt, in alt-hover mode). */
  pending: H | null = null;
  private timer = 0;
  private closeTimer = 0;

  constructor(
    private readonly timers: IntentTimers,
    private readonly same: (a: H | null, b: H | null) => boolean,
  ) {}

  /** True while a wait for the delay runs. */
  get waiting(): boolean {
    return this.timer !== 0;
  }

  /**
   * The pointer rests on `hit` since `since`: `open(hit)` after `delayMs` from then, unless it
   * moves to another term first. `hold` (alt-hover without Alt): remembered, not timed.
   */
  rest(hit: H, since: number, delayMs: number, hold: boolean, open: (h: H) => void): void {
    if (hold) {
      this.clear();
      this.pending = hit;
      return;
    }
    if (this.timer && this.same(hit, this.pending)) return;
    this.clear();
    this.pending = hit;
    const waited = Math.max(0, this.timers.now() - since);
    this.timer = this.timers.setTimeout(
      () => {
        this.timer = 0;
        if (this.same(this.pending, hit)) open(hit);
      },
      Math.max(0, delayMs - waited),
    );
  }

  /** No wait any more; `keep` stays the remembered term (click mode, Alt pressed later). */
  clear(keep: H | null = null): void {
    if (this.timer) this.timers.clearTimeout(this.timer);
    this.timer = 0;
    this.pending = keep;
  }

  /** The pointer left term and card: `close()` after `graceMs` unless cancelled (once). */
  scheduleClose(graceMs: number, close: () => void): void {
    if (this.closeTimer) return;
    this.closeTimer = this.timers.setTimeout(() => {
      this.closeTimer = 0;
      close();
    }, graceMs);
  }

  cancelClose(): void {
    if (this.closeTimer) this.timers.clearTimeout(this.closeTimer);
    this.closeTimer = 0;
  }
}
