/**
 * Popup start-up in the real browser: open popup.html → search box focused and taking keys (the
 * first animation frame where it is the focused element, watched from an init script) → first
 * results for a query typed as soon as the box is ready (`vdl-popup-first-results`), all from
 * navigation start, over several fresh openings (median and
 * worst). Baseline in the same run: a bare page with one focused input served from 127.0.0.1 (the
 * floor of opening any page on this machine). Also the bytes the popup loads before it is usable.
 *
 * `npm run bench` calls measurePopup(); alone: `npm exec -- tsx tests/bench/popup-bench.ts`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { EXT_DIR, launchWithExtension, type Loaded } from '../e2e/support/extension';

const QUERY = 'reseaux de passeurs';
const RUNS = 9;

export interface PopupTiming {
  runs: number;
  /** Milliseconds from navigation start (median / worst). */
  domContentLoadedMs: { median: number; max: number };
  inputReadyMs: { median: number; max: number };
  firstResultsMs: { median: number; max: number };
  /** Index fetch + engine build, after the first paint. */
  engineBuildMs: { median: number; max: number };
  /** Floor: a bare page with one input, focused on load. */
  baselineInputReadyMs: { median: number; max: number };
  /** Scripts popup.html loads before its first paint, and the lazily loaded index + engine. */
  startupScriptBytes: number;
  lazyScriptBytes: number;
}

interface Watch {
  __vdlInputReady: number;
}

/** Records the first frame where a search box has the focus (any popup version). */
const WATCH_INPUT = `(() => {
  window.__vdlInputReady = 0;
  const tick = () => {
    const el = document.activeElement;
    if (el && el.tagName === 'INPUT' && el.type === 'search') window.__vdlInputReady = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { median: r(s[Math.floor(s.length / 2)] ?? NaN), max: r(s[s.length - 1] ?? NaN) };
};

async function openPopup(ext: Loaded) {
  const page = await ext.ctx.newPage();
  await page.goto(`chrome-extension://${ext.extId}/popup.html`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as Watch).__vdlInputReady > 0, null, {
    polling: 'raf',
  });
  await page.locator('input[type=search]').fill(QUERY);
  await page.waitForFunction(
    () => performance.getEntriesByName('vdl-popup-first-results').length > 0,
    null,
    { polling: 'raf', timeout: 10_000 },
  );
  const t = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      dcl: nav.domContentLoadedEventEnd,
      input: (window as unknown as Watch).__vdlInputReady,
      results: at('vdl-popup-first-results'),
      engine: performance.getEntriesByName('vdl-popup-engine')[0]?.duration ?? NaN,
    };
  });
  await page.close();
  return t;
}

async function openBaseline(ctx: BrowserContext) {
  const page = await ctx.newPage();
  await page.route('http://127.0.0.1:9/bare.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body:
        '<!doctype html><meta charset=utf-8><input type=search id=q>' +
        "<script>q.focus();performance.mark('ready')</script>",
    }),
  );
  await page.goto('http://127.0.0.1:9/bare.html', { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0, null, {
    polling: 'raf',
  });
  const ms = await page.evaluate(() => performance.getEntriesByName('ready')[0]!.startTime);
  await page.close();
  return ms;
}

function scriptBytes(): { startup: number; lazy: number } {
  const html = readFileSync(join(EXT_DIR, 'popup.html'), 'utf8');
  const startup = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const size = (f: string) => statSync(join(EXT_DIR, f)).size;
  const chunks = readFileSync(join(EXT_DIR, startup[0]!), 'utf8');
  const lazy = [...chunks.matchAll(/import\([`"']\.\/([^`"']+\.js)[`"']\)/g)].map(
    (m) => `chunks/${m[1]}`,
  );
  return {
    startup: startup.reduce((n, f) => n + size(f), 0),
    lazy: [...new Set(lazy)].reduce((n, f) => n + size(f), 0),
  };
}

export async function measurePopup(ext: Loaded, runs = RUNS): Promise<PopupTiming> {
  // tsx (esbuild keepNames) wraps nested functions in __name(): give the evaluated code one.
  await ext.ctx.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await ext.ctx.addInitScript({ content: WATCH_INPUT });
  // One unmeasured opening: the first one also pays for the extension's process start.
  await openPopup(ext);
  await openBaseline(ext.ctx);
  const rows = [];
  const base = [];
  for (let i = 0; i < runs; i++) {
    rows.push(await openPopup(ext));
    base.push(await openBaseline(ext.ctx));
  }
  const bytes = scriptBytes();
  return {
    runs,
    domContentLoadedMs: stats(rows.map((r) => r.dcl)),
    inputReadyMs: stats(rows.map((r) => r.input)),
    firstResultsMs: stats(rows.map((r) => r.results)),
    engineBuildMs: stats(rows.map((r) => r.engine)),
    baselineInputReadyMs: stats(base),
    startupScriptBytes: bytes.startup,
    lazyScriptBytes: bytes.lazy,
  };
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('popup-bench.ts')) {
  const ext = await launchWithExtension();
  console.log(JSON.stringify({ popup: await measurePopup(ext) }));
  await ext.close();
}
