/**
 * Copying a passage's citation from the hover card: the shared builder (utils/citation) with the
 * document's place and source from seeds/documents.json (the card's message carries neither).
 */
import documents from '../../../seeds/documents.json';
import { buildCitation, type CitationFormat } from '../../../utils/citation/build-citation';
import { citationLang } from '../../../utils/citation/format-date';
import type { TermPassageRef } from '../../../utils/messages';

export { copyText } from '../../../utils/citation/copy-text';

interface SeedDocument {
  id: string;
  place: string | null;
  source: string | null;
  language: string | null;
  url?: string | null;
}

const byId = new Map((documents as { documents: SeedDocument[] }).documents.map((d) => [d.id, d]));

/** The card passage's citation in the card's language (`lang`: "fr", "en", "nl"). */
export function citationText(
  p: TermPassageRef,
  lang: string,
  format: CitationFormat = 'text',
): string {
  const meta = byId.get(p.doc);
  const s = p.snippet;
  return buildCitation(
    {
      doc: {
        id: p.doc,
        title: p.docTitle,
        kind: p.docKind,
        date: p.date,
        place: meta?.place ?? null,
        source: meta?.source ?? null,
        language: meta?.language ?? null,
        url: meta?.url ?? null,
      },
      quote: `${s.cutStart ? '…' : ''}${s.text}${s.cutEnd ? '…' : ''}`,
      section: p.section,
      readerUrl: p.readerUrl,
      lang: citationLang(lang),
    },
    format,
  );
}
