/**
 * User settings, stored with WXT's storage (synced), versioned with migrations (see
 * settings-store.ts). The type, defaults and sanitizer live in settings-sanitize.ts, which has no
 * dependencies so the content script can use it on every page.
 */
export {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  isSiteEnabled,
  migrateV1toV2,
  normalizeHost,
  sanitizeSettings,
  type CardLanguage,
  type CardTrigger,
  type Density,
  type HighlightScope,
  type HighlightStyle,
  type Settings,
  type Theme,
} from './settings-sanitize';
