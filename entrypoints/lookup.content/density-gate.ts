/**
 * Sits between the match store and the highlighter: passes on only the occurrences the density
 * setting marks (utils/density.ts), in document order. The store keeps every match (hover,
 * badge); this only decides which ranges are drawn.
 */
import { DensityFilter } from '../../utils/density';
import type { Density } from '../../utils/settings-sanitize';
import type { HighlightGroup } from '../../utils/highlight-plan';
import { blockOf, compareStarts } from './block-of';
import type { Highlighter } from './highlighter';

/** What the match store draws into (the highlighter, or this gate in front of it). */
export interface HighlightSink {
  add(group: HighlightGroup, range: AbstractRange, term: string): void;
  delete(group: HighlightGroup, range: AbstractRange, term: string): void;
  clear(): void;
}

interface Entry {
  group: HighlightGroup;
  range: AbstractRange;
  term: string;
}

export class DensityGate implements HighlightSink {
  private readonly entries = new Map<AbstractRange, Entry>();
  private readonly filter: DensityFilter<Entry>;

  constructor(
    private readonly hl: Pick<Highlighter, 'add' | 'delete' | 'clear'>,
    density: Density,
  ) {
    // Matches come a text node at a time, several per node: its block is looked up once. Kept
    // for the current task only (the page may move the node before the next one).
    let lastNode: Node | null = null;
    let lastBlock: Element | null = null;
    const forget = () => {
      lastNode = null;
      lastBlock = null;
    };
    this.filter = new DensityFilter<Entry>(density, {
      compare: (a, b) => compareStarts(a.range, b.range),
      termOf: (e) => e.term,
      blockOf: (e) => {
        const node = e.range.startContainer;
        if (node !== lastNode) {
          if (!lastNode) queueMicrotask(forget);
          lastBlock = blockOf(node);
          lastNode = node;
        }
        return lastBlock;
      },
    });
  }

  /** True when the range is marked under the current density (keyboard stepping). */
  shows(range: AbstractRange): boolean {
    const e = this.entries.get(range);
    return !!e && this.filter.isShown(e);
  }

  add(group: HighlightGroup, range: AbstractRange, term: string): void {
    const old = this.entries.get(range);
    if (old) this.delete(old.group, range);
    const e: Entry = { group, range, term };
    this.entries.set(range, e);
    this.apply(this.filter.add(e));
  }

  delete(_group: HighlightGroup, range: AbstractRange): void {
    const e = this.entries.get(range);
    if (!e) return;
    this.entries.delete(range);
    this.apply(this.filter.remove(e));
  }

  clear(): void {
    this.entries.clear();
    this.filter.clear();
    this.hl.clear();
  }

  /** Another density setting: the highlighter gets the difference (flush it after). */
  setDensity(density: Density): void {
    if (density !== this.filter.density) this.apply(this.filter.setMode(density));
  }

  private apply(change: { show: Entry[]; hide: Entry[] }): void {
    for (const e of change.hide) this.hl.delete(e.group, e.range);
    for (const e of change.show) this.hl.add(e.group, e.range);
  }
}
