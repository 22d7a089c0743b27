import { beforeAll, describe, expect, it } from 'vitest';
import { highlightCentres, useExtension } from './support/extension';

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
