/**
 * Opens PDF bytes in the pages container: parses them, then page after page renders the text
 * layer and marks its terms (page 1 first, so the first highlight comes early); canvases are
 * drawn as pages come near the viewport.
 */
import { openPdf, type PdfDocument } from './pdf-document';
import { createPageView, drawNearViewport, requestPage } from './page-view';
import type { TermLayer } from './term-layer';

export interface ShowProgress {
  pages: number;
  pagesDone: number;
  terms: number;
  textChars: number;
}

export interface Shown {
  doc: PdfDocument;
  stop(): void;
  /** 0: a scan without text (shown, but nothing can be marked). */
  textChars: number;
}

/** Widest a page is shown (CSS px) and the zoom limits. */
const MAX_WIDTH = 1000;
const MIN_SCALE = 0.5;
const MAX_SCALE = 2;

export async function showPdf(
  bytes: Uint8Array,
  pagesEl: HTMLElement,
  layer: TermLayer,
  onProgress: (p: ShowProgress) => void,
  signal: AbortSignal,
): Promise<Shown> {
  performance.mark('vdl-pdf-start');
  const doc = await openPdf(bytes);
  const drawer = drawNearViewport();
  const stop = () => {
    drawer.stop();
    void doc.loadingTask.destroy();
  };
  signal.addEventListener('abort', stop, { once: true });
  // The document's language (catalog /Lang), for the card and for assistive technology.
  const meta = await doc.getMetadata().catch(() => null);
  const lang = (meta?.info as { Language?: unknown } | undefined)?.Language;
  if (typeof lang === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/i.test(lang)) pagesEl.lang = lang;
  else pagesEl.removeAttribute('lang');
  const first = await doc.getPage(1);
  const natural = first.getViewport({ scale: 1 });
  const avail = Math.min(MAX_WIDTH, Math.max(320, pagesEl.clientWidth - 32));
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, avail / natural.width));
  const progress: ShowProgress = { pages: doc.numPages, pagesDone: 0, terms: 0, textChars: 0 };
  onProgress({ ...progress });
  // The worker extracts the next page's text while this one is laid out and scanned.
  let next = requestPage(doc, 0);
  for (let i = 0; i < doc.numPages; i++) {
    if (signal.aborted) break;
    const source = next;
    if (i + 1 < doc.numPages) next = requestPage(doc, i + 1);
    const page = await createPageView(source, i, scale, pagesEl);
    drawer.observe(page);
    layer.addPage(page);
    progress.pagesDone = i + 1;
    progress.textChars += page.items.reduce((n, it) => n + it.str.length, 0);
    if (!progress.terms && layer.hits.length) performance.mark('vdl-pdf-first-highlight');
    progress.terms = layer.hits.length;
    onProgress({ ...progress });
    // Let the page paint and respond between pages.
    await new Promise((r) => setTimeout(r, 0));
  }
  layer.flush();
  performance.mark('vdl-pdf-done');
  return { doc, stop, textChars: progress.textChars };
}
