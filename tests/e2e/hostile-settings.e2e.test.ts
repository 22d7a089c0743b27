/**
 * Stored settings that are corrupt, from an older version or from a future one (issue 8),
 * written straight into chrome.storage.sync ('settings' and WXT's version meta 'settings$') from
 * the service worker, then a page is loaded: the extension falls back to defaults field by field
 * or migrates, never throws, and highlights are on (or off when the settings say so). The popup
 * opens without error on the same settings, and the service worker stays alive.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { structurePages } from './support/hostile-structure-pages';
import { PageProbe, settleHighlights, tasksIn, worst } from './support/page-probes';
import { useHostileSite } from './support/hostile-fixture';

const fx = useHostileSite((o) => structurePages(o));

/** The bit of the chrome API the service worker is asked to use. */
interface ChromeStorage {
  storage: {
    sync: {
      set(items: Record<string, unknown>): Promise<void>;
      get(keys: null): Promise<Record<string, unknown>>;
      clear(): Promise<void>;
    };
  };
}

const ABSENT = Symbol('absent');
type Stored = unknown;

async function store(settings: Stored, meta: Stored = ABSENT): Promise<void> {
  const items: Record<string, unknown> = {};
  if (settings !== ABSENT) items.settings = settings;
  if (meta !== ABSENT) items['settings$'] = meta;
  await fx.ext.worker.evaluate(async (it) => {
    const c = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
    await c.storage.sync.clear();
    // JSON round trip: lets a case store an own "__proto__" key.
    await c.storage.sync.set(JSON.parse(it) as Record<string, unknown>);
  }, JSON.stringify(items));
}

async function stored(): Promise<Record<string, unknown>> {
  return fx.ext.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
    return c.storage.sync.get(null);
  });
}

interface Outcome {
  names: string[];
  total: number;
  errors: string[];
  consoleErrors: string[];
  longestTask: number;
  /** From navigation to the highlights settled (or to the end of the wait when off), ms. */
  ms: number;
}

async function loadPage(on: boolean): Promise<Outcome> {
  const page: Page = await fx.ext.ctx.newPage();
  const probe = await PageProbe.attach(page);
  const t0 = Date.now();
  await page.goto(fx.site.url + 'settings.html', { waitUntil: 'load' });
  const hl = on
    ? await settleHighlights(() => probe.highlights(), { quietMs: 600, timeoutMs: 10_000 })
    : (await page.waitForTimeout(2000), await probe.highlights());
  const ms = Date.now() - t0;
  const state = await probe.state();
  await page.click('#counter', { timeout: 10_000 });
  expect.soft(await page.locator('#counter').textContent(), 'page counter').toBe('1');
  expect.soft(state.mutations).toEqual([]);
  await page.close();
  return {
    names: Object.keys(hl.sizes)
      .filter((n) => (hl.sizes[n] ?? 0) > 0)
      .sort(),
    total: hl.total,
    errors: [...probe.extensionErrors, ...state.errors],
    consoleErrors: probe.extensionConsoleErrors,
    longestTask: worst(tasksIn(state, state.armedAt)),
    ms,
  };
}

/** The popup opens and renders with these settings; returns its uncaught errors. */
async function popupErrors(): Promise<string[]> {
  const page = await fx.ext.ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`chrome-extension://${fx.ext.extId}/popup.html`);
  await page.locator('input[type=search]').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  await page.close();
  return errors;
}

const ON = ['vdl-core-underline'];

interface Case {
  name: string;
  settings: Stored;
  meta?: Stored;
  /** Names of the non-empty highlights expected (empty: off; the page's terms are core). */
  expect: string[];
}

