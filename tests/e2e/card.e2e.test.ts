/**
 * The hover card in a real Chromium with the built extension: hover → card (term, expansion,
 * passages, reader links), Escape, keyboard opening, dark mode, hostile CSS, a strict CSP page,
 * events contained in the card, and a card with the service worker stopped. Screenshots go to
 * tests/.artifacts/e2e/card-*.png. How fast the card paints is measured by `npm run bench`, not here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardVariantPages } from './support/card-pages';
import { waitForReadyCard } from './support/detection-highlights';
import { artifactPath, highlightCentres, useExtension } from './support/extension';

const CSP = "default-src 'self'; style-src 'self'";

interface CardInfo {
  term: string | null;
  state: string | null;
  title: string;
  expansion: string;
  links: string[];
  passages: number;
  height: number;
}

/** Waits for the first vdl- highlight and returns its centre (scrolled into view). */
async function firstHighlight(page: Page): Promise<{ x: number; y: number; text: string }> {
  const handle = await page.waitForFunction(
    highlightCentres,
    { limit: 1, scroll: true },
    { timeout: 10_000 },
  );
  return (await handle.jsonValue())![0]!;
}

function readCard(page: Page): Promise<CardInfo | null> {
  return page.evaluate(() => {
    const root = document.querySelector('vdl-card')?.shadowRoot?.querySelector('[data-term]');
    if (!root) return null;
    return {
      term: root.getAttribute('data-term'),
      state: root.getAttribute('data-state'),
      title: root.querySelector('.title')?.textContent ?? '',
      expansion: root.querySelector('.expansion')?.textContent ?? '',
      links: [...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      passages: root.querySelectorAll('.passage').length,
      height: root.getBoundingClientRect().height,
    };
  });
}

/** Moves the pointer onto the term (from a point off it) and waits for the ready card painted. */
async function hoverUntilPainted(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x - 60, at.y - 80);
  await page.mouse.move(at.x, at.y);
  await waitForReadyCard(page);
}

