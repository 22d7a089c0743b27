import { describe, expect, it } from 'vitest';
import {
  ViewerError,
  classifyError,
  displayName,
  isPdfPath,
  looksLikePdf,
  parseFileParam,
  shouldAutoOpen,
} from '../../../utils/pdf/pdf-source';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('parseFileParam', () => {
  it('accepts http, https and file addresses', () => {
    expect(String(parseFileParam('https://example.be/a%20b.pdf'))).toBe(
      'https://example.be/a%20b.pdf',
    );
    expect(String(parseFileParam(' http://127.0.0.1:8080/x.pdf '))).toBe(
      'http://127.0.0.1:8080/x.pdf',
    );
    expect(String(parseFileParam('file:///home/me/x.pdf'))).toBe('file:///home/me/x.pdf');
  });

  it('is null without a parameter and refuses every other scheme or a malformed address', () => {
    expect(parseFileParam(null)).toBeNull();
    expect(parseFileParam('  ')).toBeNull();
    for (const bad of [
      'javascript:alert(1)',
      'data:application/pdf;base64,JVBERi0=',
      'chrome-extension://abc/reader.html',
      'ftp://example.be/x.pdf',
      'not a url',
      'https://user:pw@example.be/x.pdf',
      'https://example.be/' + 'a'.repeat(5000),
    ]) {
      const r = parseFileParam(bad);
      expect(r).toBeInstanceOf(ViewerError);
      expect((r as ViewerError).kind).toBe('bad-address');
    }
  });
});

/** `test` answers `want` for every address. */
function expectForEach(test: (url: string) => boolean, want: boolean, urls: string[]): void {
  for (const url of urls) expect(test(url), url).toBe(want);
}

describe('displayName and isPdfPath', () => {
  it('names the file from the last path segment, decoded', () => {
    expect(displayName(new URL('https://ex.be/docs/rapport%20annuel.pdf?x=1'))).toBe(
      'rapport annuel.pdf',
    );
    expect(displayName(new URL('https://ex.be/'))).toBe('ex.be');
    expect(displayName(new URL('https://ex.be/%E0%A4%A.pdf'))).toBe('%E0%A4%A.pdf');
  });

  it('recognises a path ending in .pdf, whatever the query or case', () => {
    expectForEach(isPdfPath, true, [
      'https://ex.be/a/B.PDF?download=1#page=2',
      'file:///tmp/x.pdf',
    ]);
    expectForEach(isPdfPath, false, [
      'https://ex.be/view?file=x.pdf',
      'https://ex.be/x.pdf.html',
      'chrome-extension://id/x.pdf',
      'nonsense',
    ]);
  });
});

describe('looksLikePdf', () => {
  it('finds the %PDF- header at the start or within the first 1024 bytes', () => {
    expect(looksLikePdf(bytes('%PDF-1.7\n'))).toBe(true);
    expect(looksLikePdf(bytes('\r\n\x00junk%PDF-1.4'))).toBe(true);
    expect(looksLikePdf(bytes(' '.repeat(1030) + '%PDF-1.4'))).toBe(false);
    expect(looksLikePdf(bytes('<!doctype html><title>404</title>'))).toBe(false);
    expect(looksLikePdf(bytes('%PDF'))).toBe(false);
    expect(looksLikePdf(new Uint8Array())).toBe(false);
  });
});

describe('classifyError', () => {
  it('maps pdf.js and fetch failures to the viewer’s kinds', () => {
    const named = (name: string, message = '') => Object.assign(new Error(message), { name });
    expect(classifyError(named('PasswordException')).kind).toBe('password');
    expect(classifyError(named('InvalidPDFException', 'Invalid PDF structure')).kind).toBe(
      'corrupt',
    );
    expect(classifyError(named('TimeoutError')).kind).toBe('timeout');
    expect(classifyError(named('ResponseException', '404')).kind).toBe('http-status');
    expect(classifyError(new TypeError('Failed to fetch')).kind).toBe('unreachable');
    expect(classifyError(named('UnknownErrorException', 'bad xref')).kind).toBe('corrupt');
    expect(classifyError('weird').kind).toBe('corrupt');
    const own = new ViewerError('too-large', '1');
    expect(classifyError(own)).toBe(own);
  });
});

describe('shouldAutoOpen', () => {
  it('takes web PDFs only, and leaves those marked for the browser’s own viewer', () => {
    expectForEach(shouldAutoOpen, true, [
      'https://www.consilium.europa.eu/media/x/declaration.pdf',
      'http://127.0.0.1:8080/a.PDF?x=1',
    ]);
    expectForEach(shouldAutoOpen, false, [
      'https://ex.be/a.pdf#vdl-native',
      'file:///tmp/a.pdf',
      'https://ex.be/article.html',
      'chrome-extension://x/viewer.html?file=https://ex.be/a.pdf',
    ]);
  });
});
