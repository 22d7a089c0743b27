/**
 * Wires the page lookup together: settings (live), the time-sliced scanner, the match store and
 * its highlights, mutation following, term reports, and the hover card's logic on demand.
 */
import { topFrameHost } from '../../utils/frame-host';
import { sameGrouping } from '../../utils/highlight-plan';
import { INLINE_TAGS } from '../../utils/scan-rules';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  sanitizeSettings,
  type Settings,
} from '../../utils/settings-sanitize';
import { cardOnDemand } from './card/card-on-demand';
import { benchRequested, reportScanTiming } from './bench-timing';
import type { DomRefs } from './dom-refs';
import { loadSettings, watchSettings } from './live-settings';
import { createPageMatcher } from './page-matcher';
import type { ScanStats } from './page-scanner';
import type { MarkCore, ScanCore, WalkCore } from './scan-core-api';
import type { FirstStageHandOver } from './second-stage-api';
import { TermReporter } from './term-reporter';

/** A pointer move this recent, before the first scan ended, is answered by it (see below). */
const RECENT_POINTER_MS = 3000;

/**
 * The second stage's start (issue 12): the first stage found a candidate after the page's first
 * paint and hands over its context, the DOM references it captured at document_start and the
 * early window listeners the hover card subscribes to. The scanner, store and mutation watcher
 * come from /card-walk.js, the scanner from /card-scan.js, the highlighter from /card-marks.js,
 * injected just before (scan-core-api.ts).
 */
export function startLookup(
  { ctx, refs, events, why = {}, settings: handed }: FirstStageHandOver,
  { walk, scan, marks }: { walk: WalkCore; scan: ScanCore; marks: MarkCore },
): void {
  const { MatchStore, MutationWatcher } = walk;
  const { PageScanner } = scan;
  const { Highlighter, DensityGate } = marks;
  let settings: Settings = DEFAULT_SETTINGS;
  let on = false;
  const host = frameHost(refs);
  let bench: boolean | null = null;
  const matcher = createPageMatcher();
  const highlighter = new Highlighter(refs);
  // Density (issue 13): only the occurrences it marks reach the highlighter.
  const gate = new DensityGate(highlighter, settings.density);
  const store = new MatchStore(gate, matcher.salienceOf, settings);
  const shadowRoots = new Set<ShadowRoot>();
  const reporter = new TermReporter(refs, () => store.counts);
  let passes = 0;
  let announced = false;

  const scanner = new PageScanner(
    refs,
    matcher,
    store,
    highlighter,
    {
      allowed: () => on && refs.doc.designMode !== 'on',
      drawsEvery: (term) => settings.density === 'all' && store.marks(term),
      onShadowRoot(sr) {
        if (shadowRoots.has(sr)) return;
        shadowRoots.add(sr);
        watcher.observe(sr);
        scanner.enqueue(sr, 'deep');
      },
      onIdle(stats: ScanStats) {
        watcher.recordScan(stats.totalMs);
        // Bench build only (VDL_BENCH=1): the shipped build has no timing hook at all.
        if (import.meta.env.VDL_BENCH) {
          bench ??= benchRequested(refs);
          if (bench) reportScanTiming(refs, passes === 0 ? 'vdl-scan' : 'vdl-rescan', stats);
        }
        reporter.schedule();
        if (passes++ === 0) answerEarlyRequests();
        if (!announced && store.counts.size) {
          // The card layer's cue: prefetch the data of the page's first terms (issue 17). Marked
          // (core) terms first: they are what a reader hovers; common ones are only recognised.
          announced = true;
          const terms = [...store.counts.keys()];
          const marked = (t: string) => matcher.salienceOf(t) === 'core';
          cards.prefetch([...terms.filter(marked), ...terms.filter((t) => !marked(t))]);
        }
      },
    },
    walk,
  );

  const watcher = new MutationWatcher(refs, {
    textChanged(node) {
      store.dropNode(node);
    },
    apply({ full, jobs, removed }) {
      if (!on) return;
      if (removed) scanner.requestPrune();
      if (full) scanner.enqueue(pageRoot(refs), 'deep');
      else for (const j of jobs) scanner.enqueue(j.root, j.mode);
    },
  });

  // The card's logic (/card-hover.js: hit testing, keyboard stepping, the hover card) is
  // started now when it came with this stage (a reader already asking for a card), else loaded
  // at the reader's first activity (card-on-demand.ts). Without it (an injection that failed),
  // the page keeps its highlights.
  const cards = cardOnDemand(ctx, refs, events, {
    active: () => on,
    start: (hover) =>
      hover.start(ctx, events, {
        refs,
        store: () => (on ? store : null),
        shadowRoots: () => [...shadowRoots].filter((sr) => sr.isConnected),
        gate,
        settings: () => settings,
      }),
  });

  /**
   * Loaded for a page with common words only because the reader asked (first-stage/lazy-lookup.ts):
   * once the page is scanned, the card answers the pointer resting on a word, a tap, or the command.
   * Loaded for a core term: a pointer that came to rest before the scan made its word hoverable
   * (the page just painted, or the term just appeared under it) is answered too, if it moved
   * recently (an older rest is not a request).
   */
  function answerEarlyRequests(): void {
    events.replayPointer(why.pointer ? Infinity : RECENT_POINTER_MS);
    if (why.tap) cards.card?.openAt(why.tap.x, why.tap.y);
    if (why.command) cards.card?.openForSelection();
  }

  function enable(): void {
    if (on) return;
    on = true;
    cards.enabled();
    highlighter.show(settings.highlightStyle);
    // The first stage started us after the page's first paint: scan now, visible block first.
    watcher.observe(refs.doc);
    const root = pageRoot(refs);
    const first = visibleBlock(refs, root);
    if (first) scanner.enqueue(first, 'deep', null, true);
    scanner.enqueue(root, 'deep', first, true);
  }

  function disable(): void {
    if (!on) return;
    on = false;
    scanner.cancel();
    scanner.resetContext();
    watcher.disconnect();
    shadowRoots.clear();
    highlighter.hide();
    store.clear();
    reporter.schedule();
  }

  function apply(next: Settings): void {
    const prev = settings;
    settings = next;
    const want = isSiteEnabled(next, host);
    if (!want) return disable();
    if (!sameGrouping(prev, next)) {
      store.regroup(next);
      highlighter.flushIfDue(refs.now(), true);
    }
    if (prev.density !== next.density) {
      gate.setDensity(next.density);
      highlighter.flushIfDue(refs.now(), true);
    }
    if (!on) return enable();
    if (prev.highlightStyle !== next.highlightStyle) highlighter.show(next.highlightStyle);
  }

  const guard =
    <A extends unknown[]>(fn: (...a: A) => void) =>
    (...a: A) => {
      try {
        fn(...a);
      } catch (err) {
        console.debug('[vdl]', err);
      }
    };

  const begin = guard((s: Settings) => {
    if (ctx.isInvalid) return;
    const unwatch = watchSettings(guard(apply));
    ctx.onInvalidated(unwatch);
    apply(s);
  });
  // The background sends the settings with the injection (no storage read on the page's thread);
  // a copy already registered in this frame and started without them reads them itself.
  if (handed !== undefined) begin(sanitizeSettings(handed));
  else void loadSettings().then(begin);

  // SPA navigation: the background forgets the page's terms; the DOM swap itself is followed by
  // the mutation observer. Report afresh once the new content is scanned.
  ctx.onLocationChange(
    guard(() => {
      if (!on) return;
      scanner.requestPrune();
      reporter.schedule(true);
    }),
  );

  ctx.onInvalidated(
    guard(() => {
      disable();
      reporter.stop();
    }),
  );
}

