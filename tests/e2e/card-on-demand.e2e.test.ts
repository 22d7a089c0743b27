/**
 * What a page that shows terms loads (issue 12): the second stage marks the terms, but the card's
 * renderer (/card-renderer.js) and the card data wait for the reader's first activity on the
 * page; the first hover then still paints a ready card. Read in the extension's own isolated
 * world, where the renderer registers itself.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { registeredInPage, waitForReadyCard } from './support/detection-highlights';
import { highlightCentres, useExtension } from './support/extension';

/** Whether the card's renderer registered itself in the page's main-frame content-script world. */
const rendererLoaded = (ctx: BrowserContext, page: Page) =>
  registeredInPage(ctx, page, 'vdl.card-ui');

describe('the card on demand (issue 12)', () => {
  const h = useExtension();

  it('marks the terms without loading the card renderer; the first move loads it, the hover paints', async () => {
    const page = await h.ext.ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(h.site.url + 'demo-article.html');
    const handle = await page.waitForFunction(
      highlightCentres,
      { limit: 1, scroll: false },
      { timeout: 10_000 },
    );
    const at = (await handle.jsonValue())![0]!;
    // Highlights drawn, idle time passed: still no renderer, nothing in the page but highlights.
    await page.waitForTimeout(1500);
    expect(await rendererLoaded(h.ext.ctx, page)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('vdl-card'))).toBeNull();

    // A move away from any term: the renderer (and the first cards' data) load.
    await page.mouse.move(3, 3);
    await expect.poll(() => rendererLoaded(h.ext.ctx, page), { timeout: 5000 }).toBe(true);

    await page.mouse.move(at.x, at.y, { steps: 2 });
    await waitForReadyCard(page, 5000);
    await page.close();
  });
});
