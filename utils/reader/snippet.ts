/**
 * A short excerpt of a passage around its first marked range, for "elsewhere" links: the shared
 * snippet builder (utils/snippet.ts) fed with the reader's ranges.
 */
import { buildSnippet, type Snippet } from '../snippet';
import type { Range } from './marks';

export function snippetAround(text: string, ranges: Range[], radius = 90): Snippet {
  return buildSnippet(
    text,
    ranges.map((r) => [r.start, r.end]),
    { maxLength: Math.round(radius * 2.5), lead: 0.4 },
  );
}
