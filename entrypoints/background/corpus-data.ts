import corpusJson from '../../data/generated/corpus.json';
import { glossary } from '../../data/glossary';
import type { Corpus } from '../../utils/corpus-types';
import type { GlossaryEntry } from '../../utils/glossary-types';

export const corpus = corpusJson as Corpus;
export const glossaryById = new Map<string, GlossaryEntry>(glossary.map((e) => [e.id, e]));
export { glossary };
