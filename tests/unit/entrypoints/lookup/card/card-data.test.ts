import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupTerm, peekTerm, readStored } from '../../../../../entrypoints/lookup/card/card-data';
import { cardCacheKey } from '../../../../../utils/card-cache';
import type { TermCardData } from '../../../../../utils/messages';

const data = (term: string, title = term) =>
  ({ term, title, passages: [], timeline: [] }) as unknown as TermCardData;
const stored = (lang: string, term: string) =>
  cardCacheKey(browser.runtime.getManifest().version, lang, term);

let asked: string[] = [];

describe('card data (page side)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no manifest: the version is all the cache needs of it.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.2.3' } as never);
    asked = [];
    // The background's answer to lookupTerm.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((m: { term: string }) => {
      asked.push(m.term);
      return Promise.resolve({ ok: true, data: data(m.term, `${m.term} (background)`) });
    }) as never);
  });

  it('reads several stored cards in one read and reports the missing ones', async () => {
    await browser.storage.local.set({ [stored('fr', 'sis')]: data('sis', 'SIS (stored)') });
    expect(await readStored(['sis', 'ece'], 'fr')).toEqual(['ece']);
    expect(peekTerm('sis', 'fr')?.title).toBe('SIS (stored)');
    expect(peekTerm('ece', 'fr')).toBeUndefined();
  });

  it('uses a stored card without asking the background, else asks it once', async () => {
    await browser.storage.local.set({ [stored('en', 'pnr')]: data('pnr', 'PNR (stored)') });
    expect((await lookupTerm('pnr', 'en')).title).toBe('PNR (stored)');
    expect(asked).toEqual([]);
    const [a, b] = await Promise.all([lookupTerm('eurojust', 'en'), lookupTerm('eurojust', 'en')]);
    expect(a.title).toBe('eurojust (background)');
    expect(b).toBe(a);
    expect(asked).toEqual(['eurojust']);
  });

  it('ignores a stored copy that is not a card of that term', async () => {
    await browser.storage.local.set({ [stored('nl', 'ees')]: data('etias') });
    expect((await lookupTerm('ees', 'nl')).title).toBe('ees (background)');
  });
});
