/** The options suites' storage and page helpers, for a fixture from useExtension(). */
import type { Page } from 'playwright-core';
import type { ExtensionFixture } from './extension';

export function optionsPageHelpers(fx: ExtensionFixture) {
  const stored = () =>
    fx.ext.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      return chrome.storage.sync.get(['settings', 'settings$']) as Promise<Record<string, any>>;
    });
  const settings = async () => (await stored()).settings ?? {};
  const writeStorage = (items: Record<string, unknown>) =>
    fx.ext.worker.evaluate(async (it) => {
      const chrome = (globalThis as any).chrome;
      await chrome.storage.sync.clear();
      await chrome.storage.sync.set(it);
    }, items);

  async function openOptions(): Promise<Page> {
    const p = await fx.ext.ctx.newPage();
    await p.goto(`chrome-extension://${fx.ext.extId}/options.html`);
    await p.locator('#enabled').waitFor();
    return p;
  }

  return { stored, settings, writeStorage, openOptions };
}
