/**
 * Sits between the match store and the highlighter: passes on only the occurrences the density
 * setting marks (utils/density.ts), in document order. The store keeps every match (hover,
 * badge); this only decides which ranges are drawn.
 */
import { DensityFilter } from '../../utils/density';
import type { Density } from '../../utils/settings-sanitize';
import type { HighlightGroup } from '../../utils/highlight-plan';
import { blockOf, compareStarts } from './block-of';
import type { Highlighter, Mark } from './highlighter';

/** What the match store draws into (the highlighter, or this gate in front of it). */
export interface HighlightSink {
  add(group: HighlightGroup, mark: Mark, term: string): void;
  delete(group: HighlightGroup, mark: Mark, term: string): void;
  clear(): void;
}

interface Entry {
  group: HighlightGroup;
  mark: Mark;
  term: string;
}

export class DensityGate implements HighlightSink {
  private readonly entries = new Map<Mark, Entry>();
  private readonly filter: DensityFilter<Entry>;
  /** Bumped whenever what `shows` answers may have changed (the term navigator's cache). */
  version = 0;

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
      compare: (a, b) => compareStarts(a.mark, b.mark),
      termOf: (e) => e.term,
      blockOf: (e) => {
        const node = e.mark.startContainer;
        if (node !== lastNode) {
          if (!lastNode) queueMicrotask(forget);
          lastBlock = blockOf(node);
          lastNode = node;
        }
        return lastBlock;
      },
    });
  }

  /** True when the mark is drawn under the current density (keyboard stepping). */
  shows(mark: Mark): boolean {
    const e = this.entries.get(mark);
    return !!e && this.filter.isShown(e);
  }

  add(group: HighlightGroup, mark: Mark, term: string): void {
    const old = this.entries.get(mark);
    if (old) this.delete(old.group, mark);
    const e: Entry = { group, mark, term };
    this.entries.set(mark, e);
    this.apply(this.filter.add(e));
  }

  delete(_group: HighlightGroup, mark: Mark): void {
    const e = this.entries.get(mark);
    if (!e) return;
    this.entries.delete(mark);
    this.apply(this.filter.remove(e));
  }

  clear(): void {
    this.version++;
    this.entries.clear();
    this.filter.clear();
    this.hl.clear();
  }

  /** Another density setting: the highlighter gets the difference (flush it after). */
  setDensity(density: Density): void {
    if (density !== this.filter.density) this.apply(this.filter.setMode(density));
  }

  private apply(change: { show: Entry[]; hide: Entry[] }): void {
    this.version++;
    for (const e of change.hide) this.hl.delete(e.group, e.mark);
    for (const e of change.show) this.hl.add(e.group, e.mark);
  }
}
