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

export function kindLabel(kind: DocumentKind): string {
  switch (kind) {
    case 'communication':
      return i18n.t('reader.kindCommunication');
    case 'declaration':
      return i18n.t('reader.kindDeclaration');
    case 'press-article':
      return i18n.t('reader.kindPressArticle');
    case 'press-conference':
      return i18n.t('reader.kindPressConference');
    default:
      return String(kind);
  }
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

/** A citation format's name in the reader's language ("Texte brut", "BibTeX"…). */
export function formatName(f: CitationFormat): string {
  switch (f) {
    case 'markdown':
      return i18n.t('reader.formatMarkdown');
    case 'bibtex':
      return i18n.t('reader.formatBibtex');
    case 'csl-json':
      return i18n.t('reader.formatCslJson');
    default:
      return i18n.t('reader.formatText');
  }
}
