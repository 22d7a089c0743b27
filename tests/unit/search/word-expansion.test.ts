import { describe, expect, it } from 'vitest';
import { buildInvertedIndex } from '../../../utils/search/inverted-index';
import { STRONG_MATCH, WordExpander } from '../../../utils/search/word-expansion';
import { data } from './fixtures';

const ix = buildInvertedIndex(data);
const expander = new WordExpander(ix);
/** The vocabulary words a query word stands for, with their weights. */
const matched = (q: string, open = false, shortTypos = true) =>
  Object.fromEntries([...expander.match(q, open, shortTypos)].map(([v, w]) => [ix.vocab[v], w]));

describe('word expansion', () => {
  it('weighs exact and same-stem words as strong, typos below', () => {
    expect(matched('detenus').detenus).toBe(1);
    expect(matched('detenu').detenus).toBeGreaterThanOrEqual(STRONG_MATCH);
    const typo = matched('detenis');
    expect(typo.detenus).toBeGreaterThan(0);
    expect(typo.detenus).toBeLessThan(STRONG_MATCH);
  });

  it('reads a number as that number only', () => {
    expect(matched('2018')).toEqual({});
  });

  it('gives short words no typos beside other words ("tour" is not "tout")', () => {
    expect(Object.keys(matched('defu'))).toContain('defi');
    expect(Object.keys(matched('defu', false, false))).not.toContain('defi');
  });

  it('reads a function word OCR glued in front ("lajustice" in p-a2)', () => {
    expect(Object.keys(matched('justice'))).toContain('lajustice');
  });

  it('translates English and Dutch words through the lexicon', () => {
    expect(Object.keys(matched('prisoners'))).toContain('detenus');
    expect(Object.keys(matched('gedetineerden'))).toContain('detenus');
  });

  it('completes a word being typed', () => {
    expect(Object.keys(matched('radic', true))).toEqual(
      expect.arrayContaining(['radicalisation', 'radicalises']),
    );
  });

  it('splits a compound into two known words', () => {
    const split = expander.decompound('terrorismefaits');
    expect(split).not.toBeNull();
  });
});
