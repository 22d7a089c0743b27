/**
 * Settings as the second stage reads them: straight from `storage.sync` (the key WXT's
 * `sync:settings` item uses), through the one migration chain and the shared sanitizer
 * (`settingsFromStorage` in utils/settings-sanitize.ts: read only, the background writes the
 * upgraded value back).
 */
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  sanitizeSettings,
  settingsFromStorage,
  type Settings,
} from '../../utils/settings-sanitize';
import { SETTINGS_KEY, SETTINGS_META_KEY } from '../../utils/stored-settings';
import { watchStoredSettings } from './stored-settings-watch';

export async function loadSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.sync.get([SETTINGS_KEY, SETTINGS_META_KEY]);
    return settingsFromStorage(got[SETTINGS_KEY], got[SETTINGS_META_KEY]);
  } catch (err) {
    console.debug('[vdl] settings unreadable, using defaults', err);
    return sanitizeSettings(DEFAULT_SETTINGS);
  }
}

/** Calls `cb` with the new settings on every change; returns the unsubscribe function. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  return watchStoredSettings((raw, meta) => cb(settingsFromStorage(raw, meta)));
}
