/**
 * Words a citation uses, in the citation's own language (it may be pasted anywhere, so it does
 * not follow the browser's UI language through i18n: the caller chooses).
 */
import type { DocumentKind } from '../corpus-types';
import type { CitationLang } from './format-date';

interface CitationWords {
  kinds: Record<DocumentKind, string>;
  source: string;
  section: string;
  readerLink: string;
  quote: [string, string];
  /** BibTeX / CSL "language" value. */
  language: string;
}

export const CITATION_WORDS: Record<CitationLang, CitationWords> = {
  fr: {
    kinds: {
      communication: 'communication conjointe',
      declaration: 'déclaration conjointe',
      'press-article': 'article de presse',
      'press-conference': 'conférence de presse',
    },
    source: 'Source',
    section: 'Section',
    readerLink: "Dans le lecteur de l'extension Val Duchesse Lookup (extension requise)",
    quote: ['« ', ' »'],
    language: 'french',
  },
  en: {
    kinds: {
      communication: 'joint communication',
      declaration: 'joint declaration',
      'press-article': 'press article',
      'press-conference': 'press conference',
    },
    source: 'Source',
    section: 'Section',
    readerLink: 'In the Val Duchesse Lookup extension’s reader (needs the extension)',
    quote: ['“', '”'],
    language: 'english',
  },
  nl: {
    kinds: {
      communication: 'gezamenlijke mededeling',
      declaration: 'gezamenlijke verklaring',
      'press-article': 'persartikel',
      'press-conference': 'persconferentie',
    },
    source: 'Bron',
    section: 'Afdeling',
    readerLink: 'In de lezer van de extensie Val Duchesse Lookup (extensie vereist)',
    quote: ['„', '”'],
    language: 'dutch',
  },
};

/** A document kind in words ("déclaration conjointe"); empty for an unknown kind. */
export function kindLabel(kind: string | undefined, lang: CitationLang): string {
  return (CITATION_WORDS[lang].kinds as Record<string, string>)[kind ?? ''] ?? '';
}
