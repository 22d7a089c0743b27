import { describe, expect, it } from 'vitest';
import {
  buildTermCardData,
  comparePassages,
  passageScore,
  sectionMentions,
} from '../../../utils/term-lookup';
import { corpus, glossary } from '../../fixtures/card/mini-corpus';

const url = (doc: string, passage: string, term: string) =>
  `chrome-extension://x/reader.html?doc=${doc}&passage=${passage}&term=${term}`;

describe('buildTermCardData', () => {
  const d = buildTermCardData(corpus, glossary, 'ece', 'en', url)!;

  it('returns null for an unknown term', () => {
    expect(buildTermCardData(corpus, glossary, 'nope', 'fr', url)).toBeNull();
  });

  it('gives the expansion and explanation in the requested language, others aside', () => {
    expect(d.title).toBe('ECE');
    expect(d.expansion).toBe('joint investigation team');
    expect(d.expansionLang).toBe('en');
    expect(d.explanation).toMatch(/^A team/);
    expect(d.otherExpansions.map((x) => x.lang)).toEqual(['fr', 'nl']);
  });

  it('explains in Dutch, and falls back to French for a missing expansion', () => {
    const nl = buildTermCardData(corpus, glossary, 'ece', 'nl', url)!;
    expect(nl.expansion).toBe('gemeenschappelijk onderzoeksteam');
    expect(nl.expansionLang).toBe('nl');
    expect(nl.explanation).toBe('Een team van magistraten en speurders uit verschillende staten.');
    const pnr = buildTermCardData(corpus, glossary, 'pnr', 'nl', url)!;
    expect(pnr.expansionLang).toBe('fr');
    expect(pnr.explanation).toBe('Passagiersgegevens.');
    // Identical expansions in other languages are not repeated.
    expect(pnr.otherExpansions).toEqual([]);
  });

  it('builds the timeline of the five texts in date order with occurrence counts', () => {
    expect(d.timeline.map((t) => [t.date.slice(0, 4), t.kind, t.count])).toEqual([
      ['2017', 'communication', 1],
      ['2018', 'declaration', 4],
      ['2018', 'press-article', 1],
      ['2021', 'press-conference', 2],
      ['2023', 'declaration', 1],
    ]);
  });

  it('ranks passages: term in the heading, more mentions, declarations before the press', () => {
    expect(d.passages.map((p) => p.passage)).toEqual([
      'p-000006', // 2023 declaration, term in the section title
      'p-000003', // declaration, three mentions
      'p-000002', // declaration, one mention
      'p-000001', // communication
      'p-000005', // press conference, two mentions
      'p-000004', // press article
    ]);
    expect(d.totalPassages).toBe(6);
  });

  it('gives every passage a snippet with the term marked and a reader link', () => {
    for (const p of d.passages) {
      expect(p.snippet.marks.length).toBe(p.count);
      for (const [a, b] of p.snippet.marks) expect(p.snippet.text.slice(a, b)).toBe('ECE');
      expect(p.readerUrl).toBe(url(p.doc, p.passage, 'ece'));
      expect(p.docTitle).toBeTruthy();
    }
  });

  it('lists known related terms only', () => {
    expect(d.related).toEqual([{ term: 'pnr', title: 'PNR' }]);
  });

  it('handles a term with no occurrence', () => {
    const empty = buildTermCardData({ ...corpus, occurrences: [] }, glossary, 'ece', 'fr', url)!;
    expect(empty.passages).toEqual([]);
    expect(empty.totalPassages).toBe(0);
    expect(empty.timeline.every((t) => t.count === 0)).toBe(true);
  });
});

describe('ranking', () => {
  const base = { passage: { id: 'p-a', order: 0 }, count: 1, inSection: false };
  const decl = { kind: 'declaration' as const, date: '2018-06-11' };
  const press = { kind: 'press-article' as const, date: '2018-06-11' };

  it('scores more mentions higher, with diminishing returns', () => {
    const one = passageScore({ ...base, doc: decl });
    const two = passageScore({ ...base, doc: decl, count: 2 });
    const four = passageScore({ ...base, doc: decl, count: 4 });
    expect(two).toBeGreaterThan(one);
    expect(four - two).toBeLessThanOrEqual(two - one + 1e-9);
  });

  it('puts declarations before press texts at equal mentions', () => {
    expect(comparePassages({ ...base, doc: decl }, { ...base, doc: press })).toBeLessThan(0);
  });

  it('breaks ties by recency, then document order', () => {
    const older = { ...base, doc: { ...decl, date: '2018-06-11' } };
    const newer = { ...base, doc: { ...decl, date: '2023-05-05' } };
    expect(comparePassages(newer, older)).toBeLessThan(0);
    const first = { ...base, doc: decl, passage: { id: 'p-b', order: 1 } };
    const second = { ...base, doc: decl, passage: { id: 'p-a', order: 2 } };
    expect(comparePassages(first, second)).toBeLessThan(0);
  });

  it('spots the term in section titles: acronyms case-sensitively, phrases folded', () => {
    expect(sectionMentions(['3. Les ECE'], ['ECE'], [])).toBe(true);
    expect(sectionMentions(['3. Les ece'], ['ECE'], [])).toBe(false);
    expect(sectionMentions(['DÉCENNIE'], ['ECE'], [])).toBe(false);
    expect(
      sectionMentions(['Les Équipes communes d’enquête'], [], ["équipes communes d'enquête"]),
    ).toBe(true);
    expect(sectionMentions([], ['ECE'], [])).toBe(false);
  });
});
