/**
 * Touch screens (issue 15), in Chromium emulating phones (touch, isMobile, 390×844 and 360×640):
 * a tap on a term opens its card, which fits the screen with 44 px touch targets; a tap on a
 * passage opens the reader there; a tap elsewhere or a swipe closes it; a swipe never opens it;
 * links keep working (a term inside a link navigates unless the user chose otherwise).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstCardState, watchFirstCard } from './support/detection-highlights';
import { storeSettings, useExtension } from './support/extension';
import { isCurrent } from './support/reader-page';
import {
  emulateTouchOnExtensionPage,
  horizontalOverflow,
  PHONE,
  PHONE_DEVICE,
  readPhoneCard,
  SMALL_PHONE,
  smallTouchTargets,
  swipe,
  termCentre,
  waitPhoneCard,
} from './support/touch';

/** Touch targets of the open card smaller than 44×44 CSS px (label: size). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('vdl-card')!.shadowRoot!;
    const out: string[] = [];
    for (const el of root.querySelectorAll('a[href], button')) {
      const b = el.getBoundingClientRect();
      if (b.width < 44 || b.height < 44) {
        out.push(`${el.className || el.localName}: ${Math.round(b.width)}×${Math.round(b.height)}`);
      }
    }
    return out;
  });
}

/** The centre of the first of these elements that the open card does not cover. */
async function uncovered(page: Page, ids: string[]): Promise<{ x: number; y: number; id: string }> {
  const at = await page.evaluate((list) => {
    const card = document.querySelector('vdl-card')?.shadowRoot?.querySelector('[data-term]');
    const c = card?.getBoundingClientRect();
    for (const id of list) {
      const b = document.getElementById(id)!.getBoundingClientRect();
      const x = b.x + Math.min(30, b.width / 2);
      const y = b.y + b.height / 2;
      const under = c && x >= c.left && x <= c.right && y >= c.top && y <= c.bottom;
      if (!under && y > 0 && y < innerHeight) return { x, y, id };
    }
    return null;
  }, ids);
  if (!at) throw new Error(`all of ${ids.join(', ')} are under the card or off screen`);
  return at;
}

