/**
 * The browser's own extension namespace for the bundles that run in pages (the content script,
 * the second stage, the card's renderer: wxt.config.ts aliases `wxt/browser` to this file for
 * them), resolved on first use instead of at start-up. Not in utils/, whose exports WXT
 * auto-imports beside its own `browser`.
 *
 * `@wxt-dev/browser` picks the namespace with `globalThis.browser?.runtime?.id` when its module
 * is evaluated, and the first read of `runtime` in a frame instantiates the runtime API's
 * bindings: 0.4–0.8 ms in every frame at document_start (measured in Chromium 156, which also
 * has `globalThis.browser`), in frames that never call the extension (issue 12). Here nothing is
 * read before a call: `'runtime' in` does not run the binding's lazy getter, and still tells the
 * namespace from an element a page named `browser` (named access on window reaches isolated
 * worlds too, where no native `browser` exists).
 */
import type { Browser } from '@wxt-dev/browser';

type Api = typeof Browser;

let api: Api | undefined;

function resolveApi(): Api {
  if (!api) {
    const g = globalThis as { browser?: unknown; chrome?: unknown };
    const b = g.browser;
    api = (b && typeof b === 'object' && 'runtime' in b ? b : g.chrome) as Api;
  }
  return api;
}

/** `browser.runtime`, `browser.storage`…: each namespace is read from the browser when used. */
export const browser: Api = new Proxy({} as Api, {
  get: (_target, key) => Reflect.get(resolveApi(), key) as unknown,
  has: (_target, key) => key in resolveApi(),
});
