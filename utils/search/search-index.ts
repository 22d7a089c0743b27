import type { Corpus } from '../corpus-types';
import type { GlossaryEntry } from '../glossary-types';

/** Serialised search data the popup loads. (Stub: issue 5.) */
export interface SearchIndexData {
  version: 1;
}

export function buildSearchIndex(corpus: Corpus, glossary: GlossaryEntry[]): SearchIndexData {
  void corpus;
  void glossary;
  return { version: 1 };
}
