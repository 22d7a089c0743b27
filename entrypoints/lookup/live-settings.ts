/**
 * Settings as the second stage reads them: straight from `storage.sync` (the key WXT's
 * `sync:settings` item uses), through the one migration chain and the shared sanitizer
 * (`settingsFromStorage` in utils/settings-sanitize.ts: read only, the background writes the
 * upgraded value back).
 */
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  sanitizeSettings,
  settingsFromStorage,
  type Settings,
} from '../../utils/settings-sanitize';

const KEY = 'settings';
const META = 'settings$';

function read(raw: unknown, meta: unknown): Settings {
  return settingsFromStorage(raw, meta);
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
