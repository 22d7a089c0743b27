/**
 * The glossary terms of a PDF: each page's text-layer items are joined (utils/pdf/page-text),
 * scanned with the same matcher as web pages, and every match is drawn as a CSS Custom Highlight
 * range over the text layer, under the same `vdl-<group>-<style>` names. One context record for
 * the whole document, so an ambiguous acronym (ECE, SIS…) is shown once the document supplies
 * context for it, as on a web page.
 */
import tableJson from '../../data/generated/matcher-table.json';
import { highlightGroup, highlightName, type HighlightGroup } from '../../utils/highlight-plan';
import { joinPageText, matchSpans } from '../../utils/pdf/page-text';
import type { Settings } from '../../utils/settings';
import {
  createMatcher,
  type ContextEvidence,
  type MatcherTable,
  type TermMatch,
} from '../../utils/term-matcher';
import type { PageView } from './page-view';

export interface TermHit {
  term: string;
  group: HighlightGroup | null;
  ranges: Range[];
  /** The matched words as they read on the page. */
  text: string;
}

export interface TermLayer {
  addPage(page: PageView): void;
  /** The term under a point inside a text-layer span, if any. */
  hitAt(target: Element, x: number, y: number): TermHit | null;
  /** Draws the ranges found since the last batch (called at the end of the document). */
  flush(): void;
  /** Re-groups and re-registers every range (settings changed). */
  applySettings(s: Settings): void;
  /** Terms and their occurrence counts so far. */
  readonly hits: readonly TermHit[];
  clear(): void;
}

const FLUSH_MS = 500;

export function createTermLayer(settings: Settings): TermLayer {
  const matcher = createMatcher(tableJson as MatcherTable);
  const evidence: ContextEvidence = matcher.newEvidence();
  const hits: TermHit[] = [];
  const bySpan = new Map<Element, TermHit[]>();
  const pending: { m: TermMatch; page: PageView; text: ReturnType<typeof joinPageText> }[] = [];
  const groups = new Map<HighlightGroup, Highlight>();
  let policy = settings;
  let registered: string[] = [];

  const hasApi = typeof Highlight === 'function' && !!globalThis.CSS?.highlights;
  if (hasApi) {
    for (const g of ['core', 'common'] as const) {
      const hl = new Highlight();
      hl.priority = g === 'core' ? 2 : 1;
      groups.set(g, hl);
    }
  }

  const register = () => {
    for (const name of registered) CSS.highlights.delete(name);
    registered = [];
    if (!hasApi) return;
    for (const [g, hl] of groups) {
      const name = highlightName(g, policy.highlightStyle);
      if (!name) continue;
      CSS.highlights.set(name, hl);
      registered.push(name);
    }
  };

  const place = (hit: TermHit) => {
    hit.group = highlightGroup(hit.term, matcher.info(hit.term)?.salience, policy);
    if (hit.group) for (const r of hit.ranges) groups.get(hit.group)?.add(r);
  };

  const show = (m: TermMatch, page: PageView, text: ReturnType<typeof joinPageText>) => {
    const hit: TermHit = {
      term: m.term,
      group: null,
      ranges: [],
      text: text.text.slice(m.start, m.end).replace(/\s+/g, ' '),
    };
    for (const s of matchSpans(text, m.start, m.end)) {
      const a = page.spans[s.startItem]?.firstChild;
      const b = page.spans[s.endItem]?.firstChild;
      if (!a || !b) continue;
      const r = document.createRange();
      try {
        r.setStart(a, s.startOffset);
        r.setEnd(b, s.endOffset);
      } catch {
        continue;
      }
      hit.ranges.push(r);
      for (let i = s.startItem; i <= s.endItem; i++) {
        const span = page.spans[i];
        if (!span) continue;
        const list = bySpan.get(span);
        if (!list) bySpan.set(span, [hit]);
        else if (!list.includes(hit)) list.push(hit);
      }
    }
    if (!hit.ranges.length) return;
    hits.push(hit);
    queued.push(hit);
  };

  // Chromium repaints every range of a registered highlight after each change to it, so ranges
  // are added in batches: at once until the first ones are drawn, then every FLUSH_MS.
  const queued: TermHit[] = [];
  let lastFlush = 0;
  const flush = () => {
    for (const hit of queued) place(hit);
    queued.length = 0;
    lastFlush = performance.now();
  };

  register();
  return {
    get hits() {
      return hits;
    },
    addPage(page) {
      const text = joinPageText(page.items);
      for (const m of matcher.scan(text.text, evidence)) {
        if (m.ambiguous && m.near === 'anti') continue;
        if (m.ambiguous && !matcher.isConfirmed(m, evidence)) pending.push({ m, page, text });
        else show(m, page, text);
      }
      // The evidence only grows: matches kept back may be confirmed by this page.
      for (let i = pending.length - 1; i >= 0; i--) {
        const p = pending[i]!;
        if (matcher.isConfirmed(p.m, evidence)) {
          pending.splice(i, 1);
          show(p.m, p.page, p.text);
        }
      }
      if (hits.length === queued.length || performance.now() - lastFlush > FLUSH_MS) flush();
    },
    flush,
    hitAt(target, x, y) {
      const span = target.closest('.textLayer span:not(.markedContent)');
      const list = span ? bySpan.get(span) : undefined;
      if (!list) return null;
      for (const hit of list) {
        for (const r of hit.ranges) {
          for (const b of r.getClientRects()) {
            if (x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1)
              return hit;
          }
        }
      }
      return null;
    },
    applySettings(s) {
      policy = s;
      queued.length = 0;
      for (const hl of groups.values()) hl.clear();
      for (const hit of hits) place(hit);
      register();
    },
    clear() {
      for (const name of registered) CSS.highlights.delete(name);
      registered = [];
      for (const hl of groups.values()) hl.clear();
      hits.length = 0;
      queued.length = 0;
      bySpan.clear();
      pending.length = 0;
    },
  };
}
