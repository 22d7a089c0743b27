/**
 * utils/settings-sanitize.ts (re-exported by utils/settings.ts): whatever is in storage (corrupt, older, newer, huge), the extension gets a
 * valid Settings object and never throws.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  isSiteEnabled,
  migrateV1toV2,
  normalizeHost,
  sanitizeSettings,
  type Settings,
} from '../../../utils/settings';
import {
  migrateSettings,
  needsMigration,
  settingsFromStorage,
} from '../../../utils/settings-sanitize';
import { storedVersion } from '../../../utils/stored-settings';

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS);

describe('sanitizeSettings', () => {
  it('returns the defaults for non-objects', () => {
    for (const raw of [
      undefined,
      null,
      0,
      42,
      NaN,
      '',
      'settings',
      true,
      [],
      [1, 2],
      () => 1,
      Symbol('x'),
    ]) {
      expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('returns a fresh copy: mutating the result never touches DEFAULT_SETTINGS', () => {
    const s = sanitizeSettings(undefined);
    s.disabledSites.push('example.org');
    s.termOverrides.pnr = false;
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.termOverrides).toEqual({});
  });

  it('keeps every valid field', () => {
    const custom: Settings = {
      enabled: false,
      disabledSites: ['example.org', 'lesoir.be'],
      highlight: 'all',
      termOverrides: { pnr: false, ece: true },
      highlightStyle: 'background',
      cardTrigger: 'click',
      hoverDelayMs: 650,
      cardLanguage: 'nl',
      theme: 'dark',
      linkTapOpensCard: true,
      density: 'page',
      openPdfInViewer: true,
    };
    expect(sanitizeSettings(custom)).toEqual(custom);
  });

  it('replaces corrupt fields one by one and keeps the valid ones', () => {
    const s = sanitizeSettings({
      enabled: 'yes',
      disabledSites: 'example.org',
      highlight: 'some',
      termOverrides: { pnr: 'never' },
      highlightStyle: 'background',
      cardTrigger: 42,
      hoverDelayMs: 'slow',
      cardLanguage: 'de',
      theme: 'dark',
      linkTapOpensCard: 'yes',
    });
    expect(s).toEqual({ ...defaults(), highlightStyle: 'background', theme: 'dark' });
  });

  it('rejects out-of-range or non-integer hover delays', () => {
    for (const hoverDelayMs of [-1, 2001, 1e9, 12.5, Infinity, NaN, null]) {
      expect(sanitizeSettings({ hoverDelayMs }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    }
    expect(sanitizeSettings({ hoverDelayMs: 0 }).hoverDelayMs).toBe(0);
    expect(sanitizeSettings({ hoverDelayMs: 2000 }).hoverDelayMs).toBe(2000);
  });

  it('drops unknown and future fields without throwing', () => {
    const s = sanitizeSettings({
      ...DEFAULT_SETTINGS,
      theme: 'light',
      fontSize: 'huge',
      experimental: { nested: [1, 2, 3] },
      __proto__: { enabled: false },
    });
    expect(s).toEqual({ ...defaults(), theme: 'light' });
    expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('normalises, deduplicates and filters the disabled sites', () => {
    const s = sanitizeSettings({
      disabledSites: [
        'https://www.LeSoir.be/actu?x=1',
        'lesoir.be',
        'www.lesoir.be.',
        'not a host',
        '',
        'javascript:alert(1)',
        'example.org',
      ],
    });
    expect(s.disabledSites).toEqual(['lesoir.be', 'example.org']);
  });

  it('falls back to an empty list when a site entry is not a string', () => {
    expect(sanitizeSettings({ disabledSites: ['a.be', 3, null] }).disabledSites).toEqual([]);
  });

  it('caps huge values: a list beyond 5000 hosts is cut, a host beyond 253 characters dropped', () => {
    const many = Array.from({ length: 5001 }, (_, i) => `site${i}.example`);
    expect(sanitizeSettings({ disabledSites: many }).disabledSites).toEqual(many.slice(0, 5000));
    const ok = many.slice(0, 5000);
    expect(sanitizeSettings({ disabledSites: ok }).disabledSites).toHaveLength(5000);
    const longHost = 'a'.repeat(254);
    expect(sanitizeSettings({ disabledSites: [longHost] }).disabledSites).toEqual([]);
  });

  it('ignores inherited (prototype) properties', () => {
    const polluted = Object.create({ enabled: false, highlight: 'none' }) as object;
    expect(sanitizeSettings(polluted)).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects overrides with overlong term ids', () => {
    const s = sanitizeSettings({ termOverrides: { ['x'.repeat(81)]: true } });
    expect(s.termOverrides).toEqual({});
    expect(sanitizeSettings({ termOverrides: { pnr: true } }).termOverrides).toEqual({ pnr: true });
  });

  it('never throws, whatever the shape (fuzz)', () => {
    const values: unknown[] = [
      undefined,
      null,
      true,
      -0,
      'x',
      [],
      {},
      [null],
      { a: 1 },
      new Date(0),
      new Map(),
      Object.create(null),
      { length: 3 },
    ];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) as number;
    const pick = () => values[Math.floor(rnd() * values.length)];
    for (let i = 0; i < 300; i++) {
      const raw: Record<string, unknown> = {};
      for (const k of Object.keys(DEFAULT_SETTINGS)) if (rnd() < 0.7) raw[k] = pick();
      const s = sanitizeSettings(raw);
      expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    }
  });
});

describe('normalizeHost', () => {
  it.each([
    ['example.org', 'example.org'],
    ['  Example.ORG ', 'example.org'],
    ['www.lesoir.be', 'lesoir.be'],
    ['https://www.lesoir.be/actualite/123?a=b#c', 'lesoir.be'],
    ['http://sub.domain.example.be:8080/x', 'sub.domain.example.be'],
    ['example.org.', 'example.org'],
    ['http://[::1]:3000/', '[::1]'],
    ['localhost', 'localhost'],
  ])('%s → %s', (input, host) => {
    expect(normalizeHost(input)).toBe(host);
  });

  it.each([
    '',
    '   ',
    'not a host',
    'exa mple.org',
    'https://',
    'http://exa mple.org',
    'javascript:alert(1)',
    'example.org/path',
    '<script>',
  ])('rejects %j', (input) => {
    expect(normalizeHost(input)).toBe('');
  });
});

describe('isSiteEnabled', () => {
  it('is off everywhere when the extension is off', () => {
    expect(isSiteEnabled({ ...defaults(), enabled: false }, 'example.org')).toBe(false);
  });
  it('is off on a listed site, whatever the form of the host', () => {
    const s = { ...defaults(), disabledSites: ['lesoir.be'] };
    expect(isSiteEnabled(s, 'www.lesoir.be')).toBe(false);
    expect(isSiteEnabled(s, 'LESOIR.BE')).toBe(false);
    expect(isSiteEnabled(s, 'example.org')).toBe(true);
  });
});

describe('migrateV1toV2', () => {
  it('is wired as the migration to the current version', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('maps the v1 shape {on, off} to {enabled, disabledSites}', () => {
    const next = migrateV1toV2({ on: false, off: ['www.lesoir.be', 'example.org'] });
    expect(next).toEqual({ enabled: false, disabledSites: ['www.lesoir.be', 'example.org'] });
    expect(sanitizeSettings(next)).toEqual({
      ...defaults(),
      enabled: false,
      disabledSites: ['lesoir.be', 'example.org'],
    });
  });

  it('keeps other fields a v1 build may have stored', () => {
    expect(migrateV1toV2({ on: true, theme: 'dark' })).toEqual({ enabled: true, theme: 'dark' });
  });

  it('passes through values that are not objects, and sanitising them gives defaults', () => {
    for (const raw of [null, undefined, 3, 'on']) {
      expect(() => migrateV1toV2(raw)).not.toThrow();
      expect(sanitizeSettings(migrateV1toV2(raw))).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('survives a corrupt v1 value', () => {
    const next = migrateV1toV2({ on: 'maybe', off: 'lesoir.be' });
    expect(sanitizeSettings(next)).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves an already-migrated value unchanged', () => {
    const v2 = { ...defaults(), enabled: false };
    expect(migrateV1toV2(v2)).toEqual(v2);
  });
});

describe('the migration chain (migrateSettings, settingsFromStorage)', () => {
  const v1 = { on: false, off: ['www.lesoir.be'] };

  it('runs the chain from the stored version: v1 with meta 1 or without meta', () => {
    for (const meta of [{ v: 1 }, undefined, null]) {
      expect(migrateSettings(v1, meta)).toEqual({
        enabled: false,
        disabledSites: ['www.lesoir.be'],
      });
      expect(needsMigration(v1, meta)).toBe(true);
    }
  });

  it('counts a corrupt or hostile meta as the oldest version, in at most a few steps', () => {
    for (const meta of [{ v: -20_000_000 }, { v: -1e9 }, { v: 1.5 }, { v: '2' }, 'v2', []]) {
      expect(storedVersion(meta)).toBe(1);
      expect(settingsFromStorage(v1, meta)).toEqual({
        ...defaults(),
        enabled: false,
        disabledSites: ['lesoir.be'],
      });
    }
  });

  it('leaves a current or future value as it is', () => {
    const v2 = { ...defaults(), theme: 'dark' };
    expect(migrateSettings(v2, { v: SETTINGS_VERSION })).toBe(v2);
    expect(needsMigration(v2, { v: SETTINGS_VERSION })).toBe(false);
    const future = { ...defaults(), on: true, sparkles: 1 };
    expect(migrateSettings(future, { v: 99 })).toBe(future);
    expect(settingsFromStorage(future, { v: 99 })).toEqual(defaults());
  });

  it('gives the defaults when nothing is stored', () => {
    expect(needsMigration(undefined, undefined)).toBe(false);
    expect(settingsFromStorage(undefined, undefined)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('density setting', () => {
  it('density: one of all / paragraph / page, every occurrence by default', () => {
    expect(DEFAULT_SETTINGS.density).toBe('all');
    for (const d of ['all', 'paragraph', 'page'] as const) {
      expect(sanitizeSettings({ density: d }).density).toBe(d);
    }
    for (const bad of ['every', 1, null, ['page']]) {
      expect(sanitizeSettings({ density: bad }).density).toBe('all');
    }
  });
});
