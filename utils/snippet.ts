/**
 * The one snippet builder and mark model shared by the hover card, the popup and the reader: a
 * window of a passage's text around the words that made it match, cut on word boundaries, with
 * those words as [start, end) marks relative to the snippet (pure).
 */

/** [start, end) UTF-16 offsets of marked words in a text. */
export type Mark = [start: number, end: number];

/** A mark with the query part that produced it (a window prefers showing many different parts). */
export type GroupedMark = [start: number, end: number, group?: number];

export interface Snippet {
  text: string;
  /** [start, end) ranges inside text to mark, sorted, not overlapping. */
  marks: Mark[];
  /** True when text was cut at the start / end. */
  cutStart: boolean;
  cutEnd: boolean;
}

export interface SnippetOptions {
  /** Longest snippet text, in UTF-16 units (cuts are then moved back to word boundaries). */
  maxLength?: number;
  /** Share of the window placed before the anchor mark (0–1). */
  lead?: number;
}

const SENTENCE_START = /[.!?;:…»]\s+(?=\S)/g;

/** Cleans marks: inside the text, non-empty, sorted, overlaps and touching marks merged. */
export function mergeMarks(marks: readonly GroupedMark[], length: number): Mark[] {
  const sorted = marks
    .map(([s, e]): Mark => [Math.max(0, s), Math.min(length, e)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Mark[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else out.push([m[0], m[1]]);
  }
  return out;
}

/**
 * The mark a window should start from: the one whose following window shows the most different
 * groups (query parts), the earliest on a tie (so, without groups, the first mark).
 */
function anchorMark(marks: readonly GroupedMark[], span: number): GroupedMark | undefined {
  const sorted = [...marks].sort((a, b) => a[0] - b[0]);
  let best: GroupedMark | undefined;
  let bestGroups = 0;
  for (const m of sorted) {
    const groups = new Set<number>();
    for (const o of sorted) if (o[0] >= m[0] && o[1] <= m[0] + span) groups.add(o[2] ?? 0);
    if (groups.size > bestGroups) {
      best = m;
      bestGroups = groups.size;
    }
  }
  return best;
}

/**
 * Builds a snippet of `text` that shows the anchor mark (see anchorMark) with some context before
 * it and as much of what follows as fits. Whole text when it fits. Never cuts inside a word or a
 * mark.
 */
export function buildSnippet(
  text: string,
  marks: readonly GroupedMark[],
  opts: SnippetOptions = {},
): Snippet {
  const max = Math.max(20, opts.maxLength ?? 200);
  const lead = Math.min(1, Math.max(0, opts.lead ?? 0.3));
  const inside = marks.filter(([s, e]) => e > s && e > 0 && s < text.length);
  const all = mergeMarks(inside, text.length);
  if (text.length <= max) return trimSnippet(text, 0, text.length, all);
  const anchor = anchorMark(inside, max * (1 - lead));
  const first: Mark = anchor ? [Math.max(0, anchor[0]), Math.min(text.length, anchor[1])] : [0, 0];
  let start = Math.max(0, first[0] - Math.floor(max * lead));
  // Prefer starting at the sentence that holds the mark, when it starts close enough before it.
  const from = Math.max(0, first[0] - Math.floor(max * 0.6));
  SENTENCE_START.lastIndex = 0;
  let best = -1;
  for (const m of text.slice(from, first[0]).matchAll(SENTENCE_START)) {
    best = from + m.index + m[0].length;
  }
  if (best >= 0) start = best;
  else if (start > 0) start = wordStartAtOrAfter(text, start, first[0]);
  let end = Math.min(text.length, start + max);
  if (end < text.length) end = wordEndAtOrBefore(text, end, first[1]);
  // Room left at the end (short tail): give it back to the start.
  if (end === text.length && end - start < max && start > 0) {
    start = wordStartAtOrAfter(text, Math.max(0, end - max), first[0]);
  }
  // Never cut inside a mark.
  for (const [s, e] of all) {
    if (s < start && e > start) start = s;
    if (s < end && e > end) end = s > start ? s : e;
  }
  return trimSnippet(text, start, end, all);
}

function trimSnippet(text: string, start: number, end: number, marks: Mark[]): Snippet {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  const out: Mark[] = [];
  for (const [ms, me] of marks) {
    if (me <= s || ms >= e) continue;
    out.push([Math.max(ms, s) - s, Math.min(me, e) - s]);
  }
  return { text: text.slice(s, e), marks: out, cutStart: start > 0, cutEnd: end < text.length };
}

/** The first word start at or after i (but not beyond limit). */
function wordStartAtOrAfter(text: string, i: number, limit: number): number {
  if (i === 0 || /\s/.test(text[i - 1]!)) return i;
  for (let j = i; j < limit; j++) if (/\s/.test(text[j]!)) return j + 1;
  return i;
}

/** The last word end at or before i (but not before limit). */
function wordEndAtOrBefore(text: string, i: number, limit: number): number {
  if (i >= text.length || /\s/.test(text[i]!)) return i;
  for (let j = i; j > limit; j--) if (/\s/.test(text[j - 1]!)) return j - 1;
  return i;
}

/** Splits a text into plain and marked parts, for rendering as text nodes (never innerHTML). */
export function markedParts(
  text: string,
  marks: readonly GroupedMark[],
): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [a, b] of mergeMarks(marks, text.length)) {
    if (a > at) parts.push({ text: text.slice(at, a), mark: false });
    parts.push({ text: text.slice(a, b), mark: true });
    at = b;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** A snippet's text in plain and marked parts. */
export function snippetParts(s: Snippet): { text: string; mark: boolean }[] {
  return markedParts(s.text, s.marks);
}
