/**
 * The one builder of links to the reader page: `reader.html?doc=<id>[&passage=<id>][&term=<id>|&q=<query>]`,
 * parameters in that order (the contract in ../shared/DESIGN.md). The reader parses them back
 * with utils/reader/params.ts.
 */
import { MAX_QUERY_LENGTH } from './reader/params';

export interface ReaderLink {
  doc: string;
  passage?: string | null;
  /** A glossary term to mark; when given, `q` is left out. */
  term?: string | null;
  /** A search query to mark (cut to the reader's limit). */
  q?: string | null;
}

/** The query string of a reader link, with its leading `?`. */
export function readerSearch(p: ReaderLink): string {
  const sp = new URLSearchParams();
  sp.set('doc', p.doc);
  if (p.passage) sp.set('passage', p.passage);
  if (p.term) sp.set('term', p.term);
  else if (p.q) sp.set('q', p.q.slice(0, MAX_QUERY_LENGTH));
  return '?' + sp.toString();
}

/** The absolute URL of the reader on that link, inside the extension. */
export function readerUrl(p: ReaderLink): string {
  return browser.runtime.getURL('/reader.html') + readerSearch(p);
}
