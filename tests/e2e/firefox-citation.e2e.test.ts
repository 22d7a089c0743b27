/**
 * The card's citation-format buttons in Firefox (firefox-esr): a click picks the format (pressed
 * state) and the passage's copy button then copies in it, as the status line says.
 */
import { describe, expect, it } from 'vitest';
import { highlightCentres, useFirefox } from './support/extension';

const COPIED = {
  fr: 'Citation copiée (BibTeX)',
  en: 'Citation copied (BibTeX)',
  nl: 'Citaat gekopieerd (BibTeX)',
};

describe('card citation formats (Firefox)', () => {
  const h = useFirefox();

  it('a format button picks BibTeX, and the copy says so', async () => {
    const page = await h.ff.browser.newPage();
    // Room for the whole card (the default 800×600 puts its last passages below the fold).
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(h.site.url + 'demo-article.html');
    const handle = await page.waitForFunction(
      highlightCentres,
      { timeout: 15_000 },
      { limit: 1, scroll: true },
    );
    const at = (await handle.jsonValue())![0]!;
    await page.mouse.move(at.x - 40, at.y - 60);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('vdl-card')
          ?.shadowRoot?.querySelector('[data-term][data-state=ready] [data-format=bibtex]'),
      { timeout: 10_000 },
    );
    const centre = (sel: string) =>
      page.evaluate((s) => {
        const el = document.querySelector('vdl-card')!.shadowRoot!.querySelector(s)!;
        const b = el.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }, sel);
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
    const b = await centre('[data-format=bibtex]');
    await page.mouse.move(b.x, b.y, { steps: 3 });
    await page.mouse.click(b.x, b.y);
    await page.waitForFunction(
      () =>
        document
          .querySelector('vdl-card')
          ?.shadowRoot?.querySelector('[data-format=bibtex]')
          ?.getAttribute('aria-pressed') === 'true',
      { timeout: 5_000 },
    );
    expect((await state()).pressed).toEqual(['bibtex']);
    const c = await centre('li.passage [data-action=copy]');
    await page.mouse.move(c.x, c.y, { steps: 3 });
    await page.mouse.click(c.x, c.y);
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
