/** The settings storage item (WXT storage, synced across the user's browsers). */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  migrateV1toV2,
  sanitizeSettings,
  type Settings,
} from './settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1toV2 },
});

/** Current settings, sanitised (corrupt or unknown fields fall back to defaults). */
export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch (err) {
    console.error('[vdl] settings unreadable, using defaults', err);
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(sanitizeSettings(value)));
}
