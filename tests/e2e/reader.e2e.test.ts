/** The reader page in a real Chromium: landing on passages, marks, navigation, citations, errors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, Passage } from '../../utils/corpus-types';
import { artifactPath, launchWithExtension, ROOT, type Loaded } from './support/extension';

const corpus = JSON.parse(readFileSync(join(ROOT, 'data/generated/corpus.json'), 'utf8')) as Corpus;

/** First passage with each id in each document (the one a link lands on). */
const reachable: Passage[] = [];
{
  const seen = new Set<string>();
  for (const p of [...corpus.passages].sort((a, b) => a.order - b.order)) {
    const k = `${p.doc}#${p.id}`;
    if (seen.has(k)) continue;
    reachable.push(p);
    seen.add(k);
  }
}
const pick = (pred: (p: Passage) => boolean) => reachable.find(pred) ?? reachable[0]!;

/** Is the target current, in the viewport, and how many marks does it hold? */
const inView = (id: string) => {
  const b = document.getElementById(id)?.getBoundingClientRect();
  return !!b && b.top < innerHeight && b.bottom > 0;
};

const targetState = (id: string) => {
  const el = document.getElementById(id);
  if (!el) return null;
  const b = el.getBoundingClientRect();
  return {
    current: el.getAttribute('aria-current'),
    inView: b.top < innerHeight && b.bottom > 0,
    marks: [...el.querySelectorAll('mark')].map((m) => m.textContent),
    currents: document.querySelectorAll('[aria-current=location]').length,
  };
};

