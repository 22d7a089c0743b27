import { INLINE_TAGS } from '../../utils/scan-rules';

/** The paragraph-like block a node sits in: its nearest ancestor that is not an inline tag. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && INLINE_TAGS.has(el.localName) && el.parentElement) el = el.parentElement;
  return el;
}
