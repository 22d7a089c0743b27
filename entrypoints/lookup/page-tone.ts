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

export class PageTones {
  private bgOf = new WeakMap<Element, Rgba>();
  private toneOfBlock = new WeakMap<Element, PageTone>();
  private canvas: Rgba | null = null;

  constructor(private readonly refs: DomRefs) {}

  /** Forgets everything (the OS theme or the page's styles changed). */
  reset(): void {
    this.bgOf = new WeakMap();
    this.toneOfBlock = new WeakMap();
    this.canvas = null;
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
      const tone = blockTone(this.background(el, style), parseColor(style.color));
      this.toneOfBlock.set(el, tone);
      return tone;
    } catch {
      return 'light';
    }
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
      const layer = parseColor(style.backgroundColor);
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
