import { describe, expect, it } from 'vitest';
import { CARD_LABELS, cardLabels, kindLabel, shortDocLabel } from '../../../components/card/labels';
import { headLines } from '../../../utils/card-headline';

const docs = [
  { kind: 'communication', date: '2017-10-16', title: 'Communication conjointe franco-belge' },
  {
    kind: 'declaration',
    date: '2018-06-11',
    title: 'Déclaration conjointe des Premiers ministres',
  },
  { kind: 'press-article', date: '2018-06-11', title: 'La France et la Belgique renforcent…' },
  { kind: 'press-conference', date: '2021-11-22', title: 'Conférence de presse de M. Castex' },
  { kind: 'declaration', date: '2023-05-05', title: 'Val Duchesse 2023 : déclaration commune' },
];

describe('card labels', () => {
  it('has the same labels in every card language', () => {
    const keys = Object.keys(CARD_LABELS.fr).sort();
    for (const lang of ['en', 'nl'] as const)
      expect(Object.keys(CARD_LABELS[lang]).sort()).toEqual(keys);
  });

  it('names the five texts briefly, in the card language', () => {
    expect(docs.map((d) => shortDocLabel(d, 'fr'))).toEqual([
      'Communication 2017',
      'Décl. 2018',
      'Article de presse 2018',
      'Conf. de presse 2021',
      'Val Duchesse 2023',
    ]);
    expect(docs.map((d) => shortDocLabel(d, 'en'))).toEqual([
      'Communication 2017',
      'Decl. 2018',
      'Press article 2018',
      'Press conf. 2021',
      'Val Duchesse 2023',
    ]);
    expect(docs.map((d) => shortDocLabel(d, 'nl'))).toEqual([
      'Mededeling 2017',
      'Verkl. 2018',
      'Persartikel 2018',
      'Persconf. 2021',
      'Val Duchesse 2023',
    ]);
  });

  it('keeps the chart labels short enough not to be cut', () => {
    for (const lang of ['fr', 'en', 'nl'])
      for (const d of docs) expect(kindLabel(d.kind, lang).length).toBeLessThanOrEqual(7);
    expect(kindLabel('unknown', 'fr')).toBe('');
  });

  it('counts the mentions of the five texts, with plurals', () => {
    expect(cardLabels('en').timeline(5)).toBe('In the five texts, 2017 → 2023 · 5 mentions');
    expect(cardLabels('nl').timeline(1)).toBe('In de vijf teksten, 2017 → 2023 · 1 vermelding');
    expect(cardLabels('fr').mentions(0)).toBe('aucune mention');
    expect(cardLabels('nl').morePassages(3)).toBe('nog 3 passages');
    // Unknown language: French.
    expect(cardLabels('de').close).toBe('Fermer');
  });
});

describe('headLines', () => {
  /** A term as the card's head sees it: its title and its expansion in one language. */
  const term = (title: string, expansion: string, expansionLang: 'fr' | 'en' | 'nl' = 'fr') => ({
    title,
    expansion,
    expansionLang,
  });
  /** What the head shows, top to bottom. */
  const head = (headline: string, expansion: string | null, declTerm: string | null = null) => ({
    headline,
    expansion,
    declTerm,
  });
  const eaw = term("mandat d'arrêt européen", 'Europees aanhoudingsbevel (EAB)', 'nl');

  it('heads with the hovered words, then the expansion, then the declarations term', () => {
    expect(headLines('EAB', eaw)).toEqual(
      head('EAB', 'Europees aanhoudingsbevel (EAB)', "mandat d'arrêt européen"),
    );
  });

  it('never repeats the headline', () => {
    // The hovered words are the expansion without its acronym: only the acronym is added.
    expect(headLines('Europees  aanhoudingsbevel', eaw)).toEqual(
      head('Europees aanhoudingsbevel', 'EAB', "mandat d'arrêt européen"),
    );
    const rail = term('PNR ferroviaire', 'PNR ferroviaire (données des passagers des trains)');
    expect(headLines('PNR ferroviaire', rail)).toEqual(
      head('PNR ferroviaire', 'données des passagers des trains'),
    );
    expect(headLines('PNR ferroviaire', { ...rail, expansion: 'PNR  Ferroviaire' })).toEqual(
      head('PNR ferroviaire', null),
    );
    const ece = term('ECE', "équipe commune d'enquête");
    expect(headLines('ECE', ece)).toEqual(head('ECE', "équipe commune d'enquête"));
    expect(headLines("Equipe commune d'enquete", ece).expansion).toBeNull();
  });

  it('falls back to the title when nothing was hovered, and shows only it while loading', () => {
    expect(headLines('  ', eaw).headline).toBe("mandat d'arrêt européen");
    expect(headLines('JIT', undefined)).toEqual(head('JIT', null));
  });
});

describe('card citation-format labels', () => {
  it('names the four formats and says which one was copied, in each card language', () => {
    expect(cardLabels('fr').copiedAs(cardLabels('fr').formats.bibtex)).toBe(
      'Citation copiée (BibTeX)',
    );
    expect(cardLabels('en').copiedAs(cardLabels('en').formats.text)).toBe('Citation copied (Text)');
    expect(cardLabels('nl').copiedAs(cardLabels('nl').formats.markdown)).toBe(
      'Citaat gekopieerd (Markdown)',
    );
    for (const lang of ['fr', 'en', 'nl'] as const)
      expect(Object.keys(CARD_LABELS[lang].formats)).toEqual([
        'text',
        'markdown',
        'bibtex',
        'csl-json',
      ]);
  });
});
