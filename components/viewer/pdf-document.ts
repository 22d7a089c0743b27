/**
 * pdf.js, set up for the viewer only: its worker is a file of the extension (never loaded by the
 * content script, popup or background), and documents are opened from bytes already in memory,
 * so pdf.js itself makes no request (no range requests, no font, CMap or wasm downloads: fonts
 * the PDF does not embed fall back to the system's).
 */
import { GlobalWorkerOptions, PDFWorker, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { PARSE_TIMEOUT_MS, ViewerError, classifyError } from '../../utils/pdf/pdf-source';

GlobalWorkerOptions.workerSrc = workerUrl;

export type PdfDocument = PDFDocumentProxy;

let worker: PDFWorker | null = null;

/**
 * Starts pdf.js's worker now (parsing its 1.3 MB takes a while), so it is ready when the PDF's
 * bytes arrive; every document of the page shares it.
 */
export function startWorker(): PDFWorker {
  return (worker ??= new PDFWorker());
}

/** Parses a PDF (the bytes are handed to the worker), within PARSE_TIMEOUT_MS. */
export async function openPdf(
  bytes: Uint8Array,
  timeoutMs = PARSE_TIMEOUT_MS,
): Promise<PdfDocument> {
  const task = getDocument({
    data: bytes,
    worker: startWorker(),
    useWasm: false,
    useWorkerFetch: false,
    enableXfa: false,
    stopAtErrors: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      void task.destroy();
      fail(new ViewerError('timeout'));
    }, timeoutMs);
  });
  try {
    return await Promise.race([task.promise, timeout]);
  } catch (err) {
    void task.destroy();
    throw classifyError(err);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves p, or rejects with a timeout ViewerError after ms. */
export function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new ViewerError('timeout')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
