import { beforeAll, describe, expect, it } from 'vitest';
import { highlightCentres, useExtension } from './support/extension';
import { columnsPdf, highlightTexts, viewerSettled } from './support/viewer-pdfs';

/**
 * The privacy promise: no request ever leaves the extension. Every extension page and the demo
 * page are used with the network blocked; any request that is not to the extension itself or to
 * the local test server fails the test.
 */
describe('no network requests', () => {
  const h = useExtension();
  const outside: string[] = [];
  beforeAll(async () => {
    const { ext, site } = h;
    const allowed = (url: string) =>
      url.startsWith(`chrome-extension://${ext.extId}/`) ||
      url.startsWith(site.url) ||
      /^(data|blob|about):/.test(url);
    ext.ctx.on('request', (r) => {
      if (!allowed(r.url())) outside.push(r.url());
    });
    await ext.ctx.route(
      (url) => !allowed(url.href),
      (route) => route.abort('blockedbyclient'),
    );
  });

  it('the demo page, hovered and searched, and every extension page make no outside request', async () => {
    const page = await h.ext.ctx.newPage();
    await page.goto(h.site.url + 'demo-article.html');
    await page.waitForTimeout(1500);
    // Hover every highlighted term once (at most 4): the card fetches its data from the background.
    const points = await page
      .waitForFunction(highlightCentres, { limit: 4, scroll: false }, { timeout: 10_000 })
      .then(async (handle) => (await handle.jsonValue()) ?? []);
    for (const p of points) {
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(450);
    }
    for (const path of [
      'popup.html',
      'popup.html?q=Tournai',
      'reader.html',
      'reader.html?doc=declaration-2023-05-05',
      'options.html',
      'welcome.html',
    ]) {
      const p = await h.ext.ctx.newPage();
      await p.goto(h.extensionUrl(path)).catch(() => {});
      await p.waitForTimeout(400);
      await p.close();
    }
    await page.close();
    expect(outside).toEqual([]);
  });

  it('the PDF viewer with a local PDF: highlighted, hovered, no request at all beyond the extension', async () => {
    const seen: string[] = [];
    const onRequest = (r: { url(): string }) => void seen.push(r.url());
    h.ext.ctx.on('request', onRequest);
    const page = await h.ext.ctx.newPage();
    await page.goto(`chrome-extension://${h.ext.extId}/viewer.html`);
    await page.locator('input[type=file]').setInputFiles({
      name: 'local.pdf',
      mimeType: 'application/pdf',
      buffer: columnsPdf(),
    });
    expect(await viewerSettled(page)).toBe('ready');
    const texts = await highlightTexts(page);
    expect(texts.length).toBeGreaterThan(5);
    const box = await page.evaluate(() => {
      const r = [...CSS.highlights.values()][0]!.values().next().value as AbstractRange;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const b = live.getClientRects()[0]!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    await page.mouse.move(box.x - 30, box.y - 30);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await page.locator('vdl-card .card[data-state=ready]').waitFor({ timeout: 5000 });
    await page.close();
    h.ext.ctx.off('request', onRequest);
    expect(outside).toEqual([]);
    expect(seen.filter((u) => !u.startsWith(`chrome-extension://${h.ext.extId}/`))).toEqual([]);
  });

  it('the built extension ships no remote code hooks', async () => {
    const manifest = (await h.ext.worker.evaluate(() =>
      (globalThis as any).chrome.runtime.getManifest(),
    )) as {
      permissions?: string[];
      host_permissions?: string[];
      content_scripts?: { matches: string[] }[];
    };
    expect(manifest.permissions?.sort()).toEqual(['contextMenus', 'scripting', 'storage']);
    // Host access is exactly the content script's (needed to inject the card's renderer on
    // demand): no site beyond those the content script already runs on.
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest.content_scripts?.map((c) => c.matches)).toEqual([['<all_urls>']]);
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
  });
});

/** Pages must not be able to tell the extension is there, nor be woken by it. */
describe('nothing posted to the page', () => {
  const h = useExtension();

  it('a page and its frame with terms, hovered, receive no message or event from the extension', async () => {
    const page = await h.ext.ctx.newPage();
    // The page's own listeners, installed before any script of the extension runs: messages, and
    // the start-up event WXT's content-script context dispatched on the document, named after the
    // extension's id (the content script no longer uses that context: frame-context.ts).
    await page.addInitScript((started) => {
      const seen: string[] = [];
      (window as unknown as { vdlSeen: string[] }).vdlSeen = seen;
      window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data)));
      document.addEventListener(started, (e) => seen.push(e.type), true);
    }, `${h.ext.extId}:lookup:wxt:content-script-started`);
    await page.goto(h.site.url + 'demo-article.html');
    const points = await page
      .waitForFunction(highlightCentres, { limit: 2, scroll: false }, { timeout: 10_000 })
      .then(async (handle) => (await handle.jsonValue()) ?? []);
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      await page.mouse.move(p.x, p.y);
      await page.waitForTimeout(450);
    }
    await page.waitForSelector('vdl-card', { state: 'attached', timeout: 5000 });
    const seen = await page.evaluate(() => (window as unknown as { vdlSeen: string[] }).vdlSeen);
    expect(seen).toEqual([]);
    await page.close();
  });
});
