/**
 * utils/settings-store.ts against WXT's fake browser: migrations run when the storage item is
 * defined (module load), so every test sets storage first and then imports a fresh module.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/settings';

async function freshStore() {
  vi.resetModules();
  return import('../../../utils/settings-store');
}

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the defaults when nothing is stored', async () => {
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a v1 value {on, off} stored with meta version 1', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { on: false, off: ['www.lesoir.be'] },
      settings$: { v: 1 },
    });
    const { loadSettings } = await freshStore();
    const s = await loadSettings();
    expect(s.enabled).toBe(false);
    expect(s.disabledSites).toEqual(['lesoir.be']);
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw.settings$).toEqual({ v: 2 });
    expect(raw.settings).not.toHaveProperty('on');
  });

  it('migrates a v1 value stored without any meta (oldest builds)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { on: true, off: ['example.org'] } });
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['example.org'] });
  });

  it('reads a value from a future version without throwing (downgrade)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, theme: 'dark', sparkles: true },
      settings$: { v: 99 },
    });
    const { loadSettings } = await freshStore();
    const s = await loadSettings();
    expect(s).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    vi.restoreAllMocks();
  });

  it('a hostile or corrupt version meta neither stalls nor breaks the read (bounded migration)', async () => {
    for (const meta of [{ v: -1e9 }, { v: 2.5 }, { v: 'abc' }, 'v2', null]) {
      fakeBrowser.reset();
      await fakeBrowser.storage.sync.set({
        settings: { on: false, theme: 'dark' },
        settings$: meta,
      });
      const { loadSettings } = await freshStore();
      const t0 = performance.now();
      expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, theme: 'dark' });
      expect(performance.now() - t0).toBeLessThan(200);
      expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
    }
  });

  it('falls back to the defaults for a corrupt stored value', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: 2 } });
    const { loadSettings } = await freshStore();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('updateSettings merges, sanitises and stores; watchSettings sees the change', async () => {
    const { updateSettings, watchSettings, loadSettings } = await freshStore();
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    const next = await updateSettings({
      disabledSites: ['https://www.example.org/x'],
      highlightStyle: 'background',
    });
    expect(next.disabledSites).toEqual(['example.org']);
    expect(await loadSettings()).toEqual(next);
    await vi.waitFor(() => expect(seen).toContainEqual(next));
    unwatch();
  });

  it('updateSettings ignores invalid values in the patch', async () => {
    const { updateSettings } = await freshStore();
    const next = await updateSettings({ theme: 'neon' as never, hoverDelayMs: 500 });
    expect(next.theme).toBe('system');
    expect(next.hoverDelayMs).toBe(500);
  });

  it('writes a value with its version in one sync write, so no context sees one without the other', async () => {
    const { updateSettings, keepSettingsMigrated } = await freshStore();
    keepSettingsMigrated();
    const events: string[][] = [];
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      if (area === 'sync') events.push(Object.keys(changes).sort());
    });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await updateSettings({ hoverDelayMs: 250 });
    await updateSettings({ hoverDelayMs: 300 });
    await vi.waitFor(() => expect(events).toHaveLength(2));
    // Two changes, two writes: the background found nothing to migrate in between.
    expect(set.mock.calls.map(([items]) => Object.keys(items as object).sort())).toEqual([
      ['settings', 'settings$'],
      ['settings', 'settings$'],
    ]);
    expect(events).toEqual([
      ['settings', 'settings$'],
      ['settings', 'settings$'],
    ]);
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw).toEqual({
      settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 300 },
      settings$: { v: 2 },
    });
  });

  it('migrates an old value in one sync write', async () => {
    await fakeBrowser.storage.sync.set({ settings: { on: false, off: [] }, settings$: { v: 1 } });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const { loadSettings } = await freshStore();
    expect((await loadSettings()).enabled).toBe(false);
    expect(set.mock.calls.map(([items]) => Object.keys(items as object).sort())).toEqual([
      ['settings', 'settings$'],
    ]);
  });
});
