import { describe, expect, it } from 'vitest';
import { findOccurrences } from '../../../data/term-occurrences';
import { corpusPassages, matcher, table } from './fixtures';

describe('findOccurrences over the repaired corpus', () => {
  const passages = corpusPassages();
  const occurrences = findOccurrences(passages, table);
  const byId = new Map(passages.map((p) => [p.id, p]));

  it('finds the core terms of the declarations', () => {
    const terms = new Set(occurrences.map((o) => o.term));
    for (const id of [
      'ece',
      'pnr',
      'pnr-ferroviaire',
      'ccpd',
      'sis',
      'cte',
      'val-duchesse',
      'accord-tournai',
    ]) {
      expect(terms.has(id), id).toBe(true);
    }
  });

  it('points every occurrence at the term text in its passage', () => {
    expect(occurrences.length).toBeGreaterThan(100);
    for (const o of occurrences) {
      const text = byId.get(o.passage)!.text;
      expect(o.start).toBeGreaterThanOrEqual(0);
      expect(o.end).toBeLessThanOrEqual(text.length);
      const slice = text.slice(o.start, o.end);
      // The slice alone is exactly one match of the same term.
      const again = matcher.scan(slice);
      expect(
        again.map((m) => [m.term, m.start, m.end]),
        `${o.term} "${slice}"`,
      ).toEqual([[o.term, 0, slice.length]]);
    }
  });

  it('never overlaps within a passage', () => {
    const last = new Map<string, number>();
    for (const o of occurrences) {
      expect(o.start).toBeGreaterThanOrEqual(last.get(o.passage) ?? 0);
      last.set(o.passage, o.end);
    }
  });
});
