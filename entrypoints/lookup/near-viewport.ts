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
 * element is never "intersecting", and its text must not wait for it. The element is asked
 * (`checkVisibility()` is false without a box,
 * https://drafts.csswg.org/cssom-view/#dom-element-checkvisibility) rather than the entry's
 * `boundingClientRect` read, a new DOMRect each: a long article's first report of 759 far
 * paragraphs took 1.9–7.1 ms that way in a content script's world, 0.9–1.4 asking the elements
 * (issue 12). It reads computed styles only (a page that changed its styles since its last frame
 * has them recomputed here rather than at its next frame). Engines without it read the box.
 */
export function isNear(e: IntersectionObserverEntry): boolean {
  if (e.isIntersecting) return true;
  const el = e.target as Element & { checkVisibility?: () => boolean };
  if (typeof el.checkVisibility === 'function') return !el.checkVisibility();
  const box = e.boundingClientRect;
  return box.width === 0 && box.height === 0;
}
