import { describe, expect, it } from 'vitest';
import {
  highlightCentres,
  openExtensionPage,
  useFirefox,
  waitInFirefoxPage,
} from './support/extension';
import { waitInCard } from './support/firefox-card';
import {
  COLUMN_EXPECTED,
  FIRST_CCPD,
  columnsPdf,
  squash,
  usePdfServer,
} from './support/viewer-pdfs';

/** Smoke check of the PDF viewer in firefox-esr: it loads a web PDF, highlights, opens the card. */
describe('PDF viewer in Firefox (firefox-esr)', () => {
  const fx = useFirefox();
  const web = usePdfServer(() => ({
    '/columns.pdf': columnsPdf(),
  }));

  it('renders the PDF with its text layer and the same highlights, and shows the card', async () => {
    const page = await fx.ff.newPage();
    openExtensionPage(
      page,
      `${fx.ff.base}viewer.html?file=${encodeURIComponent(web.pdfs.url + 'columns.pdf')}`,
    );
    await waitInFirefoxPage(page, () => document.documentElement.dataset.state === 'ready', null);
    const all = { limit: 100_000, scroll: false, all: true };
    const texts = ((await page.evaluate(highlightCentres, all)) ?? []).map((h) => h.text);
    expect(texts.map(squash).sort()).toEqual([...COLUMN_EXPECTED].sort());
    const [p] = (await page.evaluate(highlightCentres, FIRST_CCPD)) ?? [null];
    expect(p).not.toBeNull();
    // From the corner (the toolbar, no term) to the term in one move: a path through the text
    // crossed « Accord de Tournai », and on a loaded machine BiDi's steps rested
    // there past the hover delay, so that card opened and covered CCPD (seen in CI).
    await page.mouse.move(1, 1);
    await page.mouse.move(p!.x, p!.y);
    await waitInCard(page, '[data-term=ccpd][data-state=ready]');
    await page.close();
  });
});
