/**
 * The real-browser test support: Debian Chromium + playwright-core (and firefox-esr + puppeteer-core)
 * with the built extension loaded, a static server for the fixtures, where artefacts go, and the
 * shared fixtures `useExtension` / `useFirefox` that launch, serve and close around a suite.
 * (In-page probes for the hostile-page suites are in page-probes.ts.)
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const EXT_DIR = resolve(process.env.VDL_EXT ?? join(ROOT, '.output/chrome-mv3'));
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Git-ignored: screenshots, measures, browser profiles. Never /tmp. */
export const ARTIFACTS = join(ROOT, 'tests/.artifacts');

/** A path under tests/.artifacts/ (its folder created). */
export function artifactPath(...parts: string[]): string {
  const path = join(ARTIFACTS, ...parts);
  mkdirSync(resolve(path, '..'), { recursive: true });
  return path;
}

export interface Loaded {
  ctx: BrowserContext;
  extId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Flags that keep Chromium from reaching for the network (this machine has none). */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];

/** Device emulation for a launch (the touch tests' phone); default a 1280×900 desktop window. */
export interface DeviceOptions {
  viewport: { width: number; height: number };
  hasTouch?: boolean;
  isMobile?: boolean;
  deviceScaleFactor?: number;
}

export async function launchWithExtension(
  opts: {
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    locale?: string;
    device?: DeviceOptions;
  } = {},
): Promise<Loaded> {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) {
    throw new Error(`no built extension at ${EXT_DIR}: run npm run build first`);
  }
  mkdirSync(join(ARTIFACTS, 'profiles'), { recursive: true });
  const profile = mkdtempSync(join(ARTIFACTS, 'profiles', 'chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    ...opts.device,
    colorScheme: opts.colorScheme ?? 'light',
    locale: opts.locale ?? 'fr-FR',
    args: [`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, ...QUIET_FLAGS],
  });
  let [worker] = ctx.serviceWorkers();
  if (!worker) worker = await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  const extId = new URL(worker.url()).host;
  const close = async () => {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { ctx, extId, worker, close };
}

/** Replaces the stored settings (`settings` in storage.sync); the extension follows them live. */
export async function storeSettings(
  worker: Worker,
  settings: Record<string, unknown>,
): Promise<void> {
  await worker.evaluate(async (s) => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };
      }
    ).chrome;
    await c.storage.sync.set({ settings: s });
  }, settings);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1. `headers` adds response headers per path (e.g. a strict CSP);
 * `stripScripts` removes <script> elements from HTML (saved third-party pages); `pages` answers
 * the given paths with generated HTML (fixture variants written once, see card-pages.ts).
 */
export function serveDir(
  dir: string,
  opts: {
    headers?: (path: string) => Record<string, string>;
    stripScripts?: boolean;
    pages?: Record<string, () => string>;
  } = {},
): Promise<StaticServer> {
  const base = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = opts.pages?.[path];
    if (page) {
      const type = TYPES['.html']!;
      res.writeHead(200, { 'content-type': type, ...(opts.headers?.(path) ?? {}) });
      res.end(page());
      return;
    }
    const file = resolve(join(base, path));
    if (
      !(file === base || file.startsWith(base + sep)) ||
      !existsSync(file) ||
      statSync(file).isDirectory()
    ) {
      res.writeHead(404);
      res.end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: Buffer | string = readFileSync(file);
    if (opts.stripScripts && type.startsWith('text/html')) {
      body = body.toString('utf8').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
    }
    res.writeHead(200, { 'content-type': type, ...(opts.headers?.(path) ?? {}) });
    res.end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({
        url: `http://127.0.0.1:${port}/`,
        server,
        // Chromium keeps an idle keep-alive socket open for about a minute after the last
        // load: `close` alone waited for it (the bench's lazy-hover step took 65 s more).
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    }),
  );
}

export const FIXTURES = join(ROOT, 'tests/fixtures');

/* ---- The shared fixture: launch, serve, close around a describe block ---- */

export interface ServeOptions {
  /** Folder to serve (default tests/fixtures). */
  dir?: string;
  headers?: (path: string) => Record<string, string>;
  stripScripts?: boolean;
  pages?: Record<string, () => string>;
}

export interface ExtensionFixture {
  readonly ext: Loaded;
  readonly site: StaticServer;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** A new tab on an extension page (`popup.html?q=…`) or a served fixture (`card/x.html`). */
  open(path: string, opts?: { extension?: boolean }): Promise<Page>;
}

/** Reads a value set in beforeAll; a clear error instead of `undefined` when the launch failed. */
function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`${what} is not ready: its beforeAll failed or has not run`);
  return value;
}

