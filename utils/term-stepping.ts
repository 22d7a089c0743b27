/**
 * Keyboard stepping from term to term on a page (pure): which key steps where, where a term sits
 * among the page's marked terms, and which one comes first in view. The content script's
 * term-navigator.ts feeds it the page's matches in document order.
 *
 * Keys inside an open card: N or Alt+↓ for the next term, P or Alt+↑ for the previous one
 * (letters alone, like the reader's n/p; Alt+arrows for screen-reader users whose browse mode
 * takes single letters). They are documented on the options page and in the README.
 */

export type StepDirection = 1 | -1;

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The direction a key steps in, or 0 when it is not a stepping key. */
export function stepDirection(e: KeyLike): StepDirection | 0 {
  if (e.ctrlKey || e.metaKey) return 0;
  if (e.altKey && !e.shiftKey) {
    if (e.key === 'ArrowDown') return 1;
    if (e.key === 'ArrowUp') return -1;
    return 0;
  }
  if (e.altKey || e.shiftKey) return 0;
  const k = e.key.toLowerCase();
  return k === 'n' ? 1 : k === 'p' ? -1 : 0;
}

/**
 * Where `target` sits among `items` (sorted by `compare`): its index when one compares equal,
 * else where it would be inserted, as `{ index, exact }`.
 */
export function locate<T, U>(
  items: readonly T[],
  target: U,
  compare: (item: T, target: U) => number,
): { index: number; exact: boolean } {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compare(items[mid]!, target);
    if (c === 0) return { index: mid, exact: true };
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return { index: lo, exact: false };
}

/**
 * The index to step to from a located position, or null at either end (no wrapping: the reader
 * is told they reached the first or last term instead of being thrown back across the page).
 */
export function stepIndex(
  total: number,
  at: { index: number; exact: boolean },
  dir: StepDirection,
): number | null {
  let next: number;
  if (dir === 1) next = at.exact ? at.index + 1 : at.index;
  else next = at.index - 1;
  return next >= 0 && next < total ? next : null;
}

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Index of the first item (document order) whose box shows inside the viewport, or -1. Boxes are
 * read one at a time and no further than that one: each is a layout read of a range, and a long
 * page lists thousands.
 */
export function firstInView<T>(
  items: readonly T[],
  boxOf: (item: T) => Box | null,
  viewport: { width: number; height: number },
): number {
  return items.findIndex((item) => {
    const b = boxOf(item);
    return (
      !!b &&
      b.right > b.left &&
      b.bottom > b.top &&
      b.bottom > 0 &&
      b.top < viewport.height &&
      b.right > 0 &&
      b.left < viewport.width
    );
  });
}