async function cardRect(page: Page) {
  return page.evaluate(() => {
    const r = document
      .querySelector('vdl-card')!
      .shadowRoot!.querySelector('[data-term]')!
      .getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
}

async function screenshotCard(page: Page, path: string) {
  const r = await cardRect(page);
  const pad = 24;
  await page.screenshot({
    path,
    clip: {
      x: Math.max(0, r.x - pad),
      y: Math.max(0, r.y - pad - 40),
      width: Math.min(1280 - Math.max(0, r.x - pad), r.width + 2 * pad),
      height: Math.min(900 - Math.max(0, r.y - pad - 40), r.height + 2 * pad + 40),
    },
  });
}

describe('hover card', () => {
  const h = useExtension({
    serve: {
      headers: (path): Record<string, string> =>
        path.endsWith('/csp.html') ? { 'content-security-policy': CSP } : {},
      pages: cardVariantPages(),
    },
  });

  async function openPage(name: string, opts: { dark?: boolean } = {}): Promise<Page> {
    const page = await h.ext.ctx.newPage();
    if (process.env.VDL_CARD_DEBUG) {
      page.on('console', (m) => m.text().startsWith('[vdl]') && console.log(m.text()));
    }
    if (opts.dark) await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(h.site.url + 'card/' + name);
    return page;
  }

  it('opens on hover with the term, its expansion and passages linking to the reader', async () => {
    const page = await openPage('article.html');
    const at = await firstHighlight(page);
    await hoverUntilPainted(page, at);
    const card = (await readCard(page))!;
    expect(card.term).toMatch(/^[a-z0-9-]+$/);
    expect(card.state).toBe('ready');
    expect(card.title.trim().length).toBeGreaterThan(0);
    expect(card.expansion.trim().length).toBeGreaterThan(0);
    expect(card.passages).toBeGreaterThan(0);
    expect(card.links.length).toBe(card.passages);
    for (const href of card.links) {
      const u = new URL(href);
      expect(u.protocol).toBe('chrome-extension:');
      expect(u.pathname).toBe('/reader.html');
      expect(u.searchParams.get('doc')).toMatch(/^[a-z0-9-]+$/);
      expect(u.searchParams.get('passage')).toMatch(/^p-[0-9a-f]+$/);
      expect(u.searchParams.get('term')).toBe(card.term);
    }
    // Accessible dialog named by its title; never covering the term.
    const a11y = await page.evaluate(() => {
      const root = document.querySelector('vdl-card')!.shadowRoot!;
      const dlg = root.querySelector('[role=dialog]')!;
      const label = root.getElementById(dlg.getAttribute('aria-labelledby')!)?.textContent;
      return { label, hosts: document.querySelectorAll('vdl-card').length };
    });
    expect(a11y.label).toBe(card.title);
    expect(a11y.hosts).toBe(1);
    const r = await cardRect(page);
    const overTerm = at.x >= r.x && at.x <= r.x + r.width && at.y >= r.y && at.y <= r.y + r.height;
    expect(overTerm).toBe(false);
    expect(r.x).toBeGreaterThanOrEqual(0);
    expect(r.y).toBeGreaterThanOrEqual(0);
    expect(r.x + r.width).toBeLessThanOrEqual(1280);
    expect(r.y + r.height).toBeLessThanOrEqual(900);
    await screenshotCard(page, artifactPath('e2e', 'card-light.png'));

    // The pointer crosses the gap into the card: it stays open.
    await page.mouse.move(r.x + 40, r.y + 30, { steps: 6 });
    await page.waitForTimeout(450);
    expect((await readCard(page))?.term).toBe(card.term);

    // Following the first link (as the contract check does) lands on the passage.
    const reader = await h.ext.ctx.newPage();
    await reader.goto(card.links[0]!);
    const pid = new URL(card.links[0]!).searchParams.get('passage')!;
    await reader.waitForFunction(
      (id) => {
        const el = document.getElementById(id);
        if (!el || el.getAttribute('aria-current') !== 'location') return false;
        const b = el.getBoundingClientRect();
        return b.top < innerHeight && b.bottom > 0;
      },
      pid,
      { timeout: 5000 },
    );
    await reader.close();

    // Clicking a passage asks the background to open the reader (pages cannot navigate there).
    const opened = h.ext.ctx.waitForEvent('page', { timeout: 5000 });
    await page.evaluate(() =>
      (
        document.querySelector('vdl-card')!.shadowRoot!.querySelector('a.plink') as HTMLElement
      ).click(),
    );
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toContain('/reader.html?');
    expect(new URL(tab.url()).searchParams.get('passage')).toBe(pid);
    await tab.close();
    expect(page.url()).toContain('/card/article.html');

    // Leaving the card closes it after the grace period.
    await page.mouse.move(5, 890, { steps: 4 });
    await page.waitForFunction(() => !document.querySelector('vdl-card'), null, { timeout: 2000 });

    // Events inside the card never reached the page's handlers.
    expect(await page.evaluate(() => (window as any).__leaks)).toEqual([]);
    await page.close();
  });

  it('closes on Escape and when the term is scrolled away', async () => {
    const page = await openPage('article.html');
    const at = await firstHighlight(page);
    await hoverUntilPainted(page, at);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('vdl-card'), null, { timeout: 1000 });
    // Warm again (cached in the content script): re-open, then scroll the term off screen.
    const again = await firstHighlight(page);
    await hoverUntilPainted(page, again);
    await page.mouse.wheel(0, 1200);
    await page.waitForFunction(() => !document.querySelector('vdl-card'), null, { timeout: 2000 });
    await page.close();
  });

  it('opens from the keyboard command on the selected term, focused; Tab and Escape work', async () => {
    const page = await openPage('article.html');
    await firstHighlight(page);
    const focusBefore = await page.evaluate(() => {
      const btn = document.createElement('button');
      btn.id = 'before';
      btn.textContent = 'focus me';
      document.body.prepend(btn);
      btn.focus();
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith('vdl-')) continue;
        for (const r of hl) {
          const sel = getSelection()!;
          sel.removeAllRanges();
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          sel.addRange(live);
          return document.activeElement?.id;
        }
      }
      return null;
    });
    expect(focusBefore).toBe('before');
    // The background relays the command to the tab (as setupCommands does).
    await h.ext.worker.evaluate(async (url) => {
      const c = (globalThis as any).chrome;
      // No "tabs" permission: tab URLs are hidden, so ask every tab (only one has a selection).
      void url;
      for (const tab of await c.tabs.query({})) {
        await c.tabs.sendMessage(tab.id, { type: 'showCardForSelection' }).catch(() => {});
      }
    }, page.url());
    await page.waitForFunction(
      () => {
        const host = document.querySelector('vdl-card');
        const a = host?.shadowRoot?.activeElement;
        return document.activeElement === host && a?.getAttribute('role') === 'dialog';
      },
      null,
      { timeout: 3000 },
    );
    await page.waitForFunction(() =>
      document
        .querySelector('vdl-card')
        ?.shadowRoot?.querySelector('[data-term][data-state=ready]'),
    );
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => document.querySelector('vdl-card')!.shadowRoot!.activeElement?.className,
    );
    expect(focused).toBeTruthy();
    // Moving the mouse around does not close a keyboard-opened card.
    await page.mouse.move(10, 10, { steps: 3 });
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => !!document.querySelector('vdl-card'))).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('vdl-card'), null, { timeout: 1000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    expect(await page.evaluate(() => (window as any).__leaks)).toEqual([]);
    await page.close();
  });

  it('follows the dark colour scheme', async () => {
    const page = await openPage('article.html', { dark: true });
    const at = await firstHighlight(page);
    await hoverUntilPainted(page, at);
    const bg = await page.evaluate(() => {
      const root = document.querySelector('vdl-card')!.shadowRoot!.querySelector('[data-term]')!;
      return getComputedStyle(root).backgroundColor;
    });
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
    await screenshotCard(page, artifactPath('e2e', 'card-dark.png'));
    await page.close();
  });

  it('is unaffected by hostile page CSS (all: unset, 40px root font, z-index wars)', async () => {
    const page = await openPage('hostile.html');
    const at = await firstHighlight(page);
    await hoverUntilPainted(page, at);
    const s = await page.evaluate(() => {
      const host = document.querySelector('vdl-card')!;
      const root = host.shadowRoot!;
      const card = root.querySelector('[data-term]')!;
      const expl = root.querySelector('.explanation')!;
      const b = card.getBoundingClientRect();
      const top = document.elementFromPoint(b.x + b.width / 2, b.y + 20);
      return {
        hostPosition: getComputedStyle(host).position,
        position: getComputedStyle(card).position,
        width: b.width,
        fontSize: getComputedStyle(expl).fontSize,
        titleSize: getComputedStyle(root.querySelector('.title')!).fontSize,
        transform: getComputedStyle(expl).textTransform,
        onTop: top === host,
      };
    });
    expect(s).toEqual({
      hostPosition: 'fixed',
      position: 'fixed',
      width: 420,
      fontSize: '13.5px',
      titleSize: '19px',
      transform: 'none',
      onTop: true,
    });
    await screenshotCard(page, artifactPath('e2e', 'card-hostile.png'));
    await page.close();
  });

  it('is styled on a page whose CSP forbids inline styles', async () => {
    const page = await openPage('csp.html');
    const violations: string[] = [];
    page.on(
      'console',
      (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()),
    );
    const at = await firstHighlight(page);
    await hoverUntilPainted(page, at);
    const s = await page.evaluate(() => {
      const card = document.querySelector('vdl-card')!.shadowRoot!.querySelector('[data-term]')!;
      const cs = getComputedStyle(card);
      return {
        position: cs.position,
        radius: cs.borderTopLeftRadius,
        bg: cs.backgroundColor,
        width: card.getBoundingClientRect().width,
      };
    });
    expect(s).toEqual({ position: 'fixed', radius: '10px', bg: 'rgb(255, 255, 255)', width: 420 });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('opens with the service worker running, stopped, and stopped with no stored card', async () => {
    const clearStored = () =>
      h.ext.worker.evaluate(async () => {
        const c = (globalThis as any).chrome;
        const all = await c.storage.local.get(null);
        await c.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('vdl-card:')));
      });
    const open = async (cold: boolean, stored: boolean): Promise<string | null | undefined> => {
      if (!stored) await clearStored();
      const page = await openPage('article.html');
      const at = await firstHighlight(page);
      const cdp = await h.ext.ctx.newCDPSession(page);
      const status: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', (e) =>
        status.push(...e.versions.map((v) => v.runningStatus)),
      );
      await cdp.send('ServiceWorker.enable');
      if (cold) {
        // The page's own messages (term reports) may wake the worker again: stop until it stays.
        for (let i = 0; i < 10 && status.at(-1) !== 'stopped'; i++) {
          await cdp.send('ServiceWorker.stopAllWorkers');
          await page.waitForTimeout(250);
        }
        expect(status.at(-1)).toBe('stopped');
      }
      await hoverUntilPainted(page, at);
      const term = (await readCard(page))?.term;
      // The worker need not wake: the page's first terms already prefetched their cards (issue
      // 17), so a cold worker costs the first hover nothing.
      await cdp.detach();
      await page.close();
      return term;
    };
    const warm = await open(false, false);
    expect(warm).toMatch(/^[a-z0-9-]+$/);
    expect(await open(true, false)).toBe(warm);
    expect(await open(true, true)).toBe(warm);
  });
});
