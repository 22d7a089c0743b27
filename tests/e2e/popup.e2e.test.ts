import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXT_DIR, launchWithExtension, type Loaded } from './support/extension';

const OPTIONS = '[role=listbox] [role=option]';

describe('popup search (real browser)', () => {
  let ext: Loaded;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ext = await launchWithExtension();
    page = await ext.ctx.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`chrome-extension://${ext.extId}/popup.html`);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('opens with the search box focused and an empty state with examples', async () => {
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement)?.type))
      .toBe('search');
    expect(await page.locator('input[type=search]').count()).toBe(1);
    expect(await page.locator('.empty .chip').count()).toBeGreaterThan(2);
    expect(await page.locator(OPTIONS).count()).toBe(0);
  });

  it('has the box focused in the first frame that shows it (no keystroke lost to the body)', async () => {
    const fresh = await ext.ctx.newPage();
    // Each frame, before it paints: once the box exists, whether it already has the focus.
    await fresh.addInitScript(() => {
      const w = window as unknown as { firstFrameFocused?: boolean };
      const tick = () => {
        const box = document.querySelector('input[type=search]');
        if (box) w.firstFrameFocused = document.activeElement === box;
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await fresh.goto(`chrome-extension://${ext.extId}/popup.html`);
    await fresh.waitForFunction(() => 'firstFrameFocused' in window);
    expect(
      await fresh.evaluate(
        () => (window as unknown as { firstFrameFocused: boolean }).firstFrameFocused,
      ),
    ).toBe(true);
    await fresh.close();
  });

  it('shows results as you type, following the DOM contract', async () => {
    await page.locator('input[type=search]').pressSequentially('reseaux de passeurs', { delay: 5 });
    await expect.poll(() => page.locator(OPTIONS).count()).toBeGreaterThan(1);
    const opts = await page.locator(OPTIONS).evaluateAll((els) =>
      els.map((e) => ({
        doc: e.getAttribute('data-doc'),
        passage: e.getAttribute('data-passage'),
        text: (e as HTMLElement).innerText,
        marks: [...e.querySelectorAll('mark')].map((m) => m.textContent),
      })),
    );
    for (const o of opts) {
      expect(o.doc).toMatch(/^[a-z]+-\d{4}-\d{2}-\d{2}$/);
      expect(o.passage).toMatch(/^p-[0-9a-f]+/);
      expect(o.text.length).toBeGreaterThan(20);
    }
    expect(opts[0]!.text.toLowerCase()).toContain('réseaux de passeurs');
    expect(opts[0]!.marks.map((m) => m?.toLowerCase())).toEqual(
      expect.arrayContaining(['réseaux', 'passeurs']),
    );
  });

  it('moves the active option with the arrow keys', async () => {
    const input = page.locator('input[type=search]');
    const ids = await page.locator(OPTIONS).evaluateAll((els) => els.map((e) => e.id));
    await input.press('ArrowDown');
    await expect.poll(() => input.getAttribute('aria-activedescendant')).toBe(ids[0]);
    await input.press('ArrowDown');
    await expect.poll(() => input.getAttribute('aria-activedescendant')).toBe(ids[1]);
    expect(await page.locator(`[id="${ids[1]}"]`).getAttribute('aria-selected')).toBe('true');
    await input.press('ArrowUp');
    await expect.poll(() => input.getAttribute('aria-activedescendant')).toBe(ids[0]);
  });

  it('opens the active result in the reader with Enter', async () => {
    const first = page.locator(OPTIONS).first();
    const doc = await first.getAttribute('data-doc');
    const passage = await first.getAttribute('data-passage');
    const [reader] = await Promise.all([
      ext.ctx.waitForEvent('page'),
      page.locator('input[type=search]').press('Enter'),
    ]);
    await reader.waitForLoadState('domcontentloaded');
    const url = new URL(reader.url());
    expect(url.pathname).toBe('/reader.html');
    expect(url.searchParams.get('doc')).toBe(doc);
    expect(url.searchParams.get('passage')).toBe(passage);
    expect(url.searchParams.get('q')).toBe('reseaux de passeurs');
    await reader.locator(`[id="${passage}"]`).waitFor({ timeout: 10_000 });
    expect(await reader.locator(`[id="${passage}"]`).innerText()).toMatch(/passeurs/i);
    await reader.close();
  });

  it('clears the query with Escape, back to the empty state', async () => {
    const input = page.locator('input[type=search]');
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    await expect.poll(() => page.locator(OPTIONS).count()).toBe(0);
    expect(await page.locator('.empty').count()).toBe(1);
  });

  it('says when nothing matches', async () => {
    await page.locator('input[type=search]').fill('zzqxwv');
    await expect.poll(() => page.locator('.no-results').count()).toBe(1);
    expect(await page.locator(OPTIONS).count()).toBe(0);
    await page.locator('input[type=search]').fill('');
  });

  it('lists no passage and no made-up suggestion for a query unrelated to the texts', async () => {
    const input = page.locator('input[type=search]');
    for (const q of [
      'vaccin contre la grippe',
      'Mbappé',
      'police de caractères sans empattement',
    ]) {
      await input.fill(q);
      await expect.poll(() => page.locator('.no-results').count()).toBe(1);
      expect(await page.locator(OPTIONS).count()).toBe(0);
      expect(await page.locator('.no-results .chip').count()).toBe(0);
    }
    await input.fill('');
  });

  it('marks the searched word in every snippet, not the words of its definition', async () => {
    await page.locator('input[type=search]').fill('Europol');
    await expect.poll(() => page.locator(OPTIONS).count()).toBeGreaterThan(1);
    const marks = await page
      .locator(OPTIONS)
      .evaluateAll((els) =>
        els.map((e) => [...e.querySelectorAll('.snippet mark')].map((m) => m.textContent ?? '')),
      );
    expect(marks[0]).toContain('Europol');
    for (const m of marks) {
      expect(m.length).toBeGreaterThan(0);
      // Whole names of Europol, never a lone word of its definition.
      for (const word of m) expect(word).not.toMatch(/^(coopération|union|européenne?|agence)$/i);
    }
    await page.locator('input[type=search]').fill('');
  });

  it("finds the glossary entry for a typo'd name typed without accents", async () => {
    await page.locator('input[type=search]').fill('mandat d arret europen');
    await expect.poll(() => page.locator(OPTIONS).count()).toBeGreaterThan(0);
    expect(await page.locator(OPTIONS).first().getAttribute('id')).toBe(
      'opt-t-mandat-arret-europeen',
    );
    await page.locator('input[type=search]').fill('');
  });

  it('answers a query typed before the search index has loaded', async () => {
    const fresh = await ext.ctx.newPage();
    await fresh.goto(`chrome-extension://${ext.extId}/popup.html`, { waitUntil: 'commit' });
    const input = fresh.locator('input[type=search]');
    await input.waitFor();
    await input.fill('Eurojust');
    await expect.poll(() => fresh.locator(OPTIONS).count()).toBeGreaterThan(0);
    expect(await fresh.locator(OPTIONS).first().innerText()).toMatch(/Eurojust/);
    await fresh.close();
  });

  it('opens a clicked result, and starts from ?q= (context-menu search)', async () => {
    const tab = await ext.ctx.newPage();
    await tab.goto(
      `chrome-extension://${ext.extId}/popup.html?q=${encodeURIComponent('Eurojust')}&tab=1`,
    );
    await expect.poll(() => tab.locator(OPTIONS).count()).toBeGreaterThan(0);
    expect(await tab.locator('input[type=search]').inputValue()).toBe('Eurojust');
    const passage = await tab.locator(OPTIONS).first().getAttribute('data-passage');
    const [reader] = await Promise.all([
      ext.ctx.waitForEvent('page'),
      tab.locator(OPTIONS).first().click(),
    ]);
    await reader.locator(`[id="${passage}"]`).waitFor({ timeout: 10_000 });
    await reader.close();
    await tab.close();
    expect(errors).toEqual([]);
  });
});

// wxt.config.ts's sharePageChunks(): each file an extension page loads at start costs it a fetch
// and a module link before the search box can take a key.
describe('extension pages as built', () => {
  const files = (page: string) => {
    const html = readFileSync(join(EXT_DIR, `${page}.html`), 'utf8');
    const refs = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);
    return {
      scripts: refs(/<(?:script|link rel="modulepreload")[^>]* (?:src|href)="\/([^"]+\.js)"/g),
      styles: refs(/<link rel="stylesheet"[^>]* href="\/([^"]+\.css)"/g),
    };
  };
  const css = (file: string) => readFileSync(join(EXT_DIR, file), 'utf8');

  it('starts the popup with two scripts and two stylesheets, none of another page’s base styles', () => {
    const popup = files('popup');
    expect(popup.scripts).toHaveLength(2);
    expect(popup.styles).toHaveLength(2);
    // base.css (options, welcome) styles every button and link of its pages.
    for (const file of popup.styles) expect(css(file), file).not.toMatch(/\.vdl-button\b/);
  });

  it('gives options and welcome their base styles before their own', () => {
    for (const page of ['options', 'welcome']) {
      const own = files(page)
        .styles.map(css)
        .find((c) => c.includes('.vdl-button'));
      expect(own, page).toBeDefined();
      const rule = page === 'options' ? '.skip{' : '.welcome{';
      expect(own!.indexOf('.vdl-button'), page).toBeLessThan(own!.indexOf(rule));
    }
  });
});
