/**
 * The glossary matcher as the scanner uses it: the build-time table (data/generated) compiled
 * once, one evidence record per page (frame) that grows as text is scanned, so ambiguous
 * acronyms (ECE, CTE, SIS, JIT…) are shown once the page supplies context for them.
 */
import tableJson from '../../data/generated/matcher-table.json';
import {
  createMatcher,
  type ContextEvidence,
  type Matcher,
  type MatcherTable,
} from '../../utils/term-matcher';
import type { PendingCheck } from './lookup-types';

export interface SegmentMatch {
  term: string;
  start: number;
  end: number;
  /** Ambiguous, not confirmed yet: kept back until this check says the page's context does. */
  pending: PendingCheck | null;
}

export interface PageMatcher {
  /** Matches in `text` (ambiguous ones with other-sense words nearby are left out). */
  scan(text: string): SegmentMatch[];
  salienceOf(term: string): string | undefined;
  /** Forgets the page's context (SPA navigation, site turned off). */
  reset(): void;
}

export function createPageMatcher(table: MatcherTable = tableJson as MatcherTable): PageMatcher {
  let built: Matcher | null = null;
  let evidence: ContextEvidence | null = null;
  // Created on first use: unpacking the build-time trie is the whole cost (well under a slice).
  const m = (): Matcher => (built ??= createMatcher(table));
  const ev = (): ContextEvidence => (evidence ??= m().newEvidence());
  return {
    scan(text) {
      const out: SegmentMatch[] = [];
      const mm = m();
      const e = ev();
      for (const x of mm.scan(text, e)) {
        if (x.ambiguous && x.near === 'anti') continue;
        // ev(), not e: the check runs later, against the page's context by then.
        const pending =
          x.ambiguous && !mm.isConfirmed(x, e) ? () => m().isConfirmed(x, ev()) : null;
        out.push({ term: x.term, start: x.start, end: x.end, pending });
      }
      return out;
    },
    salienceOf: (term) => m().info(term)?.salience,
    reset() {
      evidence = built ? built.newEvidence() : null;
    },
  };
}
