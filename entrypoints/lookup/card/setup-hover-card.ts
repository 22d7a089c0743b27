/**
 * Hover card wiring (issue 4): hover intent, keyboard opening, the card UI in a shadow root.
 * `startCard` (start-card.ts) calls `setupHoverCard` with its hit-testing functions.
 *
 * This module is part of /card-hover.js, injected at the reader's first activity in a frame
 * whose terms are marked (card-on-demand.ts; contract: card-hover-api.ts). The
 * renderer (Preact, Floating UI, TermCard, styles) is a separate script, /card-renderer.js, the
 * background injects into this frame when a card may be needed (load-card-ui.ts): at the
 * reader's first activity on a page whose terms are found, or at the latest when the pointer
 * first rests on a term (the intent delay hides the load).
 *
 * Keys and the show-card command: card-keys.ts; the card's buttons: card-actions.ts.
 *
 * Opening: pointer rests on a term for `hoverDelayMs` (hover), the same with Alt held (alt-hover),
 * a click on a term (click), or the keyboard command (`showCardForSelection`, focus moves in).
 * Closing: the pointer leaves term and card for a grace period (hover modes), Escape, a click
 * elsewhere, or scrolling the term out of view. Every listener is guarded: nothing throws into
 * the page.
 */
import type { FrameContext } from '../frame-context';
import type { EventRelay } from '../first-stage/event-relay';
import type { Settings } from '../../../utils/settings';
import type { HoverCard, HoverCardDeps, TermHit } from '../lookup-types';
import { settledWithin } from '../../../utils/settled-within';
import { DATA_GRACE_MS, cardLanguage, lookupTerm, peekTerm } from './card-data';
import type { CardView, TermCardProps } from './card-ui-api';
import { cardUiNow, loadCardUi, preloadCardUi } from './load-card-ui';
import { cardClickHandler } from './card-actions';
import { eventTime, guard, sameHit } from './card-helpers';
import { cardKeyHandlers } from './card-keys';
import { HoverIntent } from './hover-intent';
import { createPrefetcher } from './prefetch-cards';
import type { CardControl, OpenedBy, OpenState } from './open-card-state';
import { isInViewport, termRect } from './position';

export type { HoverCard, HoverCardDeps, TermHit } from '../lookup-types';

/** Time the pointer may spend between term and card (crossing the gap) before the card closes. */
const CLOSE_GRACE_MS = 300;

