/**
 * Draws matches with the CSS Custom Highlight API: one Highlight per group (core, common),
 * registered as `vdl-<group>-<style>` so the content script's stylesheet styles it; changing the
 * style re-registers the same objects under other names. No page node is touched. Without the
 * API (old browsers) every call is a no-op and hover lookup still works.
 *
 * Why changes are buffered: Chromium rebuilds the markers of every range of every registered
 * highlight on the next frame after any change to one of them (or to the DOM), so adding ranges
 * one by one to a registered highlight during a scan repaints the whole set on every frame.
 * `add`/`delete` only record the change; `flush()` (end of a scan pass, and about once a second
 * during long passes) applies them at once.
 *
 * Why very busy pages are windowed: that rebuild costs about 2 µs per range (Chromium 156, this
 * machine: 50,000 ranges registered give a ~100 ms frame, and so does every later DOM change of
 * the page). Past `WINDOW_ABOVE` ranges, only those whose element is near the viewport are
 * registered (an IntersectionObserver follows scrolling); the match store still holds every
 * match, so hover lookup and the term report are unaffected. A page's first pass predicts its
 * count from its density so far (`predicted`), so a page past the threshold is windowed early in
 * its scan, and `settle()` draws everything again when the prediction was wrong.
 */
import { HIGHLIGHT_GROUPS, highlightName, type HighlightGroup } from '../../utils/highlight-plan';
import { toneName, type PageTone } from '../../utils/highlight-contrast';
import type { HighlightStyle } from '../../utils/settings-sanitize';
import type { RangeStart } from './block-of';
import type { DomRefs } from './dom-refs';
import { isNear, nearObserver, observerClass } from './near-viewport';
import { PageTones } from './page-tone';

/**
 * What the highlighter draws: a range, made when first read (only when drawn: a windowed page
 * draws a few of its thousands of matches), and where it starts, known without it.
 */
export interface Mark extends RangeStart {
  readonly range: AbstractRange;
  /** The block its text flows in, when known (else found from `startContainer`). */
  readonly block?: Element | null;
}

/** One Highlight object per group and background tone (see page-tone.ts). */
const TONES: readonly PageTone[] = ['light', 'dark'];
type Slot = `${HighlightGroup}:${PageTone}`;

/** Ranges beyond which only those near the viewport are registered. */
export const WINDOW_ABOVE = 1500;
/** Back to registering everything below this (hysteresis). */
const UNWINDOW_BELOW = 1000;
/** During a long scan pass, buffered changes are applied at most this often… */
export const FLUSH_EVERY_MS = 3000;
/** …or once this many changes wait (bounds a flush's own work and the ranges it adds at once). */
export const FLUSH_BATCH = 2000;

export class Highlighter {
  private readonly groups = new Map<Slot, Highlight>();
  private readonly tones: PageTones;
  /** Counts retone() calls: a flush's tones read before one are read again. */
  private toneEpoch = 0;
  private style: HighlightStyle = 'underline';
  private registered: string[] = [];
  /** Every mark that should be drawn, and its group. */
  private readonly want = new Map<Mark, HighlightGroup>();
  /** What the Highlight objects hold now (group and tone). */
  private readonly drawn = new Map<Mark, Slot>();
  /** Marks added, moved or deleted since the last flush. */
  private dirty = new Set<Mark>();
  /** The browser has IntersectionObserver: busy pages can be windowed. */
  private readonly canWindow: boolean;
  /** Windowed mode: the observer, each range's element, elements' ranges, elements near view. */
  private io: IntersectionObserver | null = null;
  private readonly elOf = new Map<Mark, Element>();
  private readonly rangesOf = new Map<Element, Set<Mark>>();
  private readonly near = new Set<Element>();

  constructor(private readonly refs: DomRefs) {
    this.tones = new PageTones(refs);
    this.canWindow = observerClass(refs) !== undefined;
    const Ctor = refs.Highlight;
    if (!Ctor || !refs.highlights) return;
    try {
      // Pages without a background of their own follow the OS theme: their tone may flip.
      refs.win
        .matchMedia('(prefers-color-scheme: dark)')
        .addEventListener('change', () => this.retone());
    } catch {
      // No matchMedia: tones stay as found.
    }
    for (const g of HIGHLIGHT_GROUPS) {
      for (const t of TONES) {
        const hl = new Ctor();
        // Core above common where they would overlap.
        hl.priority = g === 'core' ? 2 : 1;
        this.groups.set(`${g}:${t}`, hl);
      }
    }
  }

  get supported(): boolean {
    return this.groups.size > 0;
  }

  /** Changes waiting for `flush()`. */
  get pending(): number {
    return this.dirty.size;
  }

  /** Ranges registered now (windowed pages: fewer than the matches). */
  get drawnCount(): number {
    return this.drawn.size;
  }

