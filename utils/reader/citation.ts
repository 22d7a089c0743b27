/** Dates and citations in the reader. */
import { buildCitation, type CitationFormat } from '../citation/build-citation';
import { citationLang } from '../citation/format-date';
import type { DocumentMeta, Passage } from '../corpus-types';

export { formatDate } from '../citation/format-date';

/** The year of an ISO date, for the timeline. */
export function yearOf(iso: string): string {
  return iso.slice(0, 4);
}

/** "§ <section path>" or, outside any section, "§ <paragraph number>". */
export function sectionLabel(passage: Passage, number: number): string {
  const path = (passage.section ?? []).map((s) => s.trim()).filter(Boolean);
  return path.length ? `§ ${path.join(', ')}` : `§ ${number}`;
}

/**
 * The passage's citation in the reader's language (utils/citation): quote, title, kind, place,
 * date, source; the reader link last, labelled as the extension's.
 */
export function citationText(
  doc: DocumentMeta,
  passage: Passage,
  number: number,
  opts: { locale?: string; link?: string; format?: CitationFormat } = {},
): string {
  const path = (passage.section ?? []).map((s) => s.trim()).filter(Boolean);
  return buildCitation(
    {
      doc,
      quote: passage.text,
      section: path.length ? path : [`§ ${number}`],
      readerUrl: opts.link ?? null,
      lang: citationLang(opts.locale),
    },
    opts.format ?? 'text',
  );
}