describe('tap to look up (Chromium, phone emulation)', () => {
  const fx = useExtension({ launch: { device: PHONE_DEVICE } });

  async function openPage(name: string, viewport = PHONE): Promise<Page> {
    const page = await fx.ext.ctx.newPage();
    await page.setViewportSize(viewport);
    await page.goto(fx.site.url + name);
    return page;
  }

  it('a tap on a term opens its card, which fits the phone; a tap on a passage opens the reader', async () => {
    const page = await openPage('touch/links.html');
    const at = await termCentre(page, 'plain', 'Eurojust');
    await page.touchscreen.tap(at.x, at.y);
    const card = await waitPhoneCard(page);
    expect(card.term).toBe('eurojust');
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.top).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(PHONE.width);
    expect(card.rect.bottom).toBeLessThanOrEqual(PHONE.height);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await smallTargets(page)).toEqual([]);
    expect(card.links.length).toBeGreaterThan(0);

    // The citation-format buttons are among those 44 px targets, and a tap picks one.
    const formats = page.locator('vdl-card [data-format]');
    expect(await formats.count()).toBe(4);
    await formats.nth(2).scrollIntoViewIfNeeded();
    const fb = (await formats.nth(2).boundingBox())!;
    expect(Math.min(fb.width, fb.height)).toBeGreaterThanOrEqual(44);
    await page.touchscreen.tap(fb.x + fb.width / 2, fb.y + fb.height / 2);
    await expect.poll(() => formats.nth(2).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('vdl-card [data-format][aria-pressed=true]').count()).toBe(1);

    // A tap on the first passage: the background opens the reader on it.
    const first = await page.evaluate(() => {
      const a = document
        .querySelector('vdl-card')!
        .shadowRoot!.querySelector('.passage a[href]') as HTMLAnchorElement;
      a.scrollIntoView({ block: 'nearest' });
      const b = a.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + Math.min(b.height / 2, 20), href: a.href };
    });
    const opened = fx.ext.ctx.waitForEvent('page', { timeout: 10_000 });
    await page.touchscreen.tap(first.x, first.y);
    const reader = await opened;
    const pid = new URL(first.href).searchParams.get('passage')!;
    await reader.waitForFunction(isCurrent, pid, { timeout: 10_000 });
    expect(new URL(reader.url()).searchParams.get('term')).toBe('eurojust');
    // The page itself did not navigate.
    expect(page.url()).toBe(fx.site.url + 'touch/links.html');
    await reader.close();
    await page.close();
  });
  // setup-hover-card.ts's DATA_GRACE_MS: the first tap on a page starts the card's data with the
  // card, and the card waits for it rather than painting a placeholder first.
  it('the first card a tap paints already holds its data', async () => {
    const page = await openPage('touch/links.html');
    const at = await termCentre(page, 'plain', 'Eurojust');
    await watchFirstCard(page);
    await page.touchscreen.tap(at.x, at.y);
    expect(await firstCardState(page)).toBe('ready meaning');
    await page.close();
  });

  it('a tap elsewhere closes the card, and the page gets that tap', async () => {
    const page = await openPage('touch/links.html');
    const at = await termCentre(page, 'plain', 'Eurojust');
    await page.touchscreen.tap(at.x, at.y);
    await waitPhoneCard(page);
    const btn = await uncovered(page, ['btn', 'btn2']);
    await page.touchscreen.tap(btn.x, btn.y);
    await page.waitForFunction(() => !document.querySelector('vdl-card')?.isConnected);
    expect(await readPhoneCard(page)).toBeNull();
    // The page's own button still works on the same tap.
    await page.waitForFunction(() => document.getElementById('out')!.textContent === 'clicked');
    await page.close();
  });

  it('a tap on the term swallows its click; a tap on text without a term reaches the page', async () => {
    const page = await openPage('touch/links.html');
    await page.evaluate(() => {
      (window as unknown as { clicks: string[] }).clicks = [];
      document.addEventListener('click', (e) =>
        (window as unknown as { clicks: string[] }).clicks.push((e.target as Element).id),
      );
    });
    const at = await termCentre(page, 'plain', 'CCPD');
    await page.touchscreen.tap(at.x, at.y);
    expect((await waitPhoneCard(page)).term).toBe('ccpd');
    const blank = await uncovered(page, ['blank', 'blank2']);
    await page.touchscreen.tap(blank.x, blank.y);
    await page.waitForFunction(() => (window as unknown as { clicks: string[] }).clicks.length > 0);
    expect(await page.evaluate(() => (window as unknown as { clicks: string[] }).clicks)).toEqual([
      blank.id,
    ]);
    expect(await readPhoneCard(page)).toBeNull();
    await page.close();
  });

  it('a swipe that starts on a term does not open the card, and closes an open one', async () => {
    const page = await openPage('touch/links.html');
    const at = await termCentre(page, 'plain', 'Eurojust');
    await swipe(page, at, { x: at.x, y: at.y - 120 });
    // Nothing opens while the page settles after the swipe (the tap below, same place, does).
    await page.waitForTimeout(600);
    expect(await readPhoneCard(page)).toBeNull();
    const again = await termCentre(page, 'plain', 'Eurojust');
    await page.touchscreen.tap(again.x, again.y);
    await waitPhoneCard(page);
    const blank = await uncovered(page, ['blank', 'blank2']);
    await swipe(page, blank, { x: blank.x, y: blank.y - 100 });
    await page.waitForFunction(() => !document.querySelector('vdl-card')?.isConnected);
    expect(await readPhoneCard(page)).toBeNull();
    await page.close();
  });

  it('by default a tap on a term inside a link follows the link', async () => {
    const page = await openPage('touch/links.html');
    const at = await termCentre(page, 'linked', 'Eurojust');
    await Promise.all([
      page.waitForURL(fx.site.url + 'touch/target.html', { timeout: 10_000 }),
      page.touchscreen.tap(at.x, at.y),
    ]);
    expect(await page.textContent('#target')).toBe('La page du lien');
    await page.close();
  });

  it('with the option on, the first tap on a linked term opens the card, the second follows the link', async () => {
    await storeSettings(fx.ext.worker, { linkTapOpensCard: true });
    try {
      const page = await openPage('touch/links.html');
      await page.waitForFunction(() => true);
      const at = await termCentre(page, 'linked', 'Eurojust');
      await page.touchscreen.tap(at.x, at.y);
      expect((await waitPhoneCard(page)).term).toBe('eurojust');
      expect(page.url()).toBe(fx.site.url + 'touch/links.html');
      await Promise.all([
        page.waitForURL(fx.site.url + 'touch/target.html', { timeout: 10_000 }),
        page.touchscreen.tap(at.x, at.y),
      ]);
      await page.close();
    } finally {
      await storeSettings(fx.ext.worker, {});
    }
  });

  it('at 360×640 the card fits the screen without horizontal scrolling', async () => {
    const page = await openPage('demo-article.html', SMALL_PHONE);
    const handle = await page.waitForFunction(
      () => {
        for (const [name, hl] of CSS.highlights) {
          if (!name.startsWith('vdl-')) continue;
          for (const r of hl) {
            const el = r.startContainer.parentElement!;
            if (el.closest('a, button, nav, header, h1')) continue;
            // Where a reader's eyes usually are: the upper third of the screen.
            el.scrollIntoView({ block: 'start' });
            scrollBy(0, -innerHeight / 4);
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
      { timeout: 15_000 },
    );
    const at = (await handle.jsonValue())!;
    await page.touchscreen.tap(at.x, at.y);
    const card = await waitPhoneCard(page);
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.top).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(SMALL_PHONE.width);
    expect(card.rect.bottom).toBeLessThanOrEqual(SMALL_PHONE.height);
    expect(card.rect.right - card.rect.left).toBeGreaterThanOrEqual(SMALL_PHONE.width - 16);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await smallTargets(page)).toEqual([]);
    if (process.env.VDL_SCREENSHOT) await page.screenshot({ path: process.env.VDL_SCREENSHOT });
    await page.close();
  });
  it.each([
    ['popup', 'popup.html?q=mandat', '[role=listbox] [role=option]'],
    ['reader', 'reader.html?doc=declaration-2018-06-11', 'main'],
    ['reader on a passage', 'reader.html?doc=declaration-2023-05-05&q=Eurojust', 'main'],
    ['options', 'options.html', '#linkTapOpensCard'],
    ['welcome', 'welcome.html', 'main'],
  ])(
    'the %s page fits 360 px without horizontal scrolling, with 44 px touch targets',
    async (_name, path, ready) => {
      const page = await fx.ext.ctx.newPage();
      await page.setViewportSize(SMALL_PHONE);
      await page.goto(`chrome-extension://${fx.ext.extId}/${path}`);
      await page.waitForSelector(ready, { timeout: 10_000 });
      await page.waitForTimeout(300);
      const wide = await page.evaluate(() => {
        const out: string[] = [];
        const w = document.documentElement.clientWidth;
        for (const el of document.querySelectorAll('body *')) {
          const b = el.getBoundingClientRect();
          if (b.right > w + 1 && b.width > 0) out.push(`${el.localName}.${el.className}`);
        }
        return out.slice(0, 8);
      });
      if (process.env.VDL_SHOTS) {
        await page.screenshot({ path: `tests/.artifacts/phone-${_name.replace(/ /g, '-')}.png` });
      }
      expect({ overflow: await horizontalOverflow(page), wide }).toEqual({ overflow: 0, wide: [] });
      await emulateTouchOnExtensionPage(page);
      expect(await smallTouchTargets(page)).toEqual([]);
      await page.close();
    },
  );
  it('the options page has the link-tap switch, off by default, saved when tapped on', async () => {
    const page = await fx.ext.ctx.newPage();
    await page.goto(`chrome-extension://${fx.ext.extId}/options.html`);
    const sw = page.locator('#linkTapOpensCard');
    await sw.scrollIntoViewIfNeeded();
    expect(await sw.isChecked()).toBe(false);
    const label = await page.locator('label[for=linkTapOpensCard] .switch-label').textContent();
    expect(label?.length).toBeGreaterThan(10);
    await sw.tap();
    const stored = () =>
      fx.ext.worker.evaluate(async () => {
        const c = (
          globalThis as unknown as {
            chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome;
        return ((await c.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
      });
    await expect.poll(async () => (await stored()).linkTapOpensCard).toBe(true);
    expect(await sw.isChecked()).toBe(true);
    await storeSettings(fx.ext.worker, {});
    await page.close();
  });

  it('a tap a few pixels beside a term still opens it (fingers are imprecise)', async () => {
    const page = await openPage('touch/links.html');
    const box = await termCentre(page, 'plain', 'CCPD');
    const h = await page.evaluate(({ x, y }) => {
      const r = document.caretRangeFromPoint(x, y)!;
      return r.startContainer.parentElement!.getBoundingClientRect().height > 0
        ? parseFloat(getComputedStyle(r.startContainer.parentElement!).lineHeight)
        : 0;
    }, box);
    expect(h).toBeGreaterThan(0);
    // Just past the line box's lower edge, between two lines.
    await page.touchscreen.tap(box.x, box.y + h / 2 + 3);
    expect((await waitPhoneCard(page)).term).toBe('ccpd');
    await page.close();
  });
});
