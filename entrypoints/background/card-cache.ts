/**
 * The background's side of the card cache (utils/card-cache.ts): a term's data is written once
 * per service-worker life (the write is idempotent: same version, same data); every copy goes
 * when the extension is installed or updated (a reloaded build may carry a new corpus).
 */
import { CARD_CACHE_PREFIX, cardCacheKey } from '../../utils/card-cache';
import type { TermCardData } from '../../utils/messages';

const written = new Set<string>();

export function cacheCardData(lang: string, data: TermCardData): void {
  const key = cardCacheKey(browser.runtime.getManifest().version, lang, data.term);
  if (written.has(key)) return;
  written.add(key);
  browser.storage.local.set({ [key]: data }).catch(() => written.delete(key));
}

export function clearCardCacheOnUpdate(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install' && reason !== 'update') return;
    void browser.storage.local.get(null).then((all) => {
      const stale = Object.keys(all).filter((k) => k.startsWith(CARD_CACHE_PREFIX));
      // Copies written since this worker started (before onInstalled fired) stay.
      const keep = new Set(written);
      return browser.storage.local.remove(stale.filter((k) => !keep.has(k)));
    });
  });
}
