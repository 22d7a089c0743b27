import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES,
  launchWithExtension,
  serveDir,
  type Loaded,
  type StaticServer,
} from './support/extension';

describe('smoke: the built extension loads in Chromium', () => {
  let ext: Loaded;
  let site: StaticServer;
  beforeAll(async () => {
    ext = await launchWithExtension();
    site = await serveDir(FIXTURES);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('registers a service worker from the extension', () => {
    expect(ext.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  for (const name of ['popup.html', 'reader.html?doc=declaration-2018-06-11']) {
    it(`opens ${name} without errors`, async () => {
      const page = await ext.ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`chrome-extension://${ext.extId}/${name}`);
      await page.waitForLoadState('load');
      await expect.poll(() => page.locator('#app *').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('opens the demo article without page errors', async () => {
    const page = await ext.ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(site.url + 'demo-article.html');
    await expect(page.title()).resolves.toContain('Paris et Bruxelles');
    expect(errors).toEqual([]);
    await page.close();
  });
});
