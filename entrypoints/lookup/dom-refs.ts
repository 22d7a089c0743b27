/**
 * Browser APIs captured once at start-up, so a page that later replaces or breaks globals
 * (Range, CSS, MutationObserver, requestIdleCallback…) cannot break the scanner. Content scripts
 * already run in an isolated world in Chromium and behind Xray wrappers in Firefox; this also
 * covers pages that tamper before we start and engines without those protections.
 */

type IdleCb = (deadline: IdleDeadline) => void;

export interface DomRefs {
  doc: Document;
  win: Window & typeof globalThis;
  now: () => number;
  createTreeWalker: (root: Node, what: number) => TreeWalker;
  StaticRange: typeof StaticRange;
  Highlight: typeof Highlight | undefined;
  highlights: HighlightRegistry | undefined;
  MutationObserver: typeof MutationObserver;
  requestIdle: (cb: IdleCb, timeout: number) => void;
  setTimeout: (cb: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  SHOW_ELEMENT: number;
  SHOW_TEXT: number;
}

export function captureDomRefs(win: Window & typeof globalThis = window): DomRefs {
  const doc = win.document;
  const perf = win.performance;
  const perfNow = perf.now.bind(perf);
  const ctw = doc.createTreeWalker.bind(doc);
  const ric =
    typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback.bind(win) : null;
  const st = win.setTimeout.bind(win);
  const ct = win.clearTimeout.bind(win);
  const css = (win as { CSS?: typeof CSS }).CSS;
  const highlights = css && 'highlights' in css ? css.highlights : undefined;
  const HighlightCtor = typeof win.Highlight === 'function' ? win.Highlight : undefined;
  return {
    doc,
    win,
    now: perfNow,
    createTreeWalker: (root, what) => ctw(root, what),
    StaticRange: win.StaticRange,
    Highlight: highlights && HighlightCtor ? HighlightCtor : undefined,
    highlights: highlights && HighlightCtor ? highlights : undefined,
    MutationObserver: win.MutationObserver,
    requestIdle: ric
      ? (cb, timeout) => void ric(cb, { timeout })
      : (cb) =>
          void st(() => {
            const start = perfNow();
            cb({ didTimeout: false, timeRemaining: () => Math.max(0, 12 - (perfNow() - start)) });
          }, 1),
    setTimeout: (cb, ms) => st(cb, ms) as unknown as number,
    clearTimeout: (id) => ct(id),
    SHOW_ELEMENT: 0x1,
    SHOW_TEXT: 0x4,
  };
}
