/**
 * Scan timings for the benchmark (issue 7): a `vdl-scan` performance.measure entry per finished
 * scan pass, with {slices, longestSliceMs, textNodes, chars, matches} as detail. Only when the
 * page asks for it (`?vdl-bench` in the URL, or a `data-vdl-bench` attribute on <html> set by the
 * harness), so ordinary pages get no entries.
 */
import type { DomRefs } from './dom-refs';
import type { ScanStats } from './page-scanner';
import type { SliceBreakdown } from './slice-probe';

/**
 * The `detail` of a `vdl-scan` measure, as the bench reads it (tests/bench/run-bench.ts): the
 * pass's stats (durations rounded) without its start time, the bench build's breakdowns always set.
 */
export type ScanTimingDetail = Omit<ScanStats, 'startedAt' | 'slice' | 'steps'> & {
  slice: SliceBreakdown | null;
  steps: Record<string, number>;
};

export function benchRequested(refs: DomRefs): boolean {
  try {
    return (
      /[?&]vdl-bench\b/.test(refs.win.location.search) ||
      refs.doc.documentElement.hasAttribute('data-vdl-bench')
    );
  } catch {
    return false;
  }
}

export function reportScanTiming(refs: DomRefs, name: string, stats: ScanStats): void {
  try {
    const { startedAt, slice, steps, ...counts } = stats;
    const detail: ScanTimingDetail = {
      ...counts,
      longestSliceMs: round(stats.longestSliceMs),
      totalMs: round(stats.totalMs),
      workerMs: round(stats.workerMs),
      slice: slice ?? null,
      steps: steps ?? {},
    };
    refs.win.performance.measure(name, { start: startedAt, duration: stats.totalMs, detail });
  } catch {
    // Old engines without measure options: no timings.
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
