/**
 * The hover card: the term, its expansion and explanation, the timeline of the five texts and the
 * passages that mention it, each a link to the reader. Stateless: the controller re-renders it.
 */
import type { TermCardData, TermPassageRef } from '../../utils/messages';
import { CitationFormats } from './CitationFormats';
import { PassageSnippet } from './PassageSnippet';
import { Timeline } from './Timeline';
import { headLines } from '../../utils/card-headline';
import { cardLabels, formatDate, shortDocLabel } from './labels';

export type { CardLang } from '../../utils/page-language';
import type { CardLang } from '../../utils/page-language';

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
  const L = cardLabels(lang);
  const section = p.section.filter(Boolean).join(' › ');
  const doc = shortDocLabel({ kind: p.docKind, date: p.date, title: p.docTitle }, lang);
  return (
    <li class="passage" data-doc={p.doc} data-passage={p.passage}>
      <a
        class="plink"
        href={p.readerUrl}
        title={`${L.openPassage} — ${p.docTitle}, ${formatDate(p.date, lang)}`}
        data-action="open"
      >
        <span class="pmeta">
          <span class="pdoc">{doc}</span>
          {section ? <span class="psec" lang="fr">{` · § ${section}`}</span> : null}
        </span>
        <span class="snip" lang="fr">
          <PassageSnippet snippet={p.snippet} />
        </span>
      </a>
      <button
        type="button"
        class="copy"
        title={L.copy}
        aria-label={`${L.copy} — ${doc}`}
        data-action="copy"
      >
        <CopyIcon />
      </button>
    </li>
  );
}

export function TermCard(props: TermCardProps) {
  const { data, state } = props;
  const L = cardLabels(props.lang);
  const more = data ? data.totalPassages - data.passages.length : 0;
  const head = headLines(props.label, data);
  const total = data ? data.timeline.reduce((n, r) => n + r.count, 0) : 0;
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
        <h2 class="title" id="vdl-card-title" data-part="headline">
          {head.headline}
        </h2>
        {head.expansion ? (
          <p class="expansion" data-part="expansion" lang={data?.expansionLang}>
            {head.expansion}
          </p>
        ) : null}
        {head.declTerm ? (
          <p class="also" data-part="declarations-term">
            {L.inDeclarations} <span lang="fr">{head.declTerm}</span>
          </p>
        ) : null}
        <button
          type="button"
          class="close"
          aria-label={L.close}
          title={L.close}
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
            {L.error}
          </p>
        ) : null}
        {data ? (
          <>
            <p class="explanation" id="vdl-card-expl" data-part="meaning">
              {data.explanation}
            </p>
            <h3 class="section-title" data-part="timeline-title">
              {L.timeline(total)}
            </h3>
            <Timeline rows={data.timeline} lang={props.lang} />
            {data.passages.length ? (
              <>
                <div class="passages-head">
                  <h3 class="section-title" data-part="passages-title">
                    {L.passages}
                  </h3>
                  <CitationFormats L={L} />
                </div>
                <ul class="passages">
                  {data.passages.map((p) => (
                    <Passage key={p.passage} p={p} lang={props.lang} />
                  ))}
                </ul>
              </>
            ) : (
              <p class="empty">{L.noPassages}</p>
            )}
          </>
        ) : null}
      </div>
      <div class="foot">
        <button type="button" class="search" data-action="search">
          <SearchIcon />
          {more > 0 ? L.morePassages(more) : L.search}
        </button>
        <span class="status" role="status" aria-live="polite">
          {props.status ?? ''}
        </span>
      </div>
    </div>
  );
}
