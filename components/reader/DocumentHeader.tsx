import { i18n } from '#i18n';
import type { DocumentMeta } from '../../utils/corpus-types';
import { formatDate } from '../../utils/reader/citation';
import { kindLabel, uiLocale } from './ui';

export function DocumentHeader({ doc, paragraphs }: { doc: DocumentMeta; paragraphs: number }) {
  return (
    <header class="doc-header">
      <p class="doc-kind">{kindLabel(doc.kind)}</p>
      <h1 id="doc-title">{doc.title}</h1>
      <p class="doc-meta">
        <time dateTime={doc.date}>{formatDate(doc.date, uiLocale())}</time>
        <span class="sep" aria-hidden="true">
          {' · '}
        </span>
        <span>{doc.place ?? i18n.t('reader.placeUnknown')}</span>
        <span class="sep" aria-hidden="true">
          {' · '}
        </span>
        <span class="doc-paragraphs">{i18n.t('reader.paragraphs', paragraphs)}</span>
      </p>
      <p class={doc.source ? 'doc-source' : 'doc-source doc-source-unknown'}>
        {doc.source ? i18n.t('reader.sourceLabel', [doc.source]) : i18n.t('reader.sourceUnknown')}
      </p>
    </header>
  );
}
