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
  const ctw = doc.createTreeWalker.bind(doc);
  const ric =
    typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback.bind(win) : null;
  const st = win.setTimeout.bind(win);
  const ct = win.clearTimeout.bind(win);
  // Read on first use, not at document_start: the first read of `performance` or `CSS` in a
  // frame creates its bindings (0.1–0.8 ms each in Chromium 156), and most frames never draw a
  // highlight; tiny frames never read the clock either (issue 12).
  let perfNow: (() => number) | undefined;
  const now = () => (perfNow ??= win.performance.now.bind(win.performance))();
  let hl: { Highlight?: typeof Highlight; highlights?: HighlightRegistry } | undefined;
  const highlightApi = () => {
    if (!hl) {
      const css = (win as { CSS?: typeof CSS }).CSS;
      const registry = css && 'highlights' in css ? css.highlights : undefined;
      const ctor = typeof win.Highlight === 'function' ? win.Highlight : undefined;
      hl = registry && ctor ? { Highlight: ctor, highlights: registry } : {};
    }
    return hl;
  };
  return {
    doc,
    win,
    now,
    createTreeWalker: (root, what) => ctw(root, what),
    get StaticRange() {
      return win.StaticRange;
    },
    get Highlight() {
      return highlightApi().Highlight;
    },
    get highlights() {
      return highlightApi().highlights;
    },
    MutationObserver: win.MutationObserver,
    requestIdle: ric
      ? (cb, timeout) => void ric(cb, { timeout })
      : (cb) =>
          void st(() => {
            const start = now();
            cb({ didTimeout: false, timeRemaining: () => Math.max(0, 12 - (now() - start)) });
          }, 1),
    setTimeout: (cb, ms) => st(cb, ms) as unknown as number,
    clearTimeout: (id) => ct(id),
    SHOW_ELEMENT: 0x1,
    SHOW_TEXT: 0x4,
  };
}
