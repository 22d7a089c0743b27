import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  cacheCardData,
  clearCardCacheOnUpdate,
} from '../../../../entrypoints/background/card-cache';
import { cardCacheKey } from '../../../../utils/card-cache';
import type { TermCardData } from '../../../../utils/messages';

const data = (term: string) =>
  ({ term, title: term, passages: [], timeline: [] }) as unknown as TermCardData;
const version = () => browser.runtime.getManifest().version;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('card cache (background side)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no manifest: the version is all the cache needs of it.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.2.3' } as never);
  });

  it('stores a term’s card under a key with the version and the language', async () => {
    cacheCardData('nl', data('pnr'));
    await flush();
    const key = cardCacheKey(version(), 'nl', 'pnr');
    expect(await browser.storage.local.get(key)).toEqual({ [key]: data('pnr') });
  });

  it('drops the copies of earlier versions on install and update, not on a browser update', async () => {
    clearCardCacheOnUpdate();
    const old = cardCacheKey('0.0.1', 'fr', 'pnr');
    await browser.storage.local.set({ [old]: data('pnr'), settings: { x: 1 } });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' } as never);
    await flush();
    expect(Object.keys(await browser.storage.local.get(null)).sort()).toEqual(['settings', old]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await flush();
    await flush();
    expect(Object.keys(await browser.storage.local.get(null))).toEqual(['settings']);
  });
});
