/** The citation formats people can pick (build-citation.ts builds them). Pure, no storage. */
import type { CitationFormat } from './build-citation';

export const CITATION_FORMATS: readonly CitationFormat[] = [
  'text',
  'markdown',
  'bibtex',
  'csl-json',
];

export function isCitationFormat(x: unknown): x is CitationFormat {
  return typeof x === 'string' && (CITATION_FORMATS as readonly string[]).includes(x);
}
