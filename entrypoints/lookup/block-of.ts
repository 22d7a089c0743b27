/** Where a node sits on the page: its block, and document order of ranges. */
import { INLINE_TAGS } from '../../utils/scan-rules';

/** The paragraph-like block a node sits in: its nearest ancestor that is not an inline tag. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && INLINE_TAGS.has(el.localName) && el.parentElement) el = el.parentElement;
  return el;
}

/** Where a range starts: a range, or a match that knows it without making its range. */
export type RangeStart = Pick<AbstractRange, 'startContainer' | 'startOffset'>;

/** Document order of two ranges' starts (ranges in different trees: a stable arbitrary order). */
export function compareStarts(a: RangeStart, b: RangeStart): number {
  const na = a.startContainer;
  const nb = b.startContainer;
  if (na === nb) return a.startOffset - b.startOffset;
  const pos = na.compareDocumentPosition(nb);
  if (pos & 4 /* FOLLOWING */) return -1;
  if (pos & 2 /* PRECEDING */) return 1;
  return 0;
}
