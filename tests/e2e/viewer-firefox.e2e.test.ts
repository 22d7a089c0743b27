import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchFirefoxWithExtension,
  openExtensionPage,
  type FirefoxLoaded,
} from './support/extension';
import {
  COLUMN_EXPECTED,
  columnsPdf,
  servePdfs,
  squash,
  type PdfServer,
} from './support/viewer-pdfs';

/** Smoke check of the PDF viewer in firefox-esr: it loads a web PDF, highlights, opens the card. */
describe('PDF viewer in Firefox (firefox-esr)', () => {
  let ff: FirefoxLoaded;
  let pdfs: PdfServer;
  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    pdfs = await servePdfs();
    pdfs.set('/columns.pdf', columnsPdf());
  }, 90_000);
  afterAll(async () => {
    await ff?.close();
    await pdfs?.close();
  });

  it('renders the PDF with its text layer and the same highlights, and shows the card', async () => {
    const page = await ff.browser.newPage();
    openExtensionPage(
      page,
      `${ff.base}viewer.html?file=${encodeURIComponent(pdfs.url + 'columns.pdf')}`,
    );
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', {
      timeout: 30_000,
    });
    const texts = await page.evaluate(() => {
      const out: string[] = [];
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith('vdl-')) continue;
        for (const r of hl) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          out.push(live.toString());
        }
      }
      return out;
    });
    expect(texts.map(squash).sort()).toEqual([...COLUMN_EXPECTED].sort());
    const p = await page.evaluate(() => {
      for (const [, hl] of CSS.highlights) {
        for (const r of hl) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() !== 'CCPD') continue;
          const b = live.getClientRects()[0]!;
          return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
      return null;
    });
    expect(p).not.toBeNull();
    await page.mouse.move(p!.x - 40, p!.y - 40);
    await page.mouse.move(p!.x, p!.y, { steps: 5 });
    await page.waitForFunction(
      () =>
        document
          .querySelector('vdl-card')
          ?.shadowRoot?.querySelector('[data-term=ccpd][data-state=ready]'),
      { timeout: 10_000 },
    );
    await page.close();
  });
});
