/**
 * What a page that shows terms loads (issue 12): the second stage marks the terms, but the card's
 * renderer (/card-renderer.js) and the card data wait for the reader's first activity on the
 * page; the first hover then still paints a ready card. Read in the extension's own isolated
 * world, where the renderer registers itself.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightCentres, useExtension } from './support/extension';

/** Whether the card's renderer registered itself in the page's main-frame content-script world. */
async function rendererLoaded(ctx: BrowserContext, page: Page): Promise<boolean> {
  const cdp = await ctx.newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find(
      (c) => c.name === 'Val Duchesse Lookup' && c.auxData?.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error('no content-script world in the page');
    const r = await cdp.send('Runtime.evaluate', {
      expression: "!!globalThis[Symbol.for('vdl.card-ui')]",
      contextId: world.id,
      returnByValue: true,
    });
    return r.result.value === true;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

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
    await page.waitForFunction(
      () => {
        const root = document
          .querySelector('vdl-card')
          ?.shadowRoot?.querySelector('[data-term][data-state=ready]');
        return !!root && root.getBoundingClientRect().height > 0;
      },
      null,
      { timeout: 5000 },
    );
    await page.close();
  });
});
