/**
 * Finds whether the background behind a block of the page is light or dark, so its highlights
 * use colours that stay visible on it (utils/highlight-contrast.ts says why). Each element's
 * effective background is computed once (memoised) by walking up to the first opaque
 * `background-color`, then the page's canvas (its `color-scheme` and the OS theme); a range's
 * tone is its block's, so thousands of ranges cost one style read per block.
 */
import {
  blockTone,
  canvasColor,
  composite,
  parseColor,
  type PageTone,
  type Rgba,
} from '../../utils/highlight-contrast';
import { blockOf } from './block-of';
import type { DomRefs } from './dom-refs';

/**
 * Entries each colour cache holds before it starts again: a page has a few colours, a hostile
 * one may have one per element.
 */
const COLOR_CACHE_MAX = 256;

export class PageTones {
  private bgOf = new WeakMap<Element, Rgba>();
  private toneOfBlock = new WeakMap<Element, PageTone>();
  private canvas: Rgba | null = null;
  /**
   * Computed colour strings already parsed (the same few on every block: a table's cells each
   * read « rgba(0, 0, 0, 0) »). The parsed colours are shared, never changed.
   */
  private parsed = new Map<string, Rgba | null>();
  /**
   * Tones already worked out, by background (siblings share their ancestor's memoised object)
   * and text colour: the contrast maths for each marked cell of a table cost it 2–5 ms a load.
   */
  private toneByColors = new Map<Rgba, Map<string, PageTone>>();

  constructor(private readonly refs: DomRefs) {}

  /** Forgets everything (the OS theme or the page's styles changed). */
  reset(): void {
    this.bgOf = new WeakMap();
    this.toneOfBlock = new WeakMap();
    this.canvas = null;
    this.parsed.clear();
    this.toneByColors.clear();
  }

  /**
   * The tone behind a mark's text (light when anything goes wrong: the historical default). Its
   * block, when the walk gave it: finding it again is a few calls per mark from the content
   * script's world (a table's cells: one mark each).
   */
  toneOf(mark: { readonly startContainer: Node; readonly block?: Element | null }): PageTone {
    try {
      const el = mark.block ?? blockOf(mark.startContainer);
      if (!el) return 'light';
      const known = this.toneOfBlock.get(el);
      if (known) return known;
      const style = this.refs.win.getComputedStyle(el);
      // The block's own style serves both its text colour and its background layer.
      const tone = this.toneFor(this.background(el, style), style.color);
      this.toneOfBlock.set(el, tone);
      return tone;
    } catch {
      return 'light';
    }
  }

  /** blockTone of a background and a computed text colour, memoised. */
  private toneFor(background: Rgba, color: string): PageTone {
    let byText = this.toneByColors.get(background);
    if (!byText) {
      if (this.toneByColors.size >= COLOR_CACHE_MAX) this.toneByColors.clear();
      byText = new Map();
      this.toneByColors.set(background, byText);
    }
    let tone = byText.get(color);
    if (tone === undefined) {
      tone = blockTone(background, this.parse(color));
      if (byText.size < COLOR_CACHE_MAX) byText.set(color, tone);
    }
    return tone;
  }

  /** parseColor, memoised by the computed string. */
  private parse(color: string): Rgba | null {
    let rgba = this.parsed.get(color);
    if (rgba === undefined) {
      rgba = parseColor(color);
      if (this.parsed.size >= COLOR_CACHE_MAX) this.parsed.clear();
      this.parsed.set(color, rgba);
    }
    return rgba;
  }

  /** The opaque colour behind `el`'s content: its own layer over its ancestors' (memoised). */
  private background(el: Element, own?: CSSStyleDeclaration): Rgba {
    // Iterative: deep pages must not overflow the stack.
    const chain: Element[] = [];
    const layers: (Rgba | null)[] = [];
    let base: Rgba | null = null;
    for (let e: Element | null = el; e; e = parentOf(e)) {
      const memo = this.bgOf.get(e);
      if (memo) {
        base = memo;
        break;
      }
      const style = e === el && own ? own : this.refs.win.getComputedStyle(e);
      const layer = this.parse(style.backgroundColor);
      chain.push(e);
      layers.push(layer);
      if (layer && layer.a >= 1) break;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const layer = layers[i];
      const under = base ?? this.canvasColor();
      base = layer && layer.a > 0 ? (layer.a >= 1 ? layer : composite(layer, under)) : under;
      this.bgOf.set(chain[i]!, base);
    }
    return base ?? this.canvasColor();
  }

  private canvasColor(): Rgba {
    if (this.canvas) return this.canvas;
    const { doc, win } = this.refs;
    let scheme = 'normal';
    try {
      scheme = win.getComputedStyle(doc.documentElement).colorScheme || 'normal';
      // <meta name="color-scheme"> sets the page's schemes when the root's property does not.
      if (scheme === 'normal') {
        const meta = doc.querySelector('meta[name="color-scheme" i]');
        scheme = meta?.getAttribute('content') ?? 'normal';
      }
    } catch {
      // keep normal
    }
    let dark = false;
    try {
      dark = win.matchMedia('(prefers-color-scheme: dark)').matches;
    } catch {
      // keep light
    }
    return (this.canvas = canvasColor(scheme, dark));
  }
}

/** The parent element, crossing out of shadow roots to their host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}
