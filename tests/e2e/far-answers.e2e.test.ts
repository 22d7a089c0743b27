/**
 * A long page with thousands of marks (issue 12): the highlighter draws only what is near the
 * viewport, and the answers for text far from it wait as they came
 * (entrypoints/lookup/far-answers.ts). They count for the term report at once; their
 * matches are made when the reader nears them, or when every range is drawn again.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, useExtension, useFirefox } from './support/extension';
import { reportedTermTotal } from './support/detection-highlights';

/** The extension's API inside the service worker (evaluated there, typed loosely here). */
declare const chrome: any;

/** More marks than the highlighter draws at once (WINDOW_ABOVE, 1500). */
const PARAGRAPHS = 600;
/** Three core terms in each paragraph. */
const TERMS = 3 * PARAGRAPHS;

const dir = join(ROOT, 'tests/.artifacts/far-page');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, 'long-terms.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Long</title>
<style>p { margin: 0 0 300px }</style></head><body>${Array.from({ length: PARAGRAPHS }, (_, i) =>
    // The last one's text is in an element without a box of its own.
    i === PARAGRAPHS - 1
      ? `<p id="p${i}"><span style="display: contents">Paragraphe ${i} : Europol, Eurojust et Frontex.</span></p>`
      : `<p id="p${i}">Paragraphe ${i} : Europol, Eurojust et Frontex.</p>`,
  ).join('\n')}</body></html>`,
);

/**
 * A page whose first paragraphs are dense with terms and the rest has none: its density early
 * in the scan predicts thousands of marks (windowing starts, far answers are kept), but it has
 * fewer than WINDOW_ABOVE, so at the pass's end every range is drawn after all.
 */
const DENSE = 160;
const FILLER =
  'Le conseil municipal a voté le budget des écoles et des bibliothèques pour l’an prochain. ';
writeFileSync(
  join(dir, 'dense-start.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Dense</title>
<style>p { margin: 0 0 300px } .e { margin-bottom: 1000px }</style></head><body>${Array.from(
    { length: 600 },
    (_, i) =>
      i < DENSE
        ? `<p id="p${i}">${FILLER.repeat(4)}Europol, Eurojust et Frontex. ${FILLER.repeat(4)}</p>`
        : `<p class="e">${FILLER.repeat(9)}</p>`,
  ).join('\n')}</body></html>`,
);

/**
 * A long page of common terms (recognised, unmarked by default) with a core term in its first and
 * last paragraphs: thousands of matches, two marks. Only marks count towards windowing, so both
 * are drawn, the far one included.
 */
writeFileSync(
  join(dir, 'common-heavy.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Commun</title>
<style>p { margin: 0 0 300px }</style></head><body>${Array.from(
    { length: PARAGRAPHS },
    (_, i) =>
      `<p id="p${i}">Paragraphe ${i} : le RGPD, l'UE et l'espace Schengen face au terrorisme.${
        i === 0 || i === PARAGRAPHS - 1 ? ' Europol coordonne.' : ''
      }</p>`,
  ).join('\n')}</body></html>`,
);

/** One term three times in each paragraph: 1,800 matches, 600 marks at « first in each paragraph ». */
writeFileSync(
  join(dir, 'repeated.html'),
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Répété</title>
<style>p { margin: 0 0 300px }</style></head><body>${Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p id="p${i}">Paragraphe ${i} : Europol, encore Europol, toujours Europol.</p>`,
  ).join('\n')}</body></html>`,
);

const fx = useExtension({ serve: { dir } });

async function setSettings(patch: Record<string, unknown>): Promise<void> {
  await fx.ext.worker.evaluate(async (p) => {
    const cur = ((await chrome.storage.sync.get('settings')) as any).settings ?? {};
    await chrome.storage.sync.set({ settings: { ...cur, ...p } });
  }, patch);
}

/** The number of highlighted ranges in a paragraph, and on the whole page. */
interface Marks {
  inP: number;
  all: number;
}

/** In the page (serialised: self-contained): the ranges highlighted in `#id` and on the page. */
function marksIn(id: string): Marks {
  const p = document.getElementById(id)!;
  let inP = 0;
  let all = 0;
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('vdl-')) continue;
    for (const r of hl as Iterable<AbstractRange>) {
      all++;
      if (p.contains(r.startContainer)) inP++;
    }
  }
  return { inP, all };
}

/** Marks of paragraph `i`. */
function marks(page: Page, i: number): Promise<Marks> {
  return page.evaluate(marksIn, `p${i}`);
}

