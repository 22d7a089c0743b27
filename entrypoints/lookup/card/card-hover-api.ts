/**
 * The contract between the second stage (/card-walk.js … /card-ui.js: scanner, store,
 * highlights) and the hover card's logic (/card-hover.js: hit testing, keyboard stepping,
 * intent, taps, keys, card data, the renderer's loading), which the background injects into
 * this frame's isolated world at the reader's first activity (card-on-demand.ts), with a script
 * injection of its own (issue 12): each file's compile, which V8's compile hint runs with the
 * script (wxt.config.ts), is then a task of its own. Types and the key only.
 */
import type { FrameContext } from '../frame-context';
import type { EventRelay } from '../first-stage/event-relay';
import type { CardSession, CardWorld } from '../lookup-types';
import { registerIn, registeredIn } from '../world-registry';

/** Bump when `start`'s contract changes (a stale injected copy is then replaced). */
export const CARD_HOVER_VERSION = 2;
export const CARD_HOVER_KEY: unique symbol = Symbol.for('vdl.card-hover');

export interface CardHover {
  readonly version: number;
  /**
   * Subscribes the hover card, the tap lookup and the card's keys to the frame's events, with hit
   * testing and keyboard stepping over the second stage's matches.
   */
  start(ctx: FrameContext, events: EventRelay, world: CardWorld): CardSession;
}

export function registeredCardHover(): CardHover | undefined {
  return registeredIn<CardHover>(CARD_HOVER_KEY, CARD_HOVER_VERSION);
}

export function registerCardHover(hover: CardHover): void {
  registerIn(CARD_HOVER_KEY, hover);
}
