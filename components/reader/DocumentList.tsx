import { i18n } from '#i18n';
import { formatDate, yearOf } from '../../utils/reader/citation';
import type { CorpusIndex } from '../../utils/reader/corpus-index';
import { kindLabel, readerHref, sourceLabel, uiLocale } from './ui';

/** The reader's home: the five texts along the timeline. */
export function DocumentList({ index }: { index: CorpusIndex }) {
  const locale = uiLocale();
  return (
    <main class="doc-list" id="main">
      <header class="home-header">
        <p class="eyebrow">{i18n.t('reader.appName')}</p>
        <h1>{i18n.t('reader.homeTitle')}</h1>
        <p class="lede">{i18n.t('reader.homeIntro')}</p>
      </header>
      <ol class="doc-cards">
        {index.documents.map((d) => {
          const n = index.passagesByDoc.get(d.id)?.length ?? 0;
          return (
            <li key={d.id} class="doc-card" data-doc={d.id}>
              <span class="doc-card-year" aria-hidden="true">
                {yearOf(d.date)}
              </span>
              <div class="doc-card-body">
                <p class="doc-card-kind">{kindLabel(d.kind)}</p>
                <h2>
                  <a href={readerHref({ doc: d.id })}>{d.title}</a>
                </h2>
                <p class="doc-card-meta">
                  <time dateTime={d.date}>{formatDate(d.date, locale)}</time>
                  {d.place ? ` · ${d.place}` : ''} · {sourceLabel(d)} ·{' '}
                  {i18n.t('reader.paragraphs', n)}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </main>
  );
}
