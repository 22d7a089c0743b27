/**
 * The matcher's trie: every surface (folded) and context word, walked from a word start.
 *
 * Built at build time (`buildTrie`, from the table) and shipped packed in the table
 * (`packTrie`: two strings and two lists of node numbers), so a page load walks the shipped
 * labels as they are and only fills a few typed arrays in one pass (`loadTrie`): no folding, no
 * object or Map per node (issue 12).
 */
import { SPACE, foldSurface } from './fold';
import type { MatcherTable, PackedTrie } from './types';

export interface Accept {
  term: number;
  /** Case-sensitive surface to verify against the original text, or null for a phrase. */
  cs: string | null;
  amb: boolean;
  /** Capitals-only acronym: subject to the shouting rule. */
  caps: boolean;
}

// ---------------------------------------------------------------------------------------------
// Build time: a tree of objects

export interface TrieNode {
  next: Map<number, TrieNode> | null;
  acc: Accept[] | null;
  /** Context word index ending here (−1: none) and whether it is a prefix ('*'). */
  ctx: number;
  ctxPrefix: boolean;
  /** A plural 's' may follow here. */
  plural: boolean;
}

export function newNode(): TrieNode {
  return { next: null, acc: null, ctx: -1, ctxPrefix: false, plural: false };
}

export function insert(root: TrieNode, key: string, plural: boolean): TrieNode {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (plural && c === SPACE) markPlural(node, key, i);
    node.next ??= new Map();
    let child = node.next.get(c);
    if (!child) node.next.set(c, (child = newNode()));
    node = child;
  }
  if (plural) markPlural(node, key, key.length);
  return node;
}

export function markPlural(node: TrieNode, key: string, end: number): void {
  let start = end;
  while (start > 0 && /[a-z0-9]/.test(key[start - 1]!)) start--;
  const last = key[end - 1] ?? '';
  if (end - start >= 3 && /[a-rt-wy]/.test(last)) node.plural = true;
}

/** One surface of the table: its term, its accept record and its trie key. */
interface Surface {
  accept: Accept;
  /** The surface as written after its '?' and '=' marks (acronyms: case-sensitive). */
  written: string;
}

/** The table's surfaces in order ('|'-split per term, empty ones skipped). */
function surfacesOf(table: MatcherTable): Surface[] {
  const out: Surface[] = [];
  table.terms.forEach((_id, t) => {
    for (let s of (table.surfaces[t] ?? '').split('|')) {
      if (!s) continue;
      const amb = s.startsWith('?');
      if (amb) s = s.slice(1);
      const cs = s.startsWith('=') ? s.slice(1) : null;
      const caps = cs !== null && cs === cs.toUpperCase() && cs !== cs.toLowerCase();
      out.push({ accept: { term: t, cs, amb, caps }, written: cs ?? s });
    }
  });
  return out;
}

/** The case-sensitive acronyms of a table (and their plurals): the shouting rule leaves them be. */
function acronymsOf(surfaces: readonly Surface[]): Set<string> {
  const acronyms = new Set<string>();
  for (const { accept } of surfaces) {
    if (accept.cs === null) continue;
    acronyms.add(accept.cs);
    acronyms.add(accept.cs + 's');
  }
  return acronyms;
}

/** The trie of a table's surfaces and context words, with the node of each of them. */
export function buildTrie(table: MatcherTable): {
  root: TrieNode;
  acronyms: Set<string>;
  surfaceNodes: TrieNode[];
  contextNodes: TrieNode[];
} {
  const root = newNode();
  const surfaces = surfacesOf(table);
  const surfaceNodes = surfaces.map(({ accept, written }) => {
    const { cs } = accept;
    const key = cs !== null ? foldSurface(cs) : written;
    const node = insert(root, key, cs === null || (key.length >= 3 && /[a-z]$/.test(key)));
    (node.acc ??= []).push(accept);
    return node;
  });
  const contextNodes = table.context.map((w, k) => {
    const prefix = w.endsWith('*');
    const node = insert(root, prefix ? w.slice(0, -1) : w, false);
    if (node.ctx < 0) {
      node.ctx = k;
      node.ctxPrefix = prefix;
    }
    return node;
  });
  return { root, acronyms: acronymsOf(surfaces), surfaceNodes, contextNodes };
}

