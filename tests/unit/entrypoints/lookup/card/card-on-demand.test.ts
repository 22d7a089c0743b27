import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CARD_HOVER_KEY,
  CARD_HOVER_VERSION,
  registerCardHover,
  type CardHover,
} from '../../../../../entrypoints/lookup/card/card-hover-api';
import { cardOnDemand } from '../../../../../entrypoints/lookup/card/card-on-demand';
import type { DomRefs } from '../../../../../entrypoints/lookup/dom-refs';
import type { EventRelay } from '../../../../../entrypoints/lookup/first-stage/event-relay';
import type { FrameContext } from '../../../../../entrypoints/lookup/frame-context';
import type { CardSession } from '../../../../../entrypoints/lookup/lookup-types';

let now = 0;
let handlers: Map<string, () => void>;
let replays: number;
let invalid: (() => void)[];
let touchPoints: number;
let on: boolean;

const ctx = {
  get isInvalid() {
    return false;
  },
  onInvalidated(cb: () => void) {
    invalid.push(cb);
    return () => {};
  },
} as unknown as FrameContext;
const refs = {
  now: () => now,
  win: { navigator: { maxTouchPoints: 0 }, matchMedia: () => ({ matches: false }) },
} as unknown as DomRefs;
const events = {
  on: (type: string, fn: () => void) => handlers.set(type, fn),
  replayPointer: () => replays++,
  clear: () => handlers.clear(),
} as unknown as EventRelay;

function fakeCard(): CardSession & { prefetched: string[][]; commands: number } {
  const card = {
    prefetched: [] as string[][],
    commands: 0,
    prefetch: (t: readonly string[]) => card.prefetched.push([...t]),
    openAt: () => {},
    openForSelection: () => card.commands++,
  };
  return card;
}

/** A load that registers the card's logic, as the background's injection does. */
function loader(card: CardSession, fail = false) {
  return vi.fn(async () => {
    await Promise.resolve();
    if (fail) throw new Error('injection failed');
    registerCardHover({ version: CARD_HOVER_VERSION, start: () => card } satisfies CardHover);
  });
}

function slot(load: () => Promise<unknown>) {
  const start = vi.fn((hover: CardHover) => hover.start(ctx, events, {} as never));
  const s = cardOnDemand(
    ctx,
    { ...refs, win: winWith(touchPoints) } as unknown as DomRefs,
    events,
    {
      active: () => on,
      start,
      load,
    },
  );
  return { s, start };
}
const winWith = (maxTouchPoints: number) => ({
  navigator: { maxTouchPoints },
  matchMedia: () => ({ matches: false }),
});
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the card’s logic on demand', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    now = 0;
    handlers = new Map();
    replays = 0;
    invalid = [];
    touchPoints = 0;
    on = true;
  });
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[CARD_HOVER_KEY];
  });

  it('loads nothing until the reader moves, then loads once and replays the pointer', async () => {
    const card = fakeCard();
    const load = loader(card);
    const { s, start } = slot(load);
    s.prefetch(['sis', 'ece']);
    s.enabled();
    await flush();
    expect(load).not.toHaveBeenCalled();
    expect(s.card).toBeNull();
    expect([...handlers.keys()].sort()).toEqual(['keydown', 'pointerdown', 'pointermove']);

    handlers.get('pointermove')!();
    handlers.get('pointerdown')!();
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledTimes(1);
    expect(s.card).toBe(card);
    // What the scanner announced before the card was there reaches it.
    expect(card.prefetched).toEqual([['sis', 'ece']]);
    expect(replays).toBe(1);
    s.prefetch(['pnr']);
    expect(card.prefetched).toEqual([['sis', 'ece'], ['pnr']]);
  });

  it('starts at once a card’s logic already in the frame (a reader already asking)', () => {
    const card = fakeCard();
    registerCardHover({ version: CARD_HOVER_VERSION, start: () => card });
    const load = loader(card);
    const { s } = slot(load);
    expect(s.card).toBe(card);
    expect(load).not.toHaveBeenCalled();
    expect(handlers.size).toBe(0);
  });

  it('answers the keyboard command once the card’s logic has loaded', async () => {
    const card = fakeCard();
    const load = loader(card);
    slot(load);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'showCardForSelection' },
      {
        id: browser.runtime.id,
      },
      () => {},
    );
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(card.commands).toBe(1);
    // Anything else, or from elsewhere, loads nothing.
    delete (globalThis as Record<symbol, unknown>)[CARD_HOVER_KEY];
    const other = loader(fakeCard());
    handlers = new Map();
    slot(other);
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'showCardForSelection', x: 1 },
      {
        id: browser.runtime.id,
      },
      () => {},
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'showCardForSelection' },
      {
        id: 'another-extension',
      },
      () => {},
    );
    await flush();
    expect(other).not.toHaveBeenCalled();
  });

  it('loads at once on a touch screen, once the lookup is on', async () => {
    touchPoints = 5;
    const card = fakeCard();
    const load = loader(card);
    const { s } = slot(load);
    await flush();
    expect(load).not.toHaveBeenCalled();
    s.enabled();
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(s.card).toBe(card);
  });

  it('loads nothing while the lookup is off in the frame, nor answers a command sent then', async () => {
    on = false;
    const card = fakeCard();
    const load = loader(card);
    const { s } = slot(load);
    handlers.get('pointermove')!();
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'showCardForSelection' },
      { id: browser.runtime.id },
      () => {},
    );
    await flush();
    expect(load).not.toHaveBeenCalled();
    // Turned on later: the next activity loads it, and the old command is not replayed.
    on = true;
    handlers.get('pointermove')!();
    await flush();
    expect(s.card).toBe(card);
    expect(card.commands).toBe(0);
  });

  it('after a failed injection, waits before trying again; the highlights never depend on it', async () => {
    const card = fakeCard();
    const load = loader(card, true);
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { s } = slot(load);
    handlers.get('pointermove')!();
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(s.card).toBeNull();
    expect(debug).toHaveBeenCalled();
    now = 5000;
    handlers.get('pointermove')!();
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    now = 10_001;
    handlers.get('pointermove')!();
    await flush();
    expect(load).toHaveBeenCalledTimes(2);
    debug.mockRestore();
  });
});
