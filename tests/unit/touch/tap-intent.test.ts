import { describe, expect, it } from 'vitest';
import {
  classifyGesture,
  decideTap,
  LONG_PRESS_MS,
  moveTrack,
  PAGE_CONTROL_SELECTOR,
  probePoints,
  startTrack,
  TAP_SLOP_PX,
  type TapTarget,
} from '../../../utils/tap-intent';

describe('classifyGesture', () => {
  it('a short touch that stays put is a tap', () => {
    const t = startTrack(100, 200, 1000);
    moveTrack(t, 103, 198);
    expect(classifyGesture(t, 102, 201, 1120)).toBe('tap');
  });

  it('moving beyond the slop makes a swipe, even if the finger comes back', () => {
    const t = startTrack(100, 200, 0);
    expect(moveTrack(t, 100, 200 + TAP_SLOP_PX - 1)).toBe(false);
    expect(moveTrack(t, 100, 200 + TAP_SLOP_PX + 1)).toBe(true);
    expect(classifyGesture(t, 100, 200, 80)).toBe('swipe');
  });

  it('a lift far from the landing point is a swipe without any move event', () => {
    const t = startTrack(10, 10, 0);
    expect(classifyGesture(t, 10 + TAP_SLOP_PX, 10 + TAP_SLOP_PX, 50)).toBe('swipe');
  });

  it('holding longer than the long-press time is a long press', () => {
    const t = startTrack(0, 0, 0);
    expect(classifyGesture(t, 0, 0, LONG_PRESS_MS)).toBe('tap');
    const u = startTrack(0, 0, 0);
    expect(classifyGesture(u, 0, 0, LONG_PRESS_MS + 1)).toBe('long-press');
  });

  it('a touch the browser cancelled (pan, pinch) is never a tap', () => {
    const t = startTrack(0, 0, 0);
    t.cancelled = true;
    expect(classifyGesture(t, 0, 0, 10)).toBe('cancelled');
  });
});

describe('probePoints', () => {
  it('tries the touch point first, then vertical then horizontal neighbours', () => {
    expect(probePoints(50, 60, 8)).toEqual([
      { x: 50, y: 60 },
      { x: 50, y: 52 },
      { x: 50, y: 68 },
      { x: 42, y: 60 },
      { x: 58, y: 60 },
    ]);
  });
});

describe('decideTap', () => {
  const base: TapTarget = { onTerm: false, inControl: false, sameAsOpen: false, cardOpen: false };

  it('a tap on a term in plain text opens its card', () => {
    expect(decideTap({ ...base, onTerm: true }, false)).toBe('open');
    expect(decideTap({ ...base, onTerm: true, cardOpen: true }, false)).toBe('open');
  });

  it('a tap again on the term whose card is shown keeps it', () => {
    expect(decideTap({ ...base, onTerm: true, cardOpen: true, sameAsOpen: true }, false)).toBe(
      'keep',
    );
  });

  it('a tap elsewhere closes an open card and is left to the page', () => {
    expect(decideTap({ ...base, cardOpen: true }, false)).toBe('close');
    expect(decideTap({ ...base, cardOpen: true, inControl: true }, true)).toBe('close');
    expect(decideTap(base, false)).toBe('pass');
  });

  it('by default a term inside a link is the link’s: the tap goes to the page', () => {
    expect(decideTap({ ...base, onTerm: true, inControl: true }, false)).toBe('pass');
    expect(decideTap({ ...base, onTerm: true, inControl: true, cardOpen: true }, false)).toBe(
      'close',
    );
  });

  it('with the option on, the first tap opens the card and the second follows the link', () => {
    const t = { ...base, onTerm: true, inControl: true };
    expect(decideTap(t, true)).toBe('open');
    expect(decideTap({ ...t, cardOpen: true, sameAsOpen: true }, true)).toBe('close');
  });
});

describe('PAGE_CONTROL_SELECTOR', () => {
  it('is one valid selector list naming links and buttons', () => {
    const parts = PAGE_CONTROL_SELECTOR.split(',');
    expect(parts).toContain('a[href]');
    expect(parts).toContain('button');
    expect(parts).toContain('[role=button]');
    expect(new Set(parts).size).toBe(parts.length);
  });
});