/** Offset of the characters of `shape` (printable ASCII for any node of up to 39 children). */
const SHAPE_BASE = 48;

/**
 * The trie as the table ships it. Nodes are numbered breadth-first with each node's children in
 * order of their character, so a node's children are consecutive numbers.
 */
export function packTrie(table: MatcherTable): Omit<PackedTrie, 'starts'> {
  const { root, surfaceNodes, contextNodes } = buildTrie(table);
  const order: TrieNode[] = [root];
  const id = new Map<TrieNode, number>([[root, 0]]);
  let shape = '';
  let labels = '\0';
  for (let k = 0; k < order.length; k++) {
    const node = order[k]!;
    const kids = [...(node.next ?? [])].sort((x, y) => x[0] - y[0]);
    shape += String.fromCharCode(SHAPE_BASE + ((kids.length << 1) | (node.plural ? 1 : 0)));
    for (const [c, child] of kids) {
      id.set(child, order.push(child) - 1);
      labels += String.fromCharCode(c);
    }
  }
  return {
    shape,
    labels,
    accepts: surfaceNodes.map((n) => id.get(n)!),
    contexts: contextNodes.map((n) => id.get(n)!),
  };
}

// ---------------------------------------------------------------------------------------------
// Page load: one pass over the shape, the labels as shipped

/** The trie as the matcher walks it. Node 0 is the root. */
export interface FlatTrie {
  size: number;
  /** The first child of node v; its children run to the first child of v + 1. */
  first: Int32Array;
  /** `label.charCodeAt(v)`: the folded character leading to node v. */
  label: string;
  /** 1 where a plural 's' may follow. */
  plural: Uint8Array;
  /** Surfaces ending at each node (undefined: none). */
  acc: (Accept[] | undefined)[];
  /** Context word ending at each node (−1: none), and 1 where it is a prefix ('*'). */
  ctx: Int16Array;
  ctxPrefix: Uint8Array;
}

/** The child of node v along folded character c, or −1. */
export function childOf(t: FlatTrie, v: number, c: number): number {
  const { first, label } = t;
  for (let k = first[v]!, end = first[v + 1]!; k < end; k++) {
    const l = label.charCodeAt(k);
    if (l === c) return k;
    if (l > c) break;
  }
  return -1;
}

/**
 * The table's trie, ready to walk: the packed strings as shipped (nothing is built per node),
 * or built and packed now for a table without them (tables made by hand in tests).
 */
export function loadTrie(table: MatcherTable): { trie: FlatTrie; acronyms: Set<string> } {
  const packed = table.trie ?? packTrie(table);
  const { shape } = packed;
  const size = shape.length;
  // One pass, no object per node: where each node's children start, and its plural flag.
  const first = new Int32Array(size + 1);
  const plural = new Uint8Array(size);
  let next = 1;
  for (let v = 0; v < size; v++) {
    const code = shape.charCodeAt(v) - SHAPE_BASE;
    first[v] = next;
    next += code >> 1;
    plural[v] = code & 1;
  }
  first[size] = next;
  const acc = new Array<Accept[] | undefined>(size);
  const surfaces = surfacesOf(table);
  surfaces.forEach(({ accept }, s) => {
    const v = packed.accepts[s]!;
    (acc[v] ??= []).push(accept);
  });
  const ctx = new Int16Array(size).fill(-1);
  const ctxPrefix = new Uint8Array(size);
  packed.contexts.forEach((v, k) => {
    if (ctx[v]! >= 0) return;
    ctx[v] = k;
    ctxPrefix[v] = table.context[k]!.endsWith('*') ? 1 : 0;
  });
  return {
    trie: { size, first, label: packed.labels, plural, acc, ctx, ctxPrefix },
    acronyms: acronymsOf(surfaces),
  };
}
