import { describe, expect, it } from 'vitest';
import {
  buildCitation,
  cslJson,
  trimQuote,
  type CitationInput,
} from '../../../utils/citation/build-citation';
import { citationLang, formatDate } from '../../../utils/citation/format-date';
import { kindLabel } from '../../../utils/citation/labels';

const doc = {
  id: 'declaration-2018-06-11',
  title: 'Déclaration conjointe des Premiers ministres français et belge',
  kind: 'declaration',
  date: '2018-06-11',
  place: 'Paris',
  source: 'Site Internet du Premier ministre (France)',
  language: 'fr',
};
const READER = 'chrome-extension://abc/reader.html?doc=declaration-2018-06-11&passage=p-1';
const input = (over: Partial<CitationInput> = {}): CitationInput => ({
  doc,
  quote: '  Le PNR   sera exploité\n pour les trains. ',
  section: ['Sécurité', 'PNR'],
  readerUrl: READER,
  lang: 'fr',
  ...over,
});

describe('plain-text citation', () => {
  it('French: quote, reference with a French date, source, then the labelled reader link', () => {
    expect(buildCitation(input()).split('\n')).toEqual([
      '« Le PNR sera exploité pour les trains. »',
      'Déclaration conjointe des Premiers ministres français et belge, déclaration conjointe, ' +
        'Paris, 11 juin 2018. Section\u00a0: Sécurité › PNR.',
      'Source\u00a0: Site Internet du Premier ministre (France).',
      `Dans le lecteur de l'extension Val Duchesse Lookup (extension requise)\u00a0: ${READER}`,
    ]);
  });

  it('English and Dutch: dates, kinds and labels in that language', () => {
    const en = buildCitation(input({ lang: 'en' }));
    expect(en).toContain('“Le PNR sera exploité pour les trains.”');
    expect(en).toContain('joint declaration, Paris, 11 June 2018. Section: Sécurité › PNR.');
    expect(en).toContain('Source: Site Internet du Premier ministre (France).');
    expect(en).toContain(`(needs the extension): ${READER}`);
    const nl = buildCitation(input({ lang: 'nl' }));
    expect(nl).toContain('„Le PNR sera exploité pour les trains.”');
    expect(nl).toContain('gezamenlijke verklaring, Paris, 11 juni 2018. Afdeling: Sécurité › PNR.');
    expect(nl).toContain('Bron: Site Internet');
    expect(nl).not.toMatch(/June|juin/);
  });

  it('leaves unknown fields out instead of inventing them', () => {
    const t = buildCitation(
      input({ doc: { ...doc, place: null, source: null }, section: [], readerUrl: null }),
    );
    expect(t.split('\n')).toEqual([
      '« Le PNR sera exploité pour les trains. »',
      'Déclaration conjointe des Premiers ministres français et belge, déclaration conjointe, ' +
        '11 juin 2018.',
    ]);
    expect(t).not.toMatch(/null|undefined|Source|http|chrome-extension/);
  });

  it('puts a known public link before the extension link', () => {
    const t = buildCitation(input({ doc: { ...doc, url: 'https://example.org/decl' } }));
    const lines = t.split('\n');
    expect(lines.indexOf('https://example.org/decl')).toBe(3);
    expect(lines[4]).toContain(READER);
  });
});

describe('Markdown citation', () => {
  it('quotes, escapes markup and labels the reader link', () => {
    const t = buildCitation(input({ quote: 'Les *équipes* [ECE]' }), 'markdown');
    expect(t.split('\n')).toEqual([
      '> Les \\*équipes\\* \\[ECE\\]',
      '>',
      '> — *Déclaration conjointe des Premiers ministres français et belge*, déclaration ' +
        'conjointe, Paris, 11 juin 2018. Section\u00a0: Sécurité › PNR.',
      '> Source\u00a0: Site Internet du Premier ministre (France).',
      '',
      `[Dans le lecteur de l'extension Val Duchesse Lookup (extension requise)](<${READER}>)`,
    ]);
  });

  it('links the title to the public address when known, in English', () => {
    const t = buildCitation(
      input({ lang: 'en', doc: { ...doc, url: 'https://example.org/d' } }),
      'markdown',
    );
    expect(t).toContain('> — [Déclaration conjointe des Premiers ministres français et belge]');
    expect(t).toContain('(<https://example.org/d>), joint declaration, Paris, 11 June 2018.');
  });
});

