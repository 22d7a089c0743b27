import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Loaded } from './support/extension';
import {
  corruptPdf,
  encryptedPdf,
  servePdfs,
  viewerSettled,
  viewerUrl,
  type PdfServer,
} from './support/viewer-pdfs';

/**
 * Bad input in the viewer: every case ends, quickly, in a clear message (in the browser's
 * language) and an empty page area; nothing hangs.
 */
describe('PDF viewer: bad input', () => {
  let ext: Loaded;
  let pdfs: PdfServer;
  beforeAll(async () => {
    ext = await launchWithExtension();
    pdfs = await servePdfs();
    pdfs.set('/corrupt.pdf', corruptPdf());
    pdfs.set('/locked.pdf', encryptedPdf());
    pdfs.set(
      '/article.pdf',
      Buffer.from(`<!doctype html><p>${'Pas un PDF. '.repeat(200)}</p>`),
      'text/html',
    );
  });
  afterAll(async () => {
    await ext?.close();
    await pdfs?.close();
  });

  // [case, address, error kind, message key, substitutions]
  const cases: [string, () => string, string, string, string[]][] = [
    ['a corrupt PDF', () => pdfs.url + 'corrupt.pdf', 'corrupt', 'errCorrupt', []],
    ['a PDF locked by a password', () => pdfs.url + 'locked.pdf', 'password', 'errPassword', []],
    ['an HTML page at a .pdf address', () => pdfs.url + 'article.pdf', 'not-pdf', 'errNotPdf', []],
    ['a PDF over the size limit', () => pdfs.url + 'huge.pdf', 'too-large', 'errTooLarge', ['100']],
    ['an error status', () => pdfs.url + 'missing.pdf', 'http-status', 'errHttpStatus', ['404']],
    [
      'an unreachable address',
      () => 'http://127.0.0.1:1/x.pdf',
      'unreachable',
      'errUnreachable',
      [],
    ],
    ['a non-web address', () => 'javascript:alert(1)', 'bad-address', 'errBadAddress', []],
  ];

  for (const [what, url, kind, key, subs] of cases) {
    it(`says so for ${what}`, async () => {
      const page = await ext.ctx.newPage();
      const t0 = Date.now();
      await page.goto(viewerUrl(ext.extId, url()));
      expect(await viewerSettled(page, 15_000)).toBe('error');
      expect(Date.now() - t0).toBeLessThan(15_000);
      const alert = page.locator('[role=alert][data-error]');
      expect(await alert.getAttribute('data-error')).toBe(kind);
      // The message in the browser's language (fr, en or nl: the extension's own catalogue).
      const message = await page.evaluate(
        ([k, a]) => (globalThis as any).chrome.i18n.getMessage(`viewer_${k}`, a) as string,
        [key, subs] as const,
      );
      expect(message.length).toBeGreaterThan(20);
      expect(await alert.locator('p').first().innerText()).toBe(message);
      expect(await page.locator('#pages .page').count()).toBe(0);
      expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
      await page.close();
    });
  }

  it('refuses a local file that is not a PDF, and recovers with the next one', async () => {
    const page = await ext.ctx.newPage();
    await page.goto(`chrome-extension://${ext.extId}/viewer.html`);
    await page.locator('input[type=file]').setInputFiles({
      name: 'notes.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('juste du texte, pas un PDF'),
    });
    expect(await viewerSettled(page)).toBe('error');
    expect(await page.locator('[data-error]').getAttribute('data-error')).toBe('not-pdf');
    await page.locator('input[type=file]').setInputFiles({
      name: 'verrou.pdf',
      mimeType: 'application/pdf',
      buffer: encryptedPdf(),
    });
    await expect
      .poll(() => page.locator('[data-error]').getAttribute('data-error'))
      .toBe('password');
    await page.close();
  });
});
