/**
 * `npm run screenshots`: the README's pictures of the card on the demo article (desktop and a
 * 360×640 phone, tapped) and of the PDF viewer, taken from the built extension (`npm run build`
 * first) into docs/. The Dutch and English cards come from card-language.e2e.test.ts
 * (VDL_SCREENSHOTS=1).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, ROOT, launchWithExtension, serveDir } from './support/extension';
import { SMALL_PHONE, launchPhone } from './support/touch';
import { columnsPdf } from './support/viewer-pdfs';

const DOCS = join(ROOT, 'docs');

/** Scrolls the first highlighted occurrence of `text` to the middle; returns its centre. */
async function highlighted(page: Page, text: string): Promise<{ x: number; y: number }> {
  const handle = await page.waitForFunction(
    (want) => {
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith('vdl-')) continue;
        for (const r of hl) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() !== want) continue;
          r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          const b = live.getClientRects()[0];
          if (b && b.width > 0) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
      return null;
    },
    text,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue())!;
}

const cardReady = (page: Page) =>
  page.locator('vdl-card [data-term][data-state=ready]').waitFor({ timeout: 10_000 });

async function desktop(): Promise<void> {
  const ext = await launchWithExtension();
  const site = await serveDir(FIXTURES);
  try {
    const page = await ext.ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url + 'demo-article.html');
    const at = await highlighted(page, 'CCPD');
    await page.mouse.move(at.x - 40, at.y - 40);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await cardReady(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(DOCS, 'screenshot-card.png') });

    const viewer = await ext.ctx.newPage();
    await viewer.setViewportSize({ width: 1280, height: 760 });
    await viewer.goto(`chrome-extension://${ext.extId}/viewer.html`);
    await viewer.locator('input[type=file]').setInputFiles({
      name: 'rapport-cooperation.pdf',
      mimeType: 'application/pdf',
      buffer: columnsPdf(),
    });
    const term = await highlighted(viewer, 'CCPD');
    await viewer.mouse.move(term.x - 40, term.y - 40);
    await viewer.mouse.move(term.x, term.y, { steps: 4 });
    await cardReady(viewer);
    await viewer.waitForTimeout(300);
    await viewer.screenshot({ path: join(DOCS, 'screenshot-pdf-viewer.png') });
  } finally {
    await ext.close();
    await site.close();
  }
}

async function phone(): Promise<void> {
  const ext = await launchPhone();
  const site = await serveDir(FIXTURES);
  try {
    const page = await ext.ctx.newPage();
    await page.setViewportSize(SMALL_PHONE);
    await page.goto(site.url + 'demo-article.html');
    const at = await highlighted(page, 'CCPD');
    await page.touchscreen.tap(at.x, at.y);
    await cardReady(page);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(DOCS, 'screenshot-card-phone.png') });
  } finally {
    await ext.close();
    await site.close();
  }
}

await desktop();
await phone();
console.log('screenshots written to docs/');
