/**
 * Tap to look up (issue 15), the pure part: what a finger gesture on the page was (a tap, a
 * swipe, a long press), where to hit-test it, and what the card should do about it. No DOM here;
 * entrypoints/lookup/card/tap-lookup.ts feeds it pointer events.
 */

/**
 * A finger that moves more than this (CSS px) from where it landed is scrolling or swiping, not
 * tapping. Close to what browsers use before they start a pan (Chromium's touch slop is ~15 DIP
 * on phones; Android's ViewConfiguration touch slop is 8 dp).
 */
export const TAP_SLOP_PX = 10;

/**
 * A touch held longer than this is a long press (text selection, the browser's context menu),
 * not a tap: Android's long-press timeout is 500 ms (ViewConfiguration.getLongPressTimeout).
 */
export const LONG_PRESS_MS = 500;

/**
 * Fingers are imprecise: when nothing is exactly under the touch point, the points this far around
 * it are tried too (CSS px; a fingertip is ~7 mm wide, about 10 of these half a line above/below).
 */
export const TAP_PROBE_PX = 8;

export type Gesture = 'tap' | 'swipe' | 'long-press' | 'cancelled';

export interface TouchTrack {
  /** Where and when the finger landed (event time, ms). */
  x0: number;
  y0: number;
  t0: number;
  /** The farthest the finger got from where it landed, px. */
  maxMove: number;
  /** Another finger came down (pinch zoom), or the browser took the touch over (pointercancel). */
  cancelled: boolean;
}

export function startTrack(x: number, y: number, t: number): TouchTrack {
  return { x0: x, y0: y, t0: t, maxMove: 0, cancelled: false };
}

/** Records a move; returns true once the touch has become a swipe (beyond the slop). */
export function moveTrack(track: TouchTrack, x: number, y: number): boolean {
  const d = Math.hypot(x - track.x0, y - track.y0);
  if (d > track.maxMove) track.maxMove = d;
  return track.maxMove > TAP_SLOP_PX;
}

/** What the touch was, once the finger lifts at (x, y) at time t. */
export function classifyGesture(track: TouchTrack, x: number, y: number, t: number): Gesture {
  if (track.cancelled) return 'cancelled';
  moveTrack(track, x, y);
  if (track.maxMove > TAP_SLOP_PX) return 'swipe';
  if (t - track.t0 > LONG_PRESS_MS) return 'long-press';
  return 'tap';
}

/** The touch point first, then the points around it, nearest first (vertical before horizontal). */
export function probePoints(x: number, y: number, r = TAP_PROBE_PX): { x: number; y: number }[] {
  return [
    { x, y },
    { x, y: y - r },
    { x, y: y + r },
    { x: x - r, y },
    { x: x + r, y },
  ];
}

/** What the tap landed on, as the content script sees it. */
export interface TapTarget {
  /** A detected term is under the tap (after probing around it). */
  onTerm: boolean;
  /** The term is inside a link, button or other control of the page. */
  inControl: boolean;
  /** The card is already open on that very occurrence of the term. */
  sameAsOpen: boolean;
  /** A card is open (on any term). */
  cardOpen: boolean;
}

/**
 * - `open`: open the card on the term and consume the tap (the page gets no click from it);
 * - `close`: close the card, and let the page have its tap;
 * - `keep`: leave the open card as it is, and consume the tap (a tap again on the shown term);
 * - `pass`: nothing for us; the page has its tap.
 */
export type TapAction = 'open' | 'close' | 'keep' | 'pass';

/**
 * The decision for a tap. A term inside a page control (a link, a button) is the page's first:
 * the tap does what the page wants, unless the user chose « a tap on a term inside a link opens
 * the card first » (`termsInLinksOpenCard`). Even then, a second tap on the same term while its
 * card is shown goes to the page, so the link still works.
 */
export function decideTap(target: TapTarget, termsInLinksOpenCard: boolean): TapAction {
  const takeIt = target.onTerm && (!target.inControl || termsInLinksOpenCard);
  if (takeIt) {
    if (!target.sameAsOpen) return 'open';
    return target.inControl ? 'close' : 'keep';
  }
  return target.cardOpen ? 'close' : 'pass';
}

/**
 * Elements whose taps belong to the page: following a link or pressing a button must keep
 * working. (`closest()` from the term's text up to the document.)
 */
export const PAGE_CONTROL_SELECTOR = [
  'a[href]',
  'area[href]',
  'button',
  'label',
  'summary',
  'select',
  'input',
  'textarea',
  'video',
  'audio',
  '[contenteditable]:not([contenteditable=false])',
  '[role=button]',
  '[role=link]',
  '[role=menuitem]',
  '[role=tab]',
  '[role=checkbox]',
  '[role=switch]',
  '[role=option]',
  '[onclick]',
].join(',');
