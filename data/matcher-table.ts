import type { GlossaryEntry } from '../utils/glossary-types';
import type { MatcherTable } from '../utils/term-matcher';

/** Compiles the glossary into the compact table the content script ships. (Stub: issue 3.) */
export function compileMatcherTable(entries: GlossaryEntry[]): MatcherTable {
  return { version: 1, terms: entries.map((e) => e.id) };
}
