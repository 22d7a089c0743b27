import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../utils/search/fuzzy';
import { foldWord, parseQuery, stem, tokenize } from '../../../utils/search/normalize';

describe('normalisation', () => {
  it('folds case, accents, ligatures and OCR bars', () => {
    expect(foldWord('Carcéral')).toBe('carceral');
    expect(foldWord('œuvre')).toBe('oeuvre');
    expect(foldWord('|a')).toBe('la');
  });

  it('keeps offsets into the source text', () => {
    const text = "l’œuvre du mandat d'arrêt";
    const toks = tokenize(text);
    expect(toks.map((t) => t.norm)).toEqual(['l', 'oeuvre', 'du', 'mandat', 'd', 'arret']);
    for (const t of toks) expect(foldWord(text.slice(t.start, t.end))).toBe(t.norm);
  });

  it('stems plural and feminine forms together', () => {
    expect(stem('europeennes')).toBe(stem('europeen'));
    expect(stem('detenus')).toBe(stem('detenu'));
    expect(stem('fins')).toBe('fin');
    expect(stem('police')).not.toBe(stem('politique'));
  });

  it('parses quoted phrases (straight and French quotes) and the word being typed', () => {
    const q = parseQuery('PNR "coopération policière" «milieu carcéral» rail');
    expect(q.words).toEqual(['pnr', 'rail']);
    expect(q.phrases).toEqual([
      ['cooperation', 'policiere'],
      ['milieu', 'carceral'],
    ]);
    expect(q.open).toBe(true);
    expect(parseQuery('Europol ').open).toBe(false);
    expect(parseQuery('"mandat d\'arr').phrases).toEqual([['mandat', 'd', 'arr']]);
  });

  it('keys equal queries equally (case, accents, spaces)', () => {
    expect(parseQuery('Milieu  Carcéral').key).toBe(parseQuery('milieu carceral').key);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('eurpol', 'europol', 2)).toBe(1);
    expect(editDistance('shcengen', 'schengen', 2)).toBe(1);
    expect(editDistance('frontx', 'frontex', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 1)).toBe(0);
  });

  it('stops early past the bound', () => {
    expect(editDistance('terrorisme', 'cooperation', 2)).toBe(3);
  });
});
