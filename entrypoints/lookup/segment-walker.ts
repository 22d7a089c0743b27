/**
 * Walks a subtree and yields its text as segments: runs of text nodes that flow together in one
 * block (joined across inline elements such as <a>, <b>, <span>), so a term split by markup is
 * seen whole and a word glued across elements ("CGU" + "Espace") is not mistaken for a term.
 * Resumable: `next()` returns one segment at a time, so the scanner can stop between segments.
 */
import {
  INLINE_TAGS,
  SHADOW_HOST_TAGS,
  SKIP_TAGS,
  isCodePre,
  isEditableValue,
} from '../../utils/scan-rules';
import { JOIN_MAX_CHARS, PartsText } from '../../utils/parts-text';
import type { DomRefs } from './dom-refs';

export interface Segment {
  /**
   * Walk order (page-wide). The scanner's stale-answer check keeps this number per text node, not
   * the segment: a segment then dies young once answered, and the scavenges that followed a big
   * page's walk no longer copy thousands of them.
   */
  readonly id: number;
  /** Empty while `leaf` (found by `resolveLeaf` once the text has an answer). */
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: readonly number[];
  /** Joined, or in its nodes' parts when long (a PartsText: joining copies every character). */
  text: string | PartsText;
  /** The block the text flows in (its nearest element that is not inline). */
  readonly block: Node | null;
  /**
   * Read whole from a leaf block (see LEAF_BREAKERS) with `textContent`: its text nodes are not
   * visited until an answer holds a match in it (`resolveLeaf`).
   */
  leaf: boolean;
}

/** The `starts` of every one-node segment (most of them): not one array each. */
const ONE_START: readonly number[] = Object.freeze([0]);
const NO_STARTS: readonly number[] = Object.freeze([]);

/**
 * What keeps a block from being a leaf: any element that is not inline (blocks, line breaks,
 * images, skipped elements, custom elements), a hidden or editable region, and an empty span (the
 * inline element that may host a shadow root; the first stage's probe looks for the same ones).
 * A leaf's text is then exactly what the walk would join from its text nodes: one `textContent`
 * call instead of a call per node and per element, each of which costs a lookup in the content
 * script's wrapper map (a data table's cells: most of its walk).
 */
const LEAF_BREAKERS = `:not(${[...INLINE_TAGS].join(',')}),[hidden],[contenteditable],span:empty`;
/**
 * Longer leaves are walked node by node: at most this many text nodes are found again when one
 * is answered (each holds a character), and the walk's own limit (MAX_SEGMENT_NODES) never splits
 * a leaf, so the texts matched are the walk's.
 */
const LEAF_MAX_CHARS = 2000;
const MAX_SEGMENT_NODES = LEAF_MAX_CHARS;
/**
 * A longer leaf is read whole when it has fewer elements than this: a parsed subtree holds at most
 * one text node more than twice its elements (text nodes are separated by tags), so fewer than
 * MAX_SEGMENT_NODES, and finding them again stays short.
 */
const LEAF_MAX_ELEMENTS = 1000;

let lastSegmentId = 0;

/**
 * Elements whose children are blocks in valid HTML (rows, cells, items): never a leaf when they
 * have an element child, so not asked (two calls per row of a table). Read node by node when they
 * hold only inline content, which yields the same text.
 */
const NEVER_LEAF: ReadonlySet<string> = new Set([
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'ul',
  'ol',
  'dl',
]);

/** Only ASCII whitespace (the first character is checked before the expression runs). */
const BLANK = /^[ \t\n\r\f]+$/;
function isBlank(data: string): boolean {
  return data.charCodeAt(0) <= 32 && BLANK.test(data);
}

/** deep: the whole subtree. shallow: only the text flowing directly in the root block. */
export type WalkMode = 'deep' | 'shallow';

/**
 * Returned by `next()` when it visited its step budget without completing a segment. From the
 * world's symbol registry: the walker (/card-walk.js) and the scanner that compares with it
 * (/card-scan.js) are separate bundles, each with its own copy of this module.
 */
export const WALK_PAUSED: unique symbol = Symbol.for('vdl.walk-paused');
const MAX_SEGMENT_CHARS = 1 << 20;

/** True for elements whose subtree is never scanned (`name`: its localName, when known). */
export function isSkipped(el: Element, name = el.localName): boolean {
  if (SKIP_TAGS.has(name)) return true;
  if (
    name === 'pre' &&
    isCodePre(
      el.firstElementChild?.localName,
      el.getAttribute('class') ?? '',
      el.parentElement?.getAttribute('class') ?? '',
    )
  ) {
    return true;
  }
  // One call for the many elements without attributes (every DOM call from the content script's
  // world costs), two more for the others.
  if (!el.hasAttributes()) return false;
  // hidden="until-found" text is revealed by find-in-page: scanned.
  const hidden = el.getAttribute('hidden');
  return (
    (hidden !== null && hidden !== 'until-found') ||
    isEditableValue(el.getAttribute('contenteditable'))
  );
}

