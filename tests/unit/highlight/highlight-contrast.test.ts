import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  UNDERLINE_COLORS,
  blockTone,
  canvasColor,
  contrastRatio,
  effectiveBackground,
  hexColor,
  parseColor,
  toneFor,
  toneName,
} from '../../../utils/highlight-contrast';

const CSS_TEXT = readFileSync(
  join(import.meta.dirname, '../../../entrypoints/highlights.content.css'),
  'utf8',
);

describe('parseColor', () => {
  it('reads the serialisations getComputedStyle gives', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgba(18, 20, 23, 0.5)')).toEqual({ r: 18, g: 20, b: 23, a: 0.5 });
    expect(parseColor('rgb(26 95 180 / 55%)')).toEqual({ r: 26, g: 95, b: 180, a: 0.55 });
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('#1a5fb4')).toEqual({ r: 26, g: 95, b: 180, a: 1 });
    expect(parseColor('transparent')?.a).toBe(0);
  });

  it('returns null for what it cannot read', () => {
    expect(parseColor('oklch(0.7 0.1 200)')).toBeNull();
    expect(parseColor('rgb(1, 2)')).toBeNull();
    expect(parseColor('rgb(a, b, c)')).toBeNull();
    expect(parseColor('')).toBeNull();
  });
});

describe('effectiveBackground and canvasColor', () => {
  const white = hexColor('#ffffff');
  it('stops at the first opaque layer, innermost first', () => {
    const bg = effectiveBackground([hexColor('#121212'), white], white);
    expect(bg).toEqual(hexColor('#121212'));
  });

  it('composites translucent layers over what lies beneath', () => {
    const half = { r: 0, g: 0, b: 0, a: 0.5 };
    const bg = effectiveBackground([half, { r: 0, g: 0, b: 0, a: 0 }], white);
    expect(bg.r).toBeCloseTo(127.5);
    expect(bg.a).toBe(1);
  });

  it('falls back to the canvas, dark only when the page allows it and the OS wants it', () => {
    expect(canvasColor('normal', true)).toEqual(white);
    expect(canvasColor('light', true)).toEqual(white);
    expect(canvasColor('light dark', false)).toEqual(white);
    expect(toneFor(canvasColor('light dark', true))).toBe('dark');
    expect(toneFor(canvasColor('dark', false))).toBe('dark');
  });
});

describe('tones', () => {
  it('light backgrounds get the light-page colours, dark ones the dark-page colours', () => {
    for (const bg of ['#ffffff', '#f4f1ea', '#e6e6e6', '#d0d0d0']) {
      expect(toneFor(hexColor(bg))).toBe('light');
    }
    for (const bg of ['#000000', '#121212', '#1e2a38', '#333333', '#444444']) {
      expect(toneFor(hexColor(bg))).toBe('dark');
    }
  });

  it('each variant keeps 3:1 on the backgrounds it is chosen for', () => {
    const light = ['#ffffff', '#f4f1ea', '#e6e6e6', '#d0d0d0'];
    const dark = ['#000000', '#121212', '#1e2a38', '#333333', '#444444'];
    for (const [tone, bgs] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      for (const bg of bgs) {
        for (const c of Object.values(UNDERLINE_COLORS[tone])) {
          expect(contrastRatio(hexColor(c), hexColor(bg)), `${c} on ${bg}`).toBeGreaterThanOrEqual(
            3,
          );
        }
      }
    }
    // The colour that vanished (issue 13): dark-mode blue on white.
    expect(contrastRatio(hexColor('#8cb4ff'), hexColor('#ffffff'))).toBeLessThan(3);
  });

  it('trusts light text over a background that cannot be the one shown (an image)', () => {
    const white = hexColor('#ffffff');
    expect(blockTone(white, hexColor('#f5f5f5'))).toBe('dark');
    expect(blockTone(white, hexColor('#222222'))).toBe('light');
    expect(blockTone(hexColor('#111111'), hexColor('#eeeeee'))).toBe('dark');
    expect(blockTone(hexColor('#111111'), null)).toBe('dark');
  });

  it('names the dark variant with a -dark suffix, keeping the vdl- prefix', () => {
    expect(toneName('vdl-core-underline', 'light')).toBe('vdl-core-underline');
    expect(toneName('vdl-core-underline', 'dark')).toBe('vdl-core-underline-dark');
  });

  it('highlights.css draws the same underline colours', () => {
    const rule = (name: string) =>
      new RegExp(`::highlight\\(${name}\\)\\s*{[^}]*text-decoration-color:\\s*([^;]+);`).exec(
        CSS_TEXT,
      )?.[1];
    expect(rule('vdl-core-underline')).toBe(UNDERLINE_COLORS.light.core);
    expect(rule('vdl-common-underline')).toBe(UNDERLINE_COLORS.light.common);
    expect(rule('vdl-core-underline-dark')).toBe(UNDERLINE_COLORS.dark.core);
    expect(rule('vdl-common-underline-dark')).toBe(UNDERLINE_COLORS.dark.common);
    // The OS theme no longer decides.
    expect(CSS_TEXT).not.toMatch(/prefers-color-scheme/);
  });
});
