/**
 * Citations of a passage people can share: the quote (the passage, trimmed), the document's
 * title, kind, place and date in the citation's language, its publisher or source as recorded in
 * seeds/documents.json, a public link only where one is known (a null field stays out, nothing is
 * invented), and the extension's own reader link last, labelled as needing the extension.
 * Formats: plain text, Markdown, BibTeX, CSL-JSON. Pure.
 */
import type { DocumentKind } from '../corpus-types';
import { formatDate, type CitationLang } from './format-date';
import { CITATION_WORDS, kindLabel } from './labels';

export type CitationFormat = 'text' | 'markdown' | 'bibtex' | 'csl-json';

export interface CitedDocument {
  id: string;
  title: string;
  kind: DocumentKind | string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  place?: string | null;
  /** Publisher or source, as recorded; null when unknown. */
  source?: string | null;
  /** Language of the document itself (ISO 639-1). */
  language?: string | null;
  /** A public address of the document, only when known. */
  url?: string | null;
}

export interface CitationInput {
  doc: CitedDocument;
  /** The passage's text (or its snippet); trimmed to the passage, at most QUOTE_MAX long. */
  quote: string;
  /** Section path of the passage, outermost first. */
  section?: readonly string[];
  /** The extension's reader on this passage (secondary: only works with the extension). */
  readerUrl?: string | null;
  lang: CitationLang;
}

/** Longest quote, in characters (cut at a word boundary, with "…"). */
export const QUOTE_MAX = 600;

export function trimQuote(text: string, max = QUOTE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/, '')}…`;
}

/** Day-month-year order in English too (the declarations are European). */
const DATE_LOCALE: Record<CitationLang, string> = { fr: 'fr', en: 'en-GB', nl: 'nl' };
const citedDate = (c: CitationInput) => formatDate(c.doc.date, DATE_LOCALE[c.lang]);

const present = (x: string | null | undefined): x is string => !!x && !!x.trim();

/** "Title, déclaration conjointe, Paris, 11 juin 2018" */
function reference(c: CitationInput): string {
  const { doc, lang } = c;
  return [doc.title.trim(), kindLabel(doc.kind, lang), doc.place, citedDate(c)]
    .filter(present)
    .join(', ');
}

function sectionText(c: CitationInput): string | null {
  const path = (c.section ?? []).map((s) => s.trim()).filter(Boolean);
  return path.length ? path.join(' › ') : null;
}

export function buildCitation(c: CitationInput, format: CitationFormat = 'text'): string {
  switch (format) {
    case 'markdown':
      return markdown(c);
    case 'bibtex':
      return bibtex(c);
    case 'csl-json':
      return JSON.stringify(cslJson(c), null, 2);
    default:
      return plainText(c);
  }
}

function plainText(c: CitationInput): string {
  const w = CITATION_WORDS[c.lang];
  const section = sectionText(c);
  const lines = [
    `${w.quote[0]}${trimQuote(c.quote)}${w.quote[1]}`,
    `${reference(c)}${section ? `. ${w.section}${sep(c.lang)}${section}` : ''}.`,
  ];
  if (present(c.doc.source)) lines.push(`${w.source}${sep(c.lang)}${c.doc.source}.`);
  if (present(c.doc.url)) lines.push(c.doc.url);
  if (present(c.readerUrl)) lines.push(`${w.readerLink}${sep(c.lang)}${c.readerUrl}`);
  return lines.join('\n');
}

/** French puts a (non-breaking) space before a colon. */
function sep(lang: CitationLang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}

const MD_SPECIAL = /([\\`*_[\]<>#|])/g;
const md = (s: string) => s.replace(MD_SPECIAL, '\\$1');

function markdown(c: CitationInput): string {
  const w = CITATION_WORDS[c.lang];
  const section = sectionText(c);
  const title = present(c.doc.url)
    ? `[${md(c.doc.title.trim())}](<${c.doc.url}>)`
    : `*${md(c.doc.title.trim())}*`;
  const rest = [kindLabel(c.doc.kind, c.lang), c.doc.place, citedDate(c)].filter(present).map(md);
  const lines = [
    `> ${md(trimQuote(c.quote))}`,
    '>',
    `> — ${[title, ...rest].join(', ')}${section ? `. ${w.section}${sep(c.lang)}${md(section)}` : ''}.`,
  ];
  if (present(c.doc.source)) lines.push(`> ${w.source}${sep(c.lang)}${md(c.doc.source)}.`);
  if (present(c.readerUrl)) lines.push('', `[${md(w.readerLink)}](<${c.readerUrl}>)`);
  return lines.join('\n');
}

/** Escapes BibTeX's special characters; braces keep the title's capitals. */
const tex = (s: string) =>
  s
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&#$_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');

function bibtex(c: CitationInput): string {
  const { doc } = c;
  const w = CITATION_WORDS[c.lang];
  const section = sectionText(c);
  const fields: [string, string | null | undefined][] = [
    ['title', `{${tex(doc.title.trim())}}`],
    ['date', /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? doc.date : null],
    ['year', doc.date.slice(0, 4)],
    ['type', tex(kindLabel(doc.kind, c.lang))],
    ['address', present(doc.place) ? tex(doc.place) : null],
    ['publisher', present(doc.source) ? tex(doc.source) : null],
    ['url', present(doc.url) ? doc.url : null],
    ['langid', w.language],
    ['note', section ? tex(`${w.section}${sep(c.lang)}${section}`) : null],
    ['addendum', tex(`${w.quote[0]}${trimQuote(c.quote)}${w.quote[1]}`)],
  ];
  const key = `vdl-${doc.id}`.replace(/[^A-Za-z0-9_:-]/g, '');
  const body = fields
    .filter((f): f is [string, string] => present(f[1]))
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@misc{${key},\n${body}\n}`;
}

const CSL_TYPES: Record<string, string> = {
  communication: 'document',
  declaration: 'document',
  'press-article': 'article-newspaper',
  'press-conference': 'speech',
};

export function cslJson(c: CitationInput): Record<string, unknown> {
  const { doc } = c;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(doc.date);
  const section = sectionText(c);
  const item: Record<string, unknown> = {
    id: `vdl-${doc.id}`,
    type: CSL_TYPES[doc.kind] ?? 'document',
    title: doc.title.trim(),
    genre: kindLabel(doc.kind, c.lang) || undefined,
    issued: m ? { 'date-parts': [[+m[1]!, +m[2]!, +m[3]!]] } : undefined,
    'publisher-place': present(doc.place) ? doc.place : undefined,
    publisher: present(doc.source) ? doc.source : undefined,
    language: present(doc.language) ? doc.language : undefined,
    URL: present(doc.url) ? doc.url : undefined,
    section: section ?? undefined,
    note: trimQuote(c.quote),
  };
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));
}
