import { i18n } from '#i18n';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { GlossaryEntry } from '../../utils/glossary-types';
import type { CorpusIndex } from '../../utils/reader/corpus-index';
import type { Focus, HitNavigation } from '../../utils/reader/hits';
import type { LinkParams } from '../../utils/reader/params';
import { linkHandler } from './links';
import { readerHref } from './ui';

interface Props {
  focus: Focus;
  entry: GlossaryEntry | undefined;
  nav: HitNavigation;
  /** Marked occurrences in all five texts. */
  occurrences: number;
  index: CorpusIndex;
  /** Previous / next hit in this document (the buttons: disabled at either end). */
  prev: LinkParams | null;
  next: LinkParams | null;
  /** At this document's first / last hit: the nearest hit in an earlier / later text. */
  prevDoc: LinkParams | null;
  nextDoc: LinkParams | null;
  clear: LinkParams;
  navigate(to: LinkParams): void;
}

/** « Previous » / « Next » hit in this text: a link, or a disabled one at either end. */
function StepLink(props: {
  rel: 'prev' | 'next';
  to: LinkParams | null;
  navigate(to: LinkParams): void;
}) {
  const { rel, to } = props;
  const arrow = rel === 'prev' ? '←' : '→';
  const body = (
    <>
      {rel === 'prev' ? <span aria-hidden="true">{arrow} </span> : null}
      {i18n.t(rel === 'prev' ? 'reader.prev' : 'reader.next')}
      {rel === 'next' ? <span aria-hidden="true"> {arrow}</span> : null}
    </>
  );
  if (!to) {
    return (
      <span class="btn step is-disabled" role="link" aria-disabled="true" data-step={rel}>
        {body}
      </span>
    );
  }
  return (
    <a
      class="btn step"
      href={readerHref(to)}
      rel={rel}
      data-step={rel}
      title={i18n.t(rel === 'prev' ? 'reader.prevTitle' : 'reader.nextTitle')}
      aria-keyshortcuts={rel === 'prev' ? 'p k' : 'n j'}
      onClick={linkHandler(props.navigate, to)}
    >
      {body}
    </a>
  );
}

/**
 * Prev/next stay in this text, so « passage 1 of 1 » never offers a « previous » (issue 13); the
 * texts before and after are reached by these explicit « earlier in / continues in » links.
 */
function OtherDocLink(props: {
  rel: 'prev' | 'next';
  /** The nearest hit in an earlier / later text, if any. */
  to: LinkParams | null;
  index: CorpusIndex;
  navigate(to: LinkParams): void;
}) {
  const { rel, to } = props;
  if (!to) return null;
  const doc = props.index.docById.get(to.doc);
  const year = doc?.date.slice(0, 4) ?? to.doc;
  return (
    <a
      class="btn btn-quiet other-doc"
      href={readerHref(to)}
      data-step={`${rel}-doc`}
      aria-keyshortcuts={rel === 'prev' ? 'p k' : 'n j'}
      title={doc?.title ?? to.doc}
      onClick={linkHandler(props.navigate, to)}
    >
      {rel === 'prev' ? <span aria-hidden="true">← </span> : null}
      {i18n.t(rel === 'prev' ? 'reader.earlierIn' : 'reader.continuesIn', [year])}
      {rel === 'next' ? <span aria-hidden="true"> →</span> : null}
    </a>
  );
}

/** The term or query being followed: what it is, where we are, previous / next occurrence. */
export function FocusBar(props: Props) {
  const { focus, entry, nav, occurrences, index, prev, next, clear, navigate } = props;
  const label = focus.kind === 'term' ? (entry?.term ?? focus.term) : focus.q;
  const where =
    nav.positionInDoc > 0
      ? i18n.t('reader.positionInDoc', [String(nav.positionInDoc), String(nav.inDoc)])
      : i18n.t('reader.countInDoc', [i18n.t('reader.passages', nav.inDoc)]);
  const barRef = useRef<HTMLElement>(null);
  useStickyOffset(barRef);
  return (
    <section
      ref={barRef}
      class="focus-bar"
      aria-label={i18n.t(focus.kind === 'term' ? 'reader.focusTerm' : 'reader.focusQuery')}
      data-focus={focus.kind}
    >
      <div class="focus-inner">
        <p class="focus-what">
          <span class="focus-kind">
            {i18n.t(focus.kind === 'term' ? 'reader.focusTerm' : 'reader.focusQuery')}
          </span>{' '}
          <mark class="focus-term">{label}</mark>
          {entry ? <span class="focus-expansion"> {entry.expansion.fr}</span> : null}
        </p>
        <p class="focus-where" aria-live="polite">
          <span data-count="doc">{where}</span>
          <span class="sep" aria-hidden="true">
            {' · '}
          </span>
          <span data-count="all">
            {i18n.t('reader.totalAll', [i18n.t('reader.occurrences', occurrences)])}
          </span>
        </p>
        <nav class="focus-steps">
          <StepLink rel="prev" to={prev} navigate={navigate} />
          <StepLink rel="next" to={next} navigate={navigate} />
          <OtherDocLink rel="prev" to={props.prevDoc} index={index} navigate={navigate} />
          <OtherDocLink rel="next" to={props.nextDoc} index={index} navigate={navigate} />
          <a
            class="btn btn-quiet clear"
            href={readerHref(clear)}
            title={i18n.t('reader.clearFocus')}
            aria-label={i18n.t('reader.clearFocus')}
            onClick={linkHandler(navigate, clear)}
          >
            <span aria-hidden="true">×</span>
          </a>
        </nav>
      </div>
    </section>
  );
}

/**
 * Publishes the sticky bar's height as `--sticky-offset` on the root, which the stylesheet's
 * scroll-padding-top uses: a jump (table of contents, #fragment, passage link) then lands below
 * the bar whatever its height (it wraps onto two or three lines on narrow screens).
 */
function useStickyOffset(ref: { current: HTMLElement | null }): void {
  useLayoutEffect(() => {
    const el = ref.current;
    const root = document.documentElement;
    if (!el) return;
    const set = () => root.style.setProperty('--sticky-offset', `${el.offsetHeight}px`);
    set();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(set) : null;
    ro?.observe(el);
    return () => {
      ro?.disconnect();
      root.style.removeProperty('--sticky-offset');
    };
  }, []);
}
