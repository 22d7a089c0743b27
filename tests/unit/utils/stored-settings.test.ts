/**
 * utils/stored-settings.ts: the first stage's reading of the stored settings is never narrower
 * than the sanitised settings' (a frame with common terms only must load the second stage
 * whenever the settings could mark one), and as narrow on the values the extension writes.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  marksCommon,
  settingsFromStorage,
} from '../../../utils/settings-sanitize';
import { SETTINGS_VERSION, storedMarksCommon } from '../../../utils/stored-settings';

const CURRENT = { v: SETTINGS_VERSION };

/** A small deterministic generator (the same cases on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('storedMarksCommon', () => {
  it('agrees with the sanitised settings on values the extension writes', () => {
    const cases: [Record<string, unknown>, boolean][] = [
      [{ ...DEFAULT_SETTINGS }, false],
      [{ ...DEFAULT_SETTINGS, highlight: 'all' }, true],
      [{ ...DEFAULT_SETTINGS, highlight: 'none' }, false],
      [{ ...DEFAULT_SETTINGS, highlight: 'all', enabled: false }, false],
      [{ ...DEFAULT_SETTINGS, termOverrides: { ue: true } }, true],
      [{ ...DEFAULT_SETTINGS, termOverrides: { ue: false, otan: false } }, false],
      [{ ...DEFAULT_SETTINGS, enabled: false, termOverrides: { ue: true } }, false],
    ];
    for (const [raw, want] of cases) {
      expect(marksCommon(settingsFromStorage(raw, CURRENT))).toBe(want);
      expect(storedMarksCommon(raw, CURRENT)).toBe(want);
    }
  });

  it('reads nothing stored as the defaults (no common term marked)', () => {
    expect(storedMarksCommon(undefined, undefined)).toBe(false);
    expect(storedMarksCommon(null, CURRENT)).toBe(false);
  });

  it('leaves a value of another version to the second stage', () => {
    expect(storedMarksCommon({ on: true, off: [] }, undefined)).toBe(true);
    expect(storedMarksCommon({ enabled: false }, { v: SETTINGS_VERSION + 1 })).toBe(true);
  });

  it('is never false where the sanitised settings mark common terms (random stored values)', () => {
    const next = rng(12);
    const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
    const values = [true, false, 'all', 'core', 'none', 'ALL', 1, 0, null, undefined, [], {}];
    const overrides = () =>
      pick<unknown>([
        {},
        { ue: true },
        { ue: false },
        { ue: 'yes' },
        { ['x'.repeat(81)]: true },
        { ue: false, otan: true },
        [true],
        null,
        'all',
      ]);
    const metas = [CURRENT, undefined, { v: 1 }, { v: 3 }, { v: '2' }, null];
    let positives = 0;
    for (let i = 0; i < 5000; i++) {
      const raw: Record<string, unknown> = {};
      if (next() < 0.8) raw.enabled = pick(values);
      if (next() < 0.8) raw.highlight = pick(values);
      if (next() < 0.8) raw.termOverrides = overrides();
      if (next() < 0.2) raw.on = pick(values);
      const stored = next() < 0.05 ? pick<unknown>([null, 'x', 3, [raw]]) : raw;
      const meta = pick(metas);
      const full = marksCommon(settingsFromStorage(stored, meta));
      if (full) {
        positives++;
        expect(storedMarksCommon(stored, meta), JSON.stringify({ stored, meta })).toBe(true);
      }
      // On the current version, a plain object is judged exactly but for invalid override keys.
      if (meta === CURRENT && stored === raw && !('termOverrides' in raw)) {
        expect(storedMarksCommon(stored, meta), JSON.stringify(raw)).toBe(full);
      }
    }
    // The generator reaches both answers.
    expect(positives).toBeGreaterThan(500);
  });

  it('never throws on a hostile value', () => {
    const hostile = Object.defineProperty({}, 'enabled', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(storedMarksCommon(hostile, CURRENT)).toBe(true);
  });
});
