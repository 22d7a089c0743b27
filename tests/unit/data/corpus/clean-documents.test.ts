import { describe, expect, it } from 'vitest';
import { builtCorpus, CLEAN_DOCS, DAMAGED_DOCS } from './corpus-fixture';

const { corpus, repairs } = builtCorpus();

describe('clean documents come out unchanged', () => {
  it.each(CLEAN_DOCS)('%s: repaired text == original text for every passage and heading', (doc) => {
    const changed = [
      ...corpus.passages.filter((p) => p.doc === doc),
      ...corpus.headings.filter((h) => h.doc === doc),
    ]
      .filter((p) => p.text !== p.original)
      .map((p) => p.original);
    if (doc === 'article-2018-06-11') {
      // Its one known OCR defect.
      expect(changed).toHaveLength(1);
      const p = corpus.passages.find((x) => x.original === changed[0])!;
      expect(p.text).toBe(p.original.replace('policrière', 'policière'));
    } else {
      expect(changed).toEqual([]);
    }
  });

  it.each(DAMAGED_DOCS)('%s: most passages are repaired, originals kept beside them', (doc) => {
    const ps = corpus.passages.filter((p) => p.doc === doc);
    expect(ps.filter((p) => p.text !== p.original).length).toBeGreaterThan(ps.length / 2);
    for (const p of ps) expect(p.original.length).toBeGreaterThan(0);
  });

  it('reports the number of repairs of every rule', () => {
    expect(repairs['a-grave']).toBeGreaterThan(40);
    expect(repairs['bullet-letter']).toBeGreaterThan(20);
    expect(repairs['restored-section-number']).toBe(1);
    for (const [rule, n] of Object.entries(repairs)) expect(n, rule).toBeGreaterThan(0);
  });
});
