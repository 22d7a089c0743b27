import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstCardState, watchFirstCard } from './support/detection-highlights';
import {
  EXT_DIR,
  ROOT,
  highlightCentres,
  launchWithExtension,
  serveDir,
  type Loaded,
} from './support/extension';
import {
  COLUMN_COMMON,
  COLUMN_EXPECTED,
  columnsPdf,
  highlightTexts,
  printToPdf,
  servePdfs,
  viewerSettled,
  viewerUrl,
  type PdfServer,
  FIRST_CCPD,
} from './support/viewer-pdfs';

const PAGES = resolve(ROOT, '../shared/pages');
const ARTIFACTS = join(ROOT, 'tests/.artifacts/viewer');

/** Saved real pages with terms, printed to PDF by Chromium at test time (never committed). */
const REAL_PAGES = [
  'mentions/gdprhub__Constitutional_Court_Belgium_-_135_2019.html',
  'mentions/gdprhub__CE_-_433555.html',
  'mentions/htmldate__eval-lepoint.fr-terrorisme.html',
  'mentions/gdprhub__AP_The_Netherlands_-_24.02.2022.html',
  'mentions/senapy__verified_dosleg__terrorismus__input.html',
];

/** How many of `want` (a multiset) are in `got`. */
function overlap(want: string[], got: string[]): number {
  const pool = new Map<string, number>();
  for (const g of got) pool.set(g, (pool.get(g) ?? 0) + 1);
  let n = 0;
  for (const w of want) {
    const left = pool.get(w) ?? 0;
    if (left > 0) {
      n++;
      pool.set(w, left - 1);
    }
  }
  return n;
}

