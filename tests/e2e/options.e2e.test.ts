/**
 * The options page and the welcome page in a real Chromium with the built extension: settings
 * saved to chrome.storage.sync through the UI, changes made elsewhere reflected, keyboard-only
 * use with visible focus and the live highlight preview. Migrations and what the density and
 * common-term options draw: options-effects.e2e.test.ts.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { useExtension } from './support/extension';
import { optionsPageHelpers } from './support/options-page';

const fx = useExtension({ serve: false });

let page: Page;

const { settings, writeStorage, openOptions } = optionsPageHelpers(fx);

describe('welcome page', () => {
  it('opens once on install, in its own tab', async () => {
    await expect
      .poll(() => fx.ext.ctx.pages().filter((p) => p.url().endsWith('/welcome.html')).length)
      .toBe(1);
  });

  it('says what it reads, that nothing leaves the browser, and how to turn it off', async () => {
    const p = fx.ext.ctx.pages().find((x) => x.url().endsWith('/welcome.html'))!;
    await p.locator('h1').waitFor();
    await expect(p.locator('h2').count()).resolves.toBeGreaterThanOrEqual(4);
    // The actual shortcut bound to "toggle-site".
    await expect(p.locator('.off kbd').allTextContents()).resolves.toEqual(['Alt', 'Shift', 'D']);
    const reader = p.locator('a[href*="reader.html"]');
    const options = p.locator('a[href$="options.html"]');
    await expect(reader.count()).resolves.toBe(1);
    await expect(options.count()).resolves.toBe(1);
    await options.click();
    await p.waitForURL(/\/options\.html$/);
    await p.locator('#enabled').waitFor();
    await p.goBack();
    await reader.click();
    await p.waitForURL(/\/reader\.html\?doc=/);
    await p.close();
  });
});

describe('options page', () => {
  beforeEach(async () => {
    await page?.close();
    await writeStorage({});
    page = await openOptions();
  });

  it('is the manifest options_ui page and opens in a tab', async () => {
    const manifest = await fx.ext.worker.evaluate(() =>
      (globalThis as any).chrome.runtime.getManifest(),
    );
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('has unique ids (labels and ARIA references point at one element)', async () => {
    const dupes = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(dupes).toEqual([]);
  });

  it('saves every setting changed in the UI to chrome.storage.sync', async () => {
    await page.locator('#enabled').click();
    await page.locator('#highlight-all').check();
    await page.locator('#highlightStyle-background').check();
    await page.locator('#cardTrigger-click').check();
    await page.locator('#cardLanguage-nl').check();
    await page.locator('#theme-dark').check();
    await expect.poll(settings).toMatchObject({
      enabled: false,
      highlight: 'all',
      highlightStyle: 'background',
      cardTrigger: 'click',
      cardLanguage: 'nl',
      theme: 'dark',
    });
    // The theme applies to the options page itself.
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    const bg = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(bg).toBe('rgb(20, 22, 27)');
  });

  it('saves the hover delay from the slider, each change in one sync write', async () => {
    // What the background sees: a value written without its version meta (two writes) was
    // "migrated" there from version 1 and written back over the next change (the 250 kept).
    await fx.ext.worker.evaluate(() => {
      const g = globalThis as any;
      g.__vdlSyncChanges = [];
      g.chrome.storage.onChanged.addListener((changes: object, area: string) => {
        if (area === 'sync') g.__vdlSyncChanges.push(Object.keys(changes).sort());
      });
    });
    await page.locator('#hover-delay').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await settings()).hoverDelayMs).toBe(250);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await settings()).hoverDelayMs).toBe(300);
    expect(await fx.ext.worker.evaluate(() => (globalThis as any).__vdlSyncChanges)).toEqual([
      ['settings', 'settings$'],
      ['settings'],
    ]);
    // The label follows the stored value (a storage round trip): wait for it.
    await expect
      .poll(() => page.locator('output[for="hover-delay"]').textContent())
      .toContain('300');
    // The slider only concerns the plain hover trigger.
    await page.locator('#cardTrigger-alt-hover').check();
    await expect(page.locator('#hover-delay').count()).resolves.toBe(0);
  });

  it('sets per-term overrides from a searchable glossary list', async () => {
    await page.locator('details.overrides > summary').click();
    const rows = page.locator('#term-list li');
    const total = await rows.count();
    expect(total).toBeGreaterThan(0);
    await page.locator('#term-search').fill('passenger name');
    await expect.poll(() => rows.count()).toBe(1);
    await page.locator('#term-pnr').selectOption('off');
    await expect.poll(async () => (await settings()).termOverrides).toEqual({ pnr: false });
    await page.locator('#term-search').fill('zzzz-no-such-term');
    await expect.poll(() => rows.count()).toBe(0);
    await expect(page.locator('.terms .empty').isVisible()).resolves.toBe(true);
    await page.locator('#term-search').fill('');
    await expect.poll(() => rows.count()).toBe(total);
    await page.locator('#term-pnr').selectOption('default');
    await expect.poll(async () => (await settings()).termOverrides).toEqual({});
  });

  it('reflects changes made elsewhere (another page, the popup, a synced browser)', async () => {
    await fx.ext.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({
        settings: {
          ...settings,
          enabled: false,
          highlightStyle: 'none',
          disabledSites: ['lesoir.be'],
          theme: 'light',
        },
      });
    });
    await expect.poll(() => page.locator('#enabled').isChecked()).toBe(false);
    await expect.poll(() => page.locator('#highlightStyle-none').isChecked()).toBe(true);
    await expect
      .poll(() => page.locator('.site-list .host').allTextContents())
      .toEqual(['lesoir.be']);
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
  });

  it('adds a site from a URL or a host, normalised, and removes it', async () => {
    const input = page.locator('#site-input');
    await input.fill('https://www.LeSoir.be/actualite/article?id=1');
    await input.press('Enter');
    await input.fill('example.org');
    await page.getByRole('button', { name: /^(Ajouter|Add|Toevoegen)$/ }).click();
    await expect
      .poll(async () => (await settings()).disabledSites)
      .toEqual(['lesoir.be', 'example.org']);
    await expect(input.inputValue()).resolves.toBe('');

    // Invalid and duplicate entries are refused with a message tied to the field.
    await input.fill('not a host');
    await input.press('Enter');
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#site-status').textContent()).resolves.not.toBe('');
    await input.fill('www.lesoir.be');
    await input.press('Enter');
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await settings()).disabledSites).toHaveLength(2);

    // Remove by keyboard: focus moves to the next remove button, then back to the field.
    await page.locator('.site-list li', { hasText: 'lesoir.be' }).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await settings()).disabledSites).toEqual(['example.org']);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('li')?.textContent ?? ''))
      .toContain('example.org');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await settings()).disabledSites).toEqual([]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-input');
  });

  it('live preview: registers a vdl- highlight over the sample terms, restyled on change', async () => {
    const ranges = () =>
      page.evaluate(() =>
        [...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())]),
      );
    // The names and ::highlight() rules are the content script's own.
    const rule = (name: string) =>
      page.evaluate(
        (n) =>
          document.adoptedStyleSheets
            .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
            .filter((t) => t.startsWith(`::highlight(${n})`))
            .join('\n'),
        name,
      );
    await expect.poll(ranges).toEqual([['vdl-core-underline', ['PNR', 'SIS']]]);
    await expect.poll(() => rule('vdl-core-underline')).toContain('underline');
    await page.locator('#highlightStyle-background').check();
    await expect.poll(ranges).toEqual([['vdl-core-background', ['PNR', 'SIS']]]);
    await expect.poll(() => rule('vdl-core-background')).toContain('background-color');
    // "No mark": the terms stay detected on a page, but nothing is drawn.
    await page.locator('#highlightStyle-none').check();
    await expect.poll(ranges).toEqual([]);
    // The sample stands in for a page and follows the OS scheme: on its dark background the
    // preview uses the dark-page colours, as a dark page would.
    await page.locator('#highlightStyle-underline').check();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(ranges).toEqual([['vdl-core-underline-dark', ['PNR', 'SIS']]]);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(ranges).toEqual([['vdl-core-underline', ['PNR', 'SIS']]]);
  });

  it('lists the keyboard shortcuts with the keys actually bound', async () => {
    const rows = page.locator('table.shortcuts tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const keys = async (name: string) =>
      (await page.locator(`tr[data-command="${name}"] kbd`).allTextContents()).join('+');
    await expect(keys('toggle-site')).resolves.toBe('Alt+Shift+D');
    await expect(keys('show-card')).resolves.toBe('Alt+Shift+K');
    await expect(keys('_execute_action')).resolves.toBe('Alt+Shift+L');
    // Each command described by its own message, in the page's language.
    const described = (name: string) =>
      page.locator(`tr[data-command="${name}"] td`).first().textContent();
    const message = (key: string) =>
      page.evaluate((k) => (globalThis as any).chrome.i18n.getMessage(k) as string, key);
    for (const [name, key] of [
      ['toggle-site', 'cmdToggleSite'],
      ['show-card', 'cmdShowCard'],
      ['_execute_action', 'cmdOpenPopup'],
    ]) {
      const text = await message(key!);
      expect(text, key).not.toBe('');
      await expect(described(name!)).resolves.toBe(text);
    }
    // Keys inside the card (term-to-term stepping), listed beside the browser's commands.
    const cardKey = async (id: string) =>
      (await page.locator(`tr[data-card-key="${id}"] kbd`).allTextContents()).join('+');
    await expect(cardKey('next')).resolves.toBe('N+Alt+↓');
    await expect(cardKey('prev')).resolves.toBe('P+Alt+↑');
    await expect(cardKey('close')).resolves.toBe('Esc');
    // chrome:// cannot be a link target from an extension page: the button opens a tab.
    const opened = fx.ext.ctx.waitForEvent('page', { timeout: 5000 }).catch(() => null);
    await page.locator('#edit-shortcuts').click();
    const tab = await opened;
    expect(tab?.url() ?? '').toMatch(/^chrome:\/\/extensions\/shortcuts/);
    await tab?.close();
  });

  it('resets to the defaults, with undo', async () => {
    await page.locator('#theme-dark').check();
    await page.locator('#enabled').click();
    await expect.poll(async () => (await settings()).enabled).toBe(false);
    await page.locator('#reset-defaults').click();
    await expect.poll(async () => (await settings()).enabled).toBe(true);
    expect((await settings()).theme).toBe('system');
    await page.getByRole('button', { name: /^(Annuler|Undo|Ongedaan maken)$/ }).click();
    await expect.poll(async () => (await settings()).theme).toBe('dark');
  });

  it('is fully usable with the keyboard, with a visible focus everywhere', async () => {
    // Everything that should be reachable: each control, one stop per radio group.
    await page.locator('details.overrides > summary').click();
    const expected = await page.evaluate(() => {
      const all = [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])',
        ),
      ].filter((e) => !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0);
      const seen = new Set<string>();
      return all
        .filter((e) => {
          if (e instanceof HTMLInputElement && e.type === 'radio') {
            if (seen.has(e.name)) return false;
            seen.add(e.name);
          }
          return true;
        })
        .map((e) =>
          e instanceof HTMLInputElement && e.type === 'radio'
            ? `radio:${e.name}`
            : e.id || `${e.tagName}.${e.className}:${(e.textContent ?? '').trim().slice(0, 40)}`,
        );
    });
    await page.locator('body').focus();
    const reached: string[] = [];
    const unfocusedLooks: string[] = [];
    for (let i = 0; i < expected.length + 5; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const cs = getComputedStyle(e);
        const visible =
          (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) ||
          cs.boxShadow !== 'none';
        const key =
          e instanceof HTMLInputElement && e.type === 'radio'
            ? `radio:${e.name}`
            : e.id || `${e.tagName}.${e.className}:${(e.textContent ?? '').trim().slice(0, 40)}`;
        return { key, visible, focusVisible: e.matches(':focus-visible') };
      });
      if (!info) continue;
      if (!reached.includes(info.key)) reached.push(info.key);
      if (!info.visible || !info.focusVisible) unfocusedLooks.push(info.key);
    }
    expect(expected.filter((k) => !reached.includes(k))).toEqual([]);
    expect(unfocusedLooks).toEqual([]);

    // Operate with Space, arrows and Enter only.
    await page.locator('#enabled').focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await settings()).enabled).toBe(false);
    await page.locator('#highlightStyle-underline').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await settings()).highlightStyle).toBe('background');
    await page.locator('#theme-system').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await settings()).theme).toBe('light');
    await page.locator('#site-input').focus();
    await page.keyboard.type('kbd.example');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await settings()).disabledSites).toEqual(['kbd.example']);
  });
});
