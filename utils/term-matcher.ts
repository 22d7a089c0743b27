/**
 * The page-side term matcher. The table is compiled at build time from the glossary
 * (data/matcher-table.ts) and shipped in the content script; `createMatcher` runs in the page.
 * (Stub: to be implemented in issue 3.)
 */

export interface MatcherTable {
  version: 1;
  /** term ids, indexed by the numbers used elsewhere in the table */
  terms: string[];
}

export interface TermMatch {
  /** Glossary id. */
  term: string;
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
}

export interface Matcher {
  scan(text: string): TermMatch[];
}

export function createMatcher(table: MatcherTable): Matcher {
  void table;
  return { scan: () => [] };
}
