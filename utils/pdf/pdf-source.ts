/**
 * What the viewer accepts to open, and how a failure is told to the user (pure, no DOM).
 *
 * `viewer.html?file=<url>`: only http(s) and file addresses (the PDF the user was looking at);
 * everything else (extension pages, javascript:, data:…) is refused before any request.
 */

export type ViewerErrorKind =
  /** The `file` parameter is not an http(s) or file address. */
  | 'bad-address'
  /** Network error, DNS, refused connection, blocked file access. */
  | 'unreachable'
  /** The server answered with an error status. */
  | 'http-status'
  /** No answer, or no progress, within the time limit. */
  | 'timeout'
  /** The bytes are not a PDF (an HTML page, an image…). */
  | 'not-pdf'
  /** A PDF that pdf.js cannot read. */
  | 'corrupt'
  /** Encrypted with a password. */
  | 'password'
  /** Over the size limit. */
  | 'too-large'
  /** A PDF without any text (a scan): nothing to look up. */
  | 'no-text';

export class ViewerError extends Error {
  constructor(
    readonly kind: ViewerErrorKind,
    readonly detail = '',
  ) {
    super(`${kind}${detail ? `: ${detail}` : ''}`);
    this.name = 'ViewerError';
  }
}

/** Largest PDF the viewer loads (bytes): beyond it the tab's memory is at risk. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
/** A download that receives nothing for this long is abandoned. */
export const STALL_TIMEOUT_MS = 20_000;
/** pdf.js must have parsed the document within this time. */
export const PARSE_TIMEOUT_MS = 30_000;

const MAX_URL = 4096;

/** The address to fetch, or a ViewerError('bad-address'). */
export function parseFileParam(raw: string | null): URL | ViewerError | null {
  if (raw === null || raw.trim() === '') return null;
  if (raw.length > MAX_URL) return new ViewerError('bad-address', 'too long');
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return new ViewerError('bad-address', raw.slice(0, 200));
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) {
    return new ViewerError('bad-address', url.protocol);
  }
  if (url.username || url.password) return new ViewerError('bad-address', 'credentials');
  return url;
}

/** The file name to show for an address ("report.pdf"), decoded, never empty. */
export function displayName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // Keep the raw segment.
  }
  return name || url.host || url.href;
}

/**
 * Whether the bytes start like a PDF: "%PDF-" within the first 1024 bytes (the specification
 * allows leading junk there, and readers accept it).
 */
export function looksLikePdf(head: Uint8Array): boolean {
  const n = Math.min(head.length, 1024) - 5;
  for (let i = 0; i <= n; i++) {
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    ) {
      return true;
    }
  }
  return false;
}

/** Whether a URL path names a PDF (".pdf" at the end of the path, any case). */
export function isPdfPath(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:') &&
      /\.pdf$/i.test(u.pathname)
    );
  } catch {
    return false;
  }
}

/** An address with this fragment is left to the browser's own viewer (the viewer's "original" link). */
export const NATIVE_VIEWER_HASH = 'vdl-native';

/** Auto-open (opt-in): a web address (http, https) of a PDF, not marked for the native viewer. */
export function shouldAutoOpen(url: string): boolean {
  if (!/^https?:/i.test(url) || !isPdfPath(url)) return false;
  return !new URL(url).hash.includes(NATIVE_VIEWER_HASH);
}

/** pdf.js and fetch failures, in the viewer's terms. */
export function classifyError(err: unknown): ViewerError {
  if (err instanceof ViewerError) return err;
  const name = (err as { name?: unknown } | null)?.name;
  const message = String((err as { message?: unknown } | null)?.message ?? err);
  if (name === 'PasswordException') return new ViewerError('password');
  if (name === 'InvalidPDFException') return new ViewerError('corrupt', message);
  if (name === 'TimeoutError') return new ViewerError('timeout');
  if (name === 'ResponseException' || name === 'UnexpectedResponseException') {
    return new ViewerError('http-status', message);
  }
  if (name === 'TypeError' && /fetch|network|load/i.test(message)) {
    return new ViewerError('unreachable', message);
  }
  if (name === 'AbortError') return new ViewerError('timeout');
  return new ViewerError('corrupt', message);
}
