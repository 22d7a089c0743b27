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
  /**
   * False until the matcher is built and its expression compiled (for one-byte and two-byte
   * strings: V8 compiles each on first use). `prepare()` does the next of those steps, so the
   * scanner can give each its own slice instead of paying for all of them in its first one.
   */
  readonly ready: boolean;
  prepare(): void;
  /** Matches in `text` (ambiguous ones with other-sense words nearby are left out). */
  scan(text: string): SegmentMatch[];
  salienceOf(term: string): string | undefined;
  /** Forgets the page's context (SPA navigation, site turned off). */
  reset(): void;
}

/** Warm-up texts: one-byte (Latin-1) and two-byte strings get separate regexp code in V8. */
const WARM_TEXTS = [
  'Le comite des ministres a examine la cooperation policiere, Europol et la SIS en 2024. ',
  'Le comité s’est réuni : la coopération policière, Europol et le SIS — en 2024. ',
];

export function createPageMatcher(table: MatcherTable = tableJson as MatcherTable): PageMatcher {
  let built: Matcher | null = null;
  let evidence: ContextEvidence | null = null;
  let step = 0;
  const m = (): Matcher => (built ??= createMatcher(table));
  const ev = (): ContextEvidence => (evidence ??= m().newEvidence());
  const prepare = () => {
    const s = step++;
    if (s === 0) m();
    else if (s === 1) m().warmUp();
    else if (s <= WARM_TEXTS.length + 1) {
      // Twice: V8 interprets an expression's first run and compiles it on the next one.
      const text = WARM_TEXTS[s - 2] as string;
      m().scan(text);
      m().scan(text + text);
    }
  };
  return {
    get ready() {
      return step > WARM_TEXTS.length + 1;
    },
    prepare,
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
