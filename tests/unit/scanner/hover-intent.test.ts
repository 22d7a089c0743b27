/** The hover intent machine, on vitest's fake timers: delay, restart, hold, close grace. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../../entrypoints/lookup/card/hover-intent';

const timers = {
  setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms) as unknown as number,
  clearTimeout: (id: number) => clearTimeout(id),
  now: () => Date.now(),
};
const same = (a: string | null, b: string | null) => a !== null && a === b;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

describe('HoverIntent', () => {
  it('opens after the delay, counted from when the pointer reached the term', () => {
    const opened: string[] = [];
    const intent = new HoverIntent<string>(timers, same);
    vi.advanceTimersByTime(50);
    // Noticed 50 ms after the pointer got there: 150 ms left of a 200 ms delay.
    intent.rest('PNR', 0, 200, false, (h) => opened.push(h));
    expect(intent.waiting).toBe(true);
    vi.advanceTimersByTime(149);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['PNR']);
    expect(intent.waiting).toBe(false);
  });

  it('resting again on the same term does not restart the wait; another term does', () => {
    const opened: string[] = [];
    const intent = new HoverIntent<string>(timers, same);
    intent.rest('PNR', 0, 200, false, (h) => opened.push(h));
    vi.advanceTimersByTime(150);
    intent.rest('PNR', 0, 200, false, (h) => opened.push(h));
    vi.advanceTimersByTime(50);
    expect(opened).toEqual(['PNR']);
    intent.rest('SIS', 200, 200, false, (h) => opened.push(h));
    vi.advanceTimersByTime(100);
    intent.rest('ECE', 300, 200, false, (h) => opened.push(h));
    vi.advanceTimersByTime(199);
    expect(opened).toEqual(['PNR']);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['PNR', 'ECE']);
  });

  it('leaving the term cancels the wait; a held term (alt-hover) is remembered, not timed', () => {
    const opened: string[] = [];
    const intent = new HoverIntent<string>(timers, same);
    intent.rest('PNR', 0, 200, false, (h) => opened.push(h));
    intent.clear();
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
    expect(intent.pending).toBe(null);
    intent.rest('SIS', 1000, 200, true, (h) => opened.push(h));
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
    expect(intent.pending).toBe('SIS');
    intent.clear('ECE');
    expect(intent.pending).toBe('ECE');
  });

  it('closes after the grace period, once, unless cancelled', () => {
    let closed = 0;
    const intent = new HoverIntent<string>(timers, same);
    intent.scheduleClose(300, () => closed++);
    intent.scheduleClose(300, () => closed++);
    vi.advanceTimersByTime(299);
    expect(closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closed).toBe(1);
    intent.scheduleClose(300, () => closed++);
    vi.advanceTimersByTime(200);
    intent.cancelClose();
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(1);
  });
});