/**
 * Elements that can have a shadow root (custom elements and SHADOW_HOST_TAGS). Others are not
 * asked: a skipped call per element on pages of tens of thousands of them.
 */
const SHADOW_HOSTS: ReadonlySet<string> = new Set(SHADOW_HOST_TAGS);

function mayHostShadow(name: string): boolean {
  return SHADOW_HOSTS.has(name) || name.includes('-');
}

/** Nearest ancestor that is not an inline element: the block a text node flows in. */
export function blockOf(node: Node): Node {
  let p: Node | null = node.parentNode;
  while (p && p.nodeType === 1 && INLINE_TAGS.has((p as Element).localName)) {
    const up: Node | null = p.parentNode;
    if (!up) break;
    p = up;
  }
  return p ?? node;
}

/** True when `node` sits in a region never scanned (skipped ancestor, shadow hosts included). */
export function inSkippedRegion(node: Node): boolean {
  let n: Node | null = node;
  while (n) {
    if (n.nodeType === 1 && isSkipped(n as Element)) return true;
    n = n.parentNode ?? (n as ShadowRoot).host ?? null;
  }
  return false;
}

export class SegmentWalker {
  private readonly walker: TreeWalker;
  private started = false;
  /** The walk reached its end (the TreeWalker may sit on the root again: never restart). */
  private ended = false;
  private skipKids = false;
  private breakPending = false;
  private block: Node | null = null;
  private nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly parts: string[] = [];
  private chars = 0;
  /** For a deep walk from an inline root: the block outside it whose flow a shallow job owns. */
  private readonly outerBlock: Node | null;
  /** blockOf() of the last text node's parent: siblings share it. */
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;
  /** The last element visited, and itself when it is not inline (the block of its text). */
  private lastEl: Element | null = null;
  private lastElBlock: Element | null = null;
  /** A leaf's segment, returned by the next call (the text before it was returned first). */
  private queued: Segment | null = null;
  /** Only an inline `exclude` can sit inside a leaf (a block one makes its ancestors non-leaves). */
  private readonly inlineExclude: boolean;
  /** Set when the walk lost its place (its current node left the page): restart the job. */
  broken = false;
  /** Text nodes visited one by one (a leaf's are not). */
  textNodes = 0;
  /** Leaves read whole. */
  leaves = 0;
  /** Nodes visited so far (the scanner reads its clock after so many). */
  steps = 0;

  constructor(
    refs: DomRefs,
    readonly root: Node,
    readonly mode: WalkMode,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
    /** An element already scanned on its own (the visible part, first): not walked again. */
    private readonly exclude: Node | null = null,
  ) {
    this.walker = refs.createTreeWalker(root, refs.SHOW_ELEMENT | refs.SHOW_TEXT);
    this.outerBlock =
      mode === 'deep' && root.nodeType === 1 && INLINE_TAGS.has((root as Element).localName)
        ? blockOf(root)
        : null;
    this.inlineExclude =
      exclude !== null && exclude.nodeType === 1 && INLINE_TAGS.has((exclude as Element).localName);
  }

  /**
   * The next segment, or null when the walk is over (check `broken`), or WALK_PAUSED after
   * `maxSteps` nodes without a complete segment (call again to go on where it stopped).
   */
  next(maxSteps = Infinity): Segment | null | typeof WALK_PAUSED {
    const queued = this.queued;
    if (queued) {
      this.queued = null;
      return queued;
    }
    const cur = this.walker.currentNode;
    if (
      this.started &&
      !this.ended &&
      cur !== this.root &&
      !cur.isConnected &&
      this.root.isConnected
    ) {
      this.broken = true;
      return null;
    }
    for (let steps = 0; ; steps++) {
      if (steps >= maxSteps) return WALK_PAUSED;
      const node = this.advance();
      if (!node) return this.flush();
      // Elements have a name, text nodes (and the root, a document or shadow root) none: read on
      // the prototype chain without a call into the DOM, where `nodeType` is one per node.
      const name = (node as Partial<Element>).localName;
      if (name === undefined) {
        const text = node as Text;
        const data = text.data;
        // The root (a document, a shadow root) has no data.
        if (!data) continue;
        // Whitespace that would begin a segment (between a table's rows, a list's items, blocks)
        // changes no match: not a segment of its own, each of which costs a few map entries.
        if ((this.breakPending || !this.nodes.length) && isBlank(data)) continue;
        const parent = text.parentNode;
        let block = this.lastBlock;
        if (parent !== this.lastParent || !block) {
          // The element just visited, when it is the parent and not inline, is the block.
          block = parent === this.lastEl && this.lastElBlock ? this.lastElBlock : blockOf(text);
          this.lastParent = parent;
          this.lastBlock = block;
        }
        if (this.outerBlock && block === this.outerBlock) continue;
        let out: Segment | null = null;
        if (
          this.nodes.length &&
          (block !== this.block ||
            this.breakPending ||
            this.nodes.length >= MAX_SEGMENT_NODES ||
            this.chars >= MAX_SEGMENT_CHARS)
        ) {
          out = this.flush();
        }
        this.breakPending = false;
        this.block = block;
        this.starts.push(this.chars);
        this.nodes.push(text);
        this.parts.push(data);
        this.chars += data.length;
        this.textNodes++;
        if (out) return out;
        continue;
      }
      const el = node as Element;
      this.lastEl = el;
      this.lastElBlock = null;
      if (el === this.exclude || isSkipped(el, name)) {
        this.skipKids = true;
        this.breakPending = true;
        continue;
      }
      const inline = INLINE_TAGS.has(name);
      if (!inline) {
        this.lastElBlock = el;
        this.breakPending = true;
        if (this.mode === 'shallow' && el !== this.root) {
          this.skipKids = true;
          continue;
        }
      }
      if (mayHostShadow(name)) {
        const sr = el.shadowRoot;
        if (sr) this.onShadowRoot(sr);
      }
      if (inline) continue;
      const text = NEVER_LEAF.has(name) ? null : this.leafText(el);
      if (text === null) continue;
      this.skipKids = true;
      this.leaves++;
      if (!text) continue;
      // The text before it first (its id comes first too: ids are the walk's order).
      const before = this.flush();
      const seg: Segment = {
        id: ++lastSegmentId,
        nodes: [],
        starts: NO_STARTS,
        text,
        block: el,
        leaf: true,
      };
      if (!before) return seg;
      this.queued = seg;
      return before;
    }
  }

