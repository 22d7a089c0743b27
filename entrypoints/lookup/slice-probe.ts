/**
 * Bench build only (VDL_BENCH=1; every call site is behind `import.meta.env.VDL_BENCH`, so the
 * shipped build has none of it): what the longest slice of a scan pass spent its time on. A slice
 * is a run of small steps with a clock read between some of them; when one runs past the 8 ms
 * target, the step that overran is named here (tests/bench/README.md, thirty-ninth pass).
 */
export interface SliceBreakdown {
  /** The slice's duration, ms. */
  ms: number;
  budget: number;
  /** The longest single step and its kind. */
  step: string;
  stepMs: number;
  /** Time per kind of step in that slice, ms. */
  kinds: Record<string, number>;
}

export class SliceProbe {
  private last = 0;
  private budget = 0;
  private kinds: Record<string, number> = {};
  private step = '';
  private stepMs = 0;
  worst: SliceBreakdown | null = null;
  /** Time per kind of step over the whole pass (every slice and send task), ms. */
  totals: Record<string, number> = {};

  constructor(private readonly now: () => number) {}

  begin(t0: number, budget: number): void {
    this.last = t0;
    this.budget = budget;
    this.kinds = {};
    this.step = '';
    this.stepMs = 0;
  }

  /** The step since the last mark was of this kind. */
  mark(kind: string): void {
    const t = this.now();
    const ms = t - this.last;
    this.last = t;
    this.kinds[kind] = (this.kinds[kind] ?? 0) + ms;
    this.totals[kind] = (this.totals[kind] ?? 0) + ms;
    if (ms > this.stepMs) {
      this.stepMs = ms;
      this.step = kind;
    }
  }

  end(ms: number): void {
    if (this.worst && this.worst.ms >= ms) return;
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const kinds: Record<string, number> = {};
    for (const [k, v] of Object.entries(this.kinds)) kinds[k] = round(v);
    this.worst = {
      ms: round(ms),
      budget: this.budget,
      step: this.step,
      stepMs: round(this.stepMs),
      kinds,
    };
  }

  /** The pass's time per kind of step, rounded (`totals`). */
  passTotals(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(this.totals)) out[k] = Math.round(v * 1000) / 1000;
    return out;
  }

  reset(): void {
    this.worst = null;
    this.totals = {};
  }
}
