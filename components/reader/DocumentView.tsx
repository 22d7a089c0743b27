import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { DocumentMeta, Passage } from '../../utils/corpus-types';
import type { GlossaryEntry } from '../../utils/glossary-types';
import type { CitationFormat } from '../../utils/citation/build-citation';
import { loadCitationFormat, saveCitationFormat } from '../../utils/citation/format-choice';
import { citationText } from '../../utils/reader/citation';
import type { CorpusIndex } from '../../utils/reader/corpus-index';
import {
  countByDoc,
  navigate as hitNavigation,
  type Focus,
  type Hit,
} from '../../utils/reader/hits';
import { buildBlocks, documentHeadings, tableOfContents } from '../../utils/reader/outline';
import type { LinkParams, ParamProblem } from '../../utils/reader/params';
import type { ResolutionNotice } from '../../utils/reader/resolve';
import { shortcutFor } from '../../utils/reader/shortcuts';
import { DocumentBody } from './DocumentBody';
import { DocumentHeader } from './DocumentHeader';
import { Elsewhere } from './Elsewhere';
import { FocusBar } from './FocusBar';
import { Notices } from './Notices';
import type { Navigate } from './ReaderApp';
import { ShortcutsHelp } from './ShortcutsHelp';
import { TableOfContents } from './TableOfContents';
import { Timeline } from './Timeline';
import { Toast, type ToastState } from './Toast';
import { absoluteReaderUrl, copyText, formatName, uiLocale } from './ui';

export interface DocumentViewProps {
  index: CorpusIndex;
  doc: DocumentMeta;
  target: Passage | null;
  focus: Focus | null;
  entry: GlossaryEntry | undefined;
  hits: Hit[];
  problems: ParamProblem[];
  notices: ResolutionNotice[];
  navigate: Navigate;
  navSeq: number;
  /** Scroll smoothly to the target (in-page steps), unless the user prefers reduced motion. */
  smooth: boolean;
}

