/**
 * Which highlight colours suit the background behind a block of text (pure, no DOM).
 *
 * The highlights' colours used to follow `prefers-color-scheme`; but the page, not the OS, decides
 * what is behind the text: with the OS in dark mode on a light news site (the common case), the
 * pale dark-mode underline nearly vanished on white. The content script now finds the block's
 * real background (page-tone.ts), and registers its ranges under a light-page or a dark-page
 * highlight name (`vdl-core-underline` / `vdl-core-underline-dark`) whose colours keep at least
 * 3:1 against it (WCAG 2.x non-text contrast, https://www.w3.org/TR/WCAG22/#non-text-contrast).
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

/** The variant of the highlight colours: for light backgrounds, or for dark ones. */
export type PageTone = 'light' | 'dark';

/**
 * The underline colours of each variant. They must match highlights.css (a unit test checks
 * both the CSS and the 3:1 floor against the backgrounds each variant is chosen for).
 */
export const UNDERLINE_COLORS: Record<PageTone, { core: string; common: string }> = {
  light: { core: '#1a5fb4', common: '#4a6d99' },
  dark: { core: '#8cb4ff', common: '#7d9acc' },
};

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 };

/**
 * Parses a colour as `getComputedStyle` serialises it: `rgb(r, g, b)`, `rgba(r, g, b, a)`, the
 * space-separated `rgb(r g b / a)`, `#rgb`/`#rrggbb`, `transparent`. Anything else (color(),
 * oklch() from newer engines, garbage): null, and the caller treats the layer as unknown.
 */
export function parseColor(input: string): Rgba | null {
  // A page has a handful of distinct computed colours, read for every block: parsed once each.
  // (Results are shared: callers never modify an Rgba.)
  const known = parsed.get(input);
  if (known !== undefined) return known;
  if (parsed.size >= 256) parsed.clear();
  const out = parseColorNow(input);
  parsed.set(input, out);
  return out;
}

const parsed = new Map<string, Rgba | null>();

function parseColorNow(input: string): Rgba | null {
  const s = input.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(s);
  if (hex) {
    const h = hex[1]!;
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    return {
      r: parseInt(full.slice(0, 2), 16),
      g: parseInt(full.slice(2, 4), 16),
      b: parseInt(full.slice(4, 6), 16),
      a: 1,
    };
  }
  const fn = /^rgba?\(\s*([^)]*)\)$/.exec(s);
  if (!fn) return null;
  const parts = fn[1]!.split(/\s*[,/]\s*|\s+/).filter(Boolean);
  if (parts.length < 3 || parts.length > 4) return null;
  // Percentages: of 255 for the channels, of 1 for alpha.
  const num = (p: string, scale: number) =>
    p.endsWith('%') ? (Number.parseFloat(p) / 100) * scale : Number.parseFloat(p);
  const r = num(parts[0]!, 255);
  const g = num(parts[1]!, 255);
  const b = num(parts[2]!, 255);
  const a = parts.length === 4 ? num(parts[3]!, 1) : 1;
  if (![r, g, b, a].every(Number.isFinite)) return null;
  const clamp = (x: number, max: number) => Math.min(max, Math.max(0, x));
  return { r: clamp(r, 255), g: clamp(g, 255), b: clamp(b, 255), a: clamp(a, 1) };
}

/** `top` painted over the opaque `bottom` (source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    a: 1,
  };
}

/**
 * The opaque colour behind the text: background layers from the block outwards (innermost first),
 * painted over the canvas. Stops at the first opaque layer.
 */
export function effectiveBackground(layers: readonly Rgba[], canvas: Rgba): Rgba {
  const stack: Rgba[] = [];
  for (const l of layers) {
    if (l.a <= 0) continue;
    stack.push(l);
    if (l.a >= 1) break;
  }
  let out: Rgba = stack.length && stack[stack.length - 1]!.a >= 1 ? stack.pop()! : canvas;
  for (let i = stack.length - 1; i >= 0; i--) out = composite(stack[i]!, out);
  return out;
}

/**
 * The canvas behind a page without any background of its own: dark only when the root's
 * `color-scheme` allows dark and the OS prefers it (or the root asks for dark alone); white
 * otherwise (https://drafts.csswg.org/css-color-adjust/#color-scheme-effect).
 */
export function canvasColor(rootColorScheme: string, osPrefersDark: boolean): Rgba {
  const words = rootColorScheme.toLowerCase().split(/\s+/);
  const dark = words.includes('dark');
  const light = words.includes('light');
  if (dark && (!light || osPrefersDark)) return { r: 18, g: 18, b: 18, a: 1 };
  return WHITE;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an opaque colour. */
export function luminance(c: Rgba): number {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG contrast ratio of two opaque colours (1..21). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The variant for a background: the one whose core underline stands out more against it.
 * Mid-greys fall on the side that still gives the higher contrast.
 */
export function toneFor(background: Rgba): PageTone {
  const bg = background.a >= 1 ? background : composite(background, WHITE);
  const light = contrastRatio(hexColor(UNDERLINE_COLORS.light.core), bg);
  const dark = contrastRatio(hexColor(UNDERLINE_COLORS.dark.core), bg);
  return light >= dark ? 'light' : 'dark';
}

/** The highlight name of a base name (`vdl-core-underline`) for a tone. */
export function toneName(base: string, tone: PageTone): string {
  return tone === 'dark' ? `${base}-dark` : base;
}

export function hexColor(hex: string): Rgba {
  return parseColor(hex) ?? BLACK;
}

/**
 * The tone for a block, from the background found behind it and the block's own text colour.
 * When the text hardly contrasts with that background (< 2:1) the background colour is not what
 * the reader sees (a background image, a canvas, a positioned layer): the text colour, which the
 * site chose to be readable, tells then: light text sits on a dark background.
 */
export function blockTone(background: Rgba, text: Rgba | null): PageTone {
  if (text && text.a > 0.5) {
    const t = composite(text, background.a >= 1 ? background : composite(background, WHITE));
    const bg = background.a >= 1 ? background : composite(background, WHITE);
    if (contrastRatio(t, bg) < 2) return luminance(t) > 0.4 ? 'dark' : 'light';
  }
  return toneFor(background);
}
