/**
 * The hover card in Firefox (puppeteer-core over WebDriver BiDi): hover the first highlighted term,
 * wait for something inside the card's shadow root, click a control of the card.
 */
import type { Page } from 'puppeteer-core';
import { highlightCentres, waitInFirefoxPage } from './extension';

/**
 * Waits until the card's shadow root holds an element matching `selector`. Polled with plain
 * evaluations: puppeteer's waitForFunction builds its predicate with `Function()`, which the
 * extension's own pages (the PDF viewer) refuse under their CSP in Firefox ESR 140. A timeout
 * says what the page showed instead (its visibility and focus, each open card's term and state).
 */
export async function waitInCard(page: Page, selector: string, timeout = 10_000): Promise<void> {
  try {
    await waitInFirefoxPage(
      page,
      (sel) => !!document.querySelector('vdl-card')?.shadowRoot?.querySelector(sel!),
      selector,
      timeout,
    );
  } catch (err) {
    const seen = await page
      .evaluate(() => ({
        visibility: document.visibilityState,
        focus: document.hasFocus(),
        cards: [...document.querySelectorAll('vdl-card')].map((c) =>
          [...(c.shadowRoot?.querySelectorAll('[data-state]') ?? [])]
            .map((e) => `${e.getAttribute('data-term')}:${e.getAttribute('data-state')}`)
            .join(' '),
        ),
      }))
      .catch((e: unknown) => String(e));
    throw new Error(`${(err as Error).message}; the page then: ${JSON.stringify(seen)}`, {
      cause: err,
    });
  }
}

/** Hovers the first highlighted term (scrolled into view) and waits for `cardReady` in the card. */
export async function hoverFirstTerm(page: Page, cardReady: string): Promise<void> {
  const handle = await page.waitForFunction(
    highlightCentres,
    { timeout: 15_000 },
    { limit: 1, scroll: true },
  );
  const at = (await handle.jsonValue())![0]!;
  // From outside the term, so the page sees the pointer arrive on it.
  await page.mouse.move(at.x - 40, at.y - 60);
  await page.mouse.move(at.x, at.y);
  await waitInCard(page, cardReady);
}

/** Moves to the centre of the card's element matching `selector` and clicks it. */
export async function clickInCard(page: Page, selector: string): Promise<void> {
  const c = await page.evaluate((s) => {
    const el = document.querySelector('vdl-card')!.shadowRoot!.querySelector(s)!;
    const b = el.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }, selector);
  await page.mouse.move(c.x, c.y, { steps: 3 });
  await page.mouse.click(c.x, c.y);
}
