/**
 * Answers kept as they came, for text far from the viewport on a page with thousands of marks
 * (issue 12). Making a match (the store's records, the density gate's order, the highlighter's
 * windowing) costs the page several microseconds each, and such a page has thousands that nobody
 * looks at before scrolling to them, and that the highlighter does not draw until then anyway
 * (highlighter.ts: windowed). Their answers wait here, counted for the term report, until an
 * IntersectionObserver says their element is near the viewport, a hover or a step through the
 * page's terms needs them, or the highlighter draws every range again.
 */
import type { DomRefs } from './dom-refs';
import { isNear, nearObserver } from './near-viewport';

export interface FarAnswer {
  /** The text nodes the answer's matches lie in (the first one's element is observed). */
  readonly seg: { readonly nodes: readonly Text[] };
}

export interface FarAnswerHooks<A extends FarAnswer> {
  /** The terms an answer counts for (its matches the scanner would store). */
  terms(a: A): readonly string[];
  /**
   * Of those, the matches the highlighter will want once made (the same number at every call
   * for one answer: the windowing thresholds count them while the answer waits).
   */
  marks(a: A): number;
  /** A term counted (+1) or no longer counted (−1) while its answer waits. */
  count(term: string, delta: 1 | -1): void;
  /** Answers whose element came near the viewport (taken out: to be stored now). */
  near(answers: A[]): void;
}

export class FarAnswers<A extends FarAnswer> {
  private readonly byEl = new Map<Element, A[]>();
  private byNode = new WeakMap<Text, A[]>();
  private readonly elOf = new Map<A, Element>();
  private io: IntersectionObserver | null = null;
  private counted = 0;
  private marked = 0;
  /** Elements observed since the observer's last report. */
  private unreported = 0;

  constructor(
    private readonly refs: DomRefs,
    private readonly hooks: FarAnswerHooks<A>,
  ) {}

  /** Matches waiting. */
  get size(): number {
    return this.counted;
  }

  /** Matches waiting that the highlighter will want (see FarAnswerHooks.marks). */
  get markCount(): number {
    return this.marked;
  }

  /**
   * True until the observer has said where the elements observed last are (a hidden tab
   * renders nothing, so its observers report once it is shown: nothing to wait for until then).
   */
  get awaitingReport(): boolean {
    return this.unreported > 0 && this.refs.doc.visibilityState !== 'hidden';
  }

  /** Keeps `a` until its element is near the viewport; false when it cannot be followed. */
  keep(a: A): boolean {
    const first = a.seg.nodes[0];
    const el = first?.parentElement;
    if (!el) return false;
    const io = this.observer();
    if (!io) return false;
    let list = this.byEl.get(el);
    if (!list) {
      this.byEl.set(el, (list = []));
      io.observe(el);
      this.unreported++;
    }
    list.push(a);
    this.elOf.set(a, el);
    for (const n of a.seg.nodes) {
      const mine = this.byNode.get(n);
      if (mine) mine.push(a);
      else this.byNode.set(n, [a]);
    }
    const terms = this.hooks.terms(a);
    for (const t of terms) this.hooks.count(t, 1);
    this.counted += terms.length;
    this.marked += this.hooks.marks(a);
    return true;
  }

  /** Takes out the answers over `node` (to store them now, or to drop them: `drop`). */
  take(node: Text): A[] {
    const mine = this.byNode.get(node);
    if (!mine) return [];
    const out = mine.slice();
    for (const a of out) this.remove(a);
    return out;
  }

  /** Takes out every answer kept. */
  takeAll(): A[] {
    const out = [...this.elOf.keys()];
    for (const a of out) this.remove(a);
    return out;
  }

  /** Drops the answers over `node` (its text changed or is scanned again). */
  drop(node: Text): void {
    this.take(node);
  }

  /** Drops the answers whose element left the page. */
  sweep(): void {
    for (const el of [...this.byEl.keys()]) {
      if (!el.isConnected) for (const a of this.byEl.get(el)!.slice()) this.remove(a);
    }
  }

  /** Forgets everything (their counts included). */
  clear(): void {
    this.takeAll();
    this.io?.disconnect();
    this.io = null;
    this.unreported = 0;
    this.byNode = new WeakMap();
  }

  private remove(a: A): void {
    const el = this.elOf.get(a);
    if (!el) return;
    this.elOf.delete(a);
    const list = this.byEl.get(el)!;
    list.splice(list.indexOf(a), 1);
    if (!list.length) {
      this.byEl.delete(el);
      this.io?.unobserve(el);
    }
    for (const n of a.seg.nodes) {
      const mine = this.byNode.get(n);
      if (!mine) continue;
      const i = mine.indexOf(a);
      if (i >= 0) mine.splice(i, 1);
      if (!mine.length) this.byNode.delete(n);
    }
    const terms = this.hooks.terms(a);
    for (const t of terms) this.hooks.count(t, -1);
    this.counted -= terms.length;
    this.marked -= this.hooks.marks(a);
  }

  private observer(): IntersectionObserver | null {
    return (this.io ??= nearObserver(this.refs, (entries) => this.report(entries)));
  }

  private report(entries: IntersectionObserverEntry[]): void {
    try {
      this.unreported = 0;
      const near: A[] = [];
      for (const e of entries) {
        if (!isNear(e)) continue;
        const list = this.byEl.get(e.target);
        if (list) near.push(...list);
      }
      for (const a of near) this.remove(a);
      this.hooks.near(near);
    } catch {
      // Never into the page.
    }
  }
}
