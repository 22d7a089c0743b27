/**
 * A short excerpt of a passage around its first marked range, for "elsewhere" links: the card's
 * snippet builder (utils/snippet.ts) with the reader's range shape.
 */
import { buildSnippet } from '../snippet';
import type { Range } from './marks';

export interface Snippet {
  text: string;
  ranges: Range[];
  clippedStart: boolean;
  clippedEnd: boolean;
}

export function snippetAround(text: string, ranges: Range[], radius = 90): Snippet {
  const s = buildSnippet(
    text,
    ranges.map((r): [number, number] => [r.start, r.end]),
    { maxLength: Math.round(radius * 2.5), lead: 0.4 },
  );
  return {
    text: s.text,
    ranges: s.marks.map(([start, end]) => ({ start, end })),
    clippedStart: s.cutStart,
    clippedEnd: s.cutEnd,
  };
}