async function openLong(): Promise<Page> {
  const page = await fx.ext.ctx.newPage();
  await page.goto(fx.site.url + 'long-terms.html');
  // Every match is counted at once, made or waiting.
  await expect.poll(() => reportedTermTotal(fx.ext.worker), { timeout: 15_000 }).toBe(TERMS);
  await expect.poll(async () => (await marks(page, 0)).inP, { timeout: 10_000 }).toBe(3);
  return page;
}

const LAST = PARAGRAPHS - 1;

describe('a long page with thousands of marks', () => {
  afterEach(async () => {
    await fx.ext.worker.evaluate(() => chrome.storage.sync.remove('settings'));
  });

  it('marks far text when the reader nears it; the report counts it at once', async () => {
    const page = await openLong();
    expect((await marks(page, LAST - 1)).inP).toBe(0);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), `p${LAST}`);
    await expect.poll(async () => (await marks(page, LAST - 1)).inP, { timeout: 10_000 }).toBe(3);
    // Text whose element has no box is not left waiting for an observer that never says "near".
    expect((await marks(page, LAST)).inP).toBe(3);
    expect(await reportedTermTotal(fx.ext.worker)).toBe(TERMS);
    await page.close();
  });

  it('draws every range when the page has fewer marks than its first part predicted', async () => {
    const page = await fx.ext.ctx.newPage();
    try {
      await page.goto(fx.site.url + 'dense-start.html');
      await expect
        .poll(() => reportedTermTotal(fx.ext.worker), { timeout: 15_000 })
        .toBe(3 * DENSE);
      // The last dense paragraph is screens away from the viewport, and drawn all the same.
      await expect
        .poll(async () => (await marks(page, 0)).all, { timeout: 10_000 })
        .toBe(3 * DENSE);
      expect((await marks(page, DENSE - 1)).inP).toBe(3);
    } finally {
      await page.close();
    }
  });

  it('thousands of unmarked matches do not window a page with two marks', async () => {
    const page = await fx.ext.ctx.newPage();
    try {
      await page.goto(fx.site.url + 'common-heavy.html');
      // Every match is detected (the report counts the common terms too)…
      await expect
        .poll(() => reportedTermTotal(fx.ext.worker), { timeout: 15_000 })
        .toBeGreaterThan(1500);
      // …and both marks are drawn, the one screens away included.
      await expect.poll(async () => (await marks(page, 0)).all, { timeout: 10_000 }).toBe(2);
      expect((await marks(page, LAST)).inP).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('counts marks, not matches, under « first in each paragraph »', async () => {
    await setSettings({ density: 'paragraph' });
    const page = await fx.ext.ctx.newPage();
    try {
      await page.goto(fx.site.url + 'repeated.html');
      await expect
        .poll(async () => (await marks(page, 0)).all, { timeout: 15_000 })
        .toBe(PARAGRAPHS);
      expect((await marks(page, LAST)).inP).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('with fewer marks wanted, every range is drawn again, the far ones included', async () => {
    const page = await openLong();
    expect((await marks(page, LAST - 1)).inP).toBe(0);
    // One term of three left: 600 marks, under the windowing threshold.
    await setSettings({ termOverrides: { eurojust: false, frontex: false } });
    await expect.poll(async () => (await marks(page, 0)).all, { timeout: 10_000 }).toBe(PARAGRAPHS);
    expect((await marks(page, LAST - 1)).inP).toBe(1);
    await page.close();
  });
});

/** The same in a Firefox tab. */
function marksInFirefox(page: FirefoxPage, i: number): Promise<Marks> {
  return page.evaluate(marksIn, `p${i}`);
}

// Firefox's content scripts see the page through Xray wrappers: the near-viewport check
// (near-viewport.ts, `checkVisibility`) must work there too.
describe('a long page with thousands of marks, in Firefox', () => {
  const ff = useFirefox(dir);

  it('marks far text when the reader nears it, and text without a box of its own', async () => {
    const page = await ff.ff.newPage();
    try {
      await page.goto(ff.site.url + 'long-terms.html');
      // The last paragraph's text has no box of its own: drawn as soon as the scan reaches it,
      // screens below the viewport…
      await expect
        .poll(async () => (await marksInFirefox(page, LAST)).inP, { timeout: 15_000 })
        .toBe(3);
      // …where the paragraphs around it, which have one, wait for the reader.
      const { inP, all } = await marksInFirefox(page, LAST - 1);
      expect(inP).toBe(0);
      expect(all).toBeLessThan(TERMS);
      expect((await marksInFirefox(page, 0)).inP).toBe(3);
      await page.evaluate(
        (id: string) => document.getElementById(id)!.scrollIntoView(),
        `p${LAST}`,
      );
      await expect
        .poll(async () => (await marksInFirefox(page, LAST - 1)).inP, { timeout: 10_000 })
        .toBe(3);
    } finally {
      await page.close();
    }
  });
});
