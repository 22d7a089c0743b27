/**
 * The lookup's lifetime in one frame: what WXT's ContentScriptContext gave it (listeners and
 * timers that stop when the extension is reloaded or removed, SPA navigation), without what it
 * costs every frame at document_start (issue 12): its class, location watcher and logger were an
 * eighth of the first stage, and its constructor dispatched a DOM event naming the extension's id
 * to the page. The first stage makes one and hands it to the second stage.
 *
 * Invalidation as WXT detects it: an orphaned content script (its extension reloaded, updated
 * or removed) sees `runtime.id` go undefined; checked on each `isInvalid` read, not polled.
 */
import { browser } from 'wxt/browser';

export interface FrameContext {
  /** True once the extension is gone: stop everything. */
  readonly isInvalid: boolean;
  /** Calls `cb` once, when the context is invalidated; returns the unsubscribe function. */
  onInvalidated(cb: () => void): () => void;
  /** A listener removed when the context is invalidated. */
  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    handler: (e: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (e: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** A timer whose callback does not run once the context is invalid. */
  setTimeout(cb: () => void, ms: number): number;
  /** Calls `cb` on each same-document navigation (an SPA's route change) until invalidated. */
  onLocationChange(cb: () => void): void;
}

/** How often the URL is compared where the Navigation API is missing (as WXT does). */
const LOCATION_POLL_MS = 1000;

/** `extensionAlive`: injectable for tests; by default whether `runtime.id` is still defined. */
export function createFrameContext(extensionAlive = runtimeAlive): FrameContext {
  const abort = new AbortController();
  const { signal } = abort;
  const ctx: FrameContext = {
    get isInvalid() {
      if (!signal.aborted && !extensionAlive()) abort.abort();
      return signal.aborted;
    },
    onInvalidated(cb) {
      signal.addEventListener('abort', cb, { once: true });
      return () => signal.removeEventListener('abort', cb);
    },
    addEventListener(
      target: EventTarget,
      type: string,
      handler: (e: Event) => void,
      options?: AddEventListenerOptions,
    ) {
      target.addEventListener(type, handler, { ...options, signal });
    },
    setTimeout(cb, ms) {
      // A number in browsers (Node's typings, which the unit tests load, say Timeout).
      return globalThis.setTimeout(() => {
        if (!ctx.isInvalid) cb();
      }, ms) as unknown as number;
    },
    onLocationChange(cb) {
      let last = location.href;
      const changed = (href: string) => {
        if (href === last || ctx.isInvalid) return;
        last = href;
        cb();
      };
      const nav = (globalThis as { navigation?: NavigationLike }).navigation;
      if (typeof nav?.addEventListener === 'function') {
        // Fired before the URL changes: the destination is compared (as WXT's watcher does).
        nav.addEventListener('navigate', (e) => changed(e.destination.url), { signal });
      } else {
        const id = globalThis.setInterval(() => changed(location.href), LOCATION_POLL_MS);
        ctx.onInvalidated(() => globalThis.clearInterval(id));
      }
    },
  };
  return ctx;
}

interface NavigationLike {
  addEventListener(
    type: 'navigate',
    fn: (e: { destination: { url: string } }) => void,
    opts: AddEventListenerOptions,
  ): void;
}

function runtimeAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}
