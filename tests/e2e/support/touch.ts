/** Phone emulation for the touch tests: Chromium with touch, mobile viewport, the extension. */
import type { Page } from 'playwright-core';
import { launchWithExtension, type Loaded } from './extension';

export const PHONE = { width: 390, height: 844 };
export const SMALL_PHONE = { width: 360, height: 640 };

/** A phone: touch, mobile, 390×844 at 2×. */
export const PHONE_DEVICE = {
  viewport: PHONE,
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
};

export function launchPhone(): Promise<Loaded> {
  return launchWithExtension({ device: PHONE_DEVICE });
}

/**
 * The centre of the highlighted occurrence of `text` inside the element `#within` (scrolled to
 * the middle of the viewport), once the extension has highlighted it.
 */
export async function termCentre(
  page: Page,
  within: string,
  text: string,
): Promise<{ x: number; y: number }> {
  const handle = await page.waitForFunction(termCentreInPage, [within, text] as const, {
    timeout: 15_000,
  });
  return (await handle.jsonValue())!;
}

/**
 * In-page (self-contained, for Playwright and Puppeteer): the centre of the highlighted `want`
 * inside `#id`, the box scrolled to the middle when the term is near an edge; null until found.
 */
export function termCentreInPage([id, want]: readonly [string, string]): {
  x: number;
  y: number;
} | null {
  const box = document.getElementById(id);
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('vdl-')) continue;
    for (const r of hl) {
      if (!box?.contains(r.startContainer)) continue;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() !== want) continue;
      const b0 = live.getBoundingClientRect();
      if (b0.top < 80 || b0.bottom > innerHeight - 80) box.scrollIntoView({ block: 'center' });
      const b = live.getBoundingClientRect();
      if (b.width > 0) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }
  }
  return null;
}

export interface PhoneCard {
  term: string;
  state: string | null;
  rect: { left: number; top: number; right: number; bottom: number };
  links: string[];
  /** How far the page scrolls sideways (0 when the card fits). */
  overflow: number;
}

/** In-page (self-contained, Playwright and Puppeteer): the shown card, or null. */
export function phoneCardInPage(): PhoneCard | null {
  const root = document.querySelector('vdl-card')?.shadowRoot?.querySelector('[data-term]');
  if (!root) return null;
  const b = root.getBoundingClientRect();
  if (b.height === 0) return null;
  return {
    term: root.getAttribute('data-term')!,
    state: root.getAttribute('data-state'),
    rect: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
    links: [...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

/** In-page: a card is painted with its data. */
export function phoneCardReadyInPage(): boolean {
  const root = document.querySelector('vdl-card')?.shadowRoot;
  return (
    (root?.querySelector('[data-term][data-state=ready]')?.getBoundingClientRect().height ?? 0) > 0
  );
}

export function readPhoneCard(page: Page): Promise<PhoneCard | null> {
  return page.evaluate(phoneCardInPage);
}

export async function waitPhoneCard(page: Page): Promise<PhoneCard> {
  await page.waitForFunction(phoneCardReadyInPage, null, { timeout: 10_000 });
  return (await readPhoneCard(page))!;
}

/**
 * A one-finger swipe through the DevTools protocol (Playwright's touchscreen only taps): lands at
 * `from`, moves in `steps` to `to`, lifts.
 */
export async function swipe(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 6,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const at = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y), id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: at(from.x, from.y),
  });
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    const y = from.y + ((to.y - from.y) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(x, y) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Widest content beyond the viewport, CSS px (0: no horizontal scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return Math.max(0, el.scrollWidth - el.clientWidth);
  });
}

/**
 * Playwright's `hasTouch` does not reach chrome-extension:// pages in Chromium: there
 * `matchMedia('(pointer: coarse)')` stays false while web pages of the same context match. Touch
 * emulation is switched on again for the page through the DevTools protocol (after navigating:
 * a navigation resets it).
 */
export async function emulateTouchOnExtensionPage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  await page.waitForFunction(() => matchMedia('(pointer: coarse)').matches);
}

/**
 * Controls smaller than 44×44 CSS px (label: size). A control counts with its label when the label
 * is that large (tapping a label works the control).
 */
export function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const sel = 'a[href], button, input, select, summary, textarea, [role=button], [role=option]';
    for (const el of document.querySelectorAll(sel)) {
      const own = el.getBoundingClientRect();
      if (own.width === 0 || own.height === 0) continue;
      const label =
        el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
      const lb = label?.getBoundingClientRect();
      const b = lb && lb.width >= 44 && lb.height >= 44 ? lb : own;
      if (b.width < 44 || b.height < 44) {
        const name = `${el.localName}${el.id ? '#' + el.id : ''}.${String(el.className).split(' ')[0]}`;
        out.push(`${name} ${Math.round(b.width)}×${Math.round(b.height)}`);
      }
    }
    return [...new Set(out)];
  });
}
