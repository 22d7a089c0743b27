/** The matcher's public types: the build-time table, matches, evidence and the matcher API. */
import type { CandidateFilter } from '../candidate-test';

export interface MatcherTable {
  version: 1;
  /** Term ids, indexed by the numbers used elsewhere in the table. */
  terms: string[];
  /** Two letters per term: salience (c core, m common) and kind (a b i p l e c: see KINDS). */
  meta: string;
  /**
   * Per term, '|'-separated surfaces. '=' prefix: case-sensitive, as written; otherwise a folded
   * phrase (foldSurface). A leading '?' marks a surface that needs context.
   */
  surfaces: string[];
  /** Folded context words; a trailing '*' accepts any ending. The first `general` are shared. */
  context: string[];
  general: number;
  /** Per term: "1,2;3" = extra context word indices ; anti (other-sense) word indices. */
  termContext: string[];
  /**
   * The trie of surfaces and context words, built and packed at build time (trie.ts): a page
   * load unpacks it, it does not build it. Without it, the matcher builds it when created.
   */
  trie?: PackedTrie;
  /** The first stage's candidate filters (data/candidate-filter.ts): regular expression sources. */
  candidates?: CandidateFilter;
}

/** The matcher's trie as the table ships it (utils/matcher/trie.ts). */
export interface PackedTrie {
  /**
   * Nodes are numbered breadth-first, children in order of their character. One character per
   * node: code − 48 = number of children × 2 + 1 where a plural 's' may follow.
   */
  shape: string;
  /** One code unit per node: the folded character leading to it (the root's is unused). */
  labels: string;
  /** The node of each surface, in the order of `surfaces` ('|'-split, empty ones skipped). */
  accepts: number[];
  /** The node of each context word. */
  contexts: number[];
  /** The word-start expression's source (word-filter.ts). */
  starts: string;
}

export type MatchSalience = 'core' | 'common';
export type MatchKind =
  'acronym' | 'body' | 'instrument' | 'programme' | 'place' | 'event' | 'concept';

export const KINDS: Record<string, MatchKind> = {
  a: 'acronym',
  b: 'body',
  i: 'instrument',
  p: 'programme',
  l: 'place',
  e: 'event',
  c: 'concept',
};

export interface TermMatch {
  /** Glossary id. */
  term: string;
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  /** Needs context before it is shown: see `isConfirmed`. */
  ambiguous?: boolean;
  /** Ambiguous matches only: what lies within ±250 characters in the same text. */
  near?: 'context' | 'anti';
}

export interface TermInfo {
  id: string;
  salience: MatchSalience;
  kind: MatchKind;
}

/** Page-level context, accumulated by `scan`. Opaque to callers; one per page or frame. */
export interface ContextEvidence {
  /** Hits per context word. */
  words: Uint32Array;
  /** Terms (indices) found unambiguously. */
  terms: Set<number>;
}

export interface Matcher {
  /** All matches in text, ambiguous ones flagged; adds the text's context to `evidence`. */
  scan(text: string, evidence?: ContextEvidence): TermMatch[];
  newEvidence(): ContextEvidence;
  /** Whether a match of `scan` should be shown, given the page's evidence so far. */
  isConfirmed(match: TermMatch, evidence: ContextEvidence): boolean;
  /** The confirmed matches of a list. */
  resolve(matches: readonly TermMatch[], evidence: ContextEvidence): TermMatch[];
  /** scan + resolve of one self-contained text. */
  find(text: string): TermMatch[];
  info(term: string): TermInfo | undefined;
  readonly terms: readonly TermInfo[];
}

/** ± characters around an ambiguous match where context counts as "near". */
export const NEAR_WINDOW = 250;

/** A term's salience in the table's `meta` (two characters per term: salience, kind). */
export function salienceAt(meta: string, t: number): MatchSalience {
  return meta[2 * t] === 'm' ? 'common' : 'core';
}
