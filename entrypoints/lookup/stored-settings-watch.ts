/**
 * Changes to the stored settings as they come (`storage.onChanged`, area sync): the raw value
 * and its version meta, for the second stage (live-settings.ts sanitises them) and the first
 * stage (lazy-lookup.ts asks only whether common terms may be marked).
 */
import { browser } from 'wxt/browser';
import { SETTINGS_KEY, SETTINGS_META_KEY, SETTINGS_VERSION } from '../../utils/stored-settings';

/** Calls `cb` on every change of the stored settings; returns the unsubscribe function. */
export function watchStoredSettings(cb: (raw: unknown, meta: unknown) => void): () => void {
  // A change event names only what changed: the meta is the current version until it changes.
  let meta: unknown = { v: SETTINGS_VERSION };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync') return;
    if (SETTINGS_META_KEY in changes) meta = changes[SETTINGS_META_KEY]?.newValue;
    if (SETTINGS_KEY in changes) cb(changes[SETTINGS_KEY]?.newValue, meta);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
