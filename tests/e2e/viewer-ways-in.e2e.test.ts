import { describe, expect, it } from 'vitest';
import { useExtension } from './support/extension';
import {
  COLUMN_EXPECTED,
  columnsPdf,
  highlightTexts,
  viewerSettled,
  usePdfServer,
} from './support/viewer-pdfs';

/** The ways into the viewer: the popup's entry on a PDF tab, and the opt-in auto-open. */
describe('PDF viewer: ways in', () => {
  const fx = useExtension({ serve: false });
  const web = usePdfServer(() => ({
    '/report.pdf': columnsPdf(),
    '/page.html': {
      body: Buffer.from('<!doctype html><p>Une page, pas un PDF.</p>'),
      type: 'text/html',
    },
  }));

  /** A viewer message in the browser's language. */
  const msg = (page: import('playwright-core').Page, key: string) =>
    page.evaluate((k) => (globalThis as any).chrome.i18n.getMessage(`viewer_${k}`) as string, key);

  /** The popup, loaded in a background tab of the same window, so `pdfTab` is the active one. */
  async function popupBeside(pdfTab: import('playwright-core').Page) {
    const popup = await fx.ext.ctx.newPage();
    await popup.goto(`chrome-extension://${fx.ext.extId}/popup.html`);
    await pdfTab.bringToFront();
    await popup.reload();
    await popup.locator('input[type=search]').waitFor();
    return popup;
  }

  it('the popup offers « Ouvrir dans Val Duchesse Lookup » on a PDF tab, and it opens the viewer there', async () => {
    const tab = await fx.ext.ctx.newPage();
    await tab.goto(web.pdfs.url + 'report.pdf').catch(() => {}); // the browser's own viewer, or a download
    const popup = await popupBeside(tab);
    const button = popup.getByRole('button', { name: await msg(popup, 'popupOpen') });
    await button.waitFor({ timeout: 5000 });
    await button.click();
    await expect.poll(() => tab.url()).toContain('/viewer.html?file=');
    expect(new URL(tab.url()).searchParams.get('file')).toBe(web.pdfs.url + 'report.pdf');
    expect(await viewerSettled(tab)).toBe('ready');
    expect(await highlightTexts(tab)).toEqual([...COLUMN_EXPECTED].sort());
    await tab.close();
  });

  it('the popup offers nothing on an ordinary page', async () => {
    const tab = await fx.ext.ctx.newPage();
    await tab.goto(web.pdfs.url + 'page.html');
    const popup = await popupBeside(tab);
    await popup.waitForTimeout(800);
    expect(
      await popup.getByRole('button', { name: 'Ouvrir dans Val Duchesse Lookup' }).count(),
    ).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('auto-open is off by default, and once switched on in the options, web PDFs open in the viewer', async () => {
    const before = await fx.ext.ctx.newPage();
    await before.goto(web.pdfs.url + 'report.pdf').catch(() => {});
    await before.waitForTimeout(1000);
    expect(before.url()).not.toContain('viewer.html');
    await before.close();

    const options = await fx.ext.ctx.newPage();
    await options.goto(`chrome-extension://${fx.ext.extId}/options.html`);
    const toggle = options.getByRole('switch', { name: await msg(options, 'autoOpenLabel') });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect
      .poll(() =>
        fx.ext.worker.evaluate(async () => {
          const r = await (globalThis as any).chrome.storage.sync.get('settings');
          return r.settings?.openPdfInViewer;
        }),
      )
      .toBe(true);
    await options.close();

    const tab = await fx.ext.ctx.newPage();
    await tab.goto(web.pdfs.url + 'report.pdf').catch(() => {});
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toContain('/viewer.html?file=');
    expect(await viewerSettled(tab)).toBe('ready');
    expect((await highlightTexts(tab)).length).toBe(COLUMN_EXPECTED.length);
    // The « original » link goes back to the browser's own viewer without bouncing back.
    const original = await tab.locator('a.original').getAttribute('href');
    expect(original).toBe(web.pdfs.url + 'report.pdf#vdl-native');
    await tab.goto(original!).catch(() => {});
    await tab.waitForTimeout(1000);
    expect(tab.url()).not.toContain('viewer.html');
    // An ordinary page is left alone.
    await tab.goto(web.pdfs.url + 'page.html');
    await tab.waitForTimeout(500);
    expect(tab.url()).toBe(web.pdfs.url + 'page.html');
    await tab.close();
  });
});