export function setupHoverCard(
  ctx: FrameContext,
  events: EventRelay,
  deps: HoverCardDeps,
): HoverCard {
  let ui: CardView | null = null;
  let cur: OpenState | null = null;
  let frame = 0;
  /** The latest pointer position; t: when it got there (event time, performance.now() clock). */
  let last: { x: number; y: number; t: number; alt: boolean; inCard: boolean } | null = null;
  let pointerInCard = false;
  let statusTimer = 0;
  let destroyed = false;

  const settings = (): Settings => deps.settings();

  const intent = new HoverIntent<TermHit>(
    {
      setTimeout: (cb, ms) => ctx.setTimeout(guard(cb), ms),
      clearTimeout: (id) => clearTimeout(id),
      now: () => performance.now(),
    },
    sameHit,
  );
  const clearIntent = () => intent.clear();
  const clearClose = () => intent.cancelClose();
  const scheduleClose = () => {
    if (!cur || cur.by !== 'hover') return;
    intent.scheduleClose(CLOSE_GRACE_MS, () => {
      if (cur && !pointerInCard && !focusInCard()) close();
    });
  };

  const focusInCard = () => !!ui && (ui.root.activeElement != null || ui.host.matches(':focus'));
  const cardEl = () => ui?.card();

  /** The card's host and view, once the renderer is loaded (null before). */
  function view(): CardView | null {
    if (ui) return ui;
    const lib = cardUiNow();
    if (lib) ui = lib.createView();
    return ui;
  }

  /**
   * During the first intent delay: renders a hidden card with the pending term's data (when at
   * hand) so styles, fonts and layout are ready when the real one opens.
   */
  let prewarmed = false;
  function prewarm(hit: TermHit): void {
    if (prewarmed || cur || destroyed) return;
    const v = view();
    if (!v) return;
    prewarmed = true;
    v.attach();
    const lang = cardLanguage(settings().cardLanguage, hit.range.startContainer);
    const data = peekTerm(hit.term, lang);
    const props: TermCardProps = {
      term: hit.term,
      label: hit.term,
      state: data ? 'ready' : 'loading',
      data,
      lang,
      theme: settings().theme,
      prewarm: true,
    };
    v.render(props);
  }

  function paint(): void {
    if (!cur || !ui) return;
    const s = cur;
    const props: TermCardProps = {
      term: s.hit.term,
      label: s.hit.range.toString().trim().slice(0, 80) || s.hit.term,
      state: s.state,
      data: s.data,
      lang: s.lang,
      theme: settings().theme,
      status: s.status,
    };
    ui.render(props);
    void reposition();
  }

  /** Repositions beside the term; closes when the term left the viewport or the page. */
  async function reposition(): Promise<void> {
    const s = cur;
    const v = ui;
    if (!s || !v || !cardEl()) return;
    const rect = s.hit.range.startContainer.isConnected ? termRect(s.hit.range, s.point) : null;
    if (!rect || !isInViewport(rect)) {
      close();
      return;
    }
    try {
      await v.place(rect, s.hit.range.startContainer.parentElement ?? undefined);
    } catch (err) {
      console.error('[vdl] card position:', err);
    }
  }

  function open(hit: TermHit, opts: { focus?: boolean; by?: OpenedBy } = {}): void {
    if (destroyed) return;
    clearIntent();
    clearClose();
    const by: OpenedBy = opts.by ?? (opts.focus ? 'keyboard' : 'hover');
    const lang = cardLanguage(settings().cardLanguage, hit.range.startContainer);
    const same = cur && sameHit(cur.hit, hit) && cur.lang === lang;
    if (!same) {
      const wasOpen = cur !== null;
      const returnFocus =
        cur?.returnFocus ?? (opts.focus ? (document.activeElement as Element | null) : null);
      const ready = peekTerm(hit.term, lang);
      cur = {
        hit,
        by,
        lang,
        point: last && !opts.focus ? { x: last.x, y: last.y } : undefined,
        state: ready ? 'ready' : 'loading',
        data: ready,
        status: undefined,
        returnFocus,
      };
      const s = cur;
      if (!ready) {
        const settled = lookupTerm(hit.term, lang).then(
          (data) => {
            if (cur !== s) return;
            s.state = 'ready';
            s.data = data;
            // Not shown yet (it waits for this): `show` paints it.
            if (!s.dataWait) guard(paint)();
          },
          (err: unknown) => {
            if (cur !== s) return;
            console.error('[vdl] card lookup failed:', err);
            s.state = 'error';
            if (!s.dataWait) guard(paint)();
          },
        );
        // A card opening where none was shown waits a moment for its data (see show).
        if (!wasOpen) s.dataWait = settled;
      }
    } else if (cur && by !== 'hover') {
      cur.by = by;
    }
    if (cur) show(cur, !!opts.focus);
  }

  /**
   * Attaches and paints the card for `s`, once the renderer is there (loading it if needed). A
   * card that would open on its loading state waits up to DATA_GRACE_MS for its data first: a
   * lookup takes tens of milliseconds, and a first tap starts it with the card, so the reader
   * (and any tool reading the card) would otherwise get a placeholder that fills in a moment later.
   * A card replacing another paints at once.
   */
  function show(s: OpenState, focus: boolean): void {
    const v = view();
    const wait = s.dataWait;
    if (!v || wait) {
      const data = wait
        ? settledWithin(wait, DATA_GRACE_MS, (cb, ms) => ctx.setTimeout(cb, ms))
        : null;
      Promise.all([v ?? loadCardUi(), data]).then(
        () => {
          if (s.dataWait === wait) s.dataWait = undefined;
          if (cur === s && !destroyed) guard(show)(s, focus);
        },
        () => {
          // Logged by the loader; the highlights keep working.
          if (cur === s) cur = null;
        },
      );
      return;
    }
    v.attach();
    paint();
    if (focus && cur === s) {
      if (!s.returnFocus) s.returnFocus = document.activeElement;
      cardEl()?.focus({ preventScroll: true });
    }
  }

  function close(opts: { restoreFocus?: boolean } = {}): void {
    clearClose();
    clearIntent();
    if (!cur) return;
    const hadFocus = focusInCard();
    const back = cur.returnFocus;
    cur = null;
    pointerInCard = false;
    if (ui) {
      ui.render(null);
      ui.remove();
    }
    if ((hadFocus || opts.restoreFocus) && back instanceof HTMLElement && back.isConnected) {
      try {
        back.focus({ preventScroll: true });
      } catch {
        // The element refused focus: leave it.
      }
    }
  }

  function setStatus(text: string): void {
    if (!cur) return;
    cur.status = text;
    paint();
    if (statusTimer) clearTimeout(statusTimer);
    const s = cur;
    statusTimer = ctx.setTimeout(() => {
      if (cur === s) {
        s.status = undefined;
        guard(paint)();
      }
    }, 2500);
  }

  /* ---- Pointer intent ---- */

  function onFrame(): void {
    frame = 0;
    const p = last;
    if (!p || destroyed) return;
    if (p.inCard) {
      pointerInCard = true;
      clearClose();
      clearIntent();
      return;
    }
    pointerInCard = false;
    const mode = settings().cardTrigger;
    const hit = deps.hitTest(p.x, p.y);
    if (hit) preloadCardUi();
    if (cur && sameHit(hit, cur.hit)) {
      clearClose();
      clearIntent();
      return;
    }
    if (hit && mode !== 'click') {
      // Start fetching now: the intent delay hides a sleeping service worker.
      const l = cardLanguage(settings().cardLanguage, hit.range.startContainer);
      const h0 = hit;
      void Promise.all([lookupTerm(hit.term, l), loadCardUi()]).then(
        () => prewarm(h0),
        () => {},
      );
      // The intent delay runs from when the pointer reached the term, not from this frame.
      intent.rest(hit, p.t, settings().hoverDelayMs, mode === 'alt-hover' && !p.alt, (h) =>
        open(h, { by: 'hover' }),
      );
    } else {
      intent.clear(hit);
    }
    if (cur) scheduleClose();
  }

  const onPointerMove = guard((e: PointerEvent) => {
    activity();
    if (e.pointerType === 'touch') return;
    const inCard = !!ui && e.target === ui.host;
    last = { x: e.clientX, y: e.clientY, t: eventTime(e), alt: e.altKey, inCard };
    if (!frame) frame = requestAnimationFrame(guard(onFrame));
  });

  const onPointerDown = guard((e: PointerEvent) => {
    activity();
    if (ui && e.target === ui.host) return;
    if (e.pointerType === 'touch') return; // taps: tap-lookup.ts
    if (settings().cardTrigger === 'click' && e.button === 0) {
      const hit = deps.hitTest(e.clientX, e.clientY);
      if (hit) {
        last = { x: e.clientX, y: e.clientY, t: eventTime(e), alt: e.altKey, inCard: false };
        open(hit, { by: 'click' });
        return;
      }
    }
    if (cur) close();
  });

  let scrollFrame = 0;
  const onScrollOrResize = guard((e: Event) => {
    if (e.type === 'scroll') activity();
    if (!cur || (ui && e.target === ui.host)) return;
    if (!scrollFrame) {
      scrollFrame = requestAnimationFrame(() => {
        scrollFrame = 0;
        void reposition();
      });
    }
  });

  const onFullscreen = guard(() => {
    if (!cur || !ui) return;
    ui.attach();
    void reposition();
  });

  const onBlur = guard(() => {
    // The window lost focus (another tab/app): hover-opened cards go away.
    if (cur?.by === 'hover' && !focusInCard()) close();
  });

  const control: CardControl = {
    current: () => cur,
    open: (hit, o) => open(hit, o),
    close: (o) => close(o),
    setStatus,
    focusInCard,
  };
  const onCardClick = cardClickHandler(control, () => ui);
  const { onKeyDown, onKeyUp, onMessage } = cardKeyHandlers(
    { ...control, pendingHit: () => intent.pending, pointerInCard: () => pointerInCard },
    deps,
  );

  // Capture listeners on window, registered by the first stage at document_start: a page
  // handler that stops propagation cannot starve the card (first-stage/event-relay.ts).
  events.on('pointermove', onPointerMove);
  events.on('pointerdown', onPointerDown);
  events.on('click', onCardClick);
  events.on('auxclick', onCardClick);
  events.on(
    'keydown',
    guard((e: KeyboardEvent) => {
      activity();
      onKeyDown(e);
    }),
  );
  events.on('keyup', onKeyUp);
  events.on('scroll', onScrollOrResize);
  events.on('resize', onScrollOrResize);
  events.on('blur', onBlur);
  events.on('fullscreenchange', onFullscreen);

  // The keyboard command (background → this tab): card-keys.ts.
  browser.runtime.onMessage.addListener(onMessage);

  function destroy(): void {
    if (destroyed) return;
    close();
    destroyed = true;
    if (frame) cancelAnimationFrame(frame);
    if (scrollFrame) cancelAnimationFrame(scrollFrame);
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is gone.
    }
    ui?.remove();
    ui = null;
    events.clear();
  }
  ctx.onInvalidated(destroy);

  /**
   * The card's renderer and data are fetched once the reader does something on the page (pointer,
   * keyboard, scroll, touch), not while it loads: a page load that shows terms then costs no
   * storage read nor renderer parse of its own (issue 12), and the first hover still finds both
   * at hand, since the pointer reached the term through moves that started them (an injection
   * and a storage read take a few ms, the intent delay 200).
   */
  const prefetcher = createPrefetcher(ctx, () => destroyed);
  let pending: string[] = [];
  let active = false;
  function runPrefetch(): void {
    const terms = pending;
    pending = [];
    if (!terms.length) return;
    preloadCardUi();
    prefetcher(terms, cardLanguage(settings().cardLanguage));
  }
  function activity(): void {
    if (active) return;
    active = true;
    runPrefetch();
  }
  function prefetch(terms: readonly string[]): void {
    pending.push(...terms);
    if (active) runPrefetch();
  }

  return {
    prefetch: guard(prefetch),
    open: guard((hit: TermHit, o?: { focus?: boolean }) => open(hit, { focus: o?.focus })),
    close: guard(() => close()),
    destroy: guard(destroy),
    get openTerm() {
      return cur?.hit.term ?? null;
    },
  };
}