describe('BibTeX citation', () => {
  it('is a @misc entry with escaped fields and no unknown ones', () => {
    const t = buildCitation(
      input({ doc: { ...doc, source: null, title: 'Sécurité & justice 100%' } }),
      'bibtex',
    );
    expect(t).toBe(
      [
        '@misc{vdl-declaration-2018-06-11,',
        '  title = {{Sécurité \\& justice 100\\%}},',
        '  date = {2018-06-11},',
        '  year = {2018},',
        '  type = {déclaration conjointe},',
        '  address = {Paris},',
        '  langid = {french},',
        '  note = {Section\u00a0: Sécurité › PNR},',
        '  addendum = {« Le PNR sera exploité pour les trains. »}',
        '}',
      ].join('\n'),
    );
  });

  it('names the publisher and the language of the citation (Dutch)', () => {
    const t = buildCitation(input({ lang: 'nl' }), 'bibtex');
    expect(t).toContain('  publisher = {Site Internet du Premier ministre (France)},');
    expect(t).toContain('  type = {gezamenlijke verklaring},');
    expect(t).toContain('  langid = {dutch},');
  });
});

describe('CSL-JSON citation', () => {
  it('gives a CSL item with date parts, publisher and place', () => {
    const item = JSON.parse(buildCitation(input({ lang: 'en' }), 'csl-json'));
    expect(item).toEqual({
      id: 'vdl-declaration-2018-06-11',
      type: 'document',
      title: 'Déclaration conjointe des Premiers ministres français et belge',
      genre: 'joint declaration',
      issued: { 'date-parts': [[2018, 6, 11]] },
      'publisher-place': 'Paris',
      publisher: 'Site Internet du Premier ministre (France)',
      language: 'fr',
      section: 'Sécurité › PNR',
      note: 'Le PNR sera exploité pour les trains.',
    });
  });

  it('types press items and drops unknown fields', () => {
    const item = cslJson(
      input({ doc: { ...doc, kind: 'press-article', source: null, place: null }, section: [] }),
    );
    expect(item.type).toBe('article-newspaper');
    expect(Object.keys(item)).not.toContain('publisher');
    expect(Object.keys(item)).not.toContain('publisher-place');
    expect(Object.keys(item)).not.toContain('section');
  });
});

describe('shared helpers', () => {
  it('formats dates in the given language, French ordinal for the 1st', () => {
    expect(formatDate('2018-06-11')).toBe('11 juin 2018');
    expect(formatDate('2023-05-01', 'fr')).toBe('1er mai 2023');
    expect(formatDate('2021-11-22', 'en-GB')).toBe('22 November 2021');
    expect(formatDate('2021-11-22', 'nl')).toBe('22 november 2021');
    expect(formatDate('2021-02-30', 'fr')).toBe('2021-02-30');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('picks the citation language from a locale, French by default', () => {
    expect(citationLang('en-GB')).toBe('en');
    expect(citationLang('nl_BE')).toBe('nl');
    expect(citationLang('de')).toBe('fr');
    expect(citationLang(undefined)).toBe('fr');
  });

  it('names every document kind in every language', () => {
    for (const lang of ['fr', 'en', 'nl'] as const) {
      for (const kind of ['communication', 'declaration', 'press-article', 'press-conference']) {
        expect(kindLabel(kind, lang)).not.toBe('');
      }
      expect(kindLabel('unknown', lang)).toBe('');
    }
  });

  it('trims a long quote at a word boundary', () => {
    const q = trimQuote('mot '.repeat(300), 50);
    expect(q.length).toBeLessThanOrEqual(50);
    expect(q.endsWith('mot…')).toBe(true);
  });
});
