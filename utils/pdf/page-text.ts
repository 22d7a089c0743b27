/**
 * One PDF page's text-layer items joined into the text the term matcher scans (pure, no DOM).
 *
 * pdf.js gives a page's text as items (runs of glyphs in one font, in content-stream order) with
 * their position; its text layer makes one <span> per item, in the same order. Matching item by
 * item would miss every term cut by a line end, so the items are joined:
 * - on one line, items touch or are separated by a space (added when the gap between them is
 *   wider than a fraction of the font size and neither side has one);
 * - between lines (pdf.js `hasEOL`, or the baseline moved), a line break — unless the line ends
 *   with a hyphen after a letter and the next one starts with a lowercase letter: the word was
 *   hyphenated at the line end, so the hyphen is dropped and the halves are glued
 *   ("terro-|risme" → "terrorisme").
 *
 * Every character of the joined text knows the item and offset it came from (−1 for separators
 * added here), so a match can be mapped back to the text layer's spans (`matchSpans`).
 */

export interface PdfTextItem {
  str: string;
  /** Baseline origin in PDF units (y grows upwards), from the item's transform. */
  x: number;
  y: number;
  /** Advance width and font height, PDF units. */
  width: number;
  height: number;
  /** pdf.js: the item ends a line. */
  hasEOL: boolean;
}

export interface PageText {
  text: string;
  /** Per character of `text`: index of its item, or −1 for an added separator. */
  item: Int32Array;
  /** Per character of `text`: offset inside its item's `str` (−1 for a separator). */
  offset: Int32Array;
}

/** A stretch of the text layer: from item/offset to item/offset (end exclusive). */
export interface SpanRange {
  startItem: number;
  startOffset: number;
  endItem: number;
  endOffset: number;
}

/** Hyphens that may end a line inside a hyphenated word (soft hyphen, ASCII, U+2010). */
const LINE_END_HYPHEN = /[-\u00ad\u2010]/;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/;

/** Gap (fraction of the font height) above which two items of a line are separate words. */
const WORD_GAP = 0.18;
/** Baseline shift (fraction of the font height) that means another line. */
const LINE_SHIFT = 0.45;

/** Whether item b starts a new line after item a. */
export function isLineBreak(a: PdfTextItem, b: PdfTextItem): boolean {
  if (a.hasEOL) return true;
  const h = Math.max(a.height, b.height, 1);
  if (Math.abs(b.y - a.y) > LINE_SHIFT * h) return true;
  // Same baseline but back to the left: a new line of another column or table row.
  return b.x < a.x - 0.5 * h;
}

/** Whether two items of one line need a space between them. */
export function needsSpace(a: PdfTextItem, b: PdfTextItem): boolean {
  if (!a.str || !b.str) return false;
  if (SPACE.test(a.str[a.str.length - 1] ?? '') || SPACE.test(b.str[0] ?? '')) return false;
  const h = Math.max(a.height, b.height, 1);
  return b.x - (a.x + a.width) > WORD_GAP * h;
}

export function joinPageText(items: readonly PdfTextItem[]): PageText {
  const chars: string[] = [];
  const item: number[] = [];
  const offset: number[] = [];
  const push = (c: string, i: number, o: number) => {
    chars.push(c);
    item.push(i);
    offset.push(o);
  };
  let prev: PdfTextItem | null = null;
  // An empty item that only says "end of line" (pdf.js emits those) applies to the previous one.
  let eol = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (!it.str) {
      eol ||= it.hasEOL;
      continue;
    }
    let from = 0;
    if (prev) {
      if (eol || isLineBreak(prev, it)) {
        if (dehyphenate(chars, item, offset, it.str)) {
          // Leading spaces of the next line would split the word again (they stay in the layer).
          while (from < it.str.length && SPACE.test(it.str[from]!)) from++;
        } else {
          push('\n', -1, -1);
        }
      } else if (needsSpace(prev, it)) {
        push(' ', -1, -1);
      }
    }
    for (let o = from; o < it.str.length; o++) push(it.str[o]!, i, o);
    prev = it;
    eol = false;
  }
  return { text: chars.join(''), item: Int32Array.from(item), offset: Int32Array.from(offset) };
}

/**
 * At a line break: when the text so far ends with letter + hyphen (trailing spaces allowed) and
 * the next line starts with a lowercase letter, drops the hyphen and the trailing spaces from
 * the joined text (they stay in the text layer) and returns true.
 */
function dehyphenate(chars: string[], item: number[], offset: number[], next: string): boolean {
  const first = next.trimStart()[0] ?? '';
  if (!LOWER.test(first)) return false;
  let end = chars.length;
  while (end > 0 && SPACE.test(chars[end - 1]!)) end--;
  if (end < 2 || !LINE_END_HYPHEN.test(chars[end - 1]!) || !LETTER.test(chars[end - 2]!)) {
    return false;
  }
  chars.length = item.length = offset.length = end - 1;
  return true;
}

/**
 * The text-layer stretches covered by [start, end) of `page.text`: one per run of consecutive
 * items (usually one; a term hyphenated across lines still gives one stretch, from its first
 * letter to its last, hyphen and line break included). Added separators at either end are
 * skipped. Empty when the range holds no character of any item.
 */
export function matchSpans(page: PageText, start: number, end: number): SpanRange[] {
  const out: SpanRange[] = [];
  let cur: SpanRange | null = null;
  for (let k = start; k < end; k++) {
    const i = page.item[k]!;
    if (i < 0) continue;
    const o = page.offset[k]!;
    if (cur && i >= cur.endItem && !(i === cur.endItem && o < cur.endOffset - 1)) {
      cur.endItem = i;
      cur.endOffset = o + 1;
    } else {
      cur = { startItem: i, startOffset: o, endItem: i, endOffset: o + 1 };
      out.push(cur);
    }
  }
  return out;
}
