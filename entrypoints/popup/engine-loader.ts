/**
 * The search index (~100 KB of JSON) and the engine (with fuse.js) live in their own chunks,
 * fetched right after the popup's first paint: the search box is usable before they arrive, and
 * a query typed meanwhile is answered as soon as they do (issue 14: the popup took 220–760 ms to
 * become usable when its 167 KB script built the index before rendering).
 */
import type { SearchEngine } from '../../utils/search/engine';
import type { SearchIndexData } from '../../utils/search/types';

let pending: Promise<SearchEngine> | null = null;

export function loadEngine(): Promise<SearchEngine> {
  pending ??= Promise.all([
    import('../../data/generated/search-index.json'),
    import('../../utils/search/engine'),
  ]).then(([index, { createSearchEngine }]) => {
    performance.mark('vdl-popup-engine-start');
    const engine = createSearchEngine(index.default as unknown as SearchIndexData);
    performance.measure('vdl-popup-engine', 'vdl-popup-engine-start');
    return engine;
  });
  return pending;
}
