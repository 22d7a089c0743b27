/**
 * The settings type, defaults and the one sanitizer, with no dependency but the stored form
 * (utils/stored-settings.ts): the second stage reads settings with it (no schema library there),
 * and utils/settings.ts re-exports both for the options page, popup and background. Corrupt or
 * future-version values fall back to defaults field by field; it never throws.
 */
import { SETTINGS_VERSION, storedVersion } from './stored-settings';

export type HighlightScope = 'core' | 'all' | 'none';
export type HighlightStyle = 'underline' | 'background' | 'none';
export type CardTrigger = 'hover' | 'alt-hover' | 'click';
export type CardLanguage = 'auto' | 'fr' | 'en' | 'nl';
export type Theme = 'system' | 'light' | 'dark';
/** Which occurrences of a term are marked (utils/density.ts). */
export type Density = 'all' | 'paragraph' | 'page';

export interface Settings {
  enabled: boolean;
  /** Hosts (top frame) where the extension is off. */
  disabledSites: string[];
  highlight: HighlightScope;
  /** Per-term overrides: true = always highlight, false = never. */
  termOverrides: Record<string, boolean>;
  highlightStyle: HighlightStyle;
  cardTrigger: CardTrigger;
  /** Intent delay before the card opens on hover, ms. */
  hoverDelayMs: number;
  cardLanguage: CardLanguage;
  theme: Theme;
  /** Touch screens: a tap on a term inside a link opens the card first (else the link wins). */
  linkTapOpensCard: boolean;
  /** Every occurrence, the first in each paragraph, or the first on the page. */
  density: Density;
  /** Open web PDFs (address ending in .pdf) in the extension's viewer (opt-in). */
  openPdfInViewer: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  highlight: 'core',
  termOverrides: {},
  highlightStyle: 'underline',
  cardTrigger: 'hover',
  hoverDelayMs: 200,
  cardLanguage: 'auto',
  theme: 'system',
  linkTapOpensCard: false,
  // Every occurrence: once generic words are common terms (off by default), a news article shows
  // a handful of marks, and a reader who skims any paragraph sees the terms in it. Long
  // decisions that repeat a term in every line are what « first in each paragraph » is for.
  density: 'all',
  openPdfInViewer: false,
};

const MAX_DISABLED_SITES = 5000;
const MAX_HOST = 253;
const MAX_TERM_ID = 80;

const isString = (x: unknown): x is string => typeof x === 'string';
const oneOf =
  <T extends string>(...values: T[]) =>
  (x: unknown): x is T =>
    (values as unknown[]).includes(x);

/** One check per field: a field that fails keeps its default. */
const FIELD_CHECKS: { [K in keyof Settings]: (x: unknown) => boolean } = {
  enabled: (x) => typeof x === 'boolean',
  disabledSites: (x) => Array.isArray(x) && x.every((h) => isString(h) && h.length <= MAX_HOST),
  highlight: oneOf('core', 'all', 'none'),
  termOverrides: (x) => {
    if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
    const rec = x as Record<string, unknown>;
    return Object.keys(rec).every((k) => k.length <= MAX_TERM_ID && typeof rec[k] === 'boolean');
  },
  highlightStyle: oneOf('underline', 'background', 'none'),
  cardTrigger: oneOf('hover', 'alt-hover', 'click'),
  hoverDelayMs: (x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 2000,
  cardLanguage: oneOf('auto', 'fr', 'en', 'nl'),
  theme: oneOf('system', 'light', 'dark'),
  linkTapOpensCard: (x) => typeof x === 'boolean',
  density: oneOf('all', 'paragraph', 'page'),
  openPdfInViewer: (x) => typeof x === 'boolean',
};

/** Keeps every valid field of `raw`, replaces the rest with defaults. Never throws. */
export function sanitizeSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, disabledSites: [], termOverrides: {} };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const rec = raw as Record<string, unknown>;
  const o = out as unknown as Record<string, unknown>;
  for (const key of Object.keys(FIELD_CHECKS) as (keyof Settings)[]) {
    // Own properties only: a polluted prototype must not leak into the settings.
    if (!Object.prototype.hasOwnProperty.call(rec, key)) continue;
    let value: unknown;
    try {
      value = rec[key];
      if (!FIELD_CHECKS[key](value)) continue;
    } catch {
      continue;
    }
    if (key === 'termOverrides') {
      const src = value as Record<string, boolean>;
      const copy: Record<string, boolean> = {};
      for (const k of Object.keys(src)) copy[k] = src[k]!;
      value = copy;
    }
    o[key] = value;
  }
  out.disabledSites = [...new Set(out.disabledSites.map(normalizeHost).filter(Boolean))].slice(
    0,
    MAX_DISABLED_SITES,
  );
  return out;
}

/** Lowercase host without a leading "www."; '' for anything that is not a host. */
export function normalizeHost(input: string): string {
  let h = input.trim().toLowerCase();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(h)) h = new URL(h).hostname;
  } catch {
    return '';
  }
  h = h.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(h) ? h : '';
}

/**
 * Whether the settings mark common terms (all terms, or any term switched on by hand): a frame
 * whose text holds only common terms loads the second stage then (content script, lazy-lookup.ts,
 * which asks it of the stored value: `storedMarksCommon`).
 */
export function marksCommon(s: Settings): boolean {
  return s.enabled && (s.highlight === 'all' || Object.values(s.termOverrides).some(Boolean));
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  return !settings.disabledSites.includes(normalizeHost(hostname));
}

/* ---- Migrations: the one chain, run by the background (writing back) and readers (not) ---- */

/** Version 1 stored `{ on: boolean, off: string[] }` (pre-release builds). */
export function migrateV1toV2(old: unknown): unknown {
  if (!old || typeof old !== 'object') return old;
  const o = old as Record<string, unknown>;
  const next: Record<string, unknown> = { ...o };
  if ('on' in o) next.enabled = o.on;
  if ('off' in o) next.disabledSites = o.off;
  delete next.on;
  delete next.off;
  return next;
}

/** Step to version N: MIGRATIONS[N] turns a version N-1 value into a version N value. */
const MIGRATIONS: Readonly<Record<number, (old: unknown) => unknown>> = { 2: migrateV1toV2 };

/**
 * Brings a stored value of version `storedVersion(meta)` up to SETTINGS_VERSION. At most
 * SETTINGS_VERSION - 1 steps whatever the meta says (a hostile `{v: -1e9}` counts as 1); a value
 * from a future version is returned as it is (sanitizeSettings reads it field by field).
 */
export function migrateSettings(raw: unknown, meta: unknown): unknown {
  if (raw == null) return raw;
  let value = raw;
  for (let v = storedVersion(meta) + 1; v <= SETTINGS_VERSION; v++) {
    value = MIGRATIONS[v]?.(value) ?? value;
  }
  return value;
}

/** Whether a value stored with `meta` still needs `migrateSettings`. */
export function needsMigration(raw: unknown, meta: unknown): boolean {
  return raw != null && storedVersion(meta) < SETTINGS_VERSION;
}

/** Settings from the raw stored value and its version meta: migrated, then sanitised. */
export function settingsFromStorage(raw: unknown, meta: unknown): Settings {
  return sanitizeSettings(migrateSettings(raw, meta));
}