describe('PDF viewer (viewer.html?file=)', () => {
  let ext: Loaded;
  let pdfs: PdfServer;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ext = await launchWithExtension();
    pdfs = await servePdfs();
    pdfs.set('/columns.pdf', columnsPdf());
  });
  afterAll(async () => {
    await ext?.close();
    await pdfs?.close();
  });

  it('finds terms broken across lines and hyphenated at line ends, in two columns, nothing inside words', async () => {
    const page = await ext.ctx.newPage();
    await page.goto(viewerUrl(ext.extId, pdfs.url + 'columns.pdf'));
    expect(await viewerSettled(page)).toBe('ready');
    expect(await highlightTexts(page)).toEqual([...COLUMN_EXPECTED].sort());
    // Every highlight name is a vdl-* one, over the text layer's own text nodes.
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/^vdl-/);
    const inLayer = await page.evaluate(() =>
      [...CSS.highlights.values()].every((h) =>
        [...h].every((r) => !!r.startContainer.parentElement?.closest('.textLayer')),
      ),
    );
    expect(inLayer).toBe(true);
    // The text layer is real, selectable text.
    const selected = await page.evaluate(() => {
      const layer = document.querySelector('.textLayer')!;
      const sel = getSelection()!;
      sel.selectAllChildren(layer);
      return sel.toString().replace(/\s+/g, ' ');
    });
    expect(selected).toContain('mandat d’arrêt européen reste');
    // The count says how many terms were found, common ones included.
    expect(await page.locator('[data-terms]').getAttribute('data-terms')).toBe(
      String(COLUMN_EXPECTED.length + COLUMN_COMMON.length),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'columns.png') });
    await page.close();
  });

  it('highlights at least 90% of the terms the HTML page shows, in the same page printed to PDF', async () => {
    const work = mkdtempSync(join(ARTIFACTS, 'pages-'));
    for (const f of REAL_PAGES) copyFileSync(join(PAGES, f), join(work, f.replace(/^.*\//, '')));
    const site = await serveDir(work, { stripScripts: true });
    let want = 0;
    let got = 0;
    const rows: string[] = [];
    try {
      for (const f of REAL_PAGES) {
        const name = f.replace(/^.*\//, '');
        const html = await ext.ctx.newPage();
        await html.route(/^(?!http:\/\/127\.0\.0\.1)/, (r) => r.abort());
        await html.goto(site.url + encodeURIComponent(name), { waitUntil: 'load' });
        await html.waitForTimeout(2500);
        const htmlTerms = await highlightTexts(html);
        pdfs.set(`/${name}.pdf`, await printToPdf(html));
        await html.close();
        const viewer = await ext.ctx.newPage();
        await viewer.goto(viewerUrl(ext.extId, pdfs.url + encodeURIComponent(`${name}.pdf`)));
        expect(await viewerSettled(viewer)).toBe('ready');
        const pdfTerms = await highlightTexts(viewer);
        await viewer.close();
        const n = overlap(htmlTerms, pdfTerms);
        rows.push(`${name}: html ${htmlTerms.length}, pdf ${pdfTerms.length}, common ${n}`);
        want += htmlTerms.length;
        got += n;
      }
    } finally {
      await site.close();
      // The saved pages belong to their publishers: no copy is left behind.
      rmSync(work, { recursive: true, force: true });
    }
    console.log(`[viewer] HTML terms found in the PDF: ${got}/${want}\n  ${rows.join('\n  ')}`);
    expect(want).toBeGreaterThan(20);
    expect(got / want).toBeGreaterThanOrEqual(0.9);
  }, 180_000);

  it('hover → card → passage link → reader, the PDF staying open', async () => {
    const page = await ext.ctx.newPage();
    await page.goto(viewerUrl(ext.extId, pdfs.url + 'columns.pdf'));
    expect(await viewerSettled(page)).toBe('ready');
    // Before the term's centre is read: the move follows that read at once, as it did before.
    await watchFirstCard(page);
    const [point] = (await page.evaluate(highlightCentres, FIRST_CCPD)) ?? [null];
    expect(point).not.toBeNull();
    // From the corner (the toolbar, no term) in one move: a path through the text may rest on
    // another term past the hover delay on a loaded machine (as in viewer-firefox).
    await page.mouse.move(1, 1);
    await page.mouse.move(point!.x, point!.y);
    // The card waits a moment for its data (DATA_GRACE_MS): it opens whole.
    expect(await firstCardState(page)).toBe('ready meaning');
    const card = page.locator('vdl-card .card[data-term]');
    await card.waitFor({ timeout: 5000 });
    expect(await card.getAttribute('data-term')).toBe('ccpd');
    // The PDF says it is French (/Lang fr-BE): the card speaks French, whatever the browser's language.
    expect(await card.getAttribute('lang')).toBe('fr');
    await page.locator('vdl-card .card[data-state=ready]').waitFor({ timeout: 5000 });
    expect(
      (
        await page
          .locator('vdl-card [data-part=meaning], vdl-card .explanation')
          .first()
          .innerText()
      ).length,
    ).toBeGreaterThan(20);
    const link = page.locator('vdl-card a[href*="reader.html"]').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/reader\.html\?doc=[^&]+&passage=p-/);
    const [reader] = await Promise.all([ext.ctx.waitForEvent('page'), link.click()]);
    const passage = new URL(href!).searchParams.get('passage')!;
    await reader.waitForSelector(`[id="${passage}"][aria-current=location]`, { timeout: 10_000 });
    // The viewer tab still shows the PDF.
    expect(page.url()).toContain('viewer.html?file=');
    await reader.close();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('vdl-card .card[data-term]').count()).toBe(0);
    await page.close();
  });

  it('opens a local PDF from the file picker and by drag and drop', async () => {
    const page = await ext.ctx.newPage();
    await page.goto(`chrome-extension://${ext.extId}/viewer.html`);
    await page.locator('.start').waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'local.pdf',
      mimeType: 'application/pdf',
      buffer: columnsPdf(),
    });
    expect(await viewerSettled(page)).toBe('ready');
    expect(await page.locator('.doc-name').innerText()).toBe('local.pdf');
    expect(await highlightTexts(page)).toEqual([...COLUMN_EXPECTED].sort());

    const bytes = [...columnsPdf()];
    await page.evaluate((b) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(b)], 'dropped.pdf', { type: 'application/pdf' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    }, bytes);
    await expect.poll(() => page.locator('.doc-name').innerText()).toBe('dropped.pdf');
    expect(await viewerSettled(page)).toBe('ready');
    expect(await highlightTexts(page)).toEqual([...COLUMN_EXPECTED].sort());
    await page.close();
  });

  it('pdf.js and its worker load only in the viewer', async () => {
    const worker = readdirSync(join(EXT_DIR, 'assets')).find((f) => f.startsWith('pdf.worker'));
    expect(worker).toBeTruthy();
    const requested: string[] = [];
    ext.ctx.on('request', (r) => {
      if (r.url().includes('pdf.worker')) requested.push(r.url());
    });
    for (const path of ['popup.html', 'options.html', 'reader.html']) {
      const p = await ext.ctx.newPage();
      await p.goto(`chrome-extension://${ext.extId}/${path}`);
      await p.waitForTimeout(300);
      await p.close();
    }
    expect(requested).toEqual([]);
    // Neither the content script, nor the card renderer, nor the background bundle pdf.js.
    for (const f of ['lookup.js', 'card-ui.js', 'card-hover.js', 'background.js']) {
      const code = readFileSync(join(EXT_DIR, f), 'utf8');
      expect(code).not.toContain('GlobalWorkerOptions');
      expect(code).not.toContain('pdf.worker');
    }
    const page = await ext.ctx.newPage();
    await page.goto(viewerUrl(ext.extId, pdfs.url + 'columns.pdf'));
    expect(await viewerSettled(page)).toBe('ready');
    expect(requested.length).toBeGreaterThan(0);
    await page.close();
  });
});
