/**
 * Keyboard access to the page's terms (issue 13): the first marked term in view (the show-card
 * shortcut with nothing selected) and the next or previous one from the card. Steps through the
 * occurrences drawn on the page (after the density filter); when nothing is drawn (style or
 * scope "none"), through every detected occurrence. Pure parts in utils/term-stepping.ts.
 */
import { firstInView, locate, stepIndex, type StepDirection } from '../../utils/term-stepping';
import { compareStarts as compareRanges } from './block-of';
import type { TermHit } from './lookup-types';
import type { DensityGate } from './density-gate';
import type { DomRefs } from './dom-refs';
import { matchAlive, type MatchStore, type PageMatch } from './match-store';

export interface StepResult {
  /** The term stepped to, or null at the first / last term. */
  hit: TermHit | null;
  /** What to announce (the card's status line is an aria-live region). */
  announce: string;
}

/** The sorted list and what it was made from (see `list`). */
interface Listed {
  store: MatchStore;
  version: number;
  gate: number;
  list: PageMatch[];
}

export class TermNavigator {
  private listed: Listed | null = null;

  constructor(
    private readonly refs: DomRefs,
    private readonly store: () => MatchStore | null,
    private readonly gate: DensityGate,
  ) {}

  /**
   * The page's steppable matches, in document order. Kept until the store or the density gate
   * changes: sorting thousands of ranges by document order takes tens of milliseconds, and a
   * reader stepping with N / P on a long decision would pay it at every key.
   */
  private list(): PageMatch[] {
    const store = this.store();
    if (!store) return [];
    const all = store.everything();
    const l = this.listed;
    if (l && l.store === store && l.version === store.version && l.gate === this.gate.version) {
      return l.list;
    }
    const live = [...all].filter((m) => !m.pending && matchAlive(m));
    const drawn = live.filter((m) => m.group && this.gate.shows(m));
    const list = (drawn.length ? drawn : live).sort((a, b) => compareRanges(a.range, b.range));
    this.listed = { store, version: store.version, gate: this.gate.version, list };
    return list;
  }

  firstTermInView(): TermHit | null {
    const list = this.list();
    const { innerWidth: width, innerHeight: height } = this.refs.win;
    // Text may have left the page since the list was made (the store hears of it a moment later).
    const rangeOf = (m: PageMatch) => (matchAlive(m) ? this.liveRange(m) : null);
    const i = firstInView(list, (m) => rangeOf(m)?.getBoundingClientRect() ?? null, {
      width,
      height,
    });
    const m = list[i];
    const r = m && rangeOf(m);
    return m && r ? { term: m.term, range: r } : null;
  }

  step(from: TermHit, dir: StepDirection): StepResult | null {
    for (let attempt = 0; attempt < 2; attempt++) {
      const list = this.list();
      if (!list.length) return null;
      const at = locate(list, from.range, (m, r) => compareRanges(m.range, r));
      const i = stepIndex(list.length, at, dir);
      if (i === null) {
        return { hit: null, announce: message(dir === 1 ? 'stepping_last' : 'stepping_first') };
      }
      const m = list[i]!;
      if (!matchAlive(m)) {
        // Its text left the page before the store heard of it: the list is made again.
        this.listed = null;
        continue;
      }
      const range = this.liveRange(m);
      if (!range) return null;
      const label = range.toString().trim().slice(0, 80);
      return {
        hit: { term: m.term, range },
        announce: message('stepping_position', [String(i + 1), String(list.length), label]),
      };
    }
    return null;
  }

  private liveRange(m: PageMatch): Range | null {
    try {
      const live = this.refs.doc.createRange();
      live.setStart(m.range.startContainer, m.range.startOffset);
      live.setEnd(m.range.endContainer, m.range.endOffset);
      return live;
    } catch {
      return null;
    }
  }
}

/** A localised message, straight from the extension's locales (no i18n library in the page). */
function message(key: string, subs?: string[]): string {
  try {
    return browser.i18n.getMessage(key as never, subs) || '';
  } catch {
    return '';
  }
}
