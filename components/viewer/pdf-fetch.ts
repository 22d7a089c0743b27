/**
 * Downloads the one PDF the user asked to open, from its own address, and nothing else: no
 * range requests, no redirects to other schemes, a size cap and a stall timeout, and a check
 * that the bytes are a PDF before pdf.js parses them.
 */
import {
  MAX_PDF_BYTES,
  STALL_TIMEOUT_MS,
  ViewerError,
  looksLikePdf,
} from '../../utils/pdf/pdf-source';

export interface FetchProgress {
  loaded: number;
  total: number | null;
}

export async function fetchPdfBytes(
  url: URL,
  opts: { signal?: AbortSignal; onProgress?: (p: FetchProgress) => void; stallMs?: number } = {},
): Promise<Uint8Array> {
  const stallMs = opts.stallMs ?? STALL_TIMEOUT_MS;
  const ctrl = new AbortController();
  let stalled = false;
  let timer = setTimeout(() => ((stalled = true), ctrl.abort()), stallMs);
  const poke = () => {
    clearTimeout(timer);
    timer = setTimeout(() => ((stalled = true), ctrl.abort()), stallMs);
  };
  opts.signal?.addEventListener('abort', () => ctrl.abort(), { once: true });
  try {
    let res: Response;
    try {
      // The user's own session with that site (cookies) applies, as it did for the tab.
      res = await fetch(url.href, {
        signal: ctrl.signal,
        credentials: 'include',
        cache: 'default',
      });
    } catch (err) {
      if (stalled) throw new ViewerError('timeout');
      throw new ViewerError('unreachable', String((err as Error)?.message ?? err));
    }
    if (!res.ok && url.protocol !== 'file:') {
      throw new ViewerError('http-status', String(res.status));
    }
    const declared = Number(res.headers.get('content-length'));
    const total = Number.isFinite(declared) && declared > 0 ? declared : null;
    if (total !== null && total > MAX_PDF_BYTES) throw new ViewerError('too-large', String(total));
    const reader = res.body?.getReader();
    if (!reader) throw new ViewerError('unreachable', 'no body');
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch (err) {
        if (stalled) throw new ViewerError('timeout');
        throw new ViewerError('unreachable', String((err as Error)?.message ?? err));
      }
      if (step.done) break;
      poke();
      chunks.push(step.value);
      loaded += step.value.length;
      if (loaded > MAX_PDF_BYTES) {
        void reader.cancel();
        throw new ViewerError('too-large', String(loaded));
      }
      // An HTML error page or an image says so in its first bytes: stop there.
      if (chunks.length === 1 && loaded >= 1024 && !looksLikePdf(step.value)) {
        void reader.cancel();
        throw new ViewerError('not-pdf', res.headers.get('content-type') ?? '');
      }
      opts.onProgress?.({ loaded, total });
    }
    const bytes = concat(chunks, loaded);
    if (!looksLikePdf(bytes))
      throw new ViewerError('not-pdf', res.headers.get('content-type') ?? '');
    return bytes;
  } finally {
    clearTimeout(timer);
  }
}

/** A local file (picker or drop): read in the page, never sent anywhere. */
export async function readLocalPdf(file: File): Promise<Uint8Array> {
  if (file.size > MAX_PDF_BYTES) throw new ViewerError('too-large', String(file.size));
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!looksLikePdf(bytes)) throw new ViewerError('not-pdf', file.type);
  return bytes;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
