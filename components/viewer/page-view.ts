/**
 * One PDF page in the viewer: a box of the page's size, its text layer (pdf.js TextLayer: one
 * transparent, selectable <span> per text item, laid over the drawing) rendered at once, and its
 * canvas drawn only when the page comes near the viewport (drawing is the costly part).
 */
import { TextLayer, type PDFPageProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import type { PdfTextItem } from '../../utils/pdf/page-text';
import type { PdfDocument } from './pdf-document';
import { withTimeout } from './pdf-document';

/** A page's text must be extracted within this time, else the page is left without text. */
const TEXT_TIMEOUT_MS = 15_000;

export interface PageView {
  index: number;
  el: HTMLElement;
  textLayer: HTMLElement;
  /** One span per text item (pdf.js textDivs), index-aligned with `items`. */
  spans: HTMLElement[];
  items: PdfTextItem[];
  /** Draws the page's canvas (once). */
  draw(): Promise<void>;
}

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
}

/** A page and its text, asked of the worker (ahead of time: see showPdf). */
export interface PageSource {
  page: Promise<PDFPageProxy>;
  content: Promise<TextContent>;
}

export function requestPage(doc: PdfDocument, index: number): PageSource {
  const page = withTimeout(doc.getPage(index + 1), TEXT_TIMEOUT_MS);
  const content = page.then((p) => withTimeout(p.getTextContent(), TEXT_TIMEOUT_MS));
  // Handled where awaited; never an unhandled rejection while it waits its turn.
  content.catch(() => {});
  return { page, content };
}

export async function createPageView(
  source: PageSource,
  index: number,
  scale: number,
  parent: HTMLElement,
): Promise<PageView> {
  const page: PDFPageProxy = await source.page;
  const viewport = page.getViewport({ scale });
  const el = document.createElement('div');
  el.className = 'page';
  el.dataset.page = String(index + 1);
  el.style.width = `${Math.floor(viewport.width)}px`;
  el.style.height = `${Math.floor(viewport.height)}px`;
  // pdf.js's text layer sizes its spans from these (pdf_viewer.css sets them on .page).
  el.style.setProperty('--scale-factor', String(scale));
  el.style.setProperty('--user-unit', String(page.userUnit ?? 1));
  el.style.setProperty('--total-scale-factor', 'calc(var(--scale-factor) * var(--user-unit))');
  el.style.setProperty('--scale-round-x', '1px');
  el.style.setProperty('--scale-round-y', '1px');
  const canvasBox = document.createElement('div');
  canvasBox.className = 'canvas-box';
  const textLayer = document.createElement('div');
  textLayer.className = 'textLayer';
  el.append(canvasBox, textLayer);
  parent.append(el);

  let spans: HTMLElement[] = [];
  let items: PdfTextItem[] = [];
  try {
    const content = await source.content;
    const layer = new TextLayer({ textContentSource: content, container: textLayer, viewport });
    await withTimeout(layer.render(), TEXT_TIMEOUT_MS);
    spans = layer.textDivs;
    // textDivs follow the items that have a `str` (marked-content markers have none).
    items = (content.items as RawItem[])
      .filter((it) => typeof it.str === 'string')
      .map((it) => ({
        str: it.str ?? '',
        x: it.transform?.[4] ?? 0,
        y: it.transform?.[5] ?? 0,
        width: it.width ?? 0,
        height: it.height || Math.hypot(it.transform?.[2] ?? 0, it.transform?.[3] ?? 0),
        hasEOL: !!it.hasEOL,
      }));
    if (items.length !== spans.length) items = items.slice(0, spans.length);
  } catch {
    // A page whose text cannot be read stays a picture; the others still work.
    el.dataset.noText = '';
  }

  let drawing: Promise<void> | null = null;
  const draw = () =>
    (drawing ??= (async () => {
      const dpr = Math.min(window.devicePixelRatio || 1, 2);
      const canvas = document.createElement('canvas');
      const vp = page.getViewport({ scale: scale * dpr });
      canvas.width = Math.floor(vp.width);
      canvas.height = Math.floor(vp.height);
      canvas.setAttribute('aria-hidden', 'true');
      canvasBox.append(canvas);
      try {
        await page.render({ canvas, viewport: vp }).promise;
      } catch {
        el.dataset.drawFailed = '';
      }
    })());
  return { index, el, textLayer, spans, items, draw };
}

/** Draws pages as they come within a screen of the viewport. */
export function drawNearViewport(): { observe(p: PageView): void; stop(): void } {
  const byEl = new Map<Element, PageView>();
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const p = byEl.get(e.target);
        if (p) void p.draw();
        io.unobserve(e.target);
      }
    },
    { rootMargin: '100% 0px' },
  );
  return {
    observe(p) {
      byEl.set(p.el, p);
      io.observe(p.el);
    },
    stop: () => io.disconnect(),
  };
}
