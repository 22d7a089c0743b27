import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../utils/search/engine';
import { supported } from '../../../utils/search/ranking';
import type { PassageHit, SearchResponse } from '../../../utils/search/types';
import { data } from './fixtures';

const engine = createSearchEngine(data);

function hits(res: SearchResponse): PassageHit[] {
  return [...res.terms.flatMap((t) => (t.passage ? [t.passage] : [])), ...res.passages];
}
const ids = (res: SearchResponse) => hits(res).map((h) => h.id);
const marked = (h: PassageHit) => h.snippet.marks.map(([a, b]) => h.snippet.text.slice(a, b));

describe('precision', () => {
  it('lists nothing when a meaningful word of the query is no word of the texts', () => {
    // "équipe" and "commune" are in p-c1, but "rugby" is in no declaration.
    expect(engine.search('équipe commune de rugby').total).toBe(0);
    expect(ids(engine.search('équipe commune'))).toContain('p-c1');
  });

  it('says "nothing" honestly, without made-up suggestions', () => {
    const res = engine.search('Mbappé');
    expect(res.total).toBe(0);
    expect(res.suggestions).toEqual([]);
  });

  it('ranks passages with every word before partial ones', () => {
    const list = ids(engine.search('radicalisation milieu carceral'));
    expect(list[0]).toBe('p-a1');
    // p-b4 has two of the three words: listed, after.
    expect(list.indexOf('p-b4')).toBeGreaterThan(0);
  });

  it('needs more than half of the meaningful words, an unknown word counting twice', () => {
    expect(supported(1, 1, 1, 0)).toBe(true);
    expect(supported(0.5, 1, 1, 0)).toBe(true);
    expect(supported(1, 1, 2, 0)).toBe(false);
    expect(supported(1.5, 2, 2, 0)).toBe(true);
    expect(supported(2, 2, 3, 0)).toBe(true);
    expect(supported(2, 2, 3, 1)).toBe(false);
    expect(supported(3, 3, 4, 1)).toBe(true);
  });

  it("finds the glossary entry from a typo'd name without accents", () => {
    const res = engine.search('mandat d arret europen');
    expect(res.terms[0]?.term.id).toBe('mandat-arret-europeen');
    expect(res.terms[0]?.passage?.id).toBe('p-c1');
  });

  it('does not read a number as a typo of another', () => {
    expect(engine.search('2026').total).toBe(0);
  });
});

describe('snippets show why a passage matched', () => {
  it('marks the term name, not the words of its definition', () => {
    const res = engine.search('Europol');
    const hit = hits(res).find((h) => h.id === 'p-b2')!;
    // Europol's English expansion holds "Cooperation": p-b2's "coopération" must not be marked.
    expect(marked(hit)).toEqual(['Europol']);
  });

  it('every listed snippet shows at least one matched word', () => {
    for (const q of ['radicalisation', 'equipe commune enquete', 'detenus radicalises', 'Eurpol']) {
      const list = hits(engine.search(q));
      expect(list.length).toBeGreaterThan(0);
      for (const h of list) expect(h.snippet.marks.length).toBeGreaterThan(0);
    }
  });
});

describe('term suggestions', () => {
  it('do not depend on the threshold of whoever asked first', () => {
    const fresh = createSearchEngine(data);
    expect(fresh.suggest('Europool', 3, 0.01)).toEqual([]);
    expect(fresh.suggest('Europool', 3, 0.4)[0]?.id).toBe('europol');
  });
});
