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
 * match, so hover lookup and the term report are unaffected.
 */
import { HIGHLIGHT_GROUPS, highlightName, type HighlightGroup } from '../../utils/highlight-plan';
import { toneName, type PageTone } from '../../utils/highlight-contrast';
import type { HighlightStyle } from '../../utils/settings-sanitize';
import type { DomRefs } from './dom-refs';
import { PageTones } from './page-tone';

/** One Highlight object per group and background tone (see page-tone.ts). */
const TONES: readonly PageTone[] = ['light', 'dark'];
type Slot = `${HighlightGroup}:${PageTone}`;

/** Ranges beyond which only those near the viewport are registered. */
export const WINDOW_ABOVE = 1500;
/** Back to registering everything below this (hysteresis). */
const UNWINDOW_BELOW = 1000;
/** How far around the viewport ranges stay registered (one screen above and below). */
const NEAR_MARGIN = '100% 50%';
/** During a long scan pass, buffered changes are applied at most this often… */
export const FLUSH_EVERY_MS = 3000;
/** …or once this many changes wait (bounds a flush's own work and the ranges it adds at once). */
export const FLUSH_BATCH = 2000;

export class Highlighter {
  private readonly groups = new Map<Slot, Highlight>();
  private readonly tones: PageTones;
  private style: HighlightStyle = 'underline';
  private registered: string[] = [];
  /** Every range that should be drawn, and its group. */
  private readonly want = new Map<AbstractRange, HighlightGroup>();
  /** What the Highlight objects hold now (group and tone). */
  private readonly drawn = new Map<AbstractRange, Slot>();
  /** Ranges added, moved or deleted since the last flush. */
  private dirty = new Set<AbstractRange>();
  private readonly IO: typeof IntersectionObserver | undefined;
  /** Windowed mode: the observer, each range's element, elements' ranges, elements near view. */
  private io: IntersectionObserver | null = null;
  private readonly elOf = new Map<AbstractRange, Element>();
  private readonly rangesOf = new Map<Element, Set<AbstractRange>>();
  private readonly near = new Set<Element>();

  constructor(private readonly refs: DomRefs) {
    this.tones = new PageTones(refs);
    const IO = (refs.win as { IntersectionObserver?: typeof IntersectionObserver })
      .IntersectionObserver;
    this.IO = typeof IO === 'function' ? IO : undefined;
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

  add(group: HighlightGroup, range: AbstractRange): void {
    if (!this.supported) return;
    // No tone yet: it is read when the range is drawn (flush), so the ranges a windowed page
    // never draws cost no style read.
    this.want.set(range, group);
    this.dirty.add(range);
  }

  delete(group: HighlightGroup, range: AbstractRange): void {
    if (!this.supported) return;
    if (this.want.get(range) === group) this.want.delete(range);
    this.dirty.add(range);
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
    if (!this.io && this.want.size > WINDOW_ABOVE && this.IO) window = this.startWindow();
    else if (this.io && this.want.size < UNWINDOW_BELOW) this.stopWindow();
    this.flushing = this.flushSteps(dirty, window);
  }

  /** The flush, one range per step (see `flushSome`). */
  private *flushSteps(dirty: Set<AbstractRange>, window: boolean): Generator<void> {
    // Windowing starts: ranges drawn now stay until the observer's first report says where
    // their elements are.
    if (window) {
      for (const r of this.want.keys()) {
        this.track(r, true);
        yield;
      }
    }
    for (const r of dirty) {
      // A range changed again since: its latest state is applied by the next flush.
      if (this.dirty.has(r)) continue;
      const g = this.want.get(r);
      if (this.io) {
        this.track(r, g !== undefined);
        const el = this.elOf.get(r);
        this.draw(r, g !== undefined && el !== undefined && this.near.has(el) ? g : undefined);
      } else {
        this.draw(r, g);
      }
      yield;
    }
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
    this.tones.reset();
    for (const [r, slot] of [...this.drawn]) {
      this.draw(r, undefined);
      this.draw(r, slot.split(':')[0] as HighlightGroup);
    }
  }

  private draw(r: AbstractRange, g: HighlightGroup | undefined): void {
    const had = this.drawn.get(r);
    if (had === undefined && g === undefined) return;
    if (had !== undefined && g !== undefined && had.startsWith(`${g}:`)) return;
    if (had) this.groups.get(had)?.delete(r);
    if (g) {
      const slot: Slot = `${g}:${this.tones.toneOf(r)}`;
      this.groups.get(slot)?.add(r);
      this.drawn.set(r, slot);
    } else {
      this.drawn.delete(r);
    }
  }

  /* ---- Windowed mode ---- */

  /** Starts following where ranges are; the caller tracks the ranges wanted (true: started). */
  private startWindow(): boolean {
    const IO = this.IO;
    if (!IO) return false;
    try {
      this.io = new IO((entries) => this.onIntersect(entries), { rootMargin: NEAR_MARGIN });
    } catch {
      return false;
    }
    return true;
  }

  private stopWindow(): void {
    if (!this.io) return;
    this.io.disconnect();
    this.io = null;
    this.elOf.clear();
    this.rangesOf.clear();
    this.near.clear();
    for (const [r, g] of this.want) this.draw(r, g);
  }

  /** Follows (or forgets) the element a range sits in. */
  private track(r: AbstractRange, on: boolean): void {
    const io = this.io;
    if (!io) return;
    const known = this.elOf.get(r);
    if (!on) {
      if (!known) return;
      this.elOf.delete(r);
      const set = this.rangesOf.get(known);
      set?.delete(r);
      if (set && !set.size) {
        this.rangesOf.delete(known);
        this.near.delete(known);
        io.unobserve(known);
      }
      return;
    }
    if (known) return;
    const el = (r.startContainer as Node).parentElement;
    if (!el) return;
    this.elOf.set(r, el);
    const set = this.rangesOf.get(el);
    if (set) {
      set.add(r);
    } else {
      this.rangesOf.set(el, new Set([r]));
      io.observe(el);
    }
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    try {
      for (const e of entries) {
        const el = e.target;
        const set = this.rangesOf.get(el);
        if (!set) continue;
        const isNear = e.isIntersecting;
        if (isNear) this.near.add(el);
        else this.near.delete(el);
        for (const r of set) this.draw(r, isNear ? this.want.get(r) : undefined);
      }
    } catch {
      // Never into the page.
    }
  }
}
