/**
 * User settings, stored with WXT's storage (synced), versioned with migrations (see
 * settings-store.ts). The type, defaults and sanitizer live in settings-sanitize.ts, which has no
 * dependencies so the content script can use it on every page.
 */
export * from './settings-sanitize';
export * from './stored-settings';
