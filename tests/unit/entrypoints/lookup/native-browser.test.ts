/**
 * entrypoints/lookup/native-browser.ts: the namespace the page bundles use is resolved on first
 * use, and a namespace's API (`runtime`, whose first read creates its bindings in every frame)
 * is read only when called; an element a page named `browser` is never taken for it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Global = { browser?: unknown; chrome?: unknown };
const g = globalThis as Global;
let saved: Global;

/** A namespace whose `runtime` counts its reads (the binding's lazy getter in a browser). */
function namespace(id: string) {
  const reads = { runtime: 0 };
  const ns = {
    get runtime() {
      reads.runtime++;
      return { id };
    },
    storage: { area: id },
  };
  return { ns, reads };
}

async function load() {
  vi.resetModules();
  return (await import('../../../../entrypoints/lookup/native-browser')).browser as unknown as {
    runtime: { id: string };
    storage: { area: string };
  };
}

beforeEach(() => {
  saved = { browser: g.browser, chrome: g.chrome };
});
afterEach(() => {
  g.browser = saved.browser;
  g.chrome = saved.chrome;
});

describe('native browser namespace', () => {
  it('reads nothing of the namespace until a call needs it', async () => {
    const b = namespace('b');
    g.browser = b.ns;
    const api = await load();
    expect(b.reads.runtime).toBe(0);
    expect(api.storage.area).toBe('b');
    expect(b.reads.runtime).toBe(0);
    expect(api.runtime.id).toBe('b');
    expect(b.reads.runtime).toBe(1);
  });

  it('uses `chrome` where `browser` is missing or is not a namespace', async () => {
    const c = namespace('c');
    g.chrome = c.ns;
    g.browser = undefined;
    expect((await load()).runtime.id).toBe('c');
    // Named access: <div id="browser"> is window.browser where no native one exists.
    g.browser = { id: 'browser', tagName: 'DIV' };
    expect((await load()).storage.area).toBe('c');
  });

  it('prefers `browser` when it is a namespace (Firefox, Chromium 156)', async () => {
    g.chrome = namespace('c').ns;
    g.browser = namespace('b').ns;
    const api = await load();
    expect(api.runtime.id).toBe('b');
    expect('storage' in api).toBe(true);
  });
});