export function DocumentView(props: DocumentViewProps) {
  const { index, doc, target, focus, entry, hits, navigate, navSeq, smooth } = props;
  const passages = index.passagesByDoc.get(doc.id) ?? [];
  const blocks = useMemo(
    () =>
      buildBlocks(
        passages,
        documentHeadings(doc.id, passages, index.headingsByDoc.get(doc.id) ?? []),
      ),
    [doc.id, passages, index],
  );
  const toc = useMemo(
    () => tableOfContents(blocks, { skipTitleLike: !!index.headingsByDoc.get(doc.id)?.length }),
    [blocks, index, doc.id],
  );
  const numberOf = useMemo(() => {
    const m = new Map<string, number>();
    passages.forEach((p, i) => m.has(p.id) || m.set(p.id, i + 1));
    return m;
  }, [passages]);

  const docHits = useMemo(() => hits.filter((h) => h.doc === doc.id), [hits, doc.id]);
  const marks = useMemo(() => new Map(docHits.map((h) => [h.passage, h.ranges])), [docHits]);
  const counts = useMemo(() => countByDoc(hits), [hits]);
  const nav = useMemo(
    () => hitNavigation(index, hits, doc.id, target?.order ?? null),
    [index, hits, doc.id, target],
  );

  const [originalAll, setOriginalAll] = useState(false);
  const [originalOpen, setOriginalOpen] = useState<ReadonlySet<string>>(new Set());
  const [helpOpen, setHelpOpen] = useState(false);
  const [toast, setToast] = useState<ToastState | null>(null);
  const toggleOriginal = useCallback((id: string) => {
    setOriginalOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const fp = useMemo<Pick<LinkParams, 'term' | 'q'>>(
    () =>
      focus?.kind === 'term' ? { term: focus.term } : focus?.kind === 'query' ? { q: focus.q } : {},
    [focus?.kind, focus?.kind === 'term' ? focus.term : focus?.q],
  );
  const focusParams = () => fp;
  const linkTo = (h: Hit | null): LinkParams | null =>
    h ? { doc: h.doc, passage: h.passage, ...fp } : null;

  // The citation format: remembered on this device (plain text until the user picks another).
  const [format, setFormat] = useState<CitationFormat>('text');
  useEffect(() => {
    let live = true;
    void loadCitationFormat().then((f) => live && setFormat(f));
    return () => {
      live = false;
    };
  }, []);
  const onCitationFormat = useCallback((f: CitationFormat) => {
    setFormat(f);
    void saveCitationFormat(f);
  }, []);

  const citationFor = useCallback(
    (p: Passage) =>
      citationText(doc, p, numberOf.get(p.id) ?? p.order + 1, {
        locale: uiLocale(),
        link: absoluteReaderUrl({ doc: doc.id, passage: p.id }),
        format,
      }),
    [doc, numberOf, format],
  );
  const copy = useCallback(async (text: string, kind: CitationFormat | 'passage') => {
    const ok = await copyText(text);
    setToast({
      id: Date.now(),
      ok,
      text: ok
        ? kind === 'passage'
          ? i18n.t('reader.copiedText')
          : i18n.t('reader.copiedCitationAs', [formatName(kind)])
        : i18n.t('reader.copyFailed'),
      copied: text,
    });
  }, []);

  const onCopyCitation = useCallback(
    (p: Passage) => void copy(citationFor(p), format),
    [copy, citationFor, format],
  );
  const onCopyText = useCallback((p: Passage) => void copy(p.text, 'passage'), [copy]);

  // The target passage: scrolled to the middle of the screen and focused (for screen readers).
  const firstScroll = useRef(true);
  useLayoutEffect(() => {
    if (!target) {
      if (!firstScroll.current) window.scrollTo({ top: 0 });
      firstScroll.current = false;
      return;
    }
    const el = document.getElementById(target.id);
    if (!el) return;
    const animate =
      smooth && !firstScroll.current && !matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: animate ? 'smooth' : 'auto' });
    el.focus({ preventScroll: true });
    firstScroll.current = false;
  }, [target?.id, navSeq]);

  // Keyboard shortcuts (documented in ShortcutsHelp).
  const docIndex = index.documents.findIndex((d) => d.id === doc.id);
  const keyRef = useRef<(e: KeyboardEvent) => void>(() => {});
  keyRef.current = (e: KeyboardEvent) => {
    const el = e.target as HTMLElement | null;
    const action = shortcutFor({
      key: e.key,
      altKey: e.altKey,
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      targetTag: el?.tagName,
      targetEditable: el?.isContentEditable,
    });
    if (!action) return;
    const go = (to: LinkParams | null) => {
      if (to) navigate(to);
    };
    switch (action) {
      case 'next':
        go(linkTo(nav.next));
        break;
      case 'prev':
        go(linkTo(nav.prev));
        break;
      case 'next-doc':
      case 'prev-doc': {
        const d = index.documents[docIndex + (action === 'next-doc' ? 1 : -1)];
        if (d) go({ doc: d.id, ...focusParams() });
        break;
      }
      case 'toggle-original':
        if (target) toggleOriginal(target.id);
        break;
      case 'copy-citation':
        if (target) void copy(citationFor(target), format);
        break;
      case 'help':
        setHelpOpen((o) => !o);
        break;
    }
    e.preventDefault();
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => keyRef.current(e);
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const extra =
    focus?.kind === 'term' && !entry && hits.length === 0
      ? [i18n.t('reader.termUnknown', [focus.term])]
      : [];

  return (
    <div class={`reader${focus ? ' has-focus' : ''}`}>
      <a class="skip-link" href="#doc-text">
        {i18n.t('reader.skipToText')}
      </a>
      <header class="site-bar">
        <a class="brand" href="reader.html">
          <span class="brand-mark" aria-hidden="true">
            VD
          </span>
          {i18n.t('reader.appName')}
        </a>
        <nav class="site-actions">
          <label class="switch">
            <input
              type="checkbox"
              checked={originalAll}
              onChange={(e) => setOriginalAll(e.currentTarget.checked)}
              data-action="original-all"
            />
            {i18n.t('reader.originalAll')}
          </label>
          <button type="button" class="btn btn-quiet" onClick={() => print()}>
            {i18n.t('reader.print')}
          </button>
        </nav>
      </header>
      {focus ? (
        <FocusBar
          focus={focus}
          entry={entry}
          nav={nav}
          occurrences={[...counts.values()].reduce((a, b) => a + b, 0)}
          index={index}
          prev={linkTo(nav.prevInDoc)}
          next={linkTo(nav.nextInDoc)}
          prevDoc={nav.prevInDoc ? null : linkTo(nav.prev)}
          nextDoc={nav.nextInDoc ? null : linkTo(nav.next)}
          clear={{ doc: doc.id, passage: target?.id }}
          navigate={navigate}
        />
      ) : null}
      <div class="layout">
        <aside class="sidebar">
          <Timeline
            index={index}
            current={doc.id}
            counts={focus ? counts : null}
            hits={hits}
            focusParams={focusParams()}
            navigate={navigate}
          />
          {toc.length > 1 ? <TableOfContents entries={toc} /> : null}
          <ShortcutsHelp open={helpOpen} onToggle={setHelpOpen} />
        </aside>
        <main class="main" id="main">
          <Notices problems={props.problems} notices={props.notices} index={index} extra={extra} />
          <article class="document" lang={doc.language || 'fr'} aria-labelledby="doc-title">
            <DocumentHeader doc={doc} paragraphs={passages.length} />
            <div class="doc-text" id="doc-text" tabIndex={-1}>
              <DocumentBody
                blocks={blocks}
                doc={doc}
                target={target}
                marks={marks}
                focusParams={focusParams()}
                originalAll={originalAll}
                originalOpen={originalOpen}
                onToggleOriginal={toggleOriginal}
                onCopyCitation={onCopyCitation}
                onCopyText={onCopyText}
                citationFor={citationFor}
                citationFormat={format}
                onCitationFormat={onCitationFormat}
                navigate={navigate}
              />
            </div>
          </article>
          {focus && hits.length ? (
            <Elsewhere
              index={index}
              doc={doc.id}
              focus={focus}
              entry={entry}
              hits={hits}
              focusParams={focusParams()}
              navigate={navigate}
            />
          ) : null}
        </main>
      </div>
      <Toast state={toast} onDone={() => setToast(null)} />
    </div>
  );
}
