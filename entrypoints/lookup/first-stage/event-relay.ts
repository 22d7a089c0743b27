/**
 * The hover card's window listeners, registered by the first stage at document_start: before
 * any page script can add capture listeners that stop these events (a page doing so would
 * otherwise starve the card). They cost nothing until the second stage subscribes a handler.
 */
import type { FrameContext } from '../frame-context';

const PASSIVE = { capture: true, passive: true } as const;
const CAPTURE = { capture: true } as const;

/** Event type → options, on window (fullscreenchange: on document). */
const EVENTS = {
  pointermove: PASSIVE,
  pointerdown: PASSIVE,
  click: CAPTURE,
  auxclick: CAPTURE,
  keydown: CAPTURE,
  keyup: CAPTURE,
  scroll: PASSIVE,
  resize: PASSIVE,
  blur: {},
  fullscreenchange: {},
} as const;

export type RelayedEvent = keyof typeof EVENTS;

export interface EventRelay {
  /** Subscribes the handler of one event type (one per type; the last one wins). */
  on<K extends RelayedEvent>(
    type: K,
    fn: (e: WindowEventMap[K & keyof WindowEventMap]) => void,
  ): void;
  /** Handlers dropped (the second stage stopped). */
  clear(): void;
  /**
   * Hands the last pointer move (if any, and at most `maxAgeMs` old) to the current pointermove
   * handler: a second stage loaded because the pointer rests on a word
   * (first-stage/lazy-lookup.ts), or whose first scan ended under a resting pointer, answers
   * that rest without waiting for the next move.
   */
  replayPointer(maxAgeMs?: number): void;
}

export function createEventRelay(ctx: FrameContext): EventRelay {
  const handlers = new Map<string, (e: Event) => void>();
  let lastMove: Event | null = null;
  for (const [type, opts] of Object.entries(EVENTS)) {
    const target = type === 'fullscreenchange' ? document : window;
    const listener =
      type === 'pointermove'
        ? (e: Event) => {
            lastMove = e;
            handlers.get(type)?.(e);
          }
        : (e: Event) => handlers.get(type)?.(e);
    ctx.addEventListener(target, type as 'click', listener, opts);
  }
  return {
    on(type, fn) {
      handlers.set(type, fn as (e: Event) => void);
    },
    clear() {
      handlers.clear();
    },
    replayPointer(maxAgeMs = Infinity) {
      // An event's timeStamp is on the document's performance clock.
      if (lastMove && performance.now() - lastMove.timeStamp <= maxAgeMs) {
        handlers.get('pointermove')?.(lastMove);
      }
    },
  };
}
