/**
 * Tap to look up on touch screens (issue 15): a tap on a detected term opens its card, a tap
 * elsewhere or a swipe closes it. Highlights take no pointer events, so the tap point is hit-tested
 * as the hover path does (hit-test.ts), with a few points around it for a finger's imprecision.
 *
 * Only touch pointers are handled here (mouse and pen stay with setup-hover-card.ts). The page
 * keeps its own touches: listeners are passive, and the only default prevented is that of a tap we
 * consume (it opened the card), so that tap does not also reach the page as a click. No 300 ms
 * double-tap hacks, no `touch-action` on the page: its scrolling and zooming are untouched.
 *
 * Links and buttons stay the page's: by default a tap on a term inside one does what the page
 * wants (navigates), because a reader who taps a headline link expects to follow it, and a link
 * that silently stops working is worse than a card that needs a tap elsewhere. The option
 * `linkTapOpensCard` makes the first tap open the card; a second tap then follows the link.
 */
import type { FrameContext } from '../frame-context';
import type { Settings } from '../../../utils/settings-sanitize';
import {
  classifyGesture,
  decideTap,
  moveTrack,
  PAGE_CONTROL_SELECTOR,
  probePoints,
  startTrack,
  TAP_SLOP_PX,
  type TouchTrack,
} from '../../../utils/tap-intent';
import type { HoverCard, TermHit } from './setup-hover-card';
import { eventTime, guard } from './card-helpers';

export interface TapLookupDeps {
  /** The detected term under a viewport point, or null (HitTester.hitTest). */
  hitTest(x: number, y: number): TermHit | null;
  settings(): Settings;
}

/** How long after the tap its click may still arrive (and is swallowed), ms. */
const CLICK_AFTER_TAP_MS = 1000;

/** True when the event happened inside our own card (its host is the retargeted target). */
function inCard(e: Event): boolean {
  const t = e.target as Element | null;
  return !!t && typeof t.localName === 'string' && t.localName === 'vdl-card';
}

function inPageControl(hit: TermHit): boolean {
  const node = hit.range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  try {
    return !!el?.closest(PAGE_CONTROL_SELECTOR);
  } catch {
    return false;
  }
}

function sameOccurrence(a: TermHit, b: TermHit): boolean {
  return (
    a.term === b.term &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset
  );
}

export function setupTapLookup(ctx: FrameContext, card: HoverCard, deps: TapLookupDeps): void {
  let track: TouchTrack | null = null;
  /** The occurrence a tap last opened the card on (valid while the card shows that term). */
  let shown: TermHit | null = null;
  /** A tap we consumed: its click must not reach the page. */
  let consumed: { x: number; y: number; t: number } | null = null;

  const cardOpen = () => card.openTerm !== null;
  const closeCard = () => {
    if (cardOpen()) card.close();
    shown = null;
  };

  const hitAround = (x: number, y: number): TermHit | null => {
    for (const p of probePoints(x, y)) {
      const hit = deps.hitTest(p.x, p.y);
      if (hit) return hit;
    }
    return null;
  };

  const onDown = guard((e: PointerEvent) => {
    if (e.pointerType !== 'touch') return;
    if (!e.isPrimary) {
      // A second finger: pinch zoom, never a tap.
      if (track) track.cancelled = true;
      return;
    }
    track = inCard(e) ? null : startTrack(e.clientX, e.clientY, eventTime(e));
  }, 'tap');

  const onMove = guard((e: PointerEvent) => {
    if (e.pointerType !== 'touch' || !e.isPrimary || !track || track.cancelled) return;
    if (moveTrack(track, e.clientX, e.clientY)) {
      // A swipe or scroll: the card goes away, the page scrolls as usual.
      track.cancelled = true;
      closeCard();
    }
  }, 'tap');

  const onCancel = guard((e: PointerEvent) => {
    if (e.pointerType !== 'touch' || !track) return;
    // The browser took the touch over (it pans or zooms the page).
    track = null;
    closeCard();
  }, 'tap');

  const onUp = guard((e: PointerEvent) => {
    if (e.pointerType !== 'touch' || !e.isPrimary || !track) return;
    const t = track;
    track = null;
    if (classifyGesture(t, e.clientX, e.clientY, eventTime(e)) !== 'tap') return;
    const hit = hitAround(t.x0, t.y0);
    if (shown && card.openTerm !== shown.term) shown = null;
    const action = decideTap(
      {
        onTerm: !!hit,
        inControl: !!hit && inPageControl(hit),
        sameAsOpen: !!hit && !!shown && sameOccurrence(hit, shown),
        cardOpen: cardOpen(),
      },
      deps.settings().linkTapOpensCard,
    );
    if (action === 'open' && hit) {
      card.open(hit);
      shown = hit;
    } else if (action === 'close') {
      closeCard();
    }
    consumed =
      action === 'open' || action === 'keep' ? { x: t.x0, y: t.y0, t: eventTime(e) } : null;
  }, 'tap');

  // Cancelling the touchend of a tap stops the browser from sending the page the mouse events
  // and the click it would synthesise (https://w3c.github.io/touch-events/#mouse-events).
  const onTouchEnd = guard((e: TouchEvent) => {
    if (!consumed || inCard(e)) return;
    if (eventTime(e) - consumed.t > CLICK_AFTER_TAP_MS) {
      consumed = null;
      return;
    }
    if (e.cancelable) {
      e.preventDefault();
      consumed = null;
    }
  }, 'tap');

  // Where a click still comes (no touch events, or an uncancelable touchend), it is ours.
  const onClick = guard((e: MouseEvent) => {
    const c = consumed;
    if (!c || inCard(e)) return;
    consumed = null;
    const near = Math.hypot(e.clientX - c.x, e.clientY - c.y) <= 2 * TAP_SLOP_PX;
    if (!near || eventTime(e) - c.t > CLICK_AFTER_TAP_MS) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  }, 'tap');

  const passive = { capture: true, passive: true } as const;
  ctx.addEventListener(window, 'pointerdown', onDown, passive);
  ctx.addEventListener(window, 'pointermove', onMove, passive);
  ctx.addEventListener(window, 'pointercancel', onCancel, passive);
  ctx.addEventListener(window, 'pointerup', onUp, passive);
  // Not passive: it may cancel the consumed tap's touchend (touchend never delays scrolling).
  ctx.addEventListener(window, 'touchend', onTouchEnd, { capture: true, passive: false });
  ctx.addEventListener(window, 'click', onClick, { capture: true });
}
