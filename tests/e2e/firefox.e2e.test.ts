import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, serveDir, type StaticServer } from './support/extension';
import {
  launchFirefoxWithExtension,
  openExtensionPage,
  type FirefoxLoaded,
} from './support/firefox';

/** The Firefox build, headless in firefox-esr: highlights, popup search, reader. */
describe('Firefox (firefox-esr, WebDriver BiDi)', () => {
  let ff: FirefoxLoaded;
  let site: StaticServer;
  beforeAll(async () => {
    ff = await launchFirefoxWithExtension();
    site = await serveDir(FIXTURES);
  }, 90_000);
  afterAll(async () => {
    await ff?.close();
    await site?.close();
  });

  it('highlights terms on the demo article', async () => {
    const page = await ff.browser.newPage();
    await page.goto(site.url + 'demo-article.html');
    await page.waitForFunction(
      () =>
        [...CSS.highlights.keys()].some(
          (k) => k.startsWith('vdl-') && CSS.highlights.get(k)!.size > 0,
        ),
      { timeout: 15_000 },
    );
    const texts = await page.evaluate(() => {
      const out: string[] = [];
      for (const [name, hl] of CSS.highlights)
        if (name.startsWith('vdl-'))
          for (const r of hl)
            out.push(r.startContainer.textContent!.slice(r.startOffset, r.endOffset));
      return out;
    });
    expect(texts).toContain('CCPD');
    expect(texts).toContain('Eurojust');
    await page.close();
  });

  it('opens the hover card on a term (its renderer injected on demand)', async () => {
    const page = await ff.browser.newPage();
    await page.goto(site.url + 'demo-article.html');
    const handle = await page.waitForFunction(
      () => {
        for (const [name, hl] of CSS.highlights) {
          if (!name.startsWith('vdl-')) continue;
          for (const r of hl) {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
            const b = live.getBoundingClientRect();
            if (b.width > 0) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
          }
        }
        return null;
      },
      { timeout: 15_000 },
    );
    const at = (await handle.jsonValue())!;
    await page.mouse.move(at.x - 40, at.y - 60);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('vdl-card')
          ?.shadowRoot?.querySelector('[data-term][data-state=ready]'),
      { timeout: 10_000 },
    );
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
    const page = await ff.browser.newPage();
    openExtensionPage(page, ff.base + 'popup.html');
    await page.waitForSelector('input[type=search]');
    await page.type('input[type=search]', 'Tournai');
    await page.waitForSelector('[role=listbox] [role=option][data-passage]', { timeout: 10_000 });
    const first = await page.$eval('[role=listbox] [role=option][data-passage]', (o) => ({
      doc: o.getAttribute('data-doc')!,
      passage: o.getAttribute('data-passage')!,
      text: (o as HTMLElement).innerText,
    }));
    expect(first.text).toMatch(/Tournai/);
    openExtensionPage(page, `${ff.base}reader.html?doc=${first.doc}&passage=${first.passage}`);
    await page.waitForSelector(`[id="${first.passage}"][aria-current=location]`, {
      timeout: 10_000,
    });
    const inView = await page.$eval(`[id="${first.passage}"]`, (el) => {
      const b = el.getBoundingClientRect();
      return b.top < innerHeight && b.bottom > 0;
    });
    expect(inView).toBe(true);
    await page.close();
  });
});
