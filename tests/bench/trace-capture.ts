/**
 * One CDP trace around `run` on `page` (trace-load.ts and slice-trace.ts): the events of the
 * given categories, collected until the trace is complete.
 */
import type { BrowserContext, Page } from 'playwright-core';

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
