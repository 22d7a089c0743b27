/**
 * User settings, stored with WXT's storage (synced), versioned with migrations. Corrupt or
 * future-version values fall back to defaults field by field; the extension never crashes on them.
 */
import * as v from 'valibot';

export type HighlightScope = 'core' | 'all' | 'none';
export type HighlightStyle = 'underline' | 'background' | 'none';
export type CardTrigger = 'hover' | 'alt-hover' | 'click';
export type CardLanguage = 'auto' | 'fr' | 'en' | 'nl';
export type Theme = 'system' | 'light' | 'dark';

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
};

const host = v.pipe(v.string(), v.maxLength(253));
const MAX_DISABLED_SITES = 5000;
const FieldSchemas: { [K in keyof Settings]: v.GenericSchema<Settings[K]> } = {
  enabled: v.boolean(),
  disabledSites: v.array(host),
  highlight: v.picklist(['core', 'all', 'none']),
  termOverrides: v.record(v.pipe(v.string(), v.maxLength(80)), v.boolean()),
  highlightStyle: v.picklist(['underline', 'background', 'none']),
  cardTrigger: v.picklist(['hover', 'alt-hover', 'click']),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  cardLanguage: v.picklist(['auto', 'fr', 'en', 'nl']),
  theme: v.picklist(['system', 'light', 'dark']),
};

/** Keeps every valid field of `raw`, replaces the rest with defaults. Never throws. */
export function sanitizeSettings(raw: unknown): Settings {
  const out: Settings = structuredClone(DEFAULT_SETTINGS);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const rec = raw as Record<string, unknown>;
  for (const key of Object.keys(FieldSchemas) as (keyof Settings)[]) {
    // Own properties only: a polluted prototype must not leak into the settings.
    if (!Object.prototype.hasOwnProperty.call(rec, key)) continue;
    const r = v.safeParse(FieldSchemas[key], rec[key]);
    if (r.success) (out as unknown as Record<string, unknown>)[key] = r.output;
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

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  return !settings.disabledSites.includes(normalizeHost(hostname));
}

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

export const SETTINGS_VERSION = 2;
