/**
 * The first stage, run in every frame at document_start (issue 12). It costs a page close to
 * nothing: the hover card's early listeners (idle until needed), then, after the page's first
 * paint and in idle time, a cheap candidate probe of the text, judged by the background. Only
 * when a core candidate appears is the second stage (scanner, highlights: /card-walk.js,
 * /card-scan.js, /card-marks.js and /card-ui.js; the card's
 * logic: /card-hover.js) injected by the background, in the same round trip; common words only
 * (UE, NATO…, unmarked by default) wait for a reason (lazy-lookup.ts). No storage read before
 * either, no message before the first paint. Tiny and invisible frames wait until they are
 * resized; frames without a core candidate keep watching the text that arrives (a mutation
 * observer feeding the same probe).
 */
import type { FrameContext } from '../frame-context';
import { captureDomRefs, type DomRefs } from '../dom-refs';
import { registeredSecondStage, type SecondStage } from '../second-stage-api';
import { HOLDS_ALL, verdictOf, type Candidate } from '../../../utils/candidate-test';
import { probeText, type Judge, type Probe } from './candidate-probe';
import { createEventRelay } from './event-relay';
import { waitLazily, type LazyReason } from './lazy-lookup';
import { sendMessage } from '../../../utils/send-message';

/**
 * A subframe smaller than this (CSS px) is a banner, a tracker or a button: not scanned until it
 * grows (a 300×150 default frame, a 600×80 strip, an embedded post or video still are).
 */
const MIN_FRAME_WIDTH = 120;
const MIN_FRAME_HEIGHT = 40;
const MIN_FRAME_AREA = 30_000;
/** Mutations are probed in batches, at most this often. */
const MUTATION_DELAY_MS = 250;

export function startFirstStage(ctx: FrameContext): void {
  const refs = captureDomRefs();
  const events = createEventRelay(ctx);
  let probe: Probe | null = null;
  let observer: MutationObserver | null = null;
  let started = false;
  let stopLazy: (() => void) | null = null;
  /** The settings the background sent with a second stage it injected after a probe. */
  let injected: { settings?: unknown } | null = null;
  /** The extension is gone (a probe could not be sent and the context is invalid). */
  let orphaned = false;

  /**
   * What the frame's text probed so far holds (HOLDS_* bits): an ambiguous acronym (JIT, SIS…)
   * makes a core candidate only with a word that may confirm it, anywhere in the frame.
   */
  let seen = 0;

  /**
   * Asks the background for a text's verdict. `load`: the frame's own text, probed: judged with
   * what the frame held before, and a core candidate has the second stage injected in the same
   * round trip (kept in `injected`). Otherwise the words around a resting pointer, judged alone
   * (with the frame's common words, any text would be « common »).
   */
  const judge =
    (glued: boolean, load: boolean): Judge =>
    async (text) => {
      try {
        const res = await sendMessage({
          type: 'probeText',
          text,
          glued,
          load,
          ...(load ? { seen } : {}),
        });
        if (!res?.ok) throw new Error(res?.error ?? 'no answer');
        if (res.loaded) injected = { settings: res.settings };
        if (!load) return res.candidate;
        // The verdict on all the frame held, this text's reply included (the same as the
        // background's, unless two batches of mutations were judged at once, each without what
        // the other holds).
        if (Number.isInteger(res.seen)) seen |= res.seen & HOLDS_ALL;
        return verdictOf(seen);
      } catch (err) {
        // An orphaned first stage (its extension reloaded or removed) stops watching.
        if (ctx.isInvalid) {
          orphaned = true;
          observer?.disconnect();
        }
        throw err;
      }
    };

  const launch = (why: LazyReason = {}) => {
    if (started || ctx.isInvalid) return;
    started = true;
    probe?.cancel();
    observer?.disconnect();
    stopLazy?.();
    void loadSecondStage(why, injected).then(
      ({ stage, settings }) => {
        if (!ctx.isInvalid) stage.start({ ctx, refs, events, why, settings });
      },
      (err: unknown) => console.debug('[vdl] lookup unavailable', err),
    );
  };

  const found = (c: Candidate) => {
    if (c === 'core') return launch();
    if (c === 'common') stopLazy ??= waitLazily(ctx, refs, events, judge(false, false), launch);
    watchForText();
  };

  const watchForText = () => {
    if (observer || started || orphaned) return;
    // A Set: a ticker or clock rewriting one node many times per batch is probed once.
    let pending = new Set<Node>();
    let timer = 0;
    const flush = () => {
      timer = 0;
      const roots = [...pending];
      pending = new Set();
      if (started || !roots.length) return;
      probe = probeText(refs, roots, judge(true, true), (c) => c && found(c));
    };
    observer = new refs.MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') pending.add(r.target);
        else for (const n of r.addedNodes) pending.add(n);
      }
      if (!timer && pending.size) timer = refs.setTimeout(flush, MUTATION_DELAY_MS);
    });
    observer.observe(refs.doc, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer?.disconnect());
  };

  const probePage = () => {
    // Not `ctx.isInvalid`: its first read of `runtime.id` creates the runtime API's bindings
    // (0.4–0.8 ms a frame). An orphaned first stage (its extension reloaded) is stopped by
    // `launch`, the first step that needs the extension.
    if (started) return;
    if (tinyFrame(refs)) {
      // Shown or grown later (a collapsed panel, a lazy embed): probed then.
      ctx.addEventListener(window, 'resize', probePage, { once: true });
      return;
    }
    // The first read of `body` in this world makes its wrappers (1.2–1.6 ms measured on the
    // decisions): the probe's first slice counts it. Tiny frames never read the clock.
    const t0 = refs.now();
    const root = refs.doc.body ?? refs.doc.documentElement;
    probe = probeText(refs, [root], judge(true, true), found, t0);
  };

  afterFirstPaint(refs, probePage);
}

