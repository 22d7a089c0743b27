/**
 * « Copy citation » in the hover card, in a real Chromium: the clipboard gets the quote, the
 * document's title, kind, place and date in the card's language, its source when known, and the
 * extension's reader link last and labelled; the card shows and announces « copied ».
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES,
  launchWithExtension,
  serveDir,
  type Loaded,
  type StaticServer,
} from './support/extension';

/** Waits for the first vdl- highlight and returns its centre (scrolled into view). */
async function firstHighlight(page: Page): Promise<{ x: number; y: number }> {
  const handle = await page.waitForFunction(
    () => {
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith('vdl-')) continue;
        for (const r of hl) {
          (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          const b = live.getBoundingClientRect();
          if (b.width > 0) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
      return null;
    },
    null,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as { x: number; y: number };
}

describe('card citation (real browser)', () => {
  let ext: Loaded;
  let site: StaticServer;

  beforeAll(async () => {
    ext = await launchWithExtension();
    site = await serveDir(FIXTURES);
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('copies a complete citation in the card language and says so', async () => {
    const page = await ext.ctx.newPage();
    await ext.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.url).origin,
    });
    await page.goto(site.url + 'card/article.html');
    const at = await firstHighlight(page);
    await page.mouse.move(at.x - 60, at.y - 80);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    const card = page.locator('vdl-card [data-term][data-state=ready]');
    await card.waitFor({ timeout: 10_000 });
    const lang = (await card.getAttribute('lang'))!;
    const copy = page.locator('vdl-card [data-action=copy]').first();
    const passageLink = await page
      .locator('vdl-card [data-action=open]')
      .first()
      .getAttribute('href');
    await copy.click();
    const status = page.locator('vdl-card .status[aria-live=polite]');
    await expect.poll(() => status.textContent()).not.toBe('');
    expect(await status.isVisible()).toBe(true);
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    const lines = clip.split('\n');
    const words = {
      fr: {
        q: '« ',
        date: /\d{1,2}(er)? [a-zéû]+ \d{4}\./,
        link: /^Dans le lecteur de l'extension/,
      },
      en: { q: '“', date: /\d{1,2} [A-Z][a-z]+ \d{4}\./, link: /^In the Val Duchesse Lookup/ },
      nl: { q: '„', date: /\d{1,2} [a-z]+ \d{4}\./, link: /^In de lezer van de extensie/ },
    }[lang as 'fr' | 'en' | 'nl'];
    expect(words).toBeDefined();
    expect(lines[0]!.startsWith(words!.q)).toBe(true);
    expect(lines[0]!.length).toBeGreaterThan(20);
    expect(lines[1]).toMatch(words!.date);
    expect(clip).not.toMatch(/null|undefined/);
    const last = lines[lines.length - 1]!;
    expect(last).toMatch(words!.link);
    // The extension link is the passage's own reader link, and it comes last.
    expect(last.endsWith(passageLink!)).toBe(true);
    expect(lines.slice(0, -1).join('\n')).not.toContain('chrome-extension://');
    await page.close();
  });
});
