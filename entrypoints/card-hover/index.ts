/**
 * The hover card's logic, built as /card-hover.js (an IIFE): hit testing and keyboard stepping
 * over the page's matches, hover intent, taps, the card's keys and buttons, its data requests and
 * the loading of its renderer (start-card.ts). The background injects it at the reader's first
 * activity in a frame whose terms are marked (card-on-demand.ts), or with the second stage when a
 * reader already asks for a card, in an injection of its own so that each file compiles in a task
 * of its own (issue 12: no task of ours reaches 8 ms).
 * Not a web-accessible resource: pages can neither load nor detect it.
 */
import {
  CARD_HOVER_VERSION,
  registerCardHover,
  registeredCardHover,
} from '../lookup/card/card-hover-api';
import { startCard } from '../lookup/card/start-card';

export default defineUnlistedScript(() => {
  // Injected twice (two quick requests, a retry): the copy already registered stays.
  if (registeredCardHover()) return;
  registerCardHover({ version: CARD_HOVER_VERSION, start: startCard });
});
