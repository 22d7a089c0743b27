/**
 * The options page and what it changes, in a real Chromium with the built extension: settings
 * stored by an older or a future version still load (storage migrations), and the density and
 * common-term options change exactly the marks drawn on a page.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES, useExtension } from './support/extension';
import { optionsPageHelpers } from './support/options-page';

const fx = useExtension({ serve: { dir: join(FIXTURES, 'density') } });
const { stored, settings, writeStorage, openOptions } = optionsPageHelpers(fx);

let page: Page;

describe('settings survive an update (storage migrations)', () => {
  it('migrates a v1 value {on, off} stored with meta version 1', async () => {
    await page?.close();
    await writeStorage({ settings: { on: false, off: ['www.lesoir.be'] }, settings$: { v: 1 } });
    page = await openOptions();
    await expect.poll(() => page.locator('#enabled').isChecked()).toBe(false);
    await expect
      .poll(() => page.locator('.site-list .host').allTextContents())
      .toEqual(['lesoir.be']);
    const raw = await stored();
    expect(raw.settings$).toEqual({ v: 2 });
    expect(raw.settings).toEqual({ enabled: false, disabledSites: ['www.lesoir.be'] });
    // The next save writes the full, sanitised v2 shape.
    await page.locator('#highlightStyle-background').check();
    await expect.poll(settings).toMatchObject({
      enabled: false,
      disabledSites: ['lesoir.be'],
      highlightStyle: 'background',
      theme: 'system',
    });
  });

  it('keeps working on a corrupt or future value', async () => {
    await page?.close();
    await writeStorage({
      settings: { enabled: 'yes', theme: 'dark', extra: 1 },
      settings$: { v: 9 },
    });
    page = await openOptions();
    await expect.poll(() => page.locator('#theme-dark').isChecked()).toBe(true);
    await expect(page.locator('#enabled').isChecked()).resolves.toBe(true);
  });
});

describe('density and common terms: the options say what the page shows', () => {
  beforeEach(async () => {
    await page?.close();
    await writeStorage({});
    page = await openOptions();
  });

  /** Every drawn range on the article, as "paragraph:text", in document order. */
  async function marks(): Promise<string[]> {
    const p = await fx.ext.ctx.newPage();
    try {
      await p.goto(fx.site.url + 'article.html');
      // The scan is done when the last paragraph's SIS is known to the page (hover works on
      // every occurrence): wait for at least one mark, then for the set to stay the same.
      const read = () =>
        p.evaluate(() => {
          const out: { id: string; at: number; text: string }[] = [];
          for (const [name, hl] of CSS.highlights) {
            if (!name.startsWith('vdl-')) continue;
            for (const r of hl) {
              const el = (r.startContainer as Node).parentElement?.closest('[id]');
              const before = document.createRange();
              before.setStart(el ?? document.body, 0);
              before.setEnd(r.startContainer, r.startOffset);
              const text = (r.startContainer.textContent ?? '').slice(r.startOffset, r.endOffset);
              out.push({ id: el?.id ?? '?', at: before.toString().length, text });
            }
          }
          return out
            .sort((a, b) => a.id.localeCompare(b.id) || a.at - b.at)
            .map((m) => `${m.id}:${m.text}`);
        });
      let last: string[] = [];
      await expect
        .poll(
          async () => {
            const now = await read();
            const stable = now.length > 0 && now.join() === last.join();
            last = now;
            return stable;
          },
          { interval: 300 },
        )
        .toBe(true);
      return last;
    } finally {
      await p.close();
    }
  }

  /** Marks of the core terms (PNR, SIS) in paragraphs 1 to 3. */
  const coreMarks = async () => (await marks()).filter((m) => !m.startsWith('p4:'));

  it('every occurrence by default; first in each paragraph; first on the page', async () => {
    await expect(page.locator('#density-all').isChecked()).resolves.toBe(true);
    expect(await coreMarks()).toEqual(['p1:PNR', 'p1:PNR', 'p1:SIS', 'p2:PNR', 'p2:PNR', 'p3:SIS']);

    await page.locator('#density-paragraph').check();
    await expect.poll(async () => (await settings()).density).toBe('paragraph');
    expect(await coreMarks()).toEqual(['p1:PNR', 'p1:SIS', 'p2:PNR', 'p3:SIS']);

    await page.locator('#density-page').check();
    await expect.poll(async () => (await settings()).density).toBe('page');
    expect(await coreMarks()).toEqual(['p1:PNR', 'p1:SIS']);
  });

  it('the common words the options name are unmarked by default, marked with « all terms »', async () => {
    const hint = await page.locator('label[for="highlight-core"] .choice-hint').textContent();
    const named = /\(([^)]*)…\)/.exec(hint ?? '')?.[1]?.split(', ') ?? [];
    expect(named.length).toBeGreaterThanOrEqual(3);
    // The article's last paragraph has everyday words; those the options name, the test checks.
    const inArticle = named.filter((w) => ['terrorisme', 'RGPD', 'UE', 'Schengen'].includes(w));
    expect(inArticle.length).toBeGreaterThanOrEqual(2);
    // A mark in the last paragraph that covers the word (« espace Schengen » covers Schengen).
    const marked = (all: string[], w: string) =>
      all.some((m) => m.startsWith('p4:') && new RegExp(`\\b${w}\\b`).test(m.slice(3)));
    // Every occurrence is the default: the last paragraph is marked as densely as it can be.
    await expect(page.locator('#density-all').isChecked()).resolves.toBe(true);
    const before = await marks();
    for (const w of inArticle) expect(marked(before, w), w).toBe(false);
    await page.locator('#highlight-all').check();
    await expect.poll(async () => (await settings()).highlight).toBe('all');
    const after = await marks();
    for (const w of inArticle) expect(marked(after, w), w).toBe(true);
  });
});
