/**
 * The glossary matcher as the scanner uses it: the build-time table (data/generated) compiled
 * once, one evidence record per page (frame) that grows as text is scanned, so ambiguous
 * acronyms (ECE, CTE, SIS, JIT…) are shown once the page supplies context for them.
 */
import tableJson from '../../data/generated/matcher-table.json';
import {
  createMatcher,
  type ContextEvidence,
  type MatcherTable,
  type TermMatch,
} from '../../utils/term-matcher';

export interface SegmentMatch {
  term: string;
  start: number;
  end: number;
  /** Ambiguous, not confirmed yet: kept back until `confirmed()` says so. */
  pending: TermMatch | null;
}

export interface PageMatcher {
  /** Matches in `text` (ambiguous ones with other-sense words nearby are left out). */
  scan(text: string): SegmentMatch[];
  /** Whether a pending match is confirmed by the page's context so far. */
  confirmed(m: TermMatch): boolean;
  salienceOf(term: string): string | undefined;
  /** Forgets the page's context (SPA navigation, site turned off). */
  reset(): void;
}

export function createPageMatcher(table: MatcherTable = tableJson as MatcherTable): PageMatcher {
  const m = createMatcher(table);
  let evidence: ContextEvidence = m.newEvidence();
  return {
    scan(text) {
      const out: SegmentMatch[] = [];
      for (const x of m.scan(text, evidence)) {
        if (x.ambiguous && x.near === 'anti') continue;
        const pending = x.ambiguous && !m.isConfirmed(x, evidence) ? x : null;
        out.push({ term: x.term, start: x.start, end: x.end, pending });
      }
      return out;
    },
    confirmed: (x) => m.isConfirmed(x, evidence),
    salienceOf: (term) => m.info(term)?.salience,
    reset() {
      evidence = m.newEvidence();
    },
  };
}
