/**
 * Starts the card's logic in a frame (/card-hover.js, entrypoints/card-hover/): hit testing and
 * keyboard stepping over the second stage's matches, the hover card, the tap lookup. They come
 * together because only the card uses them: a page load that marks terms compiles none of it
 * (card-on-demand.ts).
 */
import type { FrameContext } from '../frame-context';
import type { EventRelay } from '../first-stage/event-relay';
import { HitTester } from '../hit-test';
import type { CardSession, CardWorld, HoverCardDeps } from '../lookup-types';
import { TermNavigator } from '../term-navigator';
import { setupHoverCard } from './setup-hover-card';
import { setupTapLookup } from './tap-lookup';

export function startCard(ctx: FrameContext, events: EventRelay, world: CardWorld): CardSession {
  const hits = new HitTester(world.refs, world.store, world.shadowRoots);
  const nav = new TermNavigator(world.refs, world.store, world.gate);
  const deps: HoverCardDeps = {
    hitTest: (x, y) => hits.hitTest(x, y),
    termAtSelection: () => hits.termAtSelection(),
    settings: world.settings,
    firstTermInView: () => nav.firstTermInView(),
    stepTerm: (from, dir) => nav.step(from, dir),
  };
  const card = setupHoverCard(ctx, events, deps);
  setupTapLookup(ctx, card, deps);
  return {
    prefetch: (terms) => card.prefetch(terms),
    openAt(x, y) {
      const hit = hits.hitTest(x, y);
      if (hit) card.open(hit);
    },
    openForSelection() {
      const hit = hits.termAtSelection() ?? nav.firstTermInView();
      if (hit) card.open(hit, { focus: true });
    },
  };
}
