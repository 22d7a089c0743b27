/**
 * The hover card's logic (/card-hover.js) on demand (issue 12). A page load that marks terms
 * compiles the scanner and its highlights (/card-walk.js, /card-scan.js, /card-marks.js,
 * /card-ui.js) and nothing of the card: the card's logic
 * is injected at the reader's first pointer move, press or key in the frame, or at the keyboard
 * command, which it then answers. The first hover still finds it ready: the pointer reaches a term
 * through moves that started the injection (a few ms) long before the intent delay (200 ms)
 * ends, and a pointer already resting on a term is replayed to it once loaded.
 *
 * Touch screens load it as soon as the lookup is on in the frame: a tap is over before an
 * injection answers, and the tap's click must be cancelable when it lands on a term inside a link.
 */
import type { FrameContext } from '../frame-context';
import type { DomRefs } from '../dom-refs';
import type { EventRelay } from '../first-stage/event-relay';
import type { CardSession } from '../lookup-types';
import { sendMessage } from '../../../utils/send-message';
import { registeredCardHover, type CardHover } from './card-hover-api';
import { isShowCardForSelection } from './card-helpers';

/** Pause after a failed injection before the next activity may try again. */
const RETRY_AFTER_MS = 10_000;
/** A pointer move this recent when the card's logic arrives is answered (a resting pointer). */
const RECENT_POINTER_MS = 3000;

export interface CardSlot {
  /** The card once its logic is loaded and started, else null. */
  readonly card: CardSession | null;
  /** Kept until the card starts when it has not yet (the card prefetches on activity). */
  prefetch(terms: readonly string[]): void;
  /** The lookup turned on in this frame: a touch screen loads the card's logic now. */
  enabled(): void;
}

export interface CardOnDemandDeps {
  /** Starts the loaded card's logic (subscribes it to the frame's events). */
  start(hover: CardHover): CardSession;
  /** Whether the lookup is on in this frame (a disabled site loads no card). */
  active(): boolean;
  /** Injects /card-hover.js into this frame (the background's `loadCardUi`); injectable for tests. */
  load?: () => Promise<unknown>;
}

/** A device whose reader taps (a phone, a tablet, a touch screen): its card loads at once. */
export function touchScreen(win: Window): boolean {
  try {
    if ((win.navigator.maxTouchPoints ?? 0) > 0) return true;
    return win.matchMedia?.('(any-pointer: coarse)').matches === true;
  } catch {
    return false;
  }
}

export function cardOnDemand(
  ctx: FrameContext,
  refs: DomRefs,
  events: EventRelay,
  deps: CardOnDemandDeps,
): CardSlot {
  let card: CardSession | null = null;
  let pending: string[] = [];
  let loading = false;
  let failedAt = -Infinity;
  let command = false;
  const load = deps.load ?? (() => sendMessage({ type: 'loadCardUi', part: 'card-hover' }));

  const start = (hover: CardHover) => {
    stopListening();
    try {
      card = deps.start(hover);
    } catch (err) {
      console.debug('[vdl] hover card unavailable', err);
      return;
    }
    if (pending.length) card.prefetch(pending);
    pending = [];
    // The keyboard command that loaded it.
    if (command) card.openForSelection();
    command = false;
    // The pointer that woke the card (or rests on a term since): the card's intent takes it.
    events.replayPointer(RECENT_POINTER_MS);
  };

  const wake = () => {
    // Cheapest first: this runs on every pointer move until the card's logic is there, and
    // `isInvalid` reads `runtime.id`.
    if (card || loading || !deps.active() || ctx.isInvalid) return;
    if (refs.now() - failedAt < RETRY_AFTER_MS) return;
    const now = registeredCardHover();
    if (now) return start(now);
    loading = true;
    load()
      .then(
        () => registeredCardHover() ?? Promise.reject(new Error('/card-hover.js did not register')),
      )
      .then(
        (hover) => {
          loading = false;
          if (!ctx.isInvalid) start(hover);
        },
        (err: unknown) => {
          loading = false;
          failedAt = refs.now();
          command = false;
          console.debug('[vdl] hover card unavailable (highlights keep working)', err);
        },
      );
  };

  const onMessage = (raw: unknown, sender: { id?: string }): undefined => {
    if (sender.id !== browser.runtime.id || !isShowCardForSelection(raw)) return undefined;
    // Off in this frame (a disabled site): no card, and nothing left to answer later.
    if (!deps.active()) return undefined;
    command = true;
    wake();
    return undefined;
  };
  let listening = false;
  function stopListening(): void {
    if (!listening) return;
    listening = false;
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is gone.
    }
  }

  const already = registeredCardHover();
  if (already) start(already);
  else {
    // The card's own handlers replace these once it starts (one handler per event type).
    events.on('pointermove', wake);
    events.on('pointerdown', wake);
    events.on('keydown', wake);
    browser.runtime.onMessage.addListener(onMessage);
    listening = true;
    ctx.onInvalidated(stopListening);
  }

  return {
    get card() {
      return card;
    },
    prefetch(terms) {
      if (card) card.prefetch(terms);
      else pending.push(...terms);
    },
    enabled() {
      if (touchScreen(refs.win)) wake();
    },
  };
}
