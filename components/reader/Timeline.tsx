import { i18n } from '#i18n';
import { yearOf } from '../../utils/reader/citation';
import type { CorpusIndex } from '../../utils/reader/corpus-index';
import type { Hit } from '../../utils/reader/hits';
import type { LinkParams } from '../../utils/reader/params';
import { linkHandler } from './links';
import { SideNav } from './SideNav';
import { kindLabel, readerHref } from './ui';

interface Props {
  index: CorpusIndex;
  current: string;
  /** Occurrences of the followed term per document (null: no term followed). */
  counts: Map<string, number> | null;
  hits: Hit[];
  focusParams: Pick<LinkParams, 'term' | 'q'>;
  navigate(to: LinkParams): void;
}

/** The five texts, 2017 → 2023; with a followed term, each links to its first occurrence. */
export function Timeline({ index, current, counts, hits, focusParams, navigate }: Props) {
  return (
    <SideNav name="timeline" title={i18n.t('reader.timeline')}>
      {index.documents.map((d) => {
        const n = counts?.get(d.id) ?? 0;
        const first = counts ? hits.find((h) => h.doc === d.id) : undefined;
        const to: LinkParams = { doc: d.id, passage: first?.passage ?? null, ...focusParams };
        const isCurrent = d.id === current;
        return (
          <li
            key={d.id}
            class={`tl-item${isCurrent ? ' is-current' : ''}${counts && !n ? ' is-empty' : ''}`}
          >
            <a
              href={readerHref(to)}
              aria-current={isCurrent ? 'page' : undefined}
              data-doc={d.id}
              onClick={linkHandler(navigate, to)}
            >
              <span class="tl-year">{yearOf(d.date)}</span>
              <span class="tl-body">
                <span class="tl-kind">{kindLabel(d.kind)}</span>
                <span class="tl-title">{d.title}</span>
              </span>
              {counts ? (
                <span
                  class="tl-count"
                  data-count={n}
                  aria-label={i18n.t('reader.occurrences', n)}
                  title={i18n.t('reader.occurrences', n)}
                >
                  {n}
                </span>
              ) : null}
            </a>
          </li>
        );
      })}
    </SideNav>
  );
}