  /** A leaf's whole text, or null for a block walked node by node. */
  private leafText(el: Element): string | null {
    // Text alone is a few nodes to walk, where `textContent` would copy it (a decision's <pre> of
    // 570k characters in 65,536-character nodes: 10–15 ms, against 5 for the walk).
    if (!el.childElementCount) return null;
    if (el.querySelector(LEAF_BREAKERS)) return null;
    if (this.inlineExclude && el.contains(this.exclude)) return null;
    const text = el.textContent ?? '';
    if (text.length <= LEAF_MAX_CHARS) return text;
    // A long leaf: still one segment, as the walk's would be, when it holds few nodes (its text,
    // already copied, is not thrown away).
    if (text.length > MAX_SEGMENT_CHARS) return null;
    return el.getElementsByTagName('*').length < LEAF_MAX_ELEMENTS ? text : null;
  }

  private advance(): Node | null {
    if (this.ended) return null;
    this.steps++;
    const n = this.step();
    if (!n) this.ended = true;
    return n;
  }

  private step(): Node | null {
    const w = this.walker;
    if (!this.started) {
      this.started = true;
      return w.currentNode;
    }
    if (this.skipKids) {
      this.skipKids = false;
      for (;;) {
        const n = w.nextSibling();
        if (n) return n;
        if (!w.parentNode()) return null;
      }
    }
    return w.nextNode();
  }

  private flush(): Segment | null {
    if (!this.nodes.length) return null;
    const one = this.nodes.length === 1;
    const starts = one ? ONE_START : this.starts.slice();
    let text: string | PartsText;
    if (one) text = this.parts[0] as string;
    else if (this.chars > JOIN_MAX_CHARS)
      text = new PartsText(this.parts.slice(), starts, this.chars);
    else text = this.parts.join('');
    const seg: Segment = {
      id: ++lastSegmentId,
      // Copied to its exact length: the buffer's spare capacity would live as long as the segment.
      nodes: one ? [this.nodes[0] as Text] : this.nodes.slice(),
      starts,
      text,
      block: this.block,
      leaf: false,
    };
    // The buffers are copied or joined above: emptied and reused.
    this.nodes.length = 0;
    this.starts.length = 0;
    this.parts.length = 0;
    this.chars = 0;
    return seg;
  }
}

/**
 * Finds a leaf segment's text nodes (and where each starts in its text), once an answer holds a
 * match in it. False when the leaf's text is no longer the one matched (the page changed it: the
 * mutation watcher's rescan brings it back).
 */
export function resolveLeaf(refs: DomRefs, seg: Segment): boolean {
  const block = seg.block;
  const text = seg.text;
  // A leaf's text is its block's textContent: always a string.
  if (!seg.leaf || !block?.isConnected || typeof text !== 'string') return false;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  const w = refs.createTreeWalker(block, refs.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const data = (n as Text).data;
    if (!data) continue;
    if (!text.startsWith(data, at)) return false;
    nodes.push(n as Text);
    starts.push(at);
    at += data.length;
  }
  if (at !== text.length) return false;
  seg.nodes = nodes;
  seg.starts = nodes.length === 1 ? ONE_START : starts;
  seg.leaf = false;
  return true;
}
