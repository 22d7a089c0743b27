/**
 * Pages with common words only (UE, OTAN, terrorisme, Schengen: recognised, unmarked by default):
 * the first stage does not load the second (issue 12) until the reader asks for a card on one
 * (pointer resting on it, the keyboard command) or the settings mark common terms.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeCommonOnlyArticle } from '../bench/make-pages';
import { artifactPath, useExtension, useFirefox } from './support/extension';
import { PHONE_DEVICE } from './support/touch';
import {
  appendAndWait,
  openCardTerm,
  readHighlights,
  secondStageLoaded,
  waitForHighlights,
} from './support/detection-highlights';

// The bench's generated page (tests/bench/make-pages.ts), written where the test can serve it.
const dir = artifactPath('common-only');
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}/common-only.html`, makeCommonOnlyArticle());
const fx = useExtension({ serve: { dir } });

declare const chrome: any;

async function setSettings(patch: Record<string, unknown> | null): Promise<void> {
  await fx.ext.worker.evaluate(async (p) => {
    if (!p) return chrome.storage.sync.remove('settings');
    await chrome.storage.sync.set({ settings: p });
  }, patch);
}

/** Centre of an element in the viewport; by default the word « terrorisme » (#word). */
const wordCentre = (page: Page, id = 'word') =>
  page.evaluate((id) => {
    const r = document.getElementById(id)!.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, id);

/** Moves the pointer onto a word and rests there until the card shows a term. */
async function restOnWordForCard(page: Page, id?: string): Promise<void> {
  const at = await wordCentre(page, id);
  await page.mouse.move(at.x - 30, at.y, { steps: 3 });
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await page.waitForFunction(
    () => document.querySelector('vdl-card')?.shadowRoot?.querySelector('[data-term]'),
    null,
    { timeout: 5000 },
  );
}

async function openSettled(): Promise<Page> {
  const page = await fx.ext.ctx.newPage();
  await page.goto(fx.site.url + 'common-only.html');
  // The first stage probes after first paint, in idle time; give it all the time it takes.
  await page.waitForTimeout(2000);
  return page;
}

describe('a page with common words only (issue 12)', () => {
  it('loads nothing more and marks nothing by default', async () => {
    const page = await openSettled();
    expect(await secondStageLoaded(fx.ext.ctx, page)).toBe(false);
    expect((await readHighlights(page)).all).toEqual([]);
    await page.close();
  });

  it('opens the card when the pointer rests on a common word', async () => {
    const page = await openSettled();
    // Resting on words without a term nearby loads nothing.
    const quiet = await page.evaluate(() => {
      const r = document.getElementById('p3')!.getBoundingClientRect();
      return { x: r.x + 40, y: r.y + r.height / 2 };
    });
    await page.mouse.move(quiet.x - 20, quiet.y, { steps: 3 });
    await page.mouse.move(quiet.x, quiet.y, { steps: 3 });
    await page.waitForTimeout(400);
    expect(await secondStageLoaded(fx.ext.ctx, page)).toBe(false);

    await restOnWordForCard(page);
    expect(await openCardTerm(page)).toBe('terrorisme');
    expect(await secondStageLoaded(fx.ext.ctx, page)).toBe(true);
    // Still unmarked: the settings say core terms only.
    expect((await readHighlights(page)).all).toEqual([]);
    await page.close();
  });

  it('opens the card on a common word after a very long text in the same block', async () => {
    const page = await openSettled();
    // 80k characters (drawn at size 0) before « espace Schengen » in one paragraph: only the
    // characters around the pointer are read (a block's text before it is not copied, nor
    // capped at a length).
    await page.evaluate(() => {
      const p = document.createElement('p');
      const long = document.createElement('span');
      long.style.fontSize = '0';
      long.textContent = 'Un texte sans rapport. '.repeat(3500);
      const word = document.createElement('span');
      word.id = 'far-word';
      word.textContent = 'Schengen';
      p.append(long, 'Les règles de l’espace ', word, ' changent.');
      document.getElementById('a')!.append(p);
    });
    await restOnWordForCard(page, 'far-word');
    expect(await openCardTerm(page)).toBe('espace-schengen');
    await page.close();
  });

  it('answers the keyboard command on a selected common word', async () => {
    const page = await openSettled();
    await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('word')!.firstChild!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await fx.ext.worker.evaluate(async () => {
      for (const tab of await chrome.tabs.query({})) {
        await chrome.tabs.sendMessage(tab.id, { type: 'showCardForSelection' }).catch(() => {});
      }
    });
    await page.waitForFunction(
      () => document.querySelector('vdl-card')?.shadowRoot?.querySelector('[data-term]'),
      null,
      { timeout: 5000 },
    );
    expect(await openCardTerm(page)).toBe('terrorisme');
    await page.close();
  });

  it('marks the common words when the settings ask for all terms, now or later', async () => {
    await setSettings({ highlight: 'all' });
    try {
      const page = await openSettled();
      const dump = await waitForHighlights(page, (d) => d.all.length >= 5);
      expect([...dump.all].sort()).toEqual(
        ['OTAN', 'OTAN', 'UE', 'Union européenne', 'espace Schengen', 'terrorisme'].sort(),
      );
      await page.close();

      await setSettings(null);
      const later = await openSettled();
      expect(await secondStageLoaded(fx.ext.ctx, later)).toBe(false);
      await setSettings({ highlight: 'all' });
      const marked = await waitForHighlights(later, (d) => d.all.length >= 5);
      expect(marked.all).toContain('terrorisme');
      await later.close();
    } finally {
      await setSettings(null);
    }
  });

  it('loads the second stage once a core term arrives', async () => {
    const page = await openSettled();
    const dump = await appendAndWait(
      page,
      'Les données PNR des passagers seront partagées.',
      'PNR',
    );
    expect(dump.all).toEqual(['PNR']);
    await page.close();
  });
});

describe('a page with common words only, on a phone', () => {
  const phone = useExtension({ serve: { dir }, launch: { device: PHONE_DEVICE } });

  it('opens the card of a tapped common word', async () => {
    const page = await phone.open('common-only.html');
    await page.waitForTimeout(2000);
    expect(await secondStageLoaded(phone.ext.ctx, page)).toBe(false);
    const at = await wordCentre(page);
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => openCardTerm(page), { timeout: 5000 }).toBe('terrorisme');
    await page.close();
  });
});

describe('a page with common words only, in Firefox', () => {
  const h = useFirefox(dir);

  it('opens the card when the pointer rests on a common word', async () => {
    const page = await h.ff.newPage();
    await page.goto(h.site.url + 'common-only.html');
    await new Promise((r) => setTimeout(r, 2000));
    const at = await page.evaluate(() => {
      const r = document.getElementById('word')!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.move(at.x - 30, at.y);
    await page.mouse.move(at.x, at.y);
    // Polled every 250 ms, not per animation frame: a poller on every frame of the page
    // (waitForFunction's default over WebDriver BiDi) holds off the idle time the scan runs in.
    const term = () =>
      page.evaluate(
        () =>
          document
            .querySelector('vdl-card')
            ?.shadowRoot?.querySelector('[data-term]')
            ?.getAttribute('data-term') ?? null,
      );
    await expect.poll(term, { timeout: 10_000, interval: 250 }).toBe('terrorisme');
    await page.close();
  });
});
