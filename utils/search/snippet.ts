/** Snippets centred on the matched words, with the offsets of the marks. */
import type { Snippet } from './types';

export interface Mark {
  start: number;
  end: number;
  /** Which query part matched (snippets prefer windows showing many different parts). */
  group: number;
}

/**
 * Cuts `text` to about `width` characters around the window that shows the most different
 * matched parts, at word boundaries. Marks are relative to the returned text.
 */
export function makeSnippet(text: string, marks: Mark[], width = 200): Snippet {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  if (text.length <= width + 40) {
    return { text, marks: sorted.map((m) => [m.start, m.end]), cutStart: false, cutEnd: false };
  }
  let from = 0;
  if (sorted.length) {
    let best = -1;
    let bestAt = sorted[0]!.start;
    for (const anchor of sorted) {
      const lo = anchor.start;
      const groups = new Set<number>();
      let n = 0;
      for (const m of sorted) {
        if (m.start >= lo && m.end <= lo + width * 0.75) {
          groups.add(m.group);
          n++;
        }
      }
      const value = groups.size * 100 + n;
      if (value > best) {
        best = value;
        bestAt = lo;
      }
    }
    // Leave a little context before the first mark.
    from = Math.max(0, bestAt - Math.round(width * 0.25));
  }
  let to = Math.min(text.length, from + width);
  if (to === text.length) from = Math.max(0, to - width);
  // Snap to word boundaries.
  if (from > 0) {
    const sp = text.indexOf(' ', from);
    if (sp >= 0 && sp - from < 25) from = sp + 1;
  }
  if (to < text.length) {
    const sp = text.lastIndexOf(' ', to);
    if (sp > from && to - sp < 25) to = sp;
  }
  return {
    text: text.slice(from, to),
    marks: sorted
      .filter((m) => m.start >= from && m.end <= to)
      .map((m): [number, number] => [m.start - from, m.end - from]),
    cutStart: from > 0,
    cutEnd: to < text.length,
  };
}

/** Splits snippet text into plain and marked pieces (for rendering as text nodes). */
export function snippetPieces(s: Snippet): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [a, b] of s.marks) {
    if (a < at) continue;
    if (a > at) out.push({ text: s.text.slice(at, a), mark: false });
    out.push({ text: s.text.slice(a, b), mark: true });
    at = b;
  }
  if (at < s.text.length) out.push({ text: s.text.slice(at), mark: false });
  return out;
}
