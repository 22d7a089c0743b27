/**
 * What a page that shows terms loads (issue 12): the second stage (/card-walk.js, /card-scan.js,
 * /card-marks.js and /card-ui.js)
 * marks the terms;
 * the card's logic (/card-hover.js), its renderer (/card-renderer.js) and the card data wait for
 * the reader's first activity on the page (card-on-demand.ts); the first hover then still paints
 * a ready card. Read in the extension's own isolated world, where each file registers itself.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureTrace, isTask, type TraceEvent } from '../bench/trace-capture';
import { registeredInPage, waitForReadyCard } from './support/detection-highlights';
import { highlightCentres, useExtension } from './support/extension';

/** Whether the card's renderer registered itself in the page's main-frame content-script world. */
const rendererLoaded = (ctx: BrowserContext, page: Page) =>
  registeredInPage(ctx, page, 'vdl.card-ui');
/** Whether the card's logic registered itself there. */
const cardLogicLoaded = (ctx: BrowserContext, page: Page) =>
  registeredInPage(ctx, page, 'vdl.card-hover');

describe('the card on demand (issue 12)', () => {
  const h = useExtension();

  /** The demo article once its first term is marked, and that term's centre. */
  async function openDemo() {
    const page = await h.ext.ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(h.site.url + 'demo-article.html');
    const handle = await page.waitForFunction(
      highlightCentres,
      { limit: 1, scroll: false },
      { timeout: 10_000 },
    );
    return { page, at: (await handle.jsonValue())![0]! };
  }

  it('marks the terms without loading the card; the first move loads it, the hover paints', async () => {
    const { page, at } = await openDemo();
    // Highlights drawn, idle time passed: the second stage alone, no card's logic nor renderer,
    // nothing in the page but highlights.
    await page.waitForTimeout(1500);
    expect(await registeredInPage(h.ext.ctx, page, 'vdl.second-stage')).toBe(true);
    expect(await registeredInPage(h.ext.ctx, page, 'vdl.walk-core')).toBe(true);
    expect(await registeredInPage(h.ext.ctx, page, 'vdl.scan-core')).toBe(true);
    expect(await registeredInPage(h.ext.ctx, page, 'vdl.mark-core')).toBe(true);
    expect(await cardLogicLoaded(h.ext.ctx, page)).toBe(false);
    expect(await rendererLoaded(h.ext.ctx, page)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('vdl-card'))).toBeNull();

    // A move away from any term: the card's logic, then the renderer (and the first cards'
    // data) load.
    await page.mouse.move(3, 3);
    await expect.poll(() => cardLogicLoaded(h.ext.ctx, page), { timeout: 5000 }).toBe(true);
    await expect.poll(() => rendererLoaded(h.ext.ctx, page), { timeout: 5000 }).toBe(true);

    await page.mouse.move(at.x, at.y, { steps: 2 });
    await waitForReadyCard(page, 5000);
    await page.close();
  });

  // The first activity may be the pointer arriving on a term: the card's logic loads under it
  // and the resting pointer is answered, within the hover's own delay.
  it('a first move that ends on a term opens its card', async () => {
    const { page, at } = await openDemo();
    expect(await cardLogicLoaded(h.ext.ctx, page)).toBe(false);
    await page.mouse.move(at.x, at.y);
    await waitForReadyCard(page, 5000);
    await page.close();
  });

  // card-hover-api.ts, scan-core-api.ts: V8's compile hint compiles a whole file with the script,
  // so the files are injected one by one, each compiled in a task of its own: the second stage's
  // two files, then the card's logic.
  it('injects the second stage’s four files and the card’s logic, each in a task of its own', async () => {
    const page = await h.ext.ctx.newPage();
    const events = await captureTrace<TraceEvent>(
      h.ext.ctx,
      page,
      'toplevel,devtools.timeline',
      async () => {
        await page.goto(h.site.url + 'demo-article.html');
        await page.waitForFunction(
          highlightCentres,
          { limit: 1, scroll: false },
          { timeout: 10_000 },
        );
        await page.mouse.move(3, 3);
        await expect.poll(() => cardLogicLoaded(h.ext.ctx, page), { timeout: 5000 }).toBe(true);
      },
    );
    const run = (file: string) => {
      const e = events.filter(
        (x) => x.name === 'EvaluateScript' && (x.args?.data?.url ?? '').endsWith(`/${file}`),
      );
      expect(e, file).toHaveLength(1);
      return e[0]!;
    };
    const taskOf = (e: TraceEvent) =>
      events.find(
        (t) =>
          isTask(t) &&
          t.pid === e.pid &&
          t.tid === e.tid &&
          t.ts <= e.ts &&
          e.ts < t.ts + (t.dur ?? 0),
      );
    const walk = taskOf(run('card-walk.js'));
    const core = taskOf(run('card-scan.js'));
    const marks = taskOf(run('card-marks.js'));
    const stage = taskOf(run('card-ui.js'));
    const hover = taskOf(run('card-hover.js'));
    expect(walk).toBeDefined();
    expect(core).toBeDefined();
    expect(marks).toBeDefined();
    expect(stage).toBeDefined();
    expect(hover).toBeDefined();
    expect(new Set([walk, core, marks, stage, hover]).size).toBe(5);
    // The cores first: the controller starts from them.
    expect(run('card-walk.js').ts).toBeLessThan(run('card-scan.js').ts);
    expect(run('card-scan.js').ts).toBeLessThan(run('card-marks.js').ts);
    expect(run('card-marks.js').ts).toBeLessThan(run('card-ui.js').ts);
    await page.close();
  });
});
