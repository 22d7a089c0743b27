/**
 * The settings storage item (WXT storage, synced across the user's browsers), at the keys the
 * content script reads directly (utils/stored-settings.ts).
 */
import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY, SETTINGS_META_KEY, SETTINGS_VERSION } from './stored-settings';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  needsMigration,
  sanitizeSettings,
  type Settings,
} from './settings-sanitize';

/**
 * No `version`/`migrations` given to WXT on purpose: WXT's migration trusts the stored version
 * meta (`settings$`) and runs `current - stored` steps, awaiting each one, at module load in
 * every context. A corrupt or hostile meta ({v: -20000000}, synced from anywhere) then stalls
 * every page's main thread for seconds (minutes for -1e9) before the content script starts.
 * `migrate()` below runs the one migration chain (`migrateSettings` in settings-sanitize.ts, which
 * validates the meta and runs at most SETTINGS_VERSION - 1 steps) and writes the result back.
 */
export const settingsItem = storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
});

/**
 * Writes the value and its version meta in one `storage.sync.set` (one write of sync's 120 a
 * minute, https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync). Two
 * writes let every other context see the value without its version: on an empty store the
 * background then "migrated" it from version 1 and wrote its stale copy back over the user's
 * next change. The meta is replaced outright (a corrupt one, e.g. a string, must not be merged).
 */
function writeSettings(value: unknown): Promise<void> {
  return storage.setItems([
    { key: `sync:${SETTINGS_KEY}`, value },
    { key: `sync:${SETTINGS_META_KEY}`, value: { v: SETTINGS_VERSION } },
  ]);
}

let migrated: Promise<void> | null = null;

/**
 * Brings a stored value of an older version up to SETTINGS_VERSION (once per context). A value
 * from a future version is left as it is (read field by field by sanitizeSettings). Never throws.
 */
function migrate(): Promise<void> {
  return (migrated ??= (async () => {
    const [raw, meta] = await Promise.all([
      storage.getItem<unknown>(`sync:${SETTINGS_KEY}`),
      storage.getMeta<Record<string, unknown>>(`sync:${SETTINGS_KEY}`),
    ]);
    if (!needsMigration(raw, meta)) return;
    await writeSettings(migrateSettings(raw, meta));
  })().catch((err: unknown) => {
    console.error('[vdl] settings migration failed, reading them as they are', err);
  }));
}

/** Current settings, sanitised (corrupt or unknown fields fall back to defaults). */
export async function loadSettings(): Promise<Settings> {
  try {
    await migrate();
    return sanitizeSettings(await settingsItem.getValue());
  } catch (err) {
    console.error('[vdl] settings unreadable, using defaults', err);
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await writeSettings(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(sanitizeSettings(value)));
}

/**
 * The background keeps stored settings at the current version: at start-up, and whenever a value
 * arrives from elsewhere (sync from an older install, a restore). Content scripts only read.
 */
export function keepSettingsMigrated(): void {
  void migrate();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !('settings' in changes || 'settings$' in changes)) return;
    migrated = null;
    void migrate();
  });
}
