/**
 * The settings as stored (`storage.sync`): their key, the version meta WXT keeps beside them,
 * and one question the content script's first stage asks of them without the sanitizer and the
 * migration chain (utils/settings-sanitize.ts: with them the first stage was 1.4 KB larger, and
 * every frame parses it; issue 12).
 */

/** The settings' storage.sync key (WXT's `sync:settings` item) and its meta key. */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_META_KEY = 'settings$';

export const SETTINGS_VERSION = 2;

/** The stored version: an integer 1..; anything else (absent, corrupt) counts as 1 (oldest). */
export function storedVersion(meta: unknown): number {
  const v = meta && typeof meta === 'object' ? (meta as { v?: unknown }).v : undefined;
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 ? v : 1;
}

/**
 * Whether the settings stored as `raw` (version `meta`) may mark common terms: the extension on,
 * and every term marked or one switched on by hand. Never false where the sanitised settings
 * mark them (`marksCommon(settingsFromStorage(raw, meta))`, a unit test compares the two), so a
 * frame whose text holds only common terms loads the second stage whenever it could mark one; a
 * value of another version is left to the second stage (true). Never throws.
 */
export function storedMarksCommon(raw: unknown, meta: unknown): boolean {
  if (raw == null) return false;
  if (storedVersion(meta) !== SETTINGS_VERSION) return true;
  if (typeof raw !== 'object' || Array.isArray(raw)) return false;
  try {
    const s = raw as Record<string, unknown>;
    const own = (k: string) => Object.prototype.hasOwnProperty.call(s, k);
    // A field of the wrong type keeps its default (on; core terms only; no override).
    if (own('enabled') && s.enabled === false) return false;
    if (own('highlight') && s.highlight === 'all') return true;
    const o = own('termOverrides') ? s.termOverrides : undefined;
    return !!o && typeof o === 'object' && Object.values(o).some((v) => v === true);
  } catch {
    // A getter that throws (no stored value has one): let the second stage read it.
    return true;
  }
}
