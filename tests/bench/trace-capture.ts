/**
 * One CDP trace around `run` on `page` (trace-load.ts, slice-trace.ts and an e2e test): the
 * events of the given categories, collected until the trace is complete.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The fields of a Chromium trace event that the bench and the e2e tests read. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Time on a CPU (thread time). */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

/** A main-thread task (its name differs across Chromium versions). */
export const isTask = (e: TraceEvent): boolean =>
  e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');

export async function captureTrace<E>(
  ctx: BrowserContext,
  page: Page,
  categories: string,
  run: () => Promise<unknown>,
): Promise<E[]> {
  const cdp = await ctx.newCDPSession(page);
  const events: E[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as E[])));
  const complete = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}
