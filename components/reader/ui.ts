/** Small helpers shared by the reader components (i18n glue, links, clipboard). */
import { i18n } from '#i18n';
import type { CitationFormat } from '../../utils/citation/build-citation';
import type { DocumentKind, DocumentMeta } from '../../utils/corpus-types';
import type { LinkParams } from '../../utils/reader/params';
import { readerSearch } from '../../utils/reader-url';

/** The browser UI locale as a BCP 47 tag ("fr", "en-US"). */
export function uiLocale(): string {
  const raw = i18n.t('@@ui_locale') || 'fr';
  return raw.replace('_', '-');
}

/** The reader's name of each document kind (a message key). */
const KIND_MESSAGES = {
  communication: 'reader.kindCommunication',
  declaration: 'reader.kindDeclaration',
  'press-article': 'reader.kindPressArticle',
  'press-conference': 'reader.kindPressConference',
} as const satisfies Record<DocumentKind, string>;

/** A document kind's name; a kind this build does not know is shown as it is. */
export function kindLabel(kind: DocumentKind): string {
  return Object.hasOwn(KIND_MESSAGES, kind) ? i18n.t(KIND_MESSAGES[kind]) : String(kind);
}

export function sourceLabel(doc: DocumentMeta): string {
  return doc.source ?? i18n.t('reader.sourceUnknown');
}

/** A reader URL relative to the current page (for href) or absolute (for citations). */
export function readerHref(p: LinkParams): string {
  return readerSearch(p);
}

export function absoluteReaderUrl(p: LinkParams): string {
  return new URL(readerSearch(p), location.href).href;
}

/** The one clipboard writer (card and reader). */
export { copyText } from '../../utils/citation/copy-text';

/** A citation format's name in the reader's language ("Texte brut", "BibTeX"…); plain text by default. */
export function formatName(f: CitationFormat): string {
  const formats = {
    text: 'reader.formatText',
    markdown: 'reader.formatMarkdown',
    bibtex: 'reader.formatBibtex',
    'csl-json': 'reader.formatCslJson',
  } as const satisfies Record<CitationFormat, string>;
  return i18n.t(Object.hasOwn(formats, f) ? formats[f] : formats.text);
}
