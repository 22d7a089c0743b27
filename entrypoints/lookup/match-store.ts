/**
 * Every match on the page: indexed by text node (hit testing, idempotent rescans), counted per
 * term (badge report), drawn by the highlighter in the group the settings give its term.
 *
 * Ranges are StaticRanges: unlike live Ranges they cost the page nothing on each DOM mutation
 * (thousands of live ranges slow every edit down). The price is that they do not follow edits,
 * so matches are dropped when their text node changes or leaves the page (rescan / prune).
 */
import {
  highlightGroup,
  type HighlightGroup,
  type HighlightPolicy,
} from '../../utils/highlight-plan';
import type { HighlightSink } from './density-gate';
import type { PendingCheck } from './lookup-types';

export interface PageMatch {
  term: string;
  /** Made when first read (see `add`). */
  readonly range: StaticRange;
  /** Where the match starts, known without making its range. */
  readonly startContainer: Text;
  readonly startOffset: number;
  /** Text nodes the match covers (one, unless the term spans inline elements). */
  nodes: Text[];
  group: HighlightGroup | null;
  /** Ambiguous acronym waiting for page-level context before it counts, else null. */
  pending: PendingCheck | null;
  /** The block its text flows in, when the walk knew it (its tone is read there). */
  readonly block?: Element | null;
}

class LazyMatch implements PageMatch {
  group: HighlightGroup | null = null;
  private made: StaticRange | null = null;

  constructor(
    readonly term: string,
    private readonly make: () => StaticRange,
    readonly nodes: Text[],
    readonly startOffset: number,
    public pending: PendingCheck | null,
    readonly block: Element | null,
  ) {}

  get startContainer(): Text {
    return this.nodes[0] as Text;
  }

  get range(): StaticRange {
    return (this.made ??= this.make());
  }
}

/**
 * Matches the scanner keeps as answers until they are needed (far from the viewport on a page
 * with many: see far-answers.ts). The store asks for them before it is read.
 */
export interface KeptMatches {
  /** Matches kept, not made yet (counted in `counts`). */
  readonly size: number;
  /** Makes the kept matches over `node` now. */
  make(node: Text): void;
  /** Makes every kept match now. */
  makeAll(): void;
  /** Forgets the kept matches over `node` (its text changed). */
  drop(node: Text): void;
}

export class MatchStore {
  private byNode = new WeakMap<Text, PageMatch[]>();
  readonly all = new Set<PageMatch>();
  readonly counts = new Map<string, number>();
  /** Matches waiting for context. */
  private readonly waiting = new Set<PageMatch>();
  /** Bumped on every change, so the reporter knows when to look. */
  version = 0;
  /** Each term's group under the current policy (thousands of matches, a few dozen terms). */
  private groups = new Map<string, HighlightGroup | null>();

  /** Set by the scanner: matches it keeps as answers for now. */
  kept: KeptMatches | null = null;

  constructor(
    private readonly hl: HighlightSink,
    private readonly salienceOf: (term: string) => string | undefined,
    private policy: HighlightPolicy,
  ) {}

  get size(): number {
    return this.all.size;
  }

  /** True when the page has no match, made or kept. */
  get empty(): boolean {
    return this.all.size === 0 && !this.kept?.size;
  }

  /** Every match, the kept ones made first (stepping through the page's terms). */
  everything(): ReadonlySet<PageMatch> {
    if (this.kept?.size) this.kept.makeAll();
    return this.all;
  }

  /** A kept match's term counted (+1) or no longer (−1): it has no PageMatch yet. */
  countKept(term: string, delta: 1 | -1): void {
    this.count(term, delta);
    this.version++;
  }

  private count(term: string, delta: 1 | -1): void {
    const c = (this.counts.get(term) ?? 0) + delta;
    if (c > 0) this.counts.set(term, c);
    else this.counts.delete(term);
  }

