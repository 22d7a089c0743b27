/**
 * The first stage's candidate test (issue 12), from the build-time filters
 * (data/candidate-filter.ts): 'core' on any text where the full matcher could find a core term,
 * 'common' where it could find only common ones (UE, NATO, terrorisme…), null where it could find
 * none. Text nodes are joined with CANDIDATE_SEP: a word boundary for acronyms, removed for
 * phrase words (a word split by inline markup is whole again).
 */

/** Regular expression sources for one salience group. */
export interface CandidateGroup {
  /** Case-sensitive acronyms, on the raw text. */
  acronyms: string;
  /** Phrase words and word pairs, on the folded text. */
  words: string;
}

export interface CandidateFilter {
  core: CandidateGroup;
  common: CandidateGroup;
  /** Texts the filters cannot judge (combining marks, mojibake): always core candidates. */
  exotic: string;
  ligatures: Record<string, string>;
}

export type Candidate = 'core' | 'common' | null;

/** Between text nodes in the probe's text. */
export const CANDIDATE_SEP = '\u0001';

/** Phrase words are made of `\w`: anything else only separates them. */
const NON_WORD = /\W+/g;
/** A plural s (`candidateWord`): an s that ends a word of two letters or more. */
const FINAL_S = /\Bs\b/g;

/** Invisible characters the matcher steps over inside words (soft hyphen, zero-width). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function candidateTester(f: CandidateFilter): (text: string) => Candidate {
  const compile = (g: CandidateGroup) => ({
    acronyms: new RegExp(g.acronyms),
    words: new RegExp(g.words),
  });
  const core = compile(f.core);
  const common = compile(f.common);
  const exotic = new RegExp(f.exotic);
  const ligatures = new RegExp(`[${Object.keys(f.ligatures).join('')}]`, 'g');
  // NFD's marks; the rarer combining blocks are `exotic` (always a candidate).
  const marks = /[\u0300-\u036f]+/g;
  const seps = new RegExp(CANDIDATE_SEP, 'g');
  return (raw) => {
    if (exotic.test(raw)) return 'core';
    const text = raw.replace(INVISIBLE, CANDIDATE_SEP);
    if (core.acronyms.test(text)) return 'core';
    // Folded as the matcher folds (without keeping offsets): lowercase, no accents, no ligatures;
    // then as the phrases are written (data/candidate-filter.ts): each run of other characters
    // one space, no final s.
    const folded = text
      .replace(seps, '')
      .toLowerCase()
      .normalize('NFD')
      .replace(marks, '')
      .replace(ligatures, (c) => f.ligatures[c] ?? c)
      .replace(NON_WORD, ' ')
      .replace(FINAL_S, '');
    if (core.words.test(folded)) return 'core';
    return common.acronyms.test(text) || common.words.test(folded) ? 'common' : null;
  };
}
