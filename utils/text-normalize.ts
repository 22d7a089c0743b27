/** Text folding shared by the matcher, the search and the build step. */

const COMBINING = /\p{M}+/gu;

/** Lowercase, strip diacritics, unify apostrophes and ligatures (the length may change). */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}

/** Folded, with runs of whitespace collapsed and trimmed. */
export function foldCompact(s: string): string {
  return foldText(s).replace(/\s+/g, ' ').trim();
}

/** Only [a-z0-9] after folding: the comparison key used for passage ids and relevance checks. */
export function alnumKey(s: string): string {
  return foldText(s).replace(/[^a-z0-9]/g, '');
}

/**
 * Lowercase, no diacritics, œ/æ (and Œ) spelt out, apostrophes and other signs kept: the key
 * under which the OCR lexicon files words that differ only by accents. Unlike `foldText` it
 * leaves apostrophes alone, so elided forms keep their own key.
 */
export function accentKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}
