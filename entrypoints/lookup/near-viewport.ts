/**
 * "Near the viewport", as the highlighter's windowing and the scanner's kept answers both follow
 * it: one IntersectionObserver margin and one rule for what counts as near.
 */
import type { DomRefs } from './dom-refs';

/** One screen above and below (and half a screen to the sides). */
const NEAR_MARGIN = '100% 50%';

/** The page's IntersectionObserver constructor, or undefined without the API. */
export function observerClass(refs: DomRefs): typeof IntersectionObserver | undefined {
  const IO = (refs.win as { IntersectionObserver?: typeof IntersectionObserver })
    .IntersectionObserver;
  return typeof IO === 'function' ? IO : undefined;
}

/** An observer reporting elements entering or leaving the near zone, or null without one. */
export function nearObserver(
  refs: DomRefs,
  report: (entries: IntersectionObserverEntry[]) => void,
): IntersectionObserver | null {
  const IO = observerClass(refs);
  if (!IO) return null;
  try {
    return new IO(report, { rootMargin: NEAR_MARGIN });
  } catch {
    return null;
  }
}

/**
 * Near the viewport, or without a box to follow (display: contents, not rendered): such an
 * element is never "intersecting", and its text must not wait for it.
 */
export function isNear(e: IntersectionObserverEntry): boolean {
  if (e.isIntersecting) return true;
  const box = e.boundingClientRect;
  return box.width === 0 && box.height === 0;
}
