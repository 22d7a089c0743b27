import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPdfBytes, readLocalPdf } from '../../../components/viewer/pdf-fetch';
import { MAX_PDF_BYTES, ViewerError } from '../../../utils/pdf/pdf-source';

/** A local server with one route per behaviour the viewer must survive. */
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/ok.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.write('%PDF-1.7\n');
        setTimeout(() => res.end('%%EOF\n'), 20);
        return;
      case '/page.html':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html>' + 'x'.repeat(4000));
        return;
      case '/missing.pdf':
        res.writeHead(404);
        res.end('nope');
        return;
      case '/declared-huge.pdf':
        res.writeHead(200, { 'content-length': String(MAX_PDF_BYTES + 1) });
        res.write('%PDF-1.7\n');
        return;
      case '/stalls.pdf':
        res.writeHead(200);
        res.write('%PDF-1.7\n'); // then nothing, ever
        return;
      case '/silent.pdf':
        return; // no answer at all
      default:
        res.writeHead(500);
        res.end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const kindOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof ViewerError ? e.kind : `other: ${String(e)}`),
  );

describe('fetchPdfBytes', () => {
  it('returns the bytes of a PDF, reporting progress', async () => {
    const seen: number[] = [];
    const b = await fetchPdfBytes(new URL(`${base}/ok.pdf`), {
      onProgress: (p) => seen.push(p.loaded),
    });
    expect(new TextDecoder().decode(b)).toBe('%PDF-1.7\n%%EOF\n');
    expect(seen.at(-1)).toBe(b.length);
  });

  it('refuses what is not a PDF, an error status, and an address that does not answer', async () => {
    expect(await kindOf(fetchPdfBytes(new URL(`${base}/page.html`)))).toBe('not-pdf');
    expect(await kindOf(fetchPdfBytes(new URL(`${base}/missing.pdf`)))).toBe('http-status');
    expect(await kindOf(fetchPdfBytes(new URL('http://127.0.0.1:1/x.pdf')))).toBe('unreachable');
  });

  it('stops at the declared size when it is over the limit', async () => {
    expect(await kindOf(fetchPdfBytes(new URL(`${base}/declared-huge.pdf`)))).toBe('too-large');
  });

  it('gives up on a server that stops sending, or never answers (nothing hangs)', async () => {
    expect(await kindOf(fetchPdfBytes(new URL(`${base}/stalls.pdf`), { stallMs: 300 }))).toBe(
      'timeout',
    );
    expect(await kindOf(fetchPdfBytes(new URL(`${base}/silent.pdf`), { stallMs: 300 }))).toBe(
      'timeout',
    );
  });
});

describe('readLocalPdf', () => {
  it('reads a local PDF and refuses another kind of file', async () => {
    const pdf = new File(['%PDF-1.4\n%%EOF'], 'a.pdf');
    expect((await readLocalPdf(pdf)).length).toBe(14);
    expect(await kindOf(readLocalPdf(new File(['hello'], 'a.txt')))).toBe('not-pdf');
  });
});
