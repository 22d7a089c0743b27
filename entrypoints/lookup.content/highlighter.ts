/**
 * Draws matches with the CSS Custom Highlight API: one Highlight per group (core, common),
 * registered as `vdl-<group>-<style>` so the content script's stylesheet styles it; changing the
 * style re-registers the same objects under other names. No page node is touched. Without the
 * API (old browsers) every call is a no-op and hover lookup still works.
 */
import { HIGHLIGHT_GROUPS, highlightName, type HighlightGroup } from '../../utils/highlight-plan';
import type { HighlightStyle } from '../../utils/settings-sanitize';
import type { DomRefs } from './dom-refs';

export class Highlighter {
  private readonly groups = new Map<HighlightGroup, Highlight>();
  private style: HighlightStyle = 'underline';
  private registered: string[] = [];

  constructor(private readonly refs: DomRefs) {
    const Ctor = refs.Highlight;
    if (!Ctor || !refs.highlights) return;
    for (const g of HIGHLIGHT_GROUPS) {
      const hl = new Ctor();
      // Core above common where they would overlap.
      hl.priority = g === 'core' ? 2 : 1;
      this.groups.set(g, hl);
    }
  }

  get supported(): boolean {
    return this.groups.size > 0;
  }

  add(group: HighlightGroup, range: AbstractRange): void {
    this.groups.get(group)?.add(range);
  }

  delete(group: HighlightGroup, range: AbstractRange): void {
    this.groups.get(group)?.delete(range);
  }

  /** Registers the groups under the names of `style` (none: unregistered, ranges kept). */
  show(style: HighlightStyle): void {
    this.style = style;
    this.hide();
    const reg = this.refs.highlights;
    if (!reg) return;
    for (const [g, hl] of this.groups) {
      const name = highlightName(g, this.style);
      if (!name) continue;
      try {
        reg.set(name, hl);
        this.registered.push(name);
      } catch {
        // A page that broke the registry: stay without highlights.
      }
    }
  }

  /** Unregisters every name this instance registered. */
  hide(): void {
    const reg = this.refs.highlights;
    for (const name of this.registered) {
      try {
        reg?.delete(name);
      } catch {
        // ignore
      }
    }
    this.registered = [];
  }

  clear(): void {
    for (const hl of this.groups.values()) hl.clear();
  }
}
