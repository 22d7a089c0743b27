/**
 * The card's own words, keyed by the CARD's language (the page's, or the one forced in the
 * options), not by the browser's interface language: a Dutch page gets a Dutch card in a French
 * browser. Kept here rather than in locales/ because @wxt-dev/i18n only serves the UI language.
 */
import type { CitationFormat } from '../../utils/citation/build-citation';
import type { CardLang } from '../../utils/page-language';

export type { CardLang };

export interface CardLabels {
  close: string;
  error: string;
  /** Line naming the declarations' own (French) term: « in the declarations: ECE ». */
  inDeclarations: string;
  /** Heading of the chart; `total` = the sum of its bars. */
  timeline: (total: number) => string;
  mentions: (n: number) => string;
  passages: string;
  noPassages: string;
  morePassages: (n: number) => string;
  search: string;
  openPassage: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** The card's citation-format buttons: their group's name, each format's name. */
  citeFormat: string;
  formats: Record<CitationFormat, string>;
  /** « Citation copiée (BibTeX) ». */
  copiedAs: (format: string) => string;
  /** Short kind names under the chart's bars (one word, ≤ 7 characters). */
  kinds: Record<'communication' | 'declaration' | 'press-article' | 'press-conference', string>;
  /** Short document labels for passages: kind + year (the 2023 text is « Val Duchesse 2023 »). */
  docs: Record<'communication' | 'declaration' | 'press-article' | 'press-conference', string>;
}

const plural = (n: number, one: string, many: string) =>
  n === 1 ? one : many.replace('#', `${n}`);

export const CARD_LABELS: Record<CardLang, CardLabels> = {
  fr: {
    close: 'Fermer',
    error: 'Impossible de charger la fiche de ce terme.',
    inDeclarations: 'dans les déclarations\u00a0:',
    timeline: (n) => `Dans les cinq textes, 2017 → 2023 · ${plural(n, '1 mention', '# mentions')}`,
    mentions: (n) => (n ? plural(n, '1 mention', '# mentions') : 'aucune mention'),
    passages: 'Passages',
    noPassages: 'Aucun passage des cinq textes ne mentionne ce terme.',
    morePassages: (n) => plural(n, '1 autre passage', '# autres passages'),
    search: 'Rechercher ce terme',
    openPassage: 'Ouvrir ce passage dans le lecteur',
    copy: 'Copier la citation',
    copied: 'Citation copiée',
    copyFailed: 'Copie impossible',
    citeFormat: 'Format des citations copiées',
    formats: { text: 'Texte', markdown: 'Markdown', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' },
    copiedAs: (f) => `Citation copiée (${f})`,
    kinds: {
      communication: 'Comm.',
      declaration: 'Décl.',
      'press-article': 'Article',
      'press-conference': 'Conf.',
    },
    docs: {
      communication: 'Communication',
      declaration: 'Décl.',
      'press-article': 'Article de presse',
      'press-conference': 'Conf. de presse',
    },
  },
  en: {
    close: 'Close',
    error: "Could not load this term's card.",
    inDeclarations: 'in the declarations:',
    timeline: (n) => `In the five texts, 2017 → 2023 · ${plural(n, '1 mention', '# mentions')}`,
    mentions: (n) => (n ? plural(n, '1 mention', '# mentions') : 'no mention'),
    passages: 'Passages',
    noPassages: 'No passage of the five texts mentions this term.',
    morePassages: (n) => plural(n, '1 more passage', '# more passages'),
    search: 'Search this term',
    openPassage: 'Open this passage in the reader',
    copy: 'Copy citation',
    copied: 'Citation copied',
    copyFailed: 'Could not copy',
    citeFormat: 'Format of copied citations',
    formats: { text: 'Text', markdown: 'Markdown', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' },
    copiedAs: (f) => `Citation copied (${f})`,
    kinds: {
      communication: 'Comm.',
      declaration: 'Decl.',
      'press-article': 'Article',
      'press-conference': 'Conf.',
    },
    docs: {
      communication: 'Communication',
      declaration: 'Decl.',
      'press-article': 'Press article',
      'press-conference': 'Press conf.',
    },
  },
  nl: {
    close: 'Sluiten',
    error: 'De fiche van deze term kon niet worden geladen.',
    inDeclarations: 'in de verklaringen:',
    timeline: (n) =>
      `In de vijf teksten, 2017 → 2023 · ${plural(n, '1 vermelding', '# vermeldingen')}`,
    mentions: (n) => (n ? plural(n, '1 vermelding', '# vermeldingen') : 'geen vermelding'),
    passages: 'Passages',
    noPassages: 'Geen enkele passage van de vijf teksten vermeldt deze term.',
    morePassages: (n) => plural(n, 'nog 1 passage', 'nog # passages'),
    search: 'Deze term zoeken',
    openPassage: 'Deze passage openen in de lezer',
    copy: 'Citaat kopiëren',
    copied: 'Citaat gekopieerd',
    copyFailed: 'Kopiëren mislukt',
    citeFormat: 'Formaat van gekopieerde citaten',
    formats: { text: 'Tekst', markdown: 'Markdown', bibtex: 'BibTeX', 'csl-json': 'CSL-JSON' },
    copiedAs: (f) => `Citaat gekopieerd (${f})`,
    kinds: {
      communication: 'Meded.',
      declaration: 'Verkl.',
      'press-article': 'Artikel',
      'press-conference': 'Persc.',
    },
    docs: {
      communication: 'Mededeling',
      declaration: 'Verkl.',
      'press-article': 'Persartikel',
      'press-conference': 'Persconf.',
    },
  },
};

export function cardLabels(lang: string): CardLabels {
  return CARD_LABELS[lang as CardLang] ?? CARD_LABELS.fr;
}

type Kind = keyof CardLabels['kinds'];
const isKind = (k: string | undefined): k is Kind =>
  k === 'communication' || k === 'declaration' || k === 'press-article' || k === 'press-conference';

export function kindLabel(kind: string | undefined, lang: string): string {
  return isKind(kind) ? cardLabels(lang).kinds[kind] : '';
}

/**
 * « Décl. 2018 », « Press article 2018 », « Val Duchesse 2023 »: a text whose title names its
 * meeting (« Val Duchesse 2023 : … ») keeps that name; the others are kind + year.
 */
export function shortDocLabel(
  doc: { kind?: string | undefined; date: string; title: string },
  lang: string,
): string {
  const year = doc.date.slice(0, 4);
  const named = /^(Val Duchesse \d{4})\b/.exec(doc.title.trim());
  if (named) return named[1]!;
  return isKind(doc.kind) ? `${cardLabels(lang).docs[doc.kind]} ${year}` : `${doc.title} ${year}`;
}

/** "11 juin 2018" in the card's language (one formatter for card, popup, reader, citations). */
export { formatDate } from '../../utils/citation/format-date';