  /**
   * True when only the ranges near the viewport are registered, or will be from the next flush
   * (more than WINDOW_ABOVE marks wanted, or predicted): what is far from it is not drawn anyway.
   */
  get windowed(): boolean {
    return this.io !== null || (this.wantedTotal() > WINDOW_ABOVE && this.canWindow);
  }

  /** Called when the highlighter goes back to registering every range (see `windowed`). */
  onUnwindow: (() => void) | null = null;
  /**
   * Matches kept unmade by the scanner (far-answers.ts) that will be wanted once made (marked
   * terms, every occurrence drawn): counted as wanted.
   */
  keptCount: () => number = () => 0;
  /**
   * The scanner's estimate, during a page's first pass, of the marks it will want in all
   * (page-scanner.ts: `predict`). A page that will be windowed anyway is windowed from early in
   * its scan, so its far marks are never made before windowing starts (the long article made
   * 1,500 of them: ~18 ms of its scan); `settle()` checks the prediction at the pass's end.
   */
  predicted = 0;
  /** Windowing was started on the prediction alone (see `settle`). */
  private onPrediction = false;

  private wantedTotal(): number {
    return Math.max(this.want.size + this.keptCount(), this.predicted);
  }

  /**
   * The first pass ended: the prediction is dropped, and windowing it started stops when the
   * page wants no more than WINDOW_ABOVE marks after all (every range drawn, as without it).
   */
  settle(): void {
    const predicted = this.predicted;
    const started = this.onPrediction;
    this.predicted = 0;
    this.onPrediction = false;
    if (this.want.size + this.keptCount() > WINDOW_ABOVE) return;
    if (this.io) {
      if (started) this.stopWindow();
    } else if (predicted > WINDOW_ABOVE) {
      // Predicted, not started yet (no flush since): the answers kept on it are made now.
      this.onUnwindow?.();
    }
  }

  add(group: HighlightGroup, mark: Mark): void {
    if (!this.supported) return;
    // No range, no tone yet: both are made when the mark is drawn (flush), so the marks a
    // windowed page never draws cost neither.
    this.want.set(mark, group);
    this.dirty.add(mark);
  }

  delete(group: HighlightGroup, mark: Mark): void {
    if (!this.supported) return;
    if (this.want.get(mark) === group) this.want.delete(mark);
    this.dirty.add(mark);
  }

  private lastFlush = -Infinity;
  /** The changes of a flush begun in an earlier slice and not finished (see `flushIfDue`). */
  private flushing: Iterator<void> | null = null;

  /**
   * The one flush policy (issue 17): callers say where they are, the highlighter decides. At the
   * end of a pass (or of a settings change) everything is applied; during a long pass, about
   * every FLUSH_EVERY_MS or FLUSH_BATCH changes. With `until` (a `refs.now()` time, the end of
   * the caller's time slice) a flush stops there, or does not start when it has passed, and goes
   * on at the next call; the pass's tone reads happen here, so a big flush spans slices instead
   * of making one long one. True when nothing is left to apply.
   */
  flushIfDue(now: number, passEnded: boolean, until = Infinity): boolean {
    if (!this.flushing) {
      const waiting = this.dirty.size;
      if (!waiting) return true;
      if (!(passEnded || waiting >= FLUSH_BATCH || now - this.lastFlush >= FLUSH_EVERY_MS)) {
        return false;
      }
      this.lastFlush = now;
      this.beginFlush();
    }
    return this.flushSome(until) && (!passEnded || this.flushIfDue(now, true, until));
  }

  /** Takes the buffered changes for applying (one repaint for all of them). */
  private beginFlush(): void {
    const dirty = this.dirty;
    this.dirty = new Set();
    let window = false;
    const total = this.wantedTotal();
    if (!this.io && total > WINDOW_ABOVE && this.canWindow) {
      window = this.startWindow();
      this.onPrediction = window && this.want.size + this.keptCount() <= WINDOW_ABOVE;
    } else if (this.io && total < UNWINDOW_BELOW) {
      this.stopWindow();
    }
    this.flushing = this.flushSteps(dirty, window);
  }

