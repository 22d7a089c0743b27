import type { Passage, TermOccurrence } from '../utils/corpus-types';
import { createMatcher, type MatcherTable } from '../utils/term-matcher';

/** Every glossary term occurrence in the repaired passages, found with the page matcher itself. */
export function findOccurrences(passages: Passage[], table: MatcherTable): TermOccurrence[] {
  const matcher = createMatcher(table);
  const out: TermOccurrence[] = [];
  for (const p of passages) {
    for (const m of matcher.scan(p.text)) {
      out.push({ term: m.term, passage: p.id, start: m.start, end: m.end });
    }
  }
  return out;
}
