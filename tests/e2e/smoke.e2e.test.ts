import { describe, expect, it } from 'vitest';
import { useExtension } from './support/extension';

describe('smoke: the built extension loads in Chromium', () => {
  const h = useExtension();

  it('registers a service worker from the extension', () => {
    expect(h.ext.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  for (const name of ['popup.html', 'reader.html?doc=declaration-2018-06-11']) {
    it(`opens ${name} without errors`, async () => {
      const page = await h.ext.ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(h.extensionUrl(name));
      await page.waitForLoadState('load');
      await expect.poll(() => page.locator('#app *').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('opens the demo article without page errors', async () => {
    const page = await h.ext.ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(h.site.url + 'demo-article.html');
    await expect(page.title()).resolves.toContain('Paris et Bruxelles');
    expect(errors).toEqual([]);
    await page.close();
  });
});
