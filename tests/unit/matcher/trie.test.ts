/**
 * The trie is built and packed at build time; a page load unpacks it. The unpacked trie must be
 * the built one, node for node, and a table without a packed trie must match the same.
 */
import { describe, expect, it } from 'vitest';
import { buildTrie, childOf, loadTrie, type TrieNode } from '../../../utils/matcher/trie';
import { createMatcher } from '../../../utils/term-matcher';
import { corpusPassages, table } from './fixtures';

describe('packed trie', () => {
  it('unpacks to the trie the table builds, node for node', () => {
    const { root, acronyms } = buildTrie(table);
    const loaded = loadTrie(table);
    expect(loaded.acronyms).toEqual(acronyms);
    const { trie } = loaded;
    let nodes = 0;
    const visit = (node: TrieNode, v: number) => {
      nodes++;
      expect(trie.plural[v] === 1).toBe(node.plural);
      expect(trie.acc[v] ?? null).toEqual(node.acc);
      expect(trie.ctx[v]).toBe(node.ctx);
      expect(trie.ctxPrefix[v] === 1).toBe(node.ctxPrefix);
      const kids = [...(node.next ?? [])];
      expect(trie.first[v + 1]! - trie.first[v]!).toBe(kids.length);
      for (const [c, child] of kids) {
        const w = childOf(trie, v, c);
        expect(w).toBeGreaterThan(0);
        visit(child, w);
      }
    };
    visit(root, 0);
    expect(nodes).toBe(trie.size);
    expect(nodes).toBeGreaterThan(1000);
    expect(childOf(trie, 0, 0x2603)).toBe(-1);
  });

  it('ships in the table (a page load builds nothing) and matches like a freshly built one', () => {
    expect(table.trie?.labels.length).toBeGreaterThan(1000);
    const { trie: _packed, ...bare } = table;
    const built = createMatcher(bare);
    const shipped = createMatcher(table);
    const text = corpusPassages()
      .map((p) => p.text)
      .join('\n');
    const a = shipped.newEvidence();
    const b = built.newEvidence();
    const found = shipped.scan(text, a);
    expect(found.length).toBeGreaterThan(100);
    expect(found).toEqual(built.scan(text, b));
    expect([...a.words]).toEqual([...b.words]);
  });
});
