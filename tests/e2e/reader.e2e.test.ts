/** The reader page in a real Chromium: documents, original text, citations, errors, layout. */
import { describe, expect, it } from 'vitest';
import { artifactPath } from './support/extension';
import { corpus, pick, reachable, useReaderPage } from './support/reader-page';

describe('reader page', () => {
  const r = useReaderPage();

  it('lists the documents when no document is given', async () => {
    await r.open('');
    const docs = await r.page.$$eval('[data-doc]', (els) =>
      els.map((e) => e.getAttribute('data-doc')),
    );
    expect(new Set(docs)).toEqual(new Set(corpus.documents.map((d) => d.id)));
    expect(r.errors).toEqual([]);
  });

  it('shows the original text only when asked', async () => {
    const target = pick((p) => p.original !== p.text);
    await r.open(`?doc=${target.doc}&passage=${target.id}`);
    await r.page.waitForSelector('[aria-current=location]');
    expect(await r.page.locator('.original').count()).toBe(0);
    await r.page.locator('[data-action=toggle-original]').click();
    const shown = await r.page
      .locator(`[data-original-of="${target.id}"] .original-text`)
      .textContent();
    expect(shown).toBe(target.original);
    expect(await r.page.locator('[data-action=toggle-original]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    await r.page.keyboard.press('o');
    expect(await r.page.locator('.original').count()).toBe(0);
    await r.page.locator('[data-action=original-all]').check();
    expect(await r.page.locator('.original[data-original-of]').count()).toBe(
      corpus.passages.filter((p) => p.doc === target.doc).length,
    );
  });

  it('copies a citation in the reader language: quote, kind, place, date, source, labelled link', async () => {
    const target = pick((p) => p.doc === 'declaration-2018-06-11' && p.order > 3);
    await r.open(`?doc=${target.doc}&passage=${target.id}`);
    await r.fx.ext.ctx
      .grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: `chrome-extension://${r.fx.ext.extId}`,
      })
      .catch(() => {});
    await r.page.locator('[data-action=copy-citation]').click();
    const toast = r.page.locator('.toast');
    await toast.waitFor();
    // Visible and announced.
    expect(await toast.isVisible()).toBe(true);
    expect(await r.page.locator('.toast-region').getAttribute('aria-live')).toBe('polite');
    const copied = (await toast.getAttribute('data-copied'))!;
    const lines = copied.split('\n');
    // The citation speaks the reader's own language throughout (no English date in French).
    const ui = await r.page.evaluate(() => document.documentElement.lang);
    const words =
      ui === 'en'
        ? {
            q: '“',
            kind: 'joint declaration',
            date: '11 June 2018',
            sep: ': ',
            link: /^In the Val/,
          }
        : ui === 'nl'
          ? {
              q: '„',
              kind: 'gezamenlijke verklaring',
              date: '11 juni 2018',
              sep: ': ',
              link: /^In de lezer/,
            }
          : {
              q: '« ',
              kind: 'déclaration conjointe',
              date: '11 juin 2018',
              sep: '\u00a0: ',
              link: /^Dans le lecteur/,
            };
    expect(lines[0]!.startsWith(words.q + target.text.replace(/\s+/g, ' ').slice(0, 40))).toBe(
      true,
    );
    expect(lines[1]).toContain(
      `Déclaration conjointe des Premiers ministres français et belge sur la coopération`,
    );
    expect(lines[1]).toContain(`, ${words.kind}, Paris, ${words.date}.`);
    expect(copied).toContain(`${words.sep}Site Internet du Premier ministre (France).`);
    expect(copied).not.toMatch(/null|undefined/);
    const last = lines[lines.length - 1]!;
    expect(last).toMatch(words.link);
    const link = last.slice(last.indexOf('chrome-extension://'));
    const url = new URL(link);
    expect(url.searchParams.get('passage')).toBe(target.id);
    expect(url.searchParams.get('doc')).toBe(target.doc);
    const clip = await r.page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
    if (clip !== null) expect(clip).toBe(copied);
    // The link reopens the passage.
    await r.page.goto(link);
    await r.waitCurrent(target.id);
    await r.page.locator('[data-action=copy-text]').click();
    await expect.poll(() => r.page.locator('.toast').getAttribute('data-copied')).toBe(target.text);
  });

  it('explains unknown and hostile ids, never a blank page', async () => {
    const docId = reachable[0]!.doc;
    const cases: Array<[string, string, boolean]> = [
      ['?doc=no-such-doc&passage=p-000', 'unknown-doc', false],
      [`?doc=${docId}&passage=p-deadbeef0000`, 'unknown-passage', true],
      [`?doc=${encodeURIComponent('<script>alert(1)</script>')}`, 'param-doc', false],
      [`?doc=${docId}&passage=${'x'.repeat(10_000)}`, 'param-passage', true],
      [`?doc=${docId}&q=${'ab '.repeat(4000)}`, 'param-q', true],
      [`?doc=${docId}&passage=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E`, 'param-passage', true],
    ];
    for (const [search, notice, docShown] of cases) {
      await r.open(search);
      const n = r.page.locator(`[data-notice="${notice}"]`);
      expect(await n.count(), search.slice(0, 60)).toBe(1);
      expect((await n.textContent())!.length).toBeLessThan(400);
      if (docShown) expect(await r.page.locator(`[data-passage]`).count()).toBeGreaterThan(0);
      else expect(await r.page.locator('.doc-card').count()).toBe(corpus.documents.length);
      expect(await r.page.locator('img, script:not([src])').count()).toBe(0);
    }
    expect(r.errors).toEqual([]);
  });

  it('renders the whole document at once, repaired text only, every passage anchored', async () => {
    for (const d of corpus.documents) {
      await r.open(`?doc=${d.id}`);
      await r.page.waitForTimeout(100);
      const ids = await r.page.$$eval('[data-passage]', (els) => els.map((e) => e.id));
      const expected = corpus.passages.filter((p) => p.doc === d.id).length;
      expect(ids.length).toBe(expected);
      expect(await r.page.locator('.original').count()).toBe(0);
      const text = await r.page.evaluate(() => document.body.innerText);
      expect(text).toContain(d.title);
    }
  });

  it('the sticky bar never covers the heading or passage a jump lands on', async () => {
    const target = pick((p) => /\bPNR\b/.test(p.text) && p.doc === 'declaration-2023-05-05');
    // 700 px: the bar wraps onto more lines (and the contents move below the text).
    for (const width of [1280, 700]) {
      await r.page.setViewportSize({ width, height: 900 });
      await r.open(`?doc=${target.doc}&passage=${target.id}&term=pnr`);
      await r.page.waitForSelector('[aria-current=location]');
      const links = r.page.locator('.toc a');
      const n = await links.count();
      expect(n).toBeGreaterThan(2);
      for (const i of [1, Math.floor(n / 2), n - 1]) {
        const id = (await links.nth(i).getAttribute('href'))!.slice(1);
        await links.nth(i).click();
        const gap = await r.page.waitForFunction((h) => {
          const el = document.getElementById(h)!.getBoundingClientRect();
          const bar = document.querySelector('.focus-bar')!.getBoundingClientRect();
          // Settled: the heading is near the top (or the page cannot scroll further).
          const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
          return el.top < 300 || atEnd ? el.top - bar.bottom : null;
        }, id);
        expect(await gap.jsonValue(), `${width}px, #${id}`).toBeGreaterThanOrEqual(0);
      }
    }
    await r.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('takes screenshots in light and dark', async () => {
    const target = pick((p) => /\bPNR\b/.test(p.text));
    await r.open(`?doc=${target.doc}&passage=${target.id}&term=pnr`);
    await r.page.waitForSelector('[aria-current=location]');
    // The page (html) background, as the sum of its RGB channels (0 black … 765 white).
    const background = () =>
      r.page.evaluate(() =>
        getComputedStyle(document.documentElement)
          .backgroundColor.match(/\d+/g)!
          .slice(0, 3)
          .reduce((sum, c) => sum + Number(c), 0),
      );
    const light = await r.page.screenshot({ path: artifactPath('e2e', 'reader-light.png') });
    const lightBackground = await background();
    await r.page.emulateMedia({ colorScheme: 'dark' });
    const dark = await r.page.screenshot({ path: artifactPath('e2e', 'reader-dark.png') });
    const darkBackground = await background();
    await r.page.emulateMedia({ colorScheme: 'light' });
    // Both are real pictures of the passage, and the dark one really is dark.
    expect(light.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(light.equals(dark)).toBe(false);
    expect(lightBackground).toBeGreaterThan(600);
    expect(darkBackground).toBeLessThan(200);
  });
});
