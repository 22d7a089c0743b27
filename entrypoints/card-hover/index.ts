/**
 * The hover card's logic, built as /card-hover.js (an IIFE): hover intent, taps, the card's keys
 * and buttons, its data requests and the loading of its renderer. The background injects it
 * right after the second stage (/card-ui.js), in an injection of its own so that the two files
 * compile in two tasks, not one (issue 12: no task of ours reaches 8 ms); the second stage
 * starts once both are registered (card-hover-api.ts).
 * Not a web-accessible resource: pages can neither load nor detect it.
 */
import {
  CARD_HOVER_VERSION,
  registerCardHover,
  registeredCardHover,
} from '../lookup/card/card-hover-api';
import { setupHoverCard } from '../lookup/card/setup-hover-card';
import { setupTapLookup } from '../lookup/card/tap-lookup';

export default defineUnlistedScript(() => {
  // Injected twice (two quick requests, a retry): the copy already registered stays.
  if (registeredCardHover()) return;
  registerCardHover({
    version: CARD_HOVER_VERSION,
    start(ctx, events, deps) {
      const card = setupHoverCard(ctx, events, deps);
      setupTapLookup(ctx, card, deps);
      return card;
    },
  });
});
