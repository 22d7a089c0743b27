/**
 * Keyboard access to the terms of a page, in a real Chromium: the show-card command with nothing
 * selected opens the card of the first marked term in view; inside the card N / Alt+↓ and
 * P / Alt+↑ step to the next / previous term on the page, scroll it into view, keep focus in the
 * card, and say where they are in the card's aria-live status line.
 */
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, useExtension } from './support/extension';

const fx = useExtension({ serve: { dir: join(FIXTURES, 'stepping') } });

let page: Page;

beforeAll(async () => {
  page = await fx.ext.ctx.newPage();
  await page.goto(fx.site.url + 'long.html');
  // Every term marked (four in all).
  await page.waitForFunction(() => {
    let n = 0;
    for (const [name, hl] of CSS.highlights) if (name.startsWith('vdl-')) n += hl.size;
    return n === 4;
  });
});

/** What the card shows and whether its term is on screen. */
function state() {
  return page.evaluate(() => {
    const host = document.querySelector('vdl-card');
    const root = host?.shadowRoot?.querySelector('[data-term]');
    const status = host?.shadowRoot?.querySelector('[role=status][aria-live=polite]');
    const sel = (id: string) => document.getElementById(id)!.getBoundingClientRect();
    const visible = ['p1', 'p2', 'p3'].filter((id) => {
      const b = sel(id);
      return b.top >= 0 && b.bottom <= innerHeight;
    });
    return {
      term: root?.getAttribute('data-term') ?? null,
      focused: document.activeElement === host && !!host?.shadowRoot?.activeElement,
      status: status?.textContent ?? null,
      visible,
    };
  });
}

/** The status line in the browser's UI language (fr, en or nl; the test does not pick it). */
const pos = (i: number, n: number, label: string) =>
  new RegExp(`^(Terme ${i} sur ${n} : |Term ${i} of ${n}: |Term ${i} van ${n}: )${label}$`);
const LAST = /^(Dernier terme de la page|Last term on the page|Laatste term op de pagina)$/;
const FIRST = /^(Premier terme de la page|First term on the page|Eerste term op de pagina)$/;

async function showCardCommand(): Promise<void> {
  // The background relays the command (Alt+Shift+K) to the tab, as setupCommands does.
  await fx.ext.worker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    for (const tab of await c.tabs.query({})) {
      await c.tabs.sendMessage(tab.id, { type: 'showCardForSelection' }).catch(() => {});
    }
  });
}

/** Presses `key`; the card then shows `term`, focused, and announces `status`. */
async function stepTo(key: string, term: string, status: string | RegExp): Promise<void> {
  await page.keyboard.press(key);
  await expect
    .poll(state)
    .toMatchObject({ term, focused: true, status: expect.stringMatching(status) });
}

describe('keyboard stepping through the terms of a page', () => {
  it('the command with nothing selected opens the first term in view, focused', async () => {
    await page.evaluate(() => {
      getSelection()?.removeAllRanges();
      document.getElementById('p2')!.scrollIntoView({ block: 'center' });
    });
    await showCardCommand();
    await expect.poll(state).toMatchObject({ term: 'sis', focused: true });
  });

  it('N and Alt+↓ step forward, scroll the term into view and announce the position', async () => {
    await stepTo('n', 'eurojust', pos(3, 4, 'Eurojust'));
    await stepTo('Alt+ArrowDown', 'europol', pos(4, 4, 'Europol'));
    expect((await state()).visible).toEqual(['p3']);
    // The last term: it stays, and says so.
    await page.keyboard.press('n');
    await expect
      .poll(state)
      .toMatchObject({ term: 'europol', status: expect.stringMatching(LAST) });
  });

  it('P and Alt+↑ step back to the first term, then say it is the first', async () => {
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(state).toMatchObject({ term: 'eurojust', focused: true });
    await page.keyboard.press('p');
    await expect
      .poll(state)
      .toMatchObject({ term: 'sis', status: expect.stringMatching(pos(2, 4, 'SIS')) });
    await stepTo('p', 'pnr', pos(1, 4, 'PNR'));
    expect((await state()).visible).toEqual(['p1']);
    await page.keyboard.press('p');
    await expect.poll(state).toMatchObject({ term: 'pnr', status: expect.stringMatching(FIRST) });
  });

  it('steps to a term the page added after the first steps, in document order', async () => {
    // The steps above listed the page's four terms; a fifth arrives at the end of the page.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'p4';
      p.textContent = 'Frontex surveille la frontière.';
      document.body.append(p);
    });
    await page.waitForFunction(() => {
      let n = 0;
      for (const [name, hl] of CSS.highlights) if (name.startsWith('vdl-')) n += hl.size;
      return n === 5;
    });
    await stepTo('n', 'sis', pos(2, 5, 'SIS'));
    await stepTo('n', 'eurojust', pos(3, 5, 'Eurojust'));
    await stepTo('n', 'europol', pos(4, 5, 'Europol'));
    await stepTo('n', 'frontex', pos(5, 5, 'Frontex'));
  });

  it('letters typed on the page itself (card closed) do nothing', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await state()).term).toBeNull();
    const y = await page.evaluate(() => scrollY);
    await page.keyboard.press('n');
    expect(await page.evaluate(() => scrollY)).toBe(y);
    expect((await state()).term).toBeNull();
  });
});
