import { describe, expect, it } from 'vitest';
import {
  findPhraseRanges,
  findWordRanges,
  foldWithMap,
  normaliseRanges,
  queryWords,
  segmentText,
} from '../../../../utils/reader/marks';

const cut = (text: string, rs: { start: number; end: number }[]) =>
  rs.map((r) => text.slice(r.start, r.end));

describe('query marking', () => {
  it('folds with a map back to the source', () => {
    const f = foldWithMap('Cœur É');
    expect(f.text).toBe('coeur e');
    expect(f.map).toEqual([0, 1, 1, 2, 3, 4, 5, 6]);
  });

  it('drops stop words, stems plurals, longest first', () => {
    expect(queryWords("Les équipes communes d'enquête")).toEqual(['commune', 'enquete', 'equipe']);
    expect(queryWords('de la')).toEqual(['de', 'la']);
  });

  it('marks whole words, without regard to case or accents', () => {
    const text = 'Les ÉQUIPES communes d’enquête ; une équipe.';
    const rs = findWordRanges(text, queryWords('equipes enquete'));
    expect(cut(text, rs)).toEqual(['ÉQUIPES', 'enquête', 'équipe']);
  });

  it('keeps offsets right after ligatures', () => {
    const text = 'mise en œuvre du PNR';
    expect(cut(text, findWordRanges(text, queryWords('pnr')))).toEqual(['PNR']);
    expect(cut(text, findWordRanges(text, queryWords('oeuvre')))).toEqual(['œuvre']);
  });

  it('matches phrases across whitespace and acronyms case-sensitively', () => {
    const text = 'Passenger  Name\nRecord et PNR, pas pnr ni PNRX.';
    expect(cut(text, findPhraseRanges(text, 'passenger name record'))).toEqual([
      'Passenger  Name\nRecord',
    ]);
    expect(cut(text, findPhraseRanges(text, 'PNR', true))).toEqual(['PNR']);
  });

  it('segments text into plain and marked runs', () => {
    expect(
      segmentText('abcdef', [
        { start: 1, end: 3 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { text: 'a', mark: false },
      { text: 'bcd', mark: true },
      { text: 'ef', mark: false },
    ]);
    expect(segmentText('', [])).toEqual([{ text: '', mark: false }]);
    expect(normaliseRanges([{ start: -2, end: 99 }], 5)).toEqual([{ start: 0, end: 5 }]);
  });
});
