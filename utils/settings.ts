/**
 * User settings, stored with WXT's storage (synced), versioned with migrations (see
 * settings-store.ts). The type, defaults and sanitizer live in settings-sanitize.ts, the stored
 * form (keys, version) in stored-settings.ts; neither has other dependencies, so the content
 * script can use them.
 */
export * from './settings-sanitize';
export * from './stored-settings';