const CASES: Case[] = [
  { name: 'nothing stored (first run)', settings: ABSENT, expect: ON },
  { name: 'a string instead of an object', settings: 'garbage{', meta: { v: 2 }, expect: ON },
  { name: 'an array', settings: [1, 2, 3], meta: { v: 2 }, expect: ON },
  { name: 'null', settings: null, meta: { v: 2 }, expect: ON },
  {
    name: 'every field of the wrong type or out of range',
    settings: {
      enabled: 'yes',
      disabledSites: 'all',
      highlight: 42,
      termOverrides: [1, 2],
      highlightStyle: '<img src=x onerror=alert(1)>',
      cardTrigger: null,
      hoverDelayMs: -1e12,
      cardLanguage: { fr: true },
      theme: 'x'.repeat(5000),
    },
    meta: { v: 2 },
    expect: ON,
  },
  {
    name: 'a polluted prototype (__proto__: {enabled: false})',
    settings: JSON.parse(
      '{"__proto__": {"enabled": false}, "highlightStyle": "background"}',
    ) as unknown,
    meta: { v: 2 },
    expect: ['vdl-core-background'],
  },
  { name: 'valid, switched off', settings: { enabled: false }, meta: { v: 2 }, expect: [] },
  {
    name: 'valid, this site disabled',
    settings: { enabled: true, disabledSites: ['127.0.0.1'] },
    meta: { v: 2 },
    expect: [],
  },
  {
    name: 'v1 {on: false} with meta v1 (migrated: off)',
    settings: { on: false, off: [] },
    meta: { v: 1 },
    expect: [],
  },
  {
    name: 'v1 {on: true, off: [this site]}, no meta',
    settings: { on: true, off: ['127.0.0.1'] },
    expect: [],
  },
  {
    name: 'v1 {on: true} with meta v1',
    settings: { on: true, off: [] },
    meta: { v: 1 },
    expect: ON,
  },
  {
    name: 'a future version (v99) with new fields',
    settings: { enabled: true, highlight: 'all', highlightStyle: 'background', layout: { v: 3 } },
    meta: { v: 99 },
    expect: ['vdl-core-background'],
  },
  {
    name: 'a future version (v99), switched off',
    settings: { enabled: false },
    meta: { v: 99 },
    expect: [],
  },
  { name: 'corrupt meta (a string)', settings: { enabled: true }, meta: 'v2', expect: ON },
  { name: 'corrupt meta (v: "abc")', settings: { enabled: true }, meta: { v: 'abc' }, expect: ON },
  { name: 'corrupt meta (v: 2.5)', settings: { enabled: true }, meta: { v: 2.5 }, expect: ON },
  { name: 'corrupt meta (v: -3)', settings: { enabled: true }, meta: { v: -3 }, expect: ON },
  {
    name: 'hostile meta (v: -20,000,000)',
    settings: { enabled: true },
    meta: { v: -20_000_000 },
    expect: ON,
  },
];

describe('stored settings', () => {
  for (const c of CASES) {
    it(
      c.name,
      async () => {
        await store(c.settings, c.meta ?? ABSENT);
        const out = await loadPage(c.expect.length > 0);
        expect.soft(out.errors, 'uncaught errors from the extension').toEqual([]);
        expect.soft(out.names, 'highlight names registered').toEqual(c.expect);
        if (c.expect.length) expect.soft(out.total).toBe(2);
        else expect.soft(out.total).toBe(0);
        const p0 = Date.now();
        expect.soft(await popupErrors(), 'popup errors').toEqual([]);
        const popupMs = Date.now() - p0;
        console.log(
          `[hostile-settings] ${c.name}: page ${out.ms} ms, longest task ${out.longestTask} ms, popup ${popupMs} ms`,
        );
        // Reading settings must not stall the page or the popup (a page load here takes ~1-3 s).
        expect.soft(out.ms, 'page load to settled highlights (ms)').toBeLessThan(8000);
        expect.soft(popupMs, 'popup open (ms)').toBeLessThan(5000);
        expect.soft(await fx.ext.worker.evaluate(() => 1 + 1), 'service worker alive').toBe(2);
        if (out.consoleErrors.length)
          console.log(
            `[hostile-settings] ${c.name}: logged`,
            out.consoleErrors.map((e) => e.slice(0, 160)),
          );
      },
      60_000,
    );
  }

  it('an old (v1) value is migrated in storage, and the meta says v2', async () => {
    await store({ on: false, off: ['www.lesoir.be'] }, { v: 1 });
    await loadPage(false);
    const s = await stored();
    expect(s.settings).toMatchObject({ enabled: false, disabledSites: ['www.lesoir.be'] });
    expect(s.settings).not.toHaveProperty('on');
    expect(s['settings$']).toEqual({ v: 2 });
  }, 60_000);
});
