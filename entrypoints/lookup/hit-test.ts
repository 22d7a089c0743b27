/**
 * Hit testing for the hover card: which detected term is under a viewport point, or in the
 * selection. The caret APIs give the text node and offset under the point; the match index of
 * that node gives the candidate, and the candidate's client rects confirm the point is really over
 * its text (the caret APIs snap to the nearest character even over blank space).
 */
import type { TermHit } from './lookup-types';
import type { DomRefs } from './dom-refs';
import type { MatchStore, PageMatch } from './match-store';

interface Caret {
  node: Node;
  offset: number;
}

type CaretPositionFn = (
  x: number,
  y: number,
  opts?: { shadowRoots?: ShadowRoot[] },
) => { offsetNode: Node; offset: number } | null;
type CaretRangeFn = (x: number, y: number) => Range | null;

/** Slack around a term's boxes, in CSS pixels (sub-pixel rounding, caret snapping). */
const SLACK = 1;

export class HitTester {
  private readonly caretPosition: CaretPositionFn | null;
  private readonly caretRange: CaretRangeFn | null;

  constructor(
    private readonly refs: DomRefs,
    private readonly store: () => MatchStore | null,
    private readonly shadowRoots: () => ShadowRoot[],
  ) {
    const doc = refs.doc as Document & {
      caretPositionFromPoint?: CaretPositionFn;
      caretRangeFromPoint?: CaretRangeFn;
    };
    this.caretPosition =
      typeof doc.caretPositionFromPoint === 'function'
        ? doc.caretPositionFromPoint.bind(doc)
        : null;
    this.caretRange =
      typeof doc.caretRangeFromPoint === 'function' ? doc.caretRangeFromPoint.bind(doc) : null;
  }

  hitTest(x: number, y: number): TermHit | null {
    try {
      const store = this.store();
      if (!store || store.empty || !Number.isFinite(x) || !Number.isFinite(y)) return null;
      const caret = this.caretAt(x, y);
      if (!caret || caret.node.nodeType !== 3) return null;
      const text = caret.node as Text;
      const candidates = store.at(text);
      if (!candidates.length) return null;
      // Matches around the caret offset (two when terms touch); rects decide.
      for (const m of candidates) {
        if (distance(m, text, caret.offset) !== 0) continue;
        const range = this.liveRange(m);
        if (range && isOver(range, x, y)) return { term: m.term, range };
      }
      return null;
    } catch {
      return null;
    }
  }

  termAtSelection(): TermHit | null {
    try {
      const store = this.store();
      const sel = this.refs.win.getSelection();
      if (!store || !sel || !sel.rangeCount) return null;
      const r = sel.getRangeAt(0);
      const seen = new Set<Node>();
      for (const node of [r.startContainer, r.endContainer]) {
        if (node.nodeType !== 3 || seen.has(node)) continue;
        seen.add(node);
        const text = node as Text;
        const from = node === r.startContainer ? r.startOffset : 0;
        const to = node === r.endContainer ? r.endOffset : text.length;
        for (const m of store.at(text)) {
          const [s, e] = span(m, text);
          if (s <= to && e >= from) {
            const range = this.liveRange(m);
            if (range) return { term: m.term, range };
          }
        }
      }
      return null;
    } catch {
      return null;
    }
  }

  private caretAt(x: number, y: number): Caret | null {
    if (this.caretPosition) {
      let pos: ReturnType<CaretPositionFn>;
      try {
        const roots = this.shadowRoots();
        pos = roots.length
          ? this.caretPosition(x, y, { shadowRoots: roots })
          : this.caretPosition(x, y);
      } catch {
        pos = this.caretPosition(x, y);
      }
      if (pos) return { node: pos.offsetNode, offset: pos.offset };
    }
    if (this.caretRange) {
      const r = this.caretRange(x, y);
      if (r) return { node: r.startContainer, offset: r.startOffset };
    }
    return null;
  }

  private liveRange(m: PageMatch): Range | null {
    const r = m.range;
    try {
      const live = this.refs.doc.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live;
    } catch {
      return null;
    }
  }
}

/** The part of a match inside one of its text nodes: [start, end) offsets. */
function span(m: PageMatch, node: Text): [number, number] {
  const r = m.range;
  return [
    r.startContainer === node ? r.startOffset : 0,
    r.endContainer === node ? r.endOffset : node.length,
  ];
}

function distance(m: PageMatch, node: Text, offset: number): number {
  const [s, e] = span(m, node);
  return offset < s ? s - offset : offset > e ? offset - e : 0;
}

function isOver(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const b = rects[i];
    if (
      b &&
      x >= b.left - SLACK &&
      x <= b.right + SLACK &&
      y >= b.top - SLACK &&
      y <= b.bottom + SLACK
    ) {
      return true;
    }
  }
  return false;
}
