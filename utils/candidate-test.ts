/**
 * The first stage's candidate test (issue 12), from the build-time filter
 * (data/candidate-filter.ts): true on any text where the full matcher could find a term.
 * Text nodes are joined with CANDIDATE_SEP: a word boundary for acronyms, removed for phrase words
 * (a word split by inline markup is whole again).
 */
import type { MatcherTable } from './matcher/types';

export type CandidateFilter = NonNullable<MatcherTable['candidates']>;

/** Between text nodes in the probe's text. */
export const CANDIDATE_SEP = '\u0001';

export function candidateTester(f: CandidateFilter): (text: string) => boolean {
  const acronyms = new RegExp(f.acronyms);
  const words = new RegExp(f.words);
  const exotic = new RegExp(f.exotic);
  const ligatures = new RegExp(`[${Object.keys(f.ligatures).join('')}]`, 'g');
  const marks = /\p{M}+/gu;
  const seps = new RegExp(CANDIDATE_SEP, 'g');
  return (text) => {
    if (acronyms.test(text) || exotic.test(text)) return true;
    // Folded as the matcher folds (without keeping offsets): lowercase, no accents, no ligatures.
    const folded = text
      .replace(seps, '')
      .toLowerCase()
      .normalize('NFD')
      .replace(marks, '')
      .replace(ligatures, (c) => f.ligatures[c] ?? c);
    return words.test(folded);
  };
}
