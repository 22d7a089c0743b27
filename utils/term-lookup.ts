/**
 * Builds the hover card's data for one term from the corpus and the glossary (pure; runs in the
 * background). (Stub: issue 4.)
 */
import type { Corpus } from './corpus-types';
import type { GlossaryEntry } from './glossary-types';
import type { TermCardData } from './messages';

export function buildTermCardData(
  corpus: Corpus,
  glossary: GlossaryEntry[],
  termId: string,
  lang: 'fr' | 'en' | 'nl',
  readerUrl: (doc: string, passage: string, term: string) => string,
): TermCardData | null {
  const entry = glossary.find((e) => e.id === termId);
  if (!entry) return null;
  void readerUrl;
  return {
    term: entry.id,
    title: entry.term,
    kind: entry.kind,
    salience: entry.salience,
    expansion: entry.expansion[lang] ?? entry.expansion.fr,
    expansionLang: entry.expansion[lang] ? lang : 'fr',
    otherExpansions: [],
    explanation: lang === 'fr' ? entry.explanation.fr : entry.explanation.en,
    timeline: corpus.documents.map((d) => ({ doc: d.id, title: d.title, date: d.date, count: 0 })),
    passages: [],
    totalPassages: 0,
    related: [],
  };
}
