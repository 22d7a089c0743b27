/**
 * The Firefox build with touch input (issue 15), in firefox-esr over WebDriver BiDi: touch
 * actions are dispatched as real touch events and touch pointer events, as on Firefox for
 * Android. A tap on a term opens its card, which fits a phone-wide window; a tap elsewhere closes
 * it; a swipe does not open it; a term inside a link follows the link by default.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { setFirefoxViewport, useFirefox, waitInFirefoxPage } from './support/extension';
import { PHONE, phoneCardInPage, phoneCardReadyInPage, termCentreInPage } from './support/touch';

async function termCentre(page: Page, within: string, text: string) {
  const handle = await page.waitForFunction(termCentreInPage, { timeout: 15_000 }, [
    within,
    text,
  ] as const);
  return (await handle.jsonValue())!;
}

const readCard = (page: Page) => page.evaluate(phoneCardInPage);

/** A tap the extension leaves to the page: every event reaches it, the click included. */
const SECOND_TAP = ['pointerdown:touch', 'touchstart', 'touchend', 'click:touch'];

async function waitCard(page: Page) {
  await page.waitForFunction(phoneCardReadyInPage, { timeout: 10_000 });
  return (await readCard(page))!;
}

describe('Firefox build with touch input (firefox-esr)', () => {
  // A phone's touch screen: the card's logic then loads with the page's highlights, so the first
  // tap is answered (card-on-demand.ts).
  const fx = useFirefox(undefined, { touchPoints: 5 });

  async function openPage(): Promise<Page> {
    const page = await fx.ff.newPage();
    await setFirefoxViewport(page, PHONE);
    await page.goto(fx.site.url + 'touch/links.html');
    return page;
  }

  it('a tap on a term opens its card within the phone-wide window; a tap elsewhere closes it', async () => {
    const page = await openPage();
    await page.evaluate(() => {
      const log: string[] = ((window as unknown as { log: string[] }).log = []);
      for (const t of ['pointerdown', 'touchstart', 'touchend', 'click', 'contextmenu']) {
        window.addEventListener(t, (e) => {
          const kind = (e as PointerEvent).pointerType ? `:${(e as PointerEvent).pointerType}` : '';
          log.push(`${t}${kind}${e.defaultPrevented ? ':prevented' : ''}`);
        });
      }
    });
    const at = await termCentre(page, 'plain', 'Eurojust');
    await page.touchscreen.tap(at.x, at.y);
    const card = await waitCard(page);
    expect(card.term).toBe('eurojust');
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(PHONE.width);
    expect(card.rect.top).toBeGreaterThanOrEqual(0);
    expect(card.rect.bottom).toBeLessThanOrEqual(PHONE.height);
    expect(card.overflow).toBe(0);
    // Real touch input reached the page, and the tap we consumed gave the page no click.
    const log = await page.evaluate(() => (window as unknown as { log: string[] }).log);
    expect(log).toEqual(['pointerdown:touch', 'touchstart', 'touchend:prevented']);

    // A tap on the page's button, outside the card: the card closes and the button works.
    const btn = await page.evaluate(() => {
      const c = document
        .querySelector('vdl-card')!
        .shadowRoot!.querySelector('[data-term]')!
        .getBoundingClientRect();
      for (const id of ['btn', 'btn2']) {
        const b = document.getElementById(id)!.getBoundingClientRect();
        const x = b.x + b.width / 2;
        const y = b.y + b.height / 2;
        if (!(y >= c.top && y <= c.bottom) && y > 0 && y < innerHeight) return { x, y };
      }
      return null;
    });
    expect(btn).not.toBeNull();
    await page.evaluate(() => ((window as unknown as { log: string[] }).log.length = 0));
    await page.touchscreen.tap(btn!.x, btn!.y);
    // Read once the click had time to come, with the events that reached the page, so that a
    // failure says which step did not happen.
    const clicked = await page
      .waitForFunction(() => document.getElementById('out')!.textContent === 'clicked', {
        timeout: 10_000,
      })
      .then(
        () => true,
        () => false,
      );
    const second = await page.evaluate(() => (window as unknown as { log: string[] }).log);
    expect({ clicked, events: second }).toEqual({ clicked: true, events: SECOND_TAP });
    expect(await readCard(page)).toBeNull();
    await page.close();
  });

  it('a swipe from a term does not open the card', async () => {
    const page = await openPage();
    const at = await termCentre(page, 'plain', 'CCPD');
    await page.touchscreen.touchStart(at.x, at.y);
    for (let i = 1; i <= 6; i++) await page.touchscreen.touchMove(at.x, at.y - i * 15);
    await page.touchscreen.touchEnd();
    // Nothing opened (the tap right after, on the same term, does open it).
    await new Promise((r) => setTimeout(r, 600));
    expect(await readCard(page)).toBeNull();
    const again = await termCentre(page, 'plain', 'CCPD');
    await page.touchscreen.tap(again.x, again.y);
    expect((await waitCard(page)).term).toBe('ccpd');
    await page.close();
  });

  it('by default a tap on a term inside a link follows the link', async () => {
    const page = await openPage();
    const link = await termCentre(page, 'linked', 'Eurojust');
    const target = fx.site.url + 'touch/target.html';
    await page.touchscreen.tap(link.x, link.y);
    // The page is asked where it is, not `waitForNavigation`: on a loaded machine puppeteer's BiDi
    // session missed this navigation now and then (1 run in 6 with both cores busy, none in 15
    // this way), like https://github.com/puppeteer/puppeteer/issues/13041. A tap that does not
    // follow the link fails here after 10 s. (Some of those misses may have been taps that APZ
    // timed out, not lost navigations: see apz.max_tap_time in launchFirefoxWithExtension.)
    await waitInFirefoxPage(page, (want) => location.href === want, target, 10_000);
    await page.close();
  });
});