describe('reader page', () => {
  let ext: Loaded;
  let page: Page;
  let base: string;
  const errors: string[] = [];

  beforeAll(async () => {
    ext = await launchWithExtension();
    base = `chrome-extension://${ext.extId}/reader.html`;
    page = await ext.ctx.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
  });
  afterAll(async () => {
    await ext?.close();
  });

  async function open(search: string) {
    await page.goto(base + search);
    await page.waitForSelector('#app > *');
  }

  it('lists the documents when no document is given', async () => {
    await open('');
    const docs = await page.$$eval('[data-doc]', (els) =>
      els.map((e) => e.getAttribute('data-doc')),
    );
    expect(new Set(docs)).toEqual(new Set(corpus.documents.map((d) => d.id)));
    expect(errors).toEqual([]);
  });

  it('opens a passage link: in view, current, query words marked, title follows', async () => {
    // A passage far down a long document, so scrolling matters.
    const doc = 'declaration-2023-05-05';
    const inDoc = reachable.filter((p) => p.doc === doc);
    const target = inDoc[Math.floor(inDoc.length * 0.7)] ?? reachable[reachable.length - 1]!;
    const word = (target.text.match(/[\p{L}]{7,}/u) ?? ['coopération'])[0];
    await open(
      `?doc=${target.doc}&passage=${target.id}&q=${encodeURIComponent(word.toUpperCase())}`,
    );
    await page.waitForFunction(
      (id) => document.getElementById(id)?.getAttribute('aria-current') === 'location',
      target.id,
    );
    const s = await page.evaluate(targetState, target.id);
    expect(s).toMatchObject({ current: 'location', inView: true, currents: 1 });
    expect(s!.marks.map((m) => m?.toLowerCase())).toContain(word.toLowerCase());
    expect(await page.title()).toContain(corpus.documents.find((d) => d.id === doc)!.title);
  });

  it('marks query words without regard to accents or case', async () => {
    const target = pick((p) => /coopération/i.test(p.text));
    await open(`?doc=${target.doc}&passage=${target.id}&q=COOPERATION`);
    await page.waitForSelector(`[id="${target.id}"] mark`);
    const s = await page.evaluate(targetState, target.id);
    expect(s!.marks.some((m) => /^coopérations?$/i.test(m ?? ''))).toBe(true);
  });

  it('follows a term (&term=) and steps to the next and previous occurrence', async () => {
    // The term with the most passages (from the build's occurrences; else the glossary's PNR).
    const perTerm = new Map<string, Set<string>>();
    for (const o of corpus.occurrences) {
      perTerm.set(o.term, (perTerm.get(o.term) ?? new Set()).add(o.passage));
    }
    const [term, passages] = [...perTerm].sort((a, b) => b[1].size - a[1].size)[0] ?? [
      'pnr',
      new Set(reachable.filter((p) => /\bPNR\b/.test(p.text)).map((p) => p.id)),
    ];
    const first = reachable.find((p) => passages.has(p.id))!;
    await open(`?doc=${first.doc}&passage=${first.id}&term=${term}`);
    await page.waitForSelector(`[id="${first.id}"] mark`);
    const s = await page.evaluate(targetState, first.id);
    expect(s).toMatchObject({ current: 'location', inView: true });
    expect(s!.marks.length).toBeGreaterThan(0);
    expect(await page.locator('[data-focus=term]').count()).toBe(1);

    const next = page.locator('a[data-step=next]');
    if (passages.size > 1 && (await next.count())) {
      const href = new URL((await next.getAttribute('href'))!, base);
      const nextId = href.searchParams.get('passage')!;
      await next.click();
      await page.waitForFunction(
        (id) => document.getElementById(id)?.getAttribute('aria-current') === 'location',
        nextId,
      );
      await page.waitForFunction(inView, nextId);
      expect(await page.evaluate(targetState, nextId)).toMatchObject({ inView: true, currents: 1 });
      expect(new URL(page.url()).searchParams.get('passage')).toBe(nextId);
      await page.keyboard.press('p');
      await page.waitForFunction(
        (id) => document.getElementById(id)?.getAttribute('aria-current') === 'location',
        first.id,
      );
    }
  });

  it('steps through query hits across documents with n / p and the buttons', async () => {
    await open('?doc=communication-2017-10-16&q=coop%C3%A9ration');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('n');
      await page.waitForFunction(
        (prev) => {
          const id = new URL(location.href).searchParams.get('passage');
          return (
            id &&
            id !== prev &&
            document.getElementById(id)?.getAttribute('aria-current') === 'location'
          );
        },
        ids[ids.length - 1] ?? '',
      );
      ids.push(new URL(page.url()).searchParams.get('passage')!);
    }
    expect(new Set(ids).size).toBe(4);
    const id = ids[3]!;
    await page.waitForFunction((i) => {
      const b = document.getElementById(i)!.getBoundingClientRect();
      return b.top < innerHeight && b.bottom > 0;
    }, id);
    // Within a text « Previous »; at its first hit, the explicit « earlier, in … » link.
    await page.locator('a[data-step=prev], a[data-step=prev-doc]').click();
    await page.waitForFunction(
      (i) => new URL(location.href).searchParams.get('passage') === i,
      ids[2]!,
    );
    await page.goBack();
    await page.waitForFunction(
      (i) => document.getElementById(i)?.getAttribute('aria-current') === 'location',
      id,
    );
  });

  it('shows the original text only when asked', async () => {
    const target = pick((p) => p.original !== p.text);
    await open(`?doc=${target.doc}&passage=${target.id}`);
    await page.waitForSelector('[aria-current=location]');
    expect(await page.locator('.original').count()).toBe(0);
    await page.locator('[data-action=toggle-original]').click();
    const shown = await page
      .locator(`[data-original-of="${target.id}"] .original-text`)
      .textContent();
    expect(shown).toBe(target.original);
    expect(await page.locator('[data-action=toggle-original]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.keyboard.press('o');
    expect(await page.locator('.original').count()).toBe(0);
    await page.locator('[data-action=original-all]').check();
    expect(await page.locator('.original[data-original-of]').count()).toBe(
      corpus.passages.filter((p) => p.doc === target.doc).length,
    );
  });

  it('copies a citation in the reader language: quote, kind, place, date, source, labelled link', async () => {
    const target = pick((p) => p.doc === 'declaration-2018-06-11' && p.order > 3);
    await open(`?doc=${target.doc}&passage=${target.id}`);
    await ext.ctx
      .grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: `chrome-extension://${ext.extId}`,
      })
      .catch(() => {});
    await page.locator('[data-action=copy-citation]').click();
    const toast = page.locator('.toast');
    await toast.waitFor();
    // Visible and announced.
    expect(await toast.isVisible()).toBe(true);
    expect(await page.locator('.toast-region').getAttribute('aria-live')).toBe('polite');
    const copied = (await toast.getAttribute('data-copied'))!;
    const lines = copied.split('\n');
    // The citation speaks the reader's own language throughout (no English date in French).
    const ui = await page.evaluate(() => document.documentElement.lang);
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
    const clip = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
    if (clip !== null) expect(clip).toBe(copied);
    // The link reopens the passage.
    await page.goto(link);
    await page.waitForFunction(
      (id) => document.getElementById(id)?.getAttribute('aria-current') === 'location',
      target.id,
    );
    await page.locator('[data-action=copy-text]').click();
    await expect.poll(() => page.locator('.toast').getAttribute('data-copied')).toBe(target.text);
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
      await open(search);
      const n = page.locator(`[data-notice="${notice}"]`);
      expect(await n.count(), search.slice(0, 60)).toBe(1);
      expect((await n.textContent())!.length).toBeLessThan(400);
      if (docShown) expect(await page.locator(`[data-passage]`).count()).toBeGreaterThan(0);
      else expect(await page.locator('.doc-card').count()).toBe(corpus.documents.length);
      expect(await page.locator('img, script:not([src])').count()).toBe(0);
    }
    expect(errors).toEqual([]);
  });

  it('renders the whole document at once, repaired text only, every passage anchored', async () => {
    for (const d of corpus.documents) {
      await open(`?doc=${d.id}`);
      await page.waitForTimeout(100);
      const ids = await page.$$eval('[data-passage]', (els) => els.map((e) => e.id));
      const expected = corpus.passages.filter((p) => p.doc === d.id).length;
      expect(ids.length).toBe(expected);
      expect(await page.locator('.original').count()).toBe(0);
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain(d.title);
    }
  });

  it('opens every passage of every document by its id', async () => {
    // One real load per document, then the location changes in place (history + popstate, the
    // way the back button moves the reader), checked inside the page to keep the run short.
    const failures: string[] = [];
    for (const d of corpus.documents) {
      const ids = reachable.filter((p) => p.doc === d.id).map((p) => p.id);
      if (!ids.length) continue;
      await page.goto(`${base}?doc=${d.id}&passage=${ids[0]}`);
      await page.waitForFunction(inView, ids[0]!).catch(() => {});
      const bad = await page.evaluate(
        async ({ doc, ids }) => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
          const out: string[] = [];
          for (const id of ids) {
            history.pushState(null, '', `?doc=${doc}&passage=${id}`);
            dispatchEvent(new PopStateEvent('popstate'));
            let ok = false;
            for (let i = 0; i < 40 && !ok; i++) {
              await frame();
              const el = document.getElementById(id);
              const b = el?.getBoundingClientRect();
              ok =
                !!el &&
                !!b &&
                el.getAttribute('aria-current') === 'location' &&
                document.querySelectorAll('[aria-current=location]').length === 1 &&
                b.top < innerHeight &&
                b.bottom > 0;
            }
            if (!ok) out.push(`${doc}#${id}`);
          }
          return out;
        },
        { doc: d.id, ids },
      );
      failures.push(...bad);
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('« Previous » and « Next » stay in the text: disabled on « passage 1 of 1 »', async () => {
    // A term with exactly one passage in some text, and passages in other texts.
    const byTerm = new Map<string, Map<string, Set<string>>>();
    for (const o of corpus.occurrences) {
      const p = corpus.passages.find((x) => x.id === o.passage);
      if (!p) continue;
      const docs = byTerm.get(o.term) ?? new Map<string, Set<string>>();
      docs.set(p.doc, (docs.get(p.doc) ?? new Set()).add(p.id));
      byTerm.set(o.term, docs);
    }
    let found: { term: string; doc: string; passage: string } | null = null;
    for (const [term, docs] of byTerm) {
      if (docs.size < 2) continue;
      for (const [doc, ids] of docs) {
        if (ids.size === 1) found ??= { term, doc, passage: [...ids][0]! };
      }
    }
    expect(found).not.toBeNull();
    const { term, doc, passage } = found!;
    await open(`?doc=${doc}&passage=${passage}&term=${term}`);
    await page.waitForSelector(`[id="${passage}"][aria-current=location]`);
    // Both buttons are disabled: nothing before or after in this text.
    for (const rel of ['prev', 'next']) {
      const step = page.locator(`[data-step=${rel}]`);
      await expect(step.getAttribute('aria-disabled')).resolves.toBe('true');
      await expect(step.getAttribute('href')).resolves.toBeNull();
    }
    // The other texts stay one explicit link away, naming their year.
    const other = page.locator('a[data-step=prev-doc], a[data-step=next-doc]');
    expect(await other.count()).toBeGreaterThanOrEqual(1);
    expect(await other.first().textContent()).toMatch(/20\d\d/);
    await other.first().click();
    await page.waitForFunction((d) => new URL(location.href).searchParams.get('doc') !== d, doc);
    const landed = new URL(page.url()).searchParams.get('passage')!;
    await page.waitForFunction(
      (id) => document.getElementById(id)?.getAttribute('aria-current') === 'location',
      landed,
    );
  });

  it('the sticky bar never covers the heading or passage a jump lands on', async () => {
    const target = pick((p) => /\bPNR\b/.test(p.text) && p.doc === 'declaration-2023-05-05');
    // 700 px: the bar wraps onto more lines (and the contents move below the text).
    for (const width of [1280, 700]) {
      await page.setViewportSize({ width, height: 900 });
      await open(`?doc=${target.doc}&passage=${target.id}&term=pnr`);
      await page.waitForSelector('[aria-current=location]');
      const links = page.locator('.toc a');
      const n = await links.count();
      expect(n).toBeGreaterThan(2);
      for (const i of [1, Math.floor(n / 2), n - 1]) {
        const id = (await links.nth(i).getAttribute('href'))!.slice(1);
        await links.nth(i).click();
        const gap = await page.waitForFunction((h) => {
          const el = document.getElementById(h)!.getBoundingClientRect();
          const bar = document.querySelector('.focus-bar')!.getBoundingClientRect();
          // Settled: the heading is near the top (or the page cannot scroll further).
          const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
          return el.top < 300 || atEnd ? el.top - bar.bottom : null;
        }, id);
        expect(await gap.jsonValue(), `${width}px, #${id}`).toBeGreaterThanOrEqual(0);
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('takes screenshots in light and dark', async () => {
    const target = pick((p) => /\bPNR\b/.test(p.text));
    await open(`?doc=${target.doc}&passage=${target.id}&term=pnr`);
    await page.waitForSelector('[aria-current=location]');
    // The page (html) background, as the sum of its RGB channels (0 black … 765 white).
    const background = () =>
      page.evaluate(() =>
        getComputedStyle(document.documentElement)
          .backgroundColor.match(/\d+/g)!
          .slice(0, 3)
          .reduce((sum, c) => sum + Number(c), 0),
      );
    const light = await page.screenshot({ path: artifactPath('e2e', 'reader-light.png') });
    const lightBackground = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.screenshot({ path: artifactPath('e2e', 'reader-dark.png') });
    const darkBackground = await background();
    await page.emulateMedia({ colorScheme: 'light' });
    // Both are real pictures of the passage, and the dark one really is dark.
    expect(light.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(light.equals(dark)).toBe(false);
    expect(lightBackground).toBeGreaterThan(600);
    expect(darkBackground).toBeLessThan(200);
  });
});
