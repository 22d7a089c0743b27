/**
 * `npm run screenshots`: the README's pictures of the card on the demo article (desktop and a
 * 360×640 phone, tapped) and of the PDF viewer, taken from the built extension (`npm run build`
 * first) into docs/. The Dutch and English cards come from card-language.e2e.test.ts
 * (VDL_SCREENSHOTS=1).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  FIXTURES,
  ROOT,
  highlightCentres,
  launchWithExtension,
  serveDir,
} from './support/extension';
import { SMALL_PHONE, launchPhone } from './support/touch';
import { columnsPdf } from './support/viewer-pdfs';

const DOCS = join(ROOT, 'docs');

/** Scrolls the first highlighted occurrence of `text` to the middle; returns its centre. */
async function highlighted(page: Page, text: string): Promise<{ x: number; y: number }> {
  const handle = await page.waitForFunction(
    highlightCentres,
    { limit: 1, scroll: true, text },
    {
      timeout: 15_000,
    },
  );
  return (await handle.jsonValue())![0]!;
}

/** tsx (esbuild keepNames) wraps nested functions in __name(): give the evaluated code one. */
const NAME_SHIM = { content: 'globalThis.__name ??= (f) => f;' };

const cardReady = (page: Page) =>
  page.locator('vdl-card [data-term][data-state=ready]').waitFor({ timeout: 10_000 });

async function desktop(): Promise<void> {
  const ext = await launchWithExtension();
  await ext.ctx.addInitScript(NAME_SHIM);
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
  await ext.ctx.addInitScript(NAME_SHIM);
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
