/**
 * A segment's text kept as the texts of its nodes, not joined (issue 12). Joining copies every
 * character: the court decisions' `<pre>` is one segment of 590k characters in ten 65,536-character
 * text nodes (the HTML parser's split), and its join took 5–6 ms of one scan slice on the bench
 * machine. The scanner only ever reads a segment's length, a character near each window's cut
 * and the windows themselves (8k characters each), so each is sliced from the one or two node
 * texts under it; a node's `data` shares the page's string, so nothing is copied but the windows.
 */
import { nodeAt } from './scan-rules';

/** What the scanner reads of a segment's text: a string, or its parts (PartsText). */
export interface SegmentText {
  readonly length: number;
  charAt(pos: number): string;
  slice(from: number, to: number): string;
}

/** Segments longer than this, made of several nodes, keep their parts. */
export const JOIN_MAX_CHARS = 32_768;

export class PartsText implements SegmentText {
  /**
   * `parts`: the node texts in order; `starts`: where each begins in the whole (ascending,
   * starts[0] = 0); `length`: the whole's length.
   */
  constructor(
    readonly parts: readonly string[],
    readonly starts: readonly number[],
    readonly length: number,
  ) {}

  charAt(pos: number): string {
    if (pos < 0 || pos >= this.length) return '';
    const k = nodeAt(this.starts, pos);
    return (this.parts[k] as string).charAt(pos - (this.starts[k] as number));
  }

  /** As String.prototype.slice with 0 ≤ from ≤ to ≤ length (what the scanner asks). */
  slice(from: number, to: number): string {
    const end = Math.min(to, this.length);
    let at = Math.max(0, from);
    if (at >= end) return '';
    let k = nodeAt(this.starts, at);
    let out = '';
    while (at < end) {
      const part = this.parts[k] as string;
      const s = this.starts[k] as number;
      const stop = Math.min(end, s + part.length);
      out += part.slice(at - s, stop - s);
      at = stop;
      k++;
    }
    return out;
  }

  toString(): string {
    return this.parts.join('');
  }
}
