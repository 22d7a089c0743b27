/**
 * PDF viewer: time to first highlight, and to every page marked, for a 50-page PDF (an article
 * of our own text with the declarations' terms, printed by Chromium), next to the same viewer on
 * a one-page PDF (the fixed cost: extension page, pdf.js and its worker starting). Also the bytes
 * the viewer adds to the package.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { EXT_DIR, launchWithExtension } from '../e2e/support/extension';
import { columnsPdf, servePdfs, viewerUrl } from '../e2e/support/viewer-pdfs';

const PARAGRAPHS = [
  'Les ministres de l’Intérieur et de la Justice ont fait le point sur la coopération policière. Les équipes communes d’enquête (ECE) ont été utilisées dans les dossiers de terrorisme, et le mandat d’arrêt européen reste l’outil central des parquets des deux pays.',
  'Le Centre de coopération policière et douanière (CCPD) de Tournai traite chaque jour les demandes des patrouilles. L’accord de Tournai II permet des poursuites transfrontalières, et les données des dossiers passagers (PNR) sont échangées selon les règles communes.',
  'La lutte contre la radicalisation en détention mobilise les administrations pénitentiaires, qui partagent leurs méthodes d’évaluation. Les magistrats de liaison facilitent l’exécution des décisions d’enquête européennes entre Paris et Bruxelles.',
  'Les ministres ont rappelé que le système d’information Schengen (SIS) doit être alimenté sans délai, et que la preuve numérique exige des procédures plus rapides entre les deux pays.',
];

/** An HTML article of `pages` A4 pages, each a section of the paragraphs above. */
function articleHtml(pages: number): string {
  const sections = Array.from(
    { length: pages },
    (_, i) =>
      `<section><h2>Partie ${i + 1}</h2>${[...PARAGRAPHS, ...PARAGRAPHS].map((p) => `<p>${p}</p>`).join('')}</section>`,
  ).join('');
  return `<!doctype html><html lang="fr"><meta charset="utf-8"><style>section{break-after:page}body{font:11pt serif}</style><body>${sections}</body></html>`;
}

async function timings(page: import('playwright-core').Page) {
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', null, {
    timeout: 120_000,
  });
  // No named helpers inside evaluate: tsx would wrap them in a __name() the page lacks.
  return page.evaluate(() => ({
    firstHighlightMs: Math.round(
      performance.getEntriesByName('vdl-pdf-first-highlight', 'mark')[0]?.startTime ?? NaN,
    ),
    allPagesMs: Math.round(
      performance.getEntriesByName('vdl-pdf-done', 'mark')[0]?.startTime ?? NaN,
    ),
    pages: document.querySelectorAll('#pages .page').length,
    ranges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
  }));
}

export async function runPdfBench() {
  const ext = await launchWithExtension();
  const pdfs = await servePdfs();
  try {
    const printer = await ext.ctx.newPage();
    await printer.setContent(articleHtml(50));
    const big = await printer.pdf({ format: 'A4' });
    await printer.close();
    pdfs.set('/fifty.pdf', big);
    pdfs.set('/one.pdf', columnsPdf());
    const runs: Record<string, unknown>[] = [];
    // Twice each, alternating: the first viewer of a browser pays for compiling pdf.js.
    for (let i = 0; i < 2; i++) {
      for (const [name, path] of [
        ['onePage', 'one.pdf'],
        ['fiftyPages', 'fifty.pdf'],
      ] as const) {
        const page = await ext.ctx.newPage();
        await page.goto(viewerUrl(ext.extId, pdfs.url + path));
        runs.push({ run: i, doc: name, ...(await timings(page)) });
        await page.close();
      }
    }
    const assets = readdirSync(join(EXT_DIR, 'assets'));
    const chunks = readdirSync(join(EXT_DIR, 'chunks'));
    const file = (dir: string, names: string[], prefix: string) => {
      const n = names.find((f) => f.startsWith(prefix));
      return n ? readFileSync(join(EXT_DIR, dir, n)) : Buffer.alloc(0);
    };
    const worker = file('assets', assets, 'pdf.worker');
    const viewer = file('chunks', chunks, 'viewer-');
    return {
      fiftyPagePdfBytes: big.length,
      runs,
      sizes: {
        workerBytes: worker.length,
        workerGzipBytes: gzipSync(worker).length,
        viewerChunkBytes: viewer.length,
        viewerChunkGzipBytes: gzipSync(viewer).length,
      },
    };
  } finally {
    await ext.close();
    await pdfs.close();
  }
}

// Run alone: `npm exec -- tsx tests/bench/pdf-bench.ts`
if (process.argv[1]?.endsWith('pdf-bench.ts'))
  console.log(JSON.stringify({ pdf: await runPdfBench() }));