  /**
   * The flush, one mark per step (see `flushSome`). Style reads first (elements, tones), then
   * the writes: reading a style after a Highlight changed can make the browser recompute the
   * page's style on the spot, once per read.
   */
  private *flushSteps(dirty: Set<Mark>, window: boolean): Generator<void> {
    // Windowing starts: marks drawn now stay until the observer's first report says where
    // their elements are.
    if (window) {
      for (const m of this.want.keys()) {
        this.track(m, true);
        yield;
      }
    }
    const todo = [...dirty];
    // Each tone read once: finding a mark's block is a few calls from the content script's world.
    const tones = new Map<Mark, PageTone>();
    const toneEpoch = this.toneEpoch;
    for (const m of todo) {
      const g = this.want.get(m);
      if (this.io) this.track(m, g !== undefined);
      if (g !== undefined && this.shown(m)) tones.set(m, this.tones.toneOf(m));
      yield;
    }
    for (const m of todo) {
      // A mark changed again since: its latest state is applied by the next flush.
      if (this.dirty.has(m)) continue;
      const g = this.want.get(m);
      // Read again after a retone() since.
      const tone = toneEpoch === this.toneEpoch ? tones.get(m) : undefined;
      this.draw(m, g !== undefined && this.shown(m) ? g : undefined, tone);
      yield;
    }
  }

  /** Whether a wanted mark is drawn now (windowed pages: its element is near the viewport). */
  private shown(m: Mark): boolean {
    if (!this.io) return true;
    const el = this.elOf.get(m);
    return el !== undefined && this.near.has(el);
  }

  /** Goes on with the flush until `until` (checked every few ranges); true when it is done. */
  private flushSome(until: number): boolean {
    const it = this.flushing;
    if (!it) return true;
    const timed = until !== Infinity;
    for (let k = 0; ; k++) {
      if (timed && (k & 31) === 0 && this.refs.now() >= until) return false;
      if (it.next().done) {
        this.flushing = null;
        return true;
      }
    }
  }

  /** Registers the groups under the names of `style` (none: unregistered, ranges kept). */
  show(style: HighlightStyle): void {
    this.style = style;
    this.hide();
    const reg = this.refs.highlights;
    if (!reg) return;
    for (const [slot, hl] of this.groups) {
      const [g, t] = slot.split(':') as [HighlightGroup, PageTone];
      const base = highlightName(g, this.style);
      if (!base) continue;
      const name = toneName(base, t);
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
    this.flushing = null;
    this.predicted = 0;
    this.onPrediction = false;
    this.stopWindow();
    this.want.clear();
    this.drawn.clear();
    this.dirty.clear();
    this.flushing = null;
    for (const hl of this.groups.values()) hl.clear();
  }

  /**
   * Puts every drawn range again under the tone of its background (the OS theme or the page's
   * colours changed).
   */
  retone(): void {
    this.toneEpoch++;
    this.tones.reset();
    for (const [m, slot] of [...this.drawn]) {
      this.draw(m, undefined);
      this.draw(m, slot.split(':')[0] as HighlightGroup);
    }
  }

  /** `tone`: the mark's, when already read. */
  private draw(m: Mark, g: HighlightGroup | undefined, tone?: PageTone): void {
    const had = this.drawn.get(m);
    if (had === undefined && g === undefined) return;
    if (had !== undefined && g !== undefined && had.startsWith(`${g}:`)) return;
    if (had) this.groups.get(had)?.delete(m.range);
    if (g) {
      const slot: Slot = `${g}:${tone ?? this.tones.toneOf(m)}`;
      this.groups.get(slot)?.add(m.range);
      this.drawn.set(m, slot);
    } else {
      this.drawn.delete(m);
    }
  }

  /* ---- Windowed mode ---- */

  /** Starts following where ranges are; the caller tracks the ranges wanted (true: started). */
  private startWindow(): boolean {
    this.io = nearObserver(this.refs, (entries) => this.onIntersect(entries));
    return this.io !== null;
  }

  private stopWindow(): void {
    if (!this.io) return;
    this.io.disconnect();
    this.io = null;
    this.elOf.clear();
    this.rangesOf.clear();
    this.near.clear();
    for (const [m, g] of this.want) this.draw(m, g);
    this.onUnwindow?.();
  }

  /** Follows (or forgets) the element a mark sits in. */
  private track(m: Mark, on: boolean): void {
    const io = this.io;
    if (!io) return;
    const known = this.elOf.get(m);
    if (!on) {
      if (!known) return;
      this.elOf.delete(m);
      const set = this.rangesOf.get(known);
      set?.delete(m);
      if (set && !set.size) {
        this.rangesOf.delete(known);
        this.near.delete(known);
        io.unobserve(known);
      }
      return;
    }
    if (known) return;
    const el = (m.startContainer as Node).parentElement;
    if (!el) return;
    this.elOf.set(m, el);
    const set = this.rangesOf.get(el);
    if (set) {
      set.add(m);
    } else {
      this.rangesOf.set(el, new Set([m]));
      io.observe(el);
    }
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    try {
      for (const e of entries) {
        const el = e.target;
        const set = this.rangesOf.get(el);
        if (!set) continue;
        const near = isNear(e);
        if (near) this.near.add(el);
        else this.near.delete(el);
        for (const m of set) this.draw(m, near ? this.want.get(m) : undefined);
      }
    } catch {
      // Never into the page.
    }
  }
}
