/**
 * Settings as the content script reads them: straight from `storage.sync` (the key WXT's
 * `sync:settings` item uses) and sanitised by the shared dependency-free sanitizer, without WXT's
 * storage wrapper or a schema library on every page. Migrations stay with the extension pages
 * and the background (utils/settings-store.ts); a value still in the oldest format is read
 * through the same migration here, without writing it back.
 */
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  migrateV1toV2,
  sanitizeSettings,
  storedVersion,
  type Settings,
} from '../../utils/settings-sanitize';

const KEY = 'settings';
const META = 'settings$';

function read(raw: unknown, meta: unknown): Settings {
  let value = raw;
  if (value != null && storedVersion(meta) < SETTINGS_VERSION) value = migrateV1toV2(value);
  return sanitizeSettings(value);
}

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get([KEY, META]);
    return read(got[KEY], got[META]);
  } catch (err) {
    console.debug('[vdl] settings unreadable, using defaults', err);
    return sanitizeSettings(DEFAULT_SETTINGS);
  }
}

/** Calls `cb` with the new settings on every change; returns the unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  let meta: unknown = { v: SETTINGS_VERSION };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'sync') return;
    if (META in changes) meta = changes[META]?.newValue;
    if (KEY in changes) cb(read(changes[KEY]?.newValue, meta));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
