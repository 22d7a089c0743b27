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
  type Loaded,
  type StaticServer,
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

/** Launches a browser with the extension, serves the fixtures, runs `shoot`, closes both. */
async function session(
  launch: () => Promise<Loaded>,
  shoot: (ext: Loaded, site: StaticServer) => Promise<void>,
): Promise<void> {
  const ext = await launch();
  await ext.ctx.addInitScript(NAME_SHIM);
  const site = await serveDir(FIXTURES);
  try {
    await shoot(ext, site);
  } finally {
    await ext.close();
    await site.close();
  }
}

/** Opens the card on the highlighted CCPD (a hover, or a tap), lets it settle, writes docs/`file`. */
async function shootCard(page: Page, file: string, input: 'mouse' | 'touch'): Promise<void> {
  const at = await highlighted(page, 'CCPD');
  if (input === 'touch') {
    await page.touchscreen.tap(at.x, at.y);
  } else {
    await page.mouse.move(at.x - 40, at.y - 40);
    await page.mouse.move(at.x, at.y, { steps: 4 });
  }
  await cardReady(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(DOCS, file) });
}

const desktop = () =>
  session(launchWithExtension, async (ext, site) => {
    const page = await ext.ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url + 'demo-article.html');
    await shootCard(page, 'screenshot-card.png', 'mouse');

    const viewer = await ext.ctx.newPage();
    await viewer.setViewportSize({ width: 1280, height: 760 });
    await viewer.goto(`chrome-extension://${ext.extId}/viewer.html`);
    await viewer.locator('input[type=file]').setInputFiles({
      name: 'rapport-cooperation.pdf',
      mimeType: 'application/pdf',
      buffer: columnsPdf(),
    });
    await shootCard(viewer, 'screenshot-pdf-viewer.png', 'mouse');
  });

const phone = () =>
  session(launchPhone, async (ext, site) => {
    const page = await ext.ctx.newPage();
    await page.setViewportSize(SMALL_PHONE);
    await page.goto(site.url + 'demo-article.html');
    await shootCard(page, 'screenshot-card-phone.png', 'touch');
  });

await desktop();
await phone();
console.log('screenshots written to docs/');
