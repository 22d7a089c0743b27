import { describe, expect, it } from 'vitest';
import { useExtension } from './support/extension';
import {
  corruptPdf,
  encryptedPdf,
  viewerSettled,
  viewerUrl,
  usePdfServer,
} from './support/viewer-pdfs';

/**
 * Bad input in the viewer: every case ends, quickly, in a clear message (in the browser's
 * language) and an empty page area; nothing hangs.
 */
describe('PDF viewer: bad input', () => {
  const fx = useExtension({ serve: false });
  const web = usePdfServer(() => ({
    '/corrupt.pdf': corruptPdf(),
    '/locked.pdf': encryptedPdf(),
    '/article.pdf': {
      body: Buffer.from(`<!doctype html><p>${'Pas un PDF. '.repeat(200)}</p>`),
      type: 'text/html',
    },
  }));

  // [case, address, error kind, message key, substitutions]
  const cases: [string, () => string, string, string, string[]][] = [
    ['a corrupt PDF', () => web.pdfs.url + 'corrupt.pdf', 'corrupt', 'errCorrupt', []],
    [
      'a PDF locked by a password',
      () => web.pdfs.url + 'locked.pdf',
      'password',
      'errPassword',
      [],
    ],
    [
      'an HTML page at a .pdf address',
      () => web.pdfs.url + 'article.pdf',
      'not-pdf',
      'errNotPdf',
      [],
    ],
    [
      'a PDF over the size limit',
      () => web.pdfs.url + 'huge.pdf',
      'too-large',
      'errTooLarge',
      ['100'],
    ],
    [
      'an error status',
      () => web.pdfs.url + 'missing.pdf',
      'http-status',
      'errHttpStatus',
      ['404'],
    ],
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
      const page = await fx.ext.ctx.newPage();
      const t0 = Date.now();
      await page.goto(viewerUrl(fx.ext.extId, url()));
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
    const page = await fx.ext.ctx.newPage();
    await page.goto(`chrome-extension://${fx.ext.extId}/viewer.html`);
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
