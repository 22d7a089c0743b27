/**
 * The scan's slices as the renderer's own trace sees them: for each main-thread task that ran the
 * extension's script (its idle callbacks, timers and message answers), the wall time (`dur`) and
 * the time the thread was actually on a CPU (`tdur`). Why: `longestSliceMs` is measured with
 * `performance.now()` inside the page, so a slice during which the OS ran another thread counts
 * that time as ours (on this 2-core machine the service worker may be matching the text sent
 * just before, and the browser process relaying it). The pair tells scan work from preemption.
 * A task is ours when it runs a chrome-extension:// script (the pages are served without their
 * own scripts, and the bench's Playwright evaluations are not counted).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { captureTrace, isTask, type TraceEvent } from './trace-capture';

export interface SliceTrace {
  /** Longest script task of the scan, wall time, ms. */
  wallMs: number;
  /** Longest script task of the scan, thread (CPU) time, ms. */
  cpuMs: number;
  /** Tasks of ours with at least 8 ms on the clock. */
  over8Wall: number;
  /** Tasks of ours with at least 8 ms of CPU. */
  over8Cpu: number;
  /**
   * The CPU time of all our tasks from the first idle callback on: the scan's whole cost to the
   * page's thread (its slices, the answers stored, the second stage's injection), without the
   * time the OS gave another thread.
   */
  totalCpuMs: number;
}

/**
 * Trace events that name the script they run (`args.data.url`): a task is ours when one of them
 * runs an extension script. Playwright's own evaluations (the bench's `waitForFunction`) arrive
 * as tasks too, compiling its injected script: up to ~10 ms of CPU on a large page, not ours.
 */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript']);
const isOurs = (e: TraceEvent) =>
  SCRIPT_EVENTS.has(e.name) && (e.args?.data?.url ?? '').startsWith('chrome-extension://');

/** Loads `url` once in `ctx` with tracing on, until `done(page)` resolves (the scan's end). */
export async function traceSlices(
  ctx: BrowserContext,
  url: string,
  done: (page: Page) => Promise<unknown>,
): Promise<SliceTrace | null> {
  const page = await ctx.newPage();
  try {
    // Only the task-level categories: the compile and GC categories slow what they trace.
    const events = await captureTrace<TraceEvent>(
      ctx,
      page,
      'toplevel,devtools.timeline',
      async () => {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await done(page);
      },
    );
    return slicesOf(events);
  } finally {
    await page.close();
  }
}

export function slicesOf(events: TraceEvent[]): SliceTrace | null {
  // The page's renderer: the process whose main thread fired our idle callbacks.
  const idle = events.find((e) => e.name === 'FireIdleCallback' && e.ph === 'X');
  if (!idle) return null;
  const main = events
    .filter((e) => e.pid === idle.pid && e.tid === idle.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks = main.filter(isTask);
  const starts = main.filter(isOurs).map((e) => e.ts);
  // A task ran our script when one of our script events starts inside it (`starts` is sorted).
  const scripted = (task: TraceEvent) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) < task.ts) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && (starts[lo] as number) < task.ts + (task.dur ?? 0);
  };
  // From the first idle callback on: the scan's slices and the answers between them (the
  // start-up script runs in the parser's tasks, measured by the per-page cost section).
  const ours = tasks.filter((t) => t.ts + (t.dur ?? 0) >= idle.ts && scripted(t));
  if (!ours.length) return null;
  const ms = (us: number | undefined) => Math.round((us ?? 0) / 10) / 100;
  return {
    wallMs: Math.max(...ours.map((t) => ms(t.dur))),
    cpuMs: Math.max(...ours.map((t) => ms(t.tdur))),
    over8Wall: ours.filter((t) => ms(t.dur) >= 8).length,
    over8Cpu: ours.filter((t) => ms(t.tdur) >= 8).length,
    totalCpuMs: ms(ours.reduce((a, t) => a + (t.tdur ?? 0), 0)),
  };
}