/**
 * Chromium with the built extension and the fixtures served on 127.0.0.1, for the describe block
 * that calls it (beforeAll / afterAll). Pass `serve: false` for suites that only use extension pages.
 */
export function useExtension(
  opts: { launch?: Parameters<typeof launchWithExtension>[0]; serve?: ServeOptions | false } = {},
): ExtensionFixture {
  let ext: Loaded | undefined;
  let site: StaticServer | undefined;
  beforeAll(async () => {
    ext = await launchWithExtension(opts.launch);
    if (opts.serve !== false) {
      const { dir = FIXTURES, ...serve } = opts.serve ?? {};
      site = await serveDir(dir, serve);
    }
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });
  const fixture: ExtensionFixture = {
    get ext() {
      return ready(ext, 'the browser');
    },
    get site() {
      return ready(site, 'the fixture server');
    },
    extensionUrl: (path) => `chrome-extension://${fixture.ext.extId}/${path.replace(/^\//, '')}`,
    async open(path, o = {}) {
      const page = await fixture.ext.ctx.newPage();
      await page.goto(o.extension ? fixture.extensionUrl(path) : fixture.site.url + path);
      return page;
    },
  };
  return fixture;
}

/* ---- Firefox: firefox-esr driven by puppeteer-core over WebDriver BiDi ---- */

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const FF_EXT_DIR = resolve(process.env.VDL_EXT_FIREFOX ?? join(ROOT, '.output/firefox-mv2'));
export const ADDON_ID = 'val-duchesse-lookup@vdl.example.org';
/** Pinned so tests can address extension pages (Firefox picks a random one per profile). */
export const FF_UUID = '7d1f6a52-3c1e-4b8e-9a55-0d5c2f1e9b10';

export interface FirefoxLoaded {
  browser: PuppeteerBrowser;
  /** moz-extension://<uuid>/ */
  base: string;
  /** A new tab, made the active one (see launchFirefoxWithExtension). */
  newPage(): Promise<PuppeteerPage>;
  close(): Promise<void>;
}

/** How long the extension's first run may take to open its welcome tab. */
const WELCOME_TAB_MS = 15_000;

export interface FirefoxOptions {
  /**
   * A touch screen's touch points (`navigator.maxTouchPoints`), as Firefox for Android reports
   * them: desktop Firefox reports none, though it dispatches the touch input it is given.
   */
  touchPoints?: number;
}

