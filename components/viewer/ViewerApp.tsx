/**
 * The PDF viewer's chrome: a toolbar (file name, pages, terms found, « Open a PDF… »), the start
 * screen, progress and error messages, and drag-and-drop of a local file. The pages themselves
 * live in a container outside Preact (pdf.js writes into it).
 */
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  NATIVE_VIEWER_HASH,
  ViewerError,
  classifyError,
  displayName,
  parseFileParam,
} from '../../utils/pdf/pdf-source';
import type { Settings } from '../../utils/settings';
import { errorText } from './error-text';
import { fetchPdfBytes, readLocalPdf } from './pdf-fetch';
import { showPdf, type ShowProgress, type Shown } from './show-pdf';
import { createTermLayer, type TermLayer } from './term-layer';

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; name: string }
  | { kind: 'error'; name: string; error: ViewerError; fromFile: boolean }
  | { kind: 'ready'; name: string; progress: ShowProgress; noText: boolean };

export function ViewerApp(props: {
  fileParam: string | null;
  pagesEl: HTMLElement;
  /** The settings now (defaults until the stored ones are read; the layer follows changes). */
  getSettings(): Settings;
  /** The term layer of the document shown (the card follows it). */
  onLayer(layer: TermLayer): void;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  /** The web address shown (for the « original » link); null for a local file. */
  const [source, setSource] = useState<string | null>(null);
  const session = useRef<{ abort: AbortController; shown?: Shown; layer?: TermLayer } | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const open = async (
    name: string,
    load: (signal: AbortSignal) => Promise<Uint8Array>,
    fromFile: boolean,
  ) => {
    session.current?.abort.abort();
    session.current?.layer?.clear();
    props.pagesEl.replaceChildren();
    const abort = new AbortController();
    const cur: { abort: AbortController; shown?: Shown; layer?: TermLayer } = { abort };
    session.current = cur;
    setState({ kind: 'loading', name });
    document.title = `${name} — ${i18n.t('viewer.title')}`;
    try {
      const bytes = await load(abort.signal);
      const layer = createTermLayer(props.getSettings());
      cur.layer = layer;
      props.onLayer(layer);
      cur.shown = await showPdf(
        bytes,
        props.pagesEl,
        layer,
        (progress) => {
          if (session.current === cur) setState({ kind: 'ready', name, progress, noText: false });
        },
        abort.signal,
      );
      if (session.current === cur && cur.shown.textChars === 0) {
        setState((s) => (s.kind === 'ready' ? { ...s, noText: true } : s));
      }
    } catch (err) {
      if (session.current !== cur) return;
      cur.layer?.clear();
      props.pagesEl.replaceChildren();
      setState({ kind: 'error', name, error: classifyError(err), fromFile });
    }
  };

  const openFile = (file: File | undefined) => {
    if (file) setSource(null);
    if (file) void open(file.name, () => readLocalPdf(file), true);
  };

  useEffect(() => {
    const url = parseFileParam(props.fileParam);
    if (url instanceof ViewerError) {
      setState({ kind: 'error', name: '', error: url, fromFile: false });
    } else if (url) {
      const native = new URL(url);
      native.hash = NATIVE_VIEWER_HASH;
      if (url.protocol !== 'file:') setSource(native.href);
      void open(
        displayName(url),
        (signal) => fetchPdfBytes(url, { signal }),
        url.protocol === 'file:',
      );
    }
  }, []);

  // Layout effect: the state attribute changes in the same task as the document name, never a
  // frame later (a new file's name beside the previous file's « ready » is a lie to scripts).
  useLayoutEffect(() => {
    document.documentElement.dataset.state =
      state.kind === 'ready' && state.progress.pagesDone < state.progress.pages
        ? 'loading'
        : state.kind;
  }, [state]);

  useEffect(() => {
    // Drag and drop of a local file anywhere on the page.
    const over = (e: DragEvent) => {
      if (![...(e.dataTransfer?.types ?? [])].includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      openFile(e.dataTransfer?.files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const name = state.kind === 'idle' ? '' : state.name;
  return (
    <>
      <header class="toolbar">
        <h1 class="doc-name" title={name}>
          {name || i18n.t('viewer.title')}
        </h1>
        {state.kind === 'ready' ? (
          <p class="counts" aria-live="polite">
            {i18n.t('viewer.pages', state.progress.pages)} ·{' '}
            <span data-terms={state.progress.terms}>
              {i18n.t('viewer.terms', state.progress.terms)}
            </span>
          </p>
        ) : null}
        {source ? (
          <a class="original" href={source} title={i18n.t('viewer.originalHint')}>
            {i18n.t('viewer.original')}
          </a>
        ) : null}
        <button type="button" class="open" onClick={() => picker.current?.click()}>
          {i18n.t('viewer.openFile')}
        </button>
        <input
          ref={picker}
          type="file"
          accept="application/pdf,.pdf"
          hidden
          onChange={(e) => {
            openFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </header>
      {state.kind === 'idle' ? (
        <section class="start">
          <p>{i18n.t('viewer.intro')}</p>
          <p>
            <button type="button" class="open big" onClick={() => picker.current?.click()}>
              {i18n.t('viewer.openFile')}
            </button>
          </p>
          <p class="hint">{i18n.t('viewer.dropHint')}</p>
        </section>
      ) : null}
      {state.kind === 'loading' ? (
        <p class="status" role="status">
          {i18n.t('viewer.loading')}
        </p>
      ) : null}
      {state.kind === 'error' ? (
        <section class="error" role="alert" data-error={state.error.kind}>
          <h2>{i18n.t('viewer.errTitle')}</h2>
          <p>{errorText(state.error, state.fromFile)}</p>
          <p class="hint">{i18n.t('viewer.dropHint')}</p>
        </section>
      ) : null}
      {state.kind === 'ready' && state.noText ? (
        <p class="notice" role="status" data-error="no-text">
          {i18n.t('viewer.errNoText')}
        </p>
      ) : null}
      {dragging ? (
        <div class="drop-zone" aria-hidden="true">
          {i18n.t('viewer.dropHere')}
        </div>
      ) : null}
    </>
  );
}
