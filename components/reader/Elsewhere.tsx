import { i18n } from '#i18n';
import type { GlossaryEntry } from '../../utils/glossary-types';
import { formatDate } from '../../utils/reader/citation';
import type { CorpusIndex } from '../../utils/reader/corpus-index';
import type { Focus, Hit } from '../../utils/reader/hits';
import type { LinkParams } from '../../utils/reader/params';
import { snippetAround } from '../../utils/reader/snippet';
import { linkHandler } from './links';
import { Marked } from './Marked';
import { kindLabel, readerHref, uiLocale } from './ui';

const PER_DOC = 3;

interface Props {
  index: CorpusIndex;
  doc: string;
  focus: Focus;
  entry: GlossaryEntry | undefined;
  hits: Hit[];
  focusParams: Pick<LinkParams, 'term' | 'q'>;
  navigate(to: LinkParams): void;
}

/** The same term's (or query's) passages in the other texts, with a short excerpt each. */
export function Elsewhere({ index, doc, focus, entry, hits, focusParams, navigate }: Props) {
  const others = index.documents
    .filter((d) => d.id !== doc)
    .map((d) => ({ d, hits: hits.filter((h) => h.doc === d.id) }))
    .filter((g) => g.hits.length);
  const title =
    focus.kind === 'term'
      ? i18n.t('reader.elsewhereTerm', [entry?.term ?? focus.term])
      : i18n.t('reader.elsewhereQuery');
  const locale = uiLocale();
  return (
    <section class="elsewhere" aria-labelledby="elsewhere-title">
      <h2 id="elsewhere-title">{title}</h2>
      {others.length ? null : <p class="muted">{i18n.t('reader.noneElsewhere')}</p>}
      {others.map(({ d, hits: dh }) => (
        <div key={d.id} class="elsewhere-doc" data-doc={d.id}>
          <h3>
            <span class="elsewhere-date">{formatDate(d.date, locale)}</span>
            <span class="elsewhere-kind"> · {kindLabel(d.kind)}</span>
            <span class="elsewhere-count">
              {' '}
              ·{' '}
              {i18n.t(
                'reader.occurrences',
                dh.reduce((n, h) => n + Math.max(1, h.ranges.length), 0),
              )}
            </span>
          </h3>
          <p class="elsewhere-title">{d.title}</p>
          <ul>
            {dh.slice(0, PER_DOC).map((h) => {
              const p = index.passageById.get(h.passage);
              if (!p) return null;
              const s = snippetAround(p.text, h.ranges);
              const to: LinkParams = { doc: h.doc, passage: h.passage, ...focusParams };
              return (
                <li key={h.passage}>
                  <a
                    href={readerHref(to)}
                    data-passage={h.passage}
                    onClick={linkHandler(navigate, to)}
                  >
                    {s.cutStart ? '… ' : ''}
                    <Marked
                      text={s.text}
                      ranges={s.marks.map(([start, end]) => ({ start, end }))}
                    />
                    {s.cutEnd ? ' …' : ''}
                  </a>
                </li>
              );
            })}
          </ul>
          {dh.length > PER_DOC ? (
            <p class="muted">{i18n.t('reader.elsewhereMore', [String(dh.length - PER_DOC)])}</p>
          ) : null}
        </div>
      ))}
    </section>
  );
}