function pageRoot(refs: DomRefs): Node {
  return refs.doc.body ?? refs.doc.documentElement;
}

/** The block around the middle of the viewport, scanned first so what the reader sees is marked first. */
function visibleBlock(refs: DomRefs, root: Node): Element | null {
  try {
    const { innerWidth: w, innerHeight: h } = refs.win;
    let el = refs.doc.elementFromPoint(w / 2, h / 3);
    while (el && INLINE_TAGS.has(el.localName)) el = el.parentElement;
    for (let i = 0; el && i < 2 && el.parentElement && el.parentElement !== root; i++) {
      el = el.parentElement;
    }
    return el && el !== root && root.contains(el) ? el : null;
  } catch {
    return null;
  }
}

function frameHost(refs: DomRefs): string {
  const { win } = refs;
  const loc = win.location;
  let isTop: boolean;
  let topHostname: string | undefined;
  try {
    isTop = win.top === win;
  } catch {
    isTop = false;
  }
  if (!isTop) {
    try {
      topHostname = win.top?.location.hostname || undefined;
    } catch {
      topHostname = undefined;
    }
  }
  let ancestors: string[] | undefined;
  try {
    ancestors = loc.ancestorOrigins ? Array.from(loc.ancestorOrigins) : undefined;
  } catch {
    ancestors = undefined;
  }
  return topFrameHost({
    hostname: loc.hostname,
    isTop,
    topHostname,
    ancestorOrigins: ancestors,
    referrer: refs.doc.referrer,
  });
}