function tinyFrame(refs: DomRefs): boolean {
  const { win } = refs;
  try {
    if (win.top === win) return false;
  } catch {
    // cross-origin top: a subframe
  }
  const w = win.innerWidth;
  const h = win.innerHeight;
  return w < MIN_FRAME_WIDTH || h < MIN_FRAME_HEIGHT || w * h < MIN_FRAME_AREA;
}

/**
 * The second stage, and the settings the background sent with it (absent: it reads them).
 * `injected`: the background already injected it after a probe, with these settings.
 */
async function loadSecondStage(
  why: LazyReason,
  injected: { settings?: unknown } | null,
): Promise<{ stage: SecondStage; settings?: unknown }> {
  const now = registeredSecondStage();
  if (now) return { stage: now, settings: injected?.settings };
  // The background injects the second stage's four files (then /card-hover.js when a card is
  // asked for) into this frame's isolated world
  // (never web-accessible resources: pages can neither load nor detect them). A reader already
  // asking for a card (lazy-lookup.ts) gets the card's renderer in the same request.
  const card = !!(why.pointer || why.tap || why.command);
  const res = await sendMessage({ type: 'loadCardUi', part: card ? 'both' : 'second-stage' });
  const stage = registeredSecondStage();
  // The reply carries the settings: the second stage starts without reading storage itself.
  if (stage) return { stage, settings: res?.ok ? res.settings : undefined };
  throw new Error(res && !res.ok ? (res.error ?? 'failed') : 'the second stage did not register');
}

/**
 * Calls `cb` once the document is parsed, its first frame is out and the main thread has idle
 * time (about when document_idle scripts run): the page's own load-time layout and paint never
 * wait for us.
 */
function afterFirstPaint(refs: DomRefs, cb: () => void): void {
  const { doc, win } = refs;
  let fired = false;
  const run = () => {
    if (fired) return;
    fired = true;
    try {
      cb();
    } catch (err) {
      console.debug('[vdl]', err);
    }
  };
  const afterFrame = () => {
    doc.removeEventListener('DOMContentLoaded', afterFrame);
    // Hidden tabs get no animation frames: the timer stands in.
    refs.setTimeout(run, 1500);
    try {
      win.requestAnimationFrame(() => refs.requestIdle(run, 1000));
    } catch {
      // the timer runs it
    }
  };
  if (doc.readyState !== 'loading') afterFrame();
  else doc.addEventListener('DOMContentLoaded', afterFrame);
}
