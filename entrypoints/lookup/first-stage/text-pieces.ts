/**
 * A subtree's text for the first stage's probe, read in pieces small enough to keep each probe
 * slice short, in document order and joined as `textContent` joins them (no separator), without
 * the text of scripts, styles and the other tags the scanner never reads.
 *
 * Why pieces: `textContent` copies every character of the subtree into one new string. On a
 * 615k-character court decision the body's `textContent` alone took 8–17 ms of one task on the
 * bench machine, the probe's longest task on large pages, and most of it was text the probe
 * never needed (a page with a core term in its first chunk is judged after 32k characters).
 * Why not node by node: each node a content script touches costs a lookup in its world's
 * wrapper map; walking every element and text node was most of a news page's probe. So a
 * subtree is read whole while it is small (see `large`; no script or style inside), and opened
 * child by child otherwise: a news page is read in about a hundred calls, a decision's 64k text
 * nodes one by one.
 */
import { INLINE_TAGS, SKIP_TAGS } from '../../../utils/scan-rules';

/**
 * A subtree with this many elements is opened, not read whole. Elements, not characters: a
 * subtree's text length is unknown until it is read, and its element count is bounded cheaply
 * (`item(READ_WHOLE_MAX - 1)` stops there).
 */
export const READ_WHOLE_MAX = 128;

/**
 * Elements whose text is read whole once they have an element child (see `large`): inline ones,
 * and those that hold a line of text (a row, a cell, an item, a paragraph, a heading).
 */
const TEXT_ROWS: ReadonlySet<string> = new Set([
  ...INLINE_TAGS,
  ...'p li tr td th dt dd caption figcaption h1 h2 h3 h4 h5 h6'.split(' '),
]);

/**
 * Elements whose children are rows (TEXT_ROWS, read whole). When one is opened, its children are
 * read ROW_RUN at a time, each run with one Range (`ReadRun`): a row read alone costs a wrapper
 * for it and four calls, and a 1,400-row table read row by row was most of the probe on a page
 * whose text it all read (issue 12). A run's text is the rows' own (`Range.toString()` joins the
 * text nodes between its ends, as `textContent` does); a container that holds a script, a style
 * or a noscript is opened child by child as before (`holders`).
 */
const ROW_CONTAINERS: ReadonlySet<string> = new Set([
  'table',
  'tbody',
  'thead',
  'tfoot',
  'ul',
  'ol',
  'dl',
  'menu',
]);
/** Children (rows and the whitespace between them) read with one Range. */
export const ROW_RUN = 64;

/** The text of `parent`'s children from index `from` to `to` (excluded), '' when gone. */
export type ReadRun = (parent: PieceNode, from: number, to: number) => string;

/** Children of a row container still to read (see ROW_CONTAINERS). */
class Run {
  constructor(
    readonly parent: PieceNode,
    readonly from: number,
    readonly to: number,
  ) {}
}

/** Text that `textContent` includes and the scanner never reads, often large. */
const BULKY = 'script,style,noscript';

/** The parts of the DOM the reader uses (real nodes in pages; plain objects in unit tests). */
export interface PieceNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly lastChild: PieceNode | null;
  readonly previousSibling: PieceNode | null;
  readonly parentNode: PieceNode | null;
  readonly localName?: string;
  readonly data?: string;
  readonly childElementCount?: number;
  readonly childNodes?: { readonly length: number };
  getElementsByTagName?(name: string): { item(index: number): unknown };
}

export interface PieceRoot extends PieceNode {
  querySelectorAll(selectors: string): Iterable<PieceNode>;
}

export class TextPieces {
  /** Nodes (and runs of rows) still to read, the next one last. */
  private readonly stack: (PieceNode | Run)[] = [];
  /** Elements with a script, style or noscript inside: opened, never read whole. */
  private readonly holders = new Set<PieceNode>();

  constructor(
    top: PieceRoot,
    /** Reads a run of rows in one call; without it, rows are read one by one. */
    private readonly readRun?: ReadRun,
  ) {
    let bulky = false;
    for (const b of top.querySelectorAll(BULKY)) {
      bulky = true;
      for (let p = b.parentNode; p && p !== top && !this.holders.has(p); p = p.parentNode) {
        this.holders.add(p);
      }
    }
    // A small top without scripts or styles is read in one call, as a whole.
    if (bulky) this.open(top);
    else this.stack.push(top);
  }

  /** The next piece's text ('' for a node without any), or null once everything was read. */
  next(): string | null {
    for (;;) {
      const n = this.stack.pop();
      if (!n) return null;
      if (n instanceof Run) return (this.readRun as ReadRun)(n.parent, n.from, n.to);
      const t = n.nodeType;
      // Text, and CDATA sections (XHTML), which `textContent` includes.
      if (t === 3 || t === 4) return n.data ?? '';
      if (t === 11) {
        this.open(n);
        continue;
      }
      if (t !== 1) continue;
      if (SKIP_TAGS.has(n.localName ?? '')) continue;
      if (this.holders.has(n) || large(n)) {
        this.open(n);
        continue;
      }
      return n.textContent ?? '';
    }
  }

  /** Pushes a node's children, the first last (popped in document order). */
  private open(n: PieceNode): void {
    const count = n.childNodes?.length ?? 0;
    if (
      this.readRun &&
      count > ROW_RUN &&
      ROW_CONTAINERS.has(n.localName ?? '') &&
      !this.holders.has(n)
    ) {
      // Pushed last run first (popped in document order).
      for (let from = count - 1 - ((count - 1) % ROW_RUN); from >= 0; from -= ROW_RUN) {
        this.stack.push(new Run(n, from, Math.min(count, from + ROW_RUN)));
      }
      return;
    }
    for (let c = n.lastChild; c; c = c.previousSibling) this.stack.push(c);
  }
}

/**
 * Whether an element is opened rather than read whole: it has READ_WHOLE_MAX elements or more
 * (its text may be long, and its parts are found cheaply), or opening it costs a node or three:
 * text nodes side by side with no element between them, as Blink's parser left a text longer
 * than 65,536 characters up to Chromium 150 (the court decisions' `<pre>`: 590k characters in ten
 * text nodes; its text nodes are then read one by one, and `data` shares the node's string, it
 * copies nothing; Chromium 156 keeps it in one node, read whole, and the probe slices it),
 * or a single element child, which may wrap such a text (a text file's `<body><pre>`).
 * Left as is: a small subtree with several element children, one of which holds a long text,
 * is read whole.
 */
function large(el: PieceNode): boolean {
  const els = el.childElementCount ?? 0;
  if (els === 0) return (el.childNodes?.length ?? 0) > 1;
  // A table row, a list item, a paragraph…: read whole without counting (a 4,200-cell table
  // opened row by row cost the probe 2,800 pieces; each count is two more wrapper lookups).
  if (TEXT_ROWS.has(el.localName ?? '')) return false;
  if (els === 1) return true;
  return el.getElementsByTagName?.('*').item(READ_WHOLE_MAX - 1) != null;
}
