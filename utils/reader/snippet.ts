/** A short excerpt of a passage around its first marked range, for "elsewhere" links. */
import { normaliseRanges, type Range } from './marks';

export interface Snippet {
  text: string;
  ranges: Range[];
  clippedStart: boolean;
  clippedEnd: boolean;
}

export function snippetAround(text: string, ranges: Range[], radius = 90): Snippet {
  const rs = normaliseRanges(ranges, text.length);
  const first = rs[0] ?? { start: 0, end: 0 };
  let start = Math.max(0, first.start - radius);
  let end = Math.min(text.length, first.end + radius * 1.5);
  // Cut on word boundaries.
  if (start > 0) {
    const sp = text.indexOf(' ', start);
    if (sp >= 0 && sp < first.start) start = sp + 1;
  }
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    if (sp > first.end) end = sp;
  }
  const shifted = rs
    .filter((r) => r.start >= start && r.end <= end)
    .map((r) => ({ start: r.start - start, end: r.end - start }));
  return {
    text: text.slice(start, end),
    ranges: shifted,
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}
