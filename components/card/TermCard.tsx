/**
 * The hover card: the term, its expansion and explanation, the timeline of the five texts and the
 * passages that mention it, each a link to the reader. Stateless: the controller re-renders it.
 */
import { i18n } from '#i18n';
import type { TermCardData, TermPassageRef } from '../../utils/messages';
import { PassageSnippet } from './PassageSnippet';
import { Timeline } from './Timeline';
import { formatDate } from './labels';

export type CardLang = 'fr' | 'en' | 'nl';

export interface TermCardProps {
  term: string;
  /** The text hovered on the page, shown while the data loads. */
  label: string;
  state: 'loading' | 'ready' | 'error';
  data?: TermCardData | undefined;
  lang: CardLang;
  theme: 'system' | 'light' | 'dark';
  /** Transient status line (e.g. "Citation copied"), announced politely. */
  status?: string | undefined;
  /**
   * Rendered hidden during the intent delay so the first real card does not pay for style,
   * font and layout set-up: no role, no data-term (tools look for the open card by it).
   */
  prewarm?: boolean;
}

/**
 * Buttons and links carry `data-action` (open, copy, search, close); the controller handles them
 * from a capture listener on window, so page handlers that stop propagation cannot break them.
 */
export type CardAction = 'open' | 'copy' | 'search' | 'close';

const LANG_NAMES: Record<string, string> = { fr: 'FR', en: 'EN', nl: 'NL', de: 'DE' };

function CopyIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <rect x="9" y="9" width="11" height="11" rx="2" />
      <path d="M5 15V5a2 2 0 0 1 2-2h8" />
    </svg>
  );
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="11" cy="11" r="6.5" />
      <path d="m20 20-4.2-4.2" />
    </svg>
  );
}

function Passage({ p, lang }: { p: TermPassageRef; lang: CardLang }) {
  const section = p.section.filter(Boolean).join(' › ');
  return (
    <li class="passage" data-doc={p.doc} data-passage={p.passage}>
      <a class="plink" href={p.readerUrl} title={i18n.t('card.openPassage')} data-action="open">
        <span class="pdoc">{p.docTitle}</span>
        <span class="pmeta">
          {formatDate(p.date, lang)}
          {section ? ` · § ${section}` : ''}
        </span>
        <PassageSnippet class="snip" snippet={p.snippet} />
      </a>
      <button
        type="button"
        class="copy"
        title={i18n.t('card.copy')}
        aria-label={`${i18n.t('card.copy')} — ${p.docTitle}`}
        data-action="copy"
      >
        <CopyIcon />
      </button>
    </li>
  );
}

export function TermCard(props: TermCardProps) {
  const { data, state } = props;
  const more = data ? data.totalPassages - data.passages.length : 0;
  return (
    <div
      class="card"
      role={props.prewarm ? undefined : 'dialog'}
      aria-hidden={props.prewarm ? 'true' : undefined}
      data-prewarm={props.prewarm ? '' : undefined}
      aria-labelledby="vdl-card-title"
      aria-describedby={data ? 'vdl-card-expl' : undefined}
      aria-busy={state === 'loading' ? 'true' : undefined}
      data-term={props.prewarm ? undefined : props.term}
      data-state={state}
      data-theme={props.theme}
      lang={props.lang}
      tabIndex={-1}
    >
      <div class="head">
        <h2 class="title" id="vdl-card-title">
          {data?.title ?? props.label}
        </h2>
        {data ? (
          <p class="expansion" lang={data.expansionLang}>
            {data.expansion}
          </p>
        ) : null}
        {data?.otherExpansions.length ? (
          <p class="also">
            {data.otherExpansions.map((x, i) => (
              <span key={x.lang} lang={x.lang}>
                {i ? ' · ' : ''}
                {LANG_NAMES[x.lang] ?? x.lang.toUpperCase()} {x.text}
              </span>
            ))}
          </p>
        ) : null}
        <button
          type="button"
          class="close"
          aria-label={i18n.t('card.close')}
          title={i18n.t('card.close')}
          data-action="close"
        >
          ×
        </button>
      </div>
      <div class="body">
        {state === 'loading' ? (
          <div class="status" role="status">
            <span class="skel" style={{ width: '92%' }} />
            <span class="skel" style={{ width: '76%' }} />
            <span class="skel" style={{ width: '84%' }} />
          </div>
        ) : null}
        {state === 'error' ? (
          <p class="empty" role="alert">
            {i18n.t('card.error')}
          </p>
        ) : null}
        {data ? (
          <>
            <p class="explanation" id="vdl-card-expl">
              {data.explanation}
            </p>
            <h3 class="section-title">{i18n.t('card.timeline')}</h3>
            <Timeline rows={data.timeline} />
            <h3 class="section-title">
              {i18n.t('card.passages')}
              {data.totalPassages ? ` · ${data.totalPassages}` : ''}
            </h3>
            {data.passages.length ? (
              <ul class="passages">
                {data.passages.map((p) => (
                  <Passage key={p.passage} p={p} lang={props.lang} />
                ))}
              </ul>
            ) : (
              <p class="empty">{i18n.t('card.noPassages')}</p>
            )}
          </>
        ) : null}
      </div>
      <div class="foot">
        <button type="button" class="search" data-action="search">
          <SearchIcon />
          {more > 0 ? i18n.t('card.morePassages', more) : i18n.t('card.search')}
        </button>
        <span class="status" role="status" aria-live="polite">
          {props.status ?? ''}
        </span>
      </div>
    </div>
  );
}
