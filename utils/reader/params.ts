/**
 * Reader URL parameters: `reader.html?doc=<id>&passage=<id>[&term=<id>|&q=<query>]`.
 * Values come from links in the wild, so every one is validated; a bad value is dropped and
 * reported as a problem the page explains, never passed on.
 */

export type ParamName = 'doc' | 'passage' | 'term' | 'q';

export type ProblemCode = 'invalid' | 'too-long' | 'both-term-and-q';

export interface ParamProblem {
  param: ParamName;
  code: ProblemCode;
  /** A short, printable excerpt of the rejected value (shown as text, never as markup). */
  excerpt: string;
}

export interface ReaderParams {
  doc: string | null;
  passage: string | null;
  term: string | null;
  q: string | null;
  problems: ParamProblem[];
}

/** Ids are ASCII slugs (document ids, `p-<hex>` passage ids, kebab-case term ids). */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const MAX_ID_LENGTH = 80;
export const MAX_QUERY_LENGTH = 200;
const EXCERPT_LENGTH = 40;

/** A printable excerpt of a hostile value: control characters removed, clipped with an ellipsis. */
export function excerptOf(value: string, max = EXCERPT_LENGTH): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/g, ' ');
  const chars = Array.from(clean);
  return chars.length > max ? chars.slice(0, max).join('') + '…' : clean;
}

function checkId(param: ParamName, raw: string | null, problems: ParamProblem[]): string | null {
  if (raw === null) return null;
  const value = raw.trim();
  if (value === '') return null;
  if (value.length > MAX_ID_LENGTH) {
    problems.push({ param, code: 'too-long', excerpt: excerptOf(value) });
    return null;
  }
  if (!ID.test(value)) {
    problems.push({ param, code: 'invalid', excerpt: excerptOf(value) });
    return null;
  }
  return value;
}

function checkQuery(raw: string | null, problems: ParamProblem[]): string | null {
  if (raw === null) return null;
  const value = raw
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (value === '') return null;
  if (value.length > MAX_QUERY_LENGTH) {
    problems.push({ param: 'q', code: 'too-long', excerpt: excerptOf(value) });
    return null;
  }
  return value;
}

/** Parses `location.search` (with or without the leading `?`). Never throws. */
export function parseReaderParams(search: string): ReaderParams {
  let sp: URLSearchParams;
  try {
    sp = new URLSearchParams(search);
  } catch {
    sp = new URLSearchParams();
  }
  const problems: ParamProblem[] = [];
  const doc = checkId('doc', sp.get('doc'), problems);
  const passage = checkId('passage', sp.get('passage'), problems);
  let term = checkId('term', sp.get('term'), problems);
  let q = checkQuery(sp.get('q'), problems);
  if (term && q) {
    // The contract allows one or the other; the curated term wins.
    problems.push({ param: 'q', code: 'both-term-and-q', excerpt: excerptOf(q) });
    q = null;
  }
  if (term) term = term.toLowerCase();
  return { doc, passage, term, q, problems };
}

/** A reader link's parameters; links are built by utils/reader-url.ts. */
export type { ReaderLink as LinkParams } from '../reader-url';
