import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../utils/search/engine';
import type { SearchResponse } from '../../../utils/search/types';
import { data } from './fixtures';

const engine = createSearchEngine(data);

/** Passage ids in the popup's option order (glossary entries' passages first). */
function ids(res: SearchResponse): string[] {
  return [
    ...res.terms.flatMap((t) => (t.passage ? [t.passage.id] : [])),
    ...res.passages.map((p) => p.id),
  ];
}
const top = (q: string, n = 1) => ids(engine.search(q)).slice(0, n);
const marked = (res: SearchResponse, i = 0) => {
  const hit = [...res.terms.flatMap((t) => (t.passage ? [t.passage] : [])), ...res.passages][i]!;
  return hit.snippet.marks.map(([a, b]) => hit.snippet.text.slice(a, b));
};

/** What the engine understands of a query: each query's passage must come first. */
const FIRST: [string, [query: string, passage: string][]][] = [
  ['folds accents and case', [['MILIEU CARCERAL', 'p-a1']]],
  [
    'tolerates typos',
    [
      ['Eurpol', 'p-b2'],
      ['radicalsation carceral', 'p-a1'],
    ],
  ],
  ['finds words while they are typed (prefix)', [['transfront', 'p-b2']]],
  [
    'reads through OCR damage: glued and split words',
    [
      ['ministres de la justice', 'p-a2'],
      ['homologues espagnols', 'p-a3'],
    ],
  ],
  [
    'translates ordinary English and Dutch words through the lexicon',
    [
      ['prison radicalisation', 'p-a1'],
      ['politie samenwerking', 'p-c2'],
    ],
  ],
  ['splits Dutch compounds into known words', [['politiesamenwerking', 'p-c2']]],
  [
    'ranks passages that contain all the words first',
    [
      ['sortants fin de peine', 'p-b5'],
      ['radicalisation milieu carceral', 'p-a1'],
    ],
  ],
];

describe('query understanding', () => {
  it.each(FIRST)('%s', (_, cases) => {
    for (const [q, passage] of cases) expect(top(q), q).toEqual([passage]);
  });

  it('expands glossary aliases in any language to the French passages', () => {
    for (const q of ['European arrest warrant', 'Europees aanhoudingsbevel', 'EAW', 'MAE']) {
      expect(top(q), q).toEqual(['p-c1']);
    }
    expect(top('GDPR')).toEqual(['p-b3']);
    expect(top('joint investigation team', 2).sort()).toEqual(['p-b1', 'p-c1']);
  });

  it('lists only passages that hold enough of the query words', () => {
    expect(top('cooperation policiere')).toEqual(['p-c2']);
    // p-c3 has "coopération" but only "police", not "policière": one word of two.
    expect(ids(engine.search('cooperation policiere'))).not.toContain('p-c3');
  });

  it('matches quoted phrases exactly', () => {
    const res = engine.search('"coopération policière"');
    expect(ids(res)).toEqual(['p-c2']);
    expect(marked(res)).toEqual(['coopération policière']);
    expect(ids(engine.search('"police coopération"'))).toEqual([]);
  });
});

describe('results', () => {
  it('puts the glossary entry a query names first, with its best passage and counts', () => {
    const res = engine.search('mandat arret europeen');
    expect(res.terms[0]?.term.id).toBe('mandat-arret-europeen');
    expect(res.terms[0]?.passage?.id).toBe('p-c1');
    expect(res.terms[0]?.passageCount).toBe(1);
    expect(res.terms[0]?.docCount).toBe(1);
    // Its passage is not listed twice.
    expect(res.passages.map((p) => p.id)).not.toContain('p-c1');
  });

  it('shows a typo-named entry when it explains a top result', () => {
    expect(engine.search('Eurpol').terms[0]?.term.id).toBe('europol');
  });

  it('marks the matched words in a snippet centred on them', () => {
    const res = engine.search('fins de peine defi');
    const hit = res.passages[0]!;
    expect(hit.id).toBe('p-b5');
    expect(marked(res)).toEqual(expect.arrayContaining(['fins', 'peine', 'défi']));
    expect(hit.snippet.text.length).toBeLessThan(
      data.passages.find((p) => p.id === 'p-b5')!.text.length,
    );
  });

  it('gives document, date and section', () => {
    const res = engine.search('equipes communes enquete terrorisme');
    const hit = res.terms[0]?.passage ?? res.passages[0]!;
    expect(hit.doc.id).toBe('d18');
    expect(hit.doc.date).toBe('2018-06-11');
    expect(hit.section).toBe('En matière de lutte contre le terrorisme');
  });

  it('counts matches per year and filters by year', () => {
    const all = engine.search('radicalisation');
    expect(all.years.map((y) => y.key)).toEqual(['2017', '2018']);
    const only = engine.search('radicalisation', { year: '2018' });
    expect(ids(only).every((id) => id.startsWith('p-b'))).toBe(true);
    expect(only.total).toBe(all.total);
  });

  it('says when nothing matches and suggests the closest terms', () => {
    const res = engine.search('xqzwv');
    expect(res.total).toBe(0);
    expect(engine.search('Europl').total).toBeGreaterThan(0);
    expect(engine.suggest('Europool')[0]?.id).toBe('europol');
    expect(engine.search('Europool gendarmerie').suggestions.map((t) => t.id)).toEqual(['europol']);
  });

  it('caches results per query', () => {
    expect(engine.search('Europol')).toBe(engine.search('europol'));
    expect(engine.search('')).toEqual(expect.objectContaining({ total: 0, passages: [] }));
  });
});
