/**
 * The glossary matcher as the scanner uses it: the build-time table (data/generated) compiled
 * once, one evidence record per page (frame) that grows as text is scanned, so ambiguous
 * acronyms (ECE, CTE, SIS, JIT…) are shown once the page supplies context for them.
 */
// Named imports: the first stage's `candidates` filter stays out of this bundle.
import {
  context,
  general,
  meta,
  surfaces,
  termContext,
  terms,
  trie,
} from '../../data/generated/matcher-table.json';
import {
  createMatcher,
  type ContextEvidence,
  type Matcher,
  type MatcherTable,
  type TermMatch,
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
  /**
   * False until the matcher is made and its word-start expression compiled to native code for
   * one-byte and two-byte strings (V8 compiles each on first use). `prepare()` does the next of
   * those steps, so the scanner gives each a slice of its own instead of adding them to the
   * first chunk's.
   */
  readonly ready: boolean;
  prepare(): void;
  /** Matches in `text` (ambiguous ones with other-sense words nearby are left out). */
  scan(text: string): SegmentMatch[];
  /**
   * The same scan in parts: `next(chars)` reads about `chars` more characters; null until the
   * text is done, then its matches (a long text's scan spread over time slices).
   */
  start(text: string): { next(chars: number): SegmentMatch[] | null };
  salienceOf(term: string): string | undefined;
  /** Forgets the page's context (SPA navigation, site turned off). */
  reset(): void;
}

/**
 * Warm-up texts: one-byte (Latin-1) and two-byte strings get separate native code in V8, each
 * compiled on an expression's second run.
 */
const WARM_TEXTS = ['la cooperation policiere et Europol', 'la coopération policière et l’UE'];

const TABLE: MatcherTable = {
  version: 1,
  terms,
  meta,
  surfaces,
  context,
  general,
  termContext,
  trie,
};

export function createPageMatcher(table: MatcherTable = TABLE): PageMatcher {
  let built: Matcher | null = null;
  let evidence: ContextEvidence | null = null;
  let step = 0;
  // Made on first use: the trie ships packed, so this only fills a few typed arrays.
  const m = (): Matcher => (built ??= createMatcher(table));
  const ev = (): ContextEvidence => (evidence ??= m().newEvidence());
  const segmentMatches = (found: readonly TermMatch[]): SegmentMatch[] => {
    const out: SegmentMatch[] = [];
    const mm = m();
    const e = ev();
    for (const x of found) {
      if (x.ambiguous && x.near === 'anti') continue;
      // ev(), not e: the check runs later, against the page's context by then.
      const pending = x.ambiguous && !mm.isConfirmed(x, e) ? () => m().isConfirmed(x, ev()) : null;
      out.push({ term: x.term, start: x.start, end: x.end, pending });
    }
    return out;
  };
  return {
    get ready() {
      return step > WARM_TEXTS.length;
    },
    prepare() {
      const s = step++;
      if (s === 0) m();
      else if (s <= WARM_TEXTS.length) {
        // No evidence: the page's context is not touched.
        m().scan(WARM_TEXTS[s - 1]!);
        m().scan(WARM_TEXTS[s - 1]!);
      }
    },
    scan(text) {
      return segmentMatches(m().scan(text, ev()));
    },
    start(text) {
      const partial = m().startScan(text, ev());
      return {
        next(chars) {
          const found = partial.next(chars);
          return found && segmentMatches(found);
        },
      };
    },
    salienceOf: (term) => m().info(term)?.salience,
    reset() {
      evidence = built ? built.newEvidence() : null;
    },
  };
}
