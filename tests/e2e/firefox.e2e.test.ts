import { describe, expect, it } from 'vitest';
import { openExtensionPage, useFirefox, waitInFirefoxPage } from './support/extension';
import { hoverFirstTerm } from './support/firefox-card';

/** The Firefox build, headless in firefox-esr: highlights, popup search, reader. */
describe('Firefox (firefox-esr, WebDriver BiDi)', () => {
  const h = useFirefox();

  it('highlights terms on the demo article', async () => {
    const page = await h.ff.newPage();
    await page.goto(h.site.url + 'demo-article.html');
    // The first marks are drawn at once, the rest when the pass ends: wait for the pass.
    const texts = await page
      .waitForFunction(
        () => {
          const out: string[] = [];
          for (const [name, hl] of CSS.highlights)
            if (name.startsWith('vdl-'))
              for (const r of hl)
                out.push(r.startContainer.textContent!.slice(r.startOffset, r.endOffset));
          return out.includes('CCPD') && out.includes('Eurojust') ? out : null;
        },
        { timeout: 15_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<string[]>);
    expect(texts).toContain('CCPD');
    expect(texts).toContain('Eurojust');
    await page.close();
  });

  it('opens the hover card on a term (its renderer injected on demand)', async () => {
    const page = await h.ff.newPage();
    await page.goto(h.site.url + 'demo-article.html');
    await hoverFirstTerm(page, '[data-term][data-state=ready]');
    const card = await page.evaluate(() => {
      const root = document.querySelector('vdl-card')!.shadowRoot!.querySelector('[data-term]')!;
      return {
        hosts: document.querySelectorAll('vdl-card').length,
        term: root.getAttribute('data-term'),
        links: [...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      };
    });
    expect(card.hosts).toBe(1);
    expect(card.term).toMatch(/^[a-z0-9-]+$/);
    expect(card.links.length).toBeGreaterThan(0);
    for (const href of card.links) {
      const u = new URL(href);
      expect(u.protocol).toBe('moz-extension:');
      expect(u.pathname).toBe('/reader.html');
      expect(u.searchParams.get('term')).toBe(card.term);
    }
    await page.close();
  });

  it('searches from the popup page and opens the reader on a passage', async () => {
    const page = await h.ff.newPage();
    openExtensionPage(page, h.ff.base + 'popup.html');
    await waitInFirefoxPage(page, (sel) => !!document.querySelector(sel!), 'input[type=search]');
    await page.type('input[type=search]', 'Tournai');
    await page.waitForSelector('[role=listbox] [role=option][data-passage]', { timeout: 10_000 });
    const first = await page.$eval('[role=listbox] [role=option][data-passage]', (o) => ({
      doc: o.getAttribute('data-doc')!,
      passage: o.getAttribute('data-passage')!,
      text: (o as HTMLElement).innerText,
    }));
    expect(first.text).toMatch(/Tournai/);
    openExtensionPage(page, `${h.ff.base}reader.html?doc=${first.doc}&passage=${first.passage}`);
    const current = `[id="${first.passage}"][aria-current=location]`;
    await waitInFirefoxPage(page, (sel) => !!document.querySelector(sel!), current, 10_000);
    const inView = await page.$eval(`[id="${first.passage}"]`, (el) => {
      const b = el.getBoundingClientRect();
      return b.top < innerHeight && b.bottom > 0;
    });
    expect(inView).toBe(true);
    await page.close();
  });
});