  /** Matches covering `node` (confirmed ones only). */
  at(node: Text): readonly PageMatch[] {
    if (this.kept?.size) this.kept.make(node);
    const list = this.byNode.get(node);
    return list ? list.filter((m) => !m.pending) : [];
  }

  get hasPending(): boolean {
    return this.waiting.size > 0;
  }

  /**
   * `range` may be a function making it: it is called when the range is first read (drawn,
   * hovered, stepped to), and `startOffset` (in `nodes[0]`) says where it starts until then.
   * Most matches of a long page are never drawn (common terms, past the density setting's
   * first, or far from the viewport on a windowed page): no StaticRange is made for them.
   */
  add(
    term: string,
    range: StaticRange | (() => StaticRange),
    nodes: Text[],
    pending: PendingCheck | null,
    startOffset = 0,
    block: Element | null = null,
  ): void {
    const m: PageMatch =
      typeof range === 'function'
        ? new LazyMatch(term, range, nodes, startOffset, pending, block)
        : {
            term,
            range,
            startContainer: range.startContainer as Text,
            startOffset: range.startOffset,
            nodes,
            group: null,
            pending,
          };
    this.all.add(m);
    for (const n of nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(m);
      else this.byNode.set(n, [m]);
    }
    if (pending) {
      this.waiting.add(m);
    } else {
      this.confirmOne(m);
    }
    this.version++;
  }

  /** Waiting matches that the page's context now confirms start counting. */
  recheck(): void {
    for (const m of this.waiting) {
      if (m.pending?.()) {
        this.waiting.delete(m);
        m.pending = null;
        this.confirmOne(m);
        this.version++;
      }
    }
  }

  private confirmOne(m: PageMatch): void {
    this.count(m.term, 1);
    m.group = this.groupOf(m.term);
    if (m.group) this.hl.add(m.group, m, m.term);
  }

  /** Whether `term`'s matches are marked under the current settings (a highlight group). */
  marks(term: string): boolean {
    return this.groupOf(term) !== null;
  }

  private groupOf(term: string): HighlightGroup | null {
    let g = this.groups.get(term);
    if (g === undefined) {
      g = highlightGroup(term, this.salienceOf(term), this.policy);
      this.groups.set(term, g);
    }
    return g;
  }

  /** Removes every match touching `node` (before a rescan of its text, or when it left). */
  dropNode(node: Text): void {
    if (this.kept?.size) this.kept.drop(node);
    const list = this.byNode.get(node);
    if (!list) return;
    for (const m of list.slice()) this.remove(m);
  }

  remove(m: PageMatch): void {
    if (!this.all.delete(m)) return;
    for (const n of m.nodes) {
      const list = this.byNode.get(n);
      if (!list) continue;
      const i = list.indexOf(m);
      if (i >= 0) list.splice(i, 1);
      if (!list.length) this.byNode.delete(n);
    }
    if (m.pending) {
      this.waiting.delete(m);
    } else {
      this.count(m.term, -1);
      if (m.group) this.hl.delete(m.group, m, m.term);
    }
    this.version++;
  }

  /** New settings: every confirmed match moves to its new group (or out of the highlights). */
  regroup(policy: HighlightPolicy): void {
    this.policy = policy;
    this.groups = new Map();
    this.hl.clear();
    for (const m of this.all) {
      if (m.pending) continue;
      m.group = this.groupOf(m.term);
      if (m.group) this.hl.add(m.group, m, m.term);
    }
  }

  clear(): void {
    this.all.clear();
    this.counts.clear();
    this.waiting.clear();
    this.hl.clear();
    this.version++;
    this.byNode = new WeakMap();
  }
}

/**
 * Whether all of a match's text nodes are still in the page. A function of its own: the card's
 * logic (term-navigator.ts, in /card-hover.js) and the scanner (/card-scan.js) need it without
 * the store's class.
 */
export function matchAlive(m: PageMatch): boolean {
  for (const n of m.nodes) if (!n.isConnected) return false;
  return true;
}
