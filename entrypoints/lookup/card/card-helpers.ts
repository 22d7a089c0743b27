/** Small pure helpers of the hover card: message shape, hit identity, event time, guards. */
import type { TermHit } from '../lookup-types';

/** The keyboard command from the background (the shape of its schema in utils/messages.ts). */
export function isShowCardForSelection(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const keys = Object.keys(raw);
  return keys.length === 1 && (raw as { type?: unknown }).type === 'showCardForSelection';
}

export function sameHit(a: TermHit | null | undefined, b: TermHit | null | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  return (
    a.term === b.term &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset
  );
}

/** An event's time on the performance.now() clock (now, when the browser gives none). */
export function eventTime(e: Event): number {
  const now = performance.now();
  return e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now;
}

/** `fn`, never throwing into the page: an error is logged under `[vdl] <what>:` instead. */
export function guard<A extends unknown[]>(
  fn: (...args: A) => void,
  what = 'card',
): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (err) {
      console.error(`[vdl] ${what}:`, err);
    }
  };
}
