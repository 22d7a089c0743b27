/** The serialised search data (data/generated/search-index.json) and what a search returns. */
import type { DocumentKind } from '../corpus-types';
import type { LocalisedText, TermKind } from '../glossary-types';
import type { Snippet } from '../snippet';

export interface IndexedDocument {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  kind: DocumentKind;
}

export interface IndexedPassage {
  id: string;
  /** Index into `documents`. */
  doc: number;
  order: number;
  /** Index into `sections`, or -1. */
  section: number;
  /** Repaired text (what the popup shows and marks). */
  text: string;
  /**
   * Folded words the passage also answers to, space-separated: words of the text as received
   * that the repair changed, and OCR readings of damaged words (glued, split, misread letters).
   */
  extra?: string;
}

export interface IndexedTerm {
  id: string;
  term: string;
  kind: TermKind;
  expansion: Partial<LocalisedText> & { fr: string };
  explanation: LocalisedText;
  acronyms: string[];
  phrases: string[];
  /**
   * Passages (indices) that name the term, in corpus order: the term matcher's occurrences, plus
   * (when `aliasesResolved`) any of its aliases the search finds (plural, elision, word order).
   */
  passages: number[];
  /** Number of occurrences in the corpus. */
  count: number;
}

/** Serialised search data the popup loads. */
export interface SearchIndexData {
  version: 2;
  documents: IndexedDocument[];
  /** Section paths joined with " › ". */
  sections: string[];
  passages: IndexedPassage[];
  terms: IndexedTerm[];
  /** Term passages already include the search's alias matches (computed by the build). */
  aliasesResolved?: boolean;
}

/** Snippets are the shared model of utils/snippet.ts (card, popup and reader). */
export type { Snippet } from '../snippet';

export interface PassageHit {
  /** Index into data.passages. */
  index: number;
  id: string;
  doc: IndexedDocument;
  section: string | null;
  score: number;
  snippet: Snippet;
}

export interface TermHit {
  term: IndexedTerm;
  /** Passages and distinct documents that mention it. */
  passageCount: number;
  docCount: number;
  /** The best passage for this query that mentions the term (opened by the card). */
  passage: PassageHit | null;
}

export interface Facet {
  key: string;
  label: string;
  count: number;
}

export interface SearchOptions {
  /** Max passages returned (default 30). */
  limit?: number;
  /** Only passages from documents of this year (YYYY). */
  year?: string | null;
}

export interface SearchResponse {
  /** Folded query (cache key). */
  key: string;
  /** Glossary entries the query names, first. Their passage is not repeated in `passages`. */
  terms: TermHit[];
  passages: PassageHit[];
  /** Passages that matched before the limit and the year filter. */
  total: number;
  /** Matching passages per year, before the year filter. */
  years: Facet[];
  /** When nothing matched: the closest glossary terms. */
  suggestions: IndexedTerm[];
}
