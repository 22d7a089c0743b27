import type { Passage, TermOccurrence } from '../utils/corpus-types';
import { createMatcher, type MatcherTable } from '../utils/term-matcher';

/**
 * Every glossary term occurrence in the repaired passages, found with the page matcher itself.
 * The corpus is one "page" for the context rules: an ambiguous acronym (ECE, CTE, SIS…) counts when
 * the declarations as a whole support it, which they do unless a nearby word reveals another sense.
 */
export function findOccurrences(passages: Passage[], table: MatcherTable): TermOccurrence[] {
  const matcher = createMatcher(table);
  const evidence = matcher.newEvidence();
  const found = passages.map((p) => matcher.scan(p.text, evidence));
  const out: TermOccurrence[] = [];
  passages.forEach((p, i) => {
    for (const m of matcher.resolve(found[i] ?? [], evidence)) {
      out.push({ term: m.term, passage: p.id, start: m.start, end: m.end });
    }
  });
  return out;
}
