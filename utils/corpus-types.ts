/** Shapes of the generated corpus shared by the build step, the background, popup and reader. */

export type DocumentKind = 'communication' | 'declaration' | 'press-article' | 'press-conference';

export interface DocumentMeta {
  id: string;
  kind: DocumentKind;
  title: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  place: string | null;
  language: string;
  source: string | null;
}

export type BlockKind = 'paragraph' | 'list-item' | 'quote';

export interface Passage {
  /** Stable id: derived from the normalised original text, so better repair keeps links working. */
  id: string;
  doc: string;
  /** Position in its document, from 0. */
  order: number;
  kind: BlockKind;
  /** Section path, outermost first (e.g. ["4. Coopération policière…", "Prochaines étapes"]). */
  section: string[];
  /** Repaired text. */
  text: string;
  /** The text as received, hard line wraps joined. */
  original: string;
}

/** A heading as it appears in the reader; passages carry the path of headings above them. */
export interface Heading {
  doc: string;
  /** Order of the first passage under it. */
  before: number;
  level: number;
  text: string;
  original: string;
}

export interface TermOccurrence {
  term: string;
  passage: string;
  /** UTF-16 offsets into the passage's repaired text. */
  start: number;
  end: number;
}

export interface Corpus {
  documents: DocumentMeta[];
  passages: Passage[];
  headings: Heading[];
  occurrences: TermOccurrence[];
}
