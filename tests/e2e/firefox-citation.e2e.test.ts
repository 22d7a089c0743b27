/**
 * The card's citation-format buttons in Firefox (firefox-esr): a click picks the format (pressed
 * state) and the passage's copy button then copies in it, as the status line says.
 */
import { describe, expect, it } from 'vitest';
import { setFirefoxViewport, useFirefox } from './support/extension';
import { clickInCard, hoverFirstTerm, waitInCard } from './support/firefox-card';

const COPIED = {
  fr: 'Citation copiée (BibTeX)',
  en: 'Citation copied (BibTeX)',
  nl: 'Citaat gekopieerd (BibTeX)',
};

describe('card citation formats (Firefox)', () => {
  const h = useFirefox();

  it('a format button picks BibTeX, and the copy says so', async () => {
    const page = await h.ff.newPage();
    // Room for the whole card (the default 800×600 puts its last passages below the fold).
    await setFirefoxViewport(page, { width: 1280, height: 900 });
    await page.goto(h.site.url + 'demo-article.html');
    await hoverFirstTerm(page, '[data-term][data-state=ready] [data-format=bibtex]');
    const state = () =>
      page.evaluate(() => {
        const root = document.querySelector('vdl-card')!.shadowRoot!;
        return {
          lang: root.querySelector('[data-term]')!.getAttribute('lang') as 'fr' | 'en' | 'nl',
          pressed: [...root.querySelectorAll('[data-format][aria-pressed=true]')].map((b) =>
            b.getAttribute('data-format'),
          ),
          status: root.querySelector('.foot .status')!.textContent,
        };
      });
    expect((await state()).pressed).toEqual(['text']);
    await clickInCard(page, '[data-format=bibtex]');
    await waitInCard(page, '[data-format=bibtex][aria-pressed=true]', 5_000);
    expect((await state()).pressed).toEqual(['bibtex']);
    await clickInCard(page, 'li.passage [data-action=copy]');
    await page.waitForFunction(
      () =>
        !!document.querySelector('vdl-card')?.shadowRoot?.querySelector('.foot .status')
          ?.textContent,
      { timeout: 5_000 },
    );
    const s = await state();
    expect(s.status).toBe(COPIED[s.lang]);
    await page.close();
  });
});
