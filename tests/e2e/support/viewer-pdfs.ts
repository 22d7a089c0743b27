/**
 * PDFs for the viewer's tests, made at test time (none is committed):
 * - `columnsPdf()`: a two-column A4 page of our own French text, set line by line like a typeset
 *   report, with words hyphenated at line ends and terms broken across lines;
 * - `encryptedPdf()`: a PDF whose standard security handler needs an unknown user password;
 * - `corruptPdf()`: a PDF header followed by garbage;
 * - `printToPdf()`: a saved page printed by Chromium (`page.pdf()`).
 * Plus readers of the `vdl-*` highlights and of the viewer's state.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { highlightCentres } from './extension';

/** One line of text at (x, y) in PDF points (origin bottom-left). */
interface Line {
  x: number;
  y: number;
  text: string;
}

/** Latin-1 / WinAnsi bytes of a PDF literal string, with ( ) \ escaped. */
function literal(s: string): string {
  const winAnsi: Record<string, number> = { '’': 0x92, '‘': 0x91, '«': 0xab, '»': 0xbb, '–': 0x96 };
  let out = '';
  for (const ch of s) {
    const code = winAnsi[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not WinAnsi: ${ch}`);
    const c = String.fromCharCode(code);
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : c;
  }
  return `(${out})`;
}

/** A minimal, valid PDF (xref offsets computed) with the given objects; object 1 is the catalog. */
function assemble(objects: string[], trailerExtra = ''): Buffer {
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function textPagePdf(
  lines: Line[],
  fontSize = 11,
  trailerExtra = '',
  extraObjects: string[] = [],
  lang = 'fr-BE',
) {
  const ops = lines
    .map((l) => `BT /F1 ${fontSize} Tf ${l.x} ${l.y} Td ${literal(l.text)} Tj ET`)
    .join('\n');
  const stream = Buffer.from(ops, 'latin1');
  return assemble(
    [
      `<< /Type /Catalog /Pages 2 0 R /Lang (${lang}) >>`,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      `<< /Length ${stream.length} >>\nstream\n${stream.toString('latin1')}\nendstream`,
      ...extraObjects,
    ],
    trailerExtra,
  );
}

/** Column 1 then column 2, top to bottom, as a typesetter writes them. */
export const COLUMN_TEXT: [string[], string[]] = [
  [
    'Coopération franco-belge : le bilan',
    'Les deux pays ont renforcé le recours',
    'aux équipes communes d’en-',
    'quête (ECE) dans les dossiers de terro-',
    'risme et de criminalité organisée. Le',
    'mandat d’arrêt européen reste l’outil',
    'central : en 2022, chaque mandat',
    'd’arrêt euro-',
    'péen émis par Bruxelles a été exécuté.',
    'Les parquets échangent aussi sur la',
    'radicali-',
    'sation en détention.',
  ],
  [
    'Les ministres ont salué l’accord de',
    'Tournai II, signé en 2013, et le',
    'Centre de coopération policière et',
    'douanière (CCPD) de Tournai.',
    'Le rapport de l’UNECE et le sursis',
    'accordé au projet ne relèvent pas de ce',
    'programme. Les données des dossiers',
    'passagers (PNR) sont échangées selon',
    'les règles communes.',
  ],
];

/**
 * The terms a reader finds in COLUMN_TEXT (what the viewer must highlight, with the default
 * settings: key terms), as the highlighted text reads once line breaks and hyphens are removed.
 */
/**
 * The terms highlighted by default in the two-column document. « terrorisme » and
 * « radicalisation » are in its text too but are common terms (off by default, issue 13).
 */
export const COLUMN_EXPECTED = [
  'équipescommunesd’enquête',
  'ECE',
  'mandatd’arrêteuropéen',
  'mandatd’arrêteuropéen',
  'accorddeTournaiII',
  'Centredecoopérationpolicièreetdouanière',
  'CCPD',
  'donnéesdesdossierspassagers',
  'PNR',
];

/** The common terms of the same document: recognised (counted, hoverable), not highlighted. */
export const COLUMN_COMMON = ['terrorisme', 'radicalisation'];

export function columnsPdf(): Buffer {
  const lines: Line[] = [];
  COLUMN_TEXT.forEach((col, c) =>
    col.forEach((text, i) => lines.push({ x: c === 0 ? 56 : 312, y: 780 - i * 15, text })),
  );
  return textPagePdf(lines);
}

/** RC4 40-bit standard security, revision 2, whose /U does not match the empty password. */
export function encryptedPdf(): Buffer {
  const hex32 = (seed: number) =>
    '<' +
    Array.from({ length: 32 }, (_, i) =>
      ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0'),
    ).join('') +
    '>';
  return textPagePdf(
    [{ x: 56, y: 780, text: 'Texte confidentiel sur le PNR.' }],
    11,
    '/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ',
    [`<< /Filter /Standard /V 1 /R 2 /O ${hex32(7)} /U ${hex32(11)} /P -44 >>`],
  );
}

export function corruptPdf(): Buffer {
  const junk = Buffer.alloc(4096);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 131 + 17) & 0xff;
  return Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), junk]);
}

/** Prints a page to an A4 PDF with Chromium (the page's print styles apply). */
export async function printToPdf(page: Page): Promise<Buffer> {
  return page.pdf({ format: 'A4', printBackground: false });
}

/** highlightCentres options: the first CCPD highlighted in columns.pdf, wherever it is. */
export const FIRST_CCPD = { limit: 1, scroll: false, all: true, text: 'CCPD' };

/** Text of every `vdl-*` highlight range in a page, whitespace and line-end hyphens removed. */
export async function highlightTexts(page: Page): Promise<string[]> {
  const all = { limit: 100_000, scroll: false, all: true };
  const raw = (await page.evaluate(highlightCentres, all)) ?? [];
  return raw.map((h) => squash(h.text)).sort();
}

/** "terro-\nrisme" → "terrorisme"; NFC, typographic apostrophes kept, spaces removed. */
export function squash(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[-\u00ad\u2010]\s*(?=\p{Ll})/gu, '')
    .replace(/\s+/g, '');
}

/** Waits until the viewer has rendered every page (or shows an error). */
export async function viewerSettled(page: Page, timeout = 45_000): Promise<string> {
  await page.waitForFunction(
    () => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''),
    null,
    { timeout },
  );
  return (await page.evaluate(() => document.documentElement.dataset.state)) ?? '';
}

/** Files served from memory on 127.0.0.1, plus routes that misbehave on purpose. */
export interface PdfServer {
  url: string;
  set(path: string, body: Buffer, type?: string): void;
  close(): Promise<void>;
}

/** A file the PDF server answers with: a PDF, or a body with its own content type. */
export type PdfServerFile = Buffer | { body: Buffer; type: string };

/** The PDF server holding `files()`, for the calling describe block (beforeAll / afterAll). */
export function usePdfServer(files: () => Record<string, PdfServerFile>): {
  readonly pdfs: PdfServer;
} {
  let pdfs: PdfServer | undefined;
  beforeAll(async () => {
    const server = await servePdfs();
    for (const [path, f] of Object.entries(files())) {
      if (Buffer.isBuffer(f)) server.set(path, f);
      else server.set(path, f.body, f.type);
    }
    pdfs = server;
  });
  afterAll(async () => {
    await pdfs?.close();
  });
  return {
    get pdfs() {
      if (!pdfs)
        throw new Error('the PDF server is not ready: its beforeAll failed or has not run');
      return pdfs;
    },
  };
}

export async function servePdfs(): Promise<PdfServer> {
  const { createServer } = await import('node:http');
  const files = new Map<string, { body: Buffer; type: string }>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/huge.pdf') {
      // Declares 150 MB and sends a PDF header: the viewer must stop at the declared size.
      res.writeHead(200, {
        'content-type': 'application/pdf',
        'content-length': String(150 * 1024 * 1024),
      });
      res.write('%PDF-1.7\n');
      setTimeout(() => res.destroy(), 3000);
      return;
    }
    const f = files.get(path);
    if (!f) {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
      return;
    }
    res.writeHead(200, { 'content-type': f.type, 'content-length': String(f.body.length) });
    res.end(f.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    set: (path, body, type = 'application/pdf') => files.set(path, { body, type }),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export const viewerUrl = (extId: string, file: string) =>
  `chrome-extension://${extId}/viewer.html?file=${encodeURIComponent(file)}`;
