/** Firefox harness: Debian firefox-esr driven by puppeteer-core over WebDriver BiDi. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './extension';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const FF_EXT_DIR = resolve(process.env.VDL_EXT_FIREFOX ?? join(ROOT, '.output/firefox-mv2'));
export const ADDON_ID = 'val-duchesse-lookup@vdl.example.org';
/** Pinned so tests can address extension pages (Firefox picks a random one per profile). */
export const FF_UUID = '7d1f6a52-3c1e-4b8e-9a55-0d5c2f1e9b10';

export interface FirefoxLoaded {
  browser: Browser;
  base: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxLoaded> {
  if (!existsSync(join(FF_EXT_DIR, 'manifest.json'))) {
    throw new Error(`no Firefox build at ${FF_EXT_DIR}: run npm run build:firefox first`);
  }
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
    },
  });
  await browser.installExtension(FF_EXT_DIR);
  return { browser, base: `moz-extension://${FF_UUID}/`, close: () => browser.close() };
}

/**
 * Navigates to a moz-extension:// page. The navigation happens, but puppeteer's BiDi layer never
 * sees it complete (its goto times out), so callers wait for the page's own elements instead.
 */
export function openExtensionPage(page: Page, url: string): void {
  void page.goto(url, { timeout: 30_000 }).catch(() => {});
}
