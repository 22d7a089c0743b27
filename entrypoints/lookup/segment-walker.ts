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
import type { DomRefs } from './dom-refs';

export interface Segment {
  /**
   * Walk order (page-wide). The scanner's stale-answer check keeps this number per text node, not
   * the segment: a segment then dies young once answered, and the scavenges that followed a big
   * page's walk no longer copy thousands of them.
   */
  readonly id: number;
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: readonly number[];
  text: string;
}

/** The `starts` of every one-node segment (most of them): not one array each. */
const ONE_START: readonly number[] = Object.freeze([0]);

let lastSegmentId = 0;

/** deep: the whole subtree. shallow: only the text flowing directly in the root block. */
export type WalkMode = 'deep' | 'shallow';

const MAX_SEGMENT_NODES = 2000;

/** Returned by `next()` when it visited its step budget without completing a segment. */
export const WALK_PAUSED: unique symbol = Symbol('paused');
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
  /** Set when the walk lost its place (its current node left the page): restart the job. */
  broken = false;
  textNodes = 0;

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
  }

  /**
   * The next segment, or null when the walk is over (check `broken`), or WALK_PAUSED after
   * `maxSteps` nodes without a complete segment (call again to go on where it stopped).
   */
  next(maxSteps = Infinity): Segment | null | typeof WALK_PAUSED {
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
      const type = node.nodeType;
      if (type === 3) {
        const text = node as Text;
        const data = text.data;
        if (!data) continue;
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
      if (type !== 1) continue;
      const el = node as Element;
      // One read of the name per element: every DOM call from the content script's world costs.
      const name = el.localName;
      this.lastEl = el;
      this.lastElBlock = null;
      if (el === this.exclude || isSkipped(el, name)) {
        this.skipKids = true;
        this.breakPending = true;
        continue;
      }
      if (!INLINE_TAGS.has(name)) {
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
    }
  }

  private advance(): Node | null {
    if (this.ended) return null;
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
    const seg: Segment = {
      id: ++lastSegmentId,
      // Copied to its exact length: the buffer's spare capacity would live as long as the segment.
      nodes: one ? [this.nodes[0] as Text] : this.nodes.slice(),
      starts: one ? ONE_START : this.starts.slice(),
      text: one ? (this.parts[0] as string) : this.parts.join(''),
    };
    // The buffers are copied or joined above: emptied and reused.
    this.nodes.length = 0;
    this.starts.length = 0;
    this.parts.length = 0;
    this.chars = 0;
    return seg;
  }
}