export async function launchFirefoxWithExtension(
  opts: FirefoxOptions = {},
): Promise<FirefoxLoaded> {
  if (!existsSync(join(FF_EXT_DIR, 'manifest.json'))) {
    throw new Error(`no Firefox build at ${FF_EXT_DIR}: run npm run build:firefox first`);
  }
  // Loaded on demand: the Chromium suites never need puppeteer.
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages unless system access is
    // allowed (remote/webdriver-bidi browsingContext.navigate, isWebdriverSafeNavigationURL).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FF_UUID }),
      'extensions.autoDisableScopes': 0,
      'network.proxy.type': 0,
      // Gecko's own testing pref for navigator.maxTouchPoints (dom/base/Navigator.cpp).
      ...(opts.touchPoints ? { 'dom.maxtouchpoints.testing.value': opts.touchPoints } : {}),
      // APZ makes a click of a touchstart/touchend pair only if the touchend comes within
      // apz.max_tap_time (300 ms; gfx/layers/apz/src/GestureEventListener.cpp). BiDi sends the
      // two in separate round trips, which on a loaded 2-core machine took longer: the second
      // tap then gave the page no click (CI failures in firefox-touch; with the pref at 1 ms
      // both tap tests fail the same way every time). A finger is not delayed by a round trip.
      'apz.max_tap_time': 10_000,
    },
  });
  const before = (await browser.pages()).length;
  await browser.installExtension(FF_EXT_DIR);
  // The install opens the welcome tab (runtime.onInstalled) a moment later, and makes it the
  // active tab. A test page opened before it would end up in a background tab: hidden, with no
  // animation frames and a window blur, so the hover card never opens (two CI failures, in
  // firefox-citation and common-only). Wait for that tab (BiDi lists it as about:blank).
  const until = Date.now() + WELCOME_TAB_MS;
  while ((await browser.pages()).length <= before) {
    if (Date.now() > until) {
      await browser.close();
      throw new Error(`the welcome tab did not open within ${WELCOME_TAB_MS} ms of the install`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    browser,
    base: `moz-extension://${FF_UUID}/`,
    async newPage() {
      const page = await browser.newPage();
      await page.bringToFront();
      // A hidden page gets no animation frames: say so here rather than as a card that never opens.
      const state = await page.evaluate(() => document.visibilityState);
      if (state !== 'visible') throw new Error(`the new Firefox tab is ${state}, not visible`);
      return page;
    },
    close: () => browser.close(),
  };
}

/**
 * `page.setViewport` for firefox-esr. puppeteer sends a screen-orientation override with the
 * viewport, a WebDriver BiDi command that Firefox ESR 140 does not know: the viewport itself is
 * set by the command sent beside it, so that error alone is let through once the page has its
 * new size.
 */
export async function setFirefoxViewport(
  page: PuppeteerPage,
  size: { width: number; height: number },
): Promise<void> {
  try {
    await page.setViewport(size);
    return;
  } catch (err) {
    if (!String((err as Error).message).includes('setScreenOrientationOverride')) throw err;
  }
  await page.waitForFunction(
    (w: number, h: number) => window.innerWidth === w && window.innerHeight === h,
    { timeout: 5_000 },
    size.width,
    size.height,
  );
}

/**
 * Navigates to a moz-extension:// page. The navigation happens, but puppeteer's BiDi layer never
 * sees it complete (its goto times out), so callers wait for the page's own elements instead.
 */
export function openExtensionPage(page: PuppeteerPage, url: string): void {
  void page.goto(url, { timeout: 30_000 }).catch(() => {});
}

/**
 * Waits until `ready` holds in a Firefox page that is navigating (one opened by
 * `openExtensionPage`, a link followed). puppeteer's own polling (waitForFunction,
 * waitForSelector) gives up on the first protocol error, and Firefox's BiDi agent raises one when
 * a call lands on the document being replaced by that navigation ("right-hand side of 'in' should
 * be an object, got null"): such a call is made again.
 */
export async function waitInFirefoxPage(
  page: PuppeteerPage,
  ready: (arg: string | null) => boolean,
  arg: string | null,
  timeoutMs = 30_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await page.evaluate(ready, arg)) return;
    } catch {
      // The navigation replaced the document under the call.
    }
    if (Date.now() > until)
      throw new Error(`page not ready in ${timeoutMs} ms: ${ready.toString()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface FirefoxFixture {
  readonly ff: FirefoxLoaded;
  readonly site: StaticServer;
}

/** The Firefox build in firefox-esr and the fixtures served, for the calling describe block. */
/** firefox-esr with the Firefox build, and `dir` (default: the fixtures) served on 127.0.0.1. */
export function useFirefox(dir = FIXTURES, opts: FirefoxOptions = {}): FirefoxFixture {
  let ff: FirefoxLoaded | undefined;
  let site: StaticServer | undefined;
  beforeAll(async () => {
    ff = await launchFirefoxWithExtension(opts);
    site = await serveDir(dir);
  }, 90_000);
  afterAll(async () => {
    await ff?.close();
    await site?.close();
  });
  return {
    get ff() {
      return ready(ff, 'Firefox');
    },
    get site() {
      return ready(site, 'the fixture server');
    },
  };
}

/* ---- In-page helpers (serialised into the page: self-contained, no closures) ---- */

export interface HighlightPoint {
  x: number;
  y: number;
  text: string;
  /** The client rect the centre is taken from. */
  box: { left: number; top: number; right: number; bottom: number };
}

/**
 * Centres of the extension's highlighted ranges (`vdl-*` highlights), at most `limit`; null while
 * there are none, so it can be polled with waitForFunction (Playwright or Puppeteer). With
 * `scroll`, each range is scrolled to the middle of the viewport before it is measured; without,
 * only ranges already inside the viewport count. With `text`, only ranges reading `text` (case and
 * spacing ignored) count. A term wrapped over two lines is aimed at on its first line.
 */
export function highlightCentres(o: {
  limit: number;
  scroll: boolean;
  text?: string;
  /** Every range, wherever it is and whatever its size (no scrolling). */
  all?: boolean;
  /** Null until at least this many ranges are found (default 1). */
  min?: number;
}): HighlightPoint[] | null {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const out: HighlightPoint[] = [];
  for (const [name, hl] of CSS.highlights) {
    if (!name.startsWith('vdl-')) continue;
    for (const r of hl) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (o.text !== undefined && norm(live.toString()) !== norm(o.text)) continue;
      if (o.scroll) (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const b = live.getClientRects()[0] ?? live.getBoundingClientRect();
      const seen = o.scroll || (b.top > 0 && b.bottom < innerHeight);
      if (o.all || (b.width > 0 && seen)) {
        const box = { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
        out.push({ x: b.x + b.width / 2, y: b.y + b.height / 2, text: live.toString(), box });
        if (out.length >= o.limit) return out;
      }
    }
  }
  return out.length >= (o.min ?? 1) ? out : null;
}
