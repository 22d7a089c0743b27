import { createRequire } from 'node:module';
import { accentKey } from '../../../utils/text-normalize';

/**
 * The French word list used (at build time only) to decide OCR repairs: a token is "known" when
 * its lowercase form is in the list. Accent repairs look words up by their folded form.
 */
export interface Lexicon {
  /** Whether the word (any case) is a known French word. */
  has(word: string): boolean;
  /** Known words whose folded form (no accents, œ → oe, lowercase) is `folded`. */
  byFold(folded: string): readonly string[];
}

/**
 * Correct words of the declarations' domain that the general word list lacks. Only real words:
 * a token is repaired towards one of these exactly as towards any other known word.
 */
export const LEXICON_SUPPLEMENT: readonly string[] = [
  'transfrontalier',
  'transfrontalière',
  'transfrontaliers',
  'transfrontalières',
  'transfrontière',
  'transfrontières',
  'antiterroriste',
  'biométriques',
  'cybersécurité',
  'djihadiste',
  'djihadistes',
  'interopérabilité',
  'narcotrafic',
];

export function createLexicon(words: Iterable<string>): Lexicon {
  const set = new Set<string>();
  const folds = new Map<string, string[]>();
  for (const raw of words) {
    const w = raw.normalize('NFC').toLowerCase();
    if (set.has(w)) continue;
    set.add(w);
    const f = accentKey(w);
    const list = folds.get(f);
    if (list) list.push(w);
    else folds.set(f, [w]);
  }
  return {
    has: (word) => set.has(word.normalize('NFC').toLowerCase()),
    byFold: (folded) => folds.get(folded) ?? [],
  };
}

let cached: Lexicon | undefined;

/** The full French lexicon (an-array-of-french-words + the domain supplement), loaded once. */
export function frenchLexicon(): Lexicon {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const words = require('an-array-of-french-words') as string[];
    cached = createLexicon([...words, ...LEXICON_SUPPLEMENT]);
  }
  return cached;
}
