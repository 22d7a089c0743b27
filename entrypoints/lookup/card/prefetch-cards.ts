/**
 * Card data fetched ahead of the first hover (issue 12/17): when the scanner announces the
 * page's first terms, the stored cards of the first few are read in one storage read, and those
 * not stored yet are asked of the background one at a time in idle time, so the first hover after
 * page load waits for nothing. Only the first few: most readers hover few terms.
 */
import type { FrameContext } from '../frame-context';
import { lookupTerm, readStored, type Lang } from './card-data';

/** Terms prefetched per page (the first found: the visible block is scanned first). */
export const PREFETCH_MAX = 6;

export function createPrefetcher(
  ctx: FrameContext,
  stopped: () => boolean,
): (terms: readonly string[], lang: Lang) => void {
  const done = new Set<string>();
  let budget = PREFETCH_MAX;
  return (terms, lang) => {
    const wanted = terms.filter((t) => !done.has(`${lang}:${t}`)).slice(0, budget);
    budget -= wanted.length;
    for (const t of wanted) done.add(`${lang}:${t}`);
    let todo: string[] = [];
    const next = () => {
      const term = todo.shift();
      if (!term || stopped()) return;
      // One at a time, when the page is idle: never a burst of work on the page's main thread.
      lookupTerm(term, lang, { notStored: true }).then(schedule, schedule);
    };
    const schedule = () => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: 2000 });
      else ctx.setTimeout(next, 50);
    };
    void readStored(wanted, lang).then((missing) => {
      todo = missing;
      schedule();
    });
  };
}
