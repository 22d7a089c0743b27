/** The matcher's trie: every surface (folded) and context word, walked from a word start. */
import { SPACE, foldSurface } from './fold';
import type { MatcherTable } from './types';

// ---------------------------------------------------------------------------------------------
// The trie

export interface Accept {
  term: number;
  /** Case-sensitive surface to verify against the original text, or null for a phrase. */
  cs: string | null;
  amb: boolean;
  /** Capitals-only acronym: subject to the shouting rule. */
  caps: boolean;
}

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

/** The trie of a table's surfaces and context words, and its case-sensitive acronyms. */
export function buildTrie(table: MatcherTable): { root: TrieNode; acronyms: Set<string> } {
  const root = newNode();
  const acronyms = new Set<string>();
  table.terms.forEach((_id, t) => {
    for (let s of (table.surfaces[t] ?? '').split('|')) {
      if (!s) continue;
      const amb = s.startsWith('?');
      if (amb) s = s.slice(1);
      const cs = s.startsWith('=') ? s.slice(1) : null;
      if (cs !== null) {
        acronyms.add(cs);
        acronyms.add(cs + 's');
      }
      const key = cs !== null ? foldSurface(cs) : s;
      const caps = cs !== null && cs === cs.toUpperCase() && cs !== cs.toLowerCase();
      const node = insert(root, key, cs === null || (key.length >= 3 && /[a-z]$/.test(key)));
      (node.acc ??= []).push({ term: t, cs, amb, caps });
    }
  });
  table.context.forEach((w, k) => {
    const prefix = w.endsWith('*');
    const node = insert(root, prefix ? w.slice(0, -1) : w, false);
    if (node.ctx < 0) {
      node.ctx = k;
      node.ctxPrefix = prefix;
    }
  });
  return { root, acronyms };
}
