/**
 * `npm run bench [-- --pages DIR] [--runs N] [--cost-runs N] [--check] [--skip-search]
 *   [--skip-hover] [--skip-cost] [--skip-popup] [--skip-pdf]`
 * Real-browser benchmark (Chromium + the built extension). One JSON line per page, then summary
 * lines for per-page cost, search, sizes, memory and hover, then a closing summary line.
 * Baselines run in the same process: a bare TreeWalker pass (the floor), the naive regex +
 * highlights pass and mark.js over the same glossary surfaces.
 *
 * Scan timings come from the bench build (VDL_BENCH=1, .output-bench: `?vdl-bench` pages get a
 * vdl-scan measure); per-page cost and sizes from the shipped build (.output), which has no hook.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  CHROMIUM,
  FIXTURES,
  QUIET_FLAGS,
  ROOT,
  launchWithExtension,
  serveDir,
} from '../e2e/support/extension';
import { makeCommonOnlyArticle, writeBenchPages, writeCostPages } from './make-pages';
import { measureHover, measureLazyHover } from './hover-bench';
import { naivePassSource, SURFACES, WALK_ONLY, writeNaiveAnchor } from './naive-anchor';
import { measurePageCost, summarizePageCost, type PageCostRow } from './page-cost';
import { runSearchBench } from './search-bench';
import { measurePopup, type PopupTiming } from './popup-bench';
import { runPdfBench } from './pdf-bench';
import { traceSlices, type SliceTrace } from './slice-trace';
import { listHtml } from '../../data/list-html';
import type { ScanTimingDetail as ScanDetail } from '../../entrypoints/lookup/bench-timing';
import type { SliceBreakdown } from '../../entrypoints/lookup/slice-probe';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const check = args.includes('--check');
/**
 * Loads of each page for the scan rows (ours, the naive pass in the main world and as an
 * extension, interleaved): medians, since one load varies by a third on this 2-core machine.
 */
const RUNS = Math.max(1, Number(opt('--runs') ?? 5));
/** Traced loads of each scanned page (slice-trace.ts), after the timed ones. */
const TRACE_RUNS = 3;
/** Rounds of the per-page cost (each loads a page in all three contexts, after a warm-up). */
const costRuns = Math.max(1, Number(opt('--cost-runs') ?? 5));
/** The build users get (no benchmark hook): per-page cost and sizes. */
const SHIPPED_DIR = resolve(process.env.VDL_SHIPPED ?? join(ROOT, '.output/chrome-mv3'));
const pagesDir = opt('--pages');
/** Saved news pages (../shared/pages) in the per-page cost section when present. */
const SAVED_NEWS = [
  'mentions/fundus__be_PoliticoEu_2025_10_23.html',
  'mentions/fundus__fr_EuronewsFR_2024_04_30.html',
  'traps/fundus__fr_LeFigaro_2024_11_22.html',
  'mentions/fundus__fr_LesEchos_2024_07_18.html',
  'mentions/fundus__uk_BBC_2026_04_25.html',
  'mentions/htmldate__eval-lepoint.fr-terrorisme.html',
];

function pagesRoot(): string {
  if (pagesDir) return resolve(pagesDir);
  const dir = join(ROOT, 'tests/.artifacts/bench-pages');
  writeBenchPages(dir);
  copyFileSync(join(FIXTURES, 'demo-article.html'), join(dir, 'demo-article.html'));
  return dir;
}

/** The `vdl-scan` measure's numeric fields. */
type NumericDetail = Exclude<keyof ScanDetail, 'slice' | 'steps'>;

/**
 * « walk 12.1, send-task 6.3, … »: the median over loads of each kind of step's time in the whole
 * pass (slice-probe.ts), largest first: where a page's scan time goes, step by step.
 */
function passSteps(all: (Record<string, number> | undefined)[]): string {
  const loads = all.filter((x): x is Record<string, number> => !!x);
  const kinds = new Set(loads.flatMap((x) => Object.keys(x)));
  return [...kinds]
    .map((k) => [k, median(loads.map((x) => x[k] ?? 0))] as const)
    .filter(([, ms]) => ms >= 0.05)
    .sort((x, y) => y[1] - x[1])
    .map(([k, ms]) => `${k} ${round(ms)}`)
    .join(', ');
}

/** « send-task 2.9 (send-task 2.9) »: a slice's longest step, then its time by kind of step. */
function sliceSteps(b: SliceBreakdown | null | undefined): string {
  if (!b) return '';
  const kinds = Object.entries(b.kinds)
    .filter(([, ms]) => ms >= 0.05)
    .sort((x, y) => y[1] - x[1])
    .map(([k, ms]) => `${k} ${round(ms)}`);
  return `${b.step} ${round(b.stepMs)} (${kinds.join(', ')})`;
}

/** Waits for the extension's scan to finish and reads its timings (exposed for ?vdl-bench). */
async function readScan(page: Page) {
  return page
    .waitForFunction(
      () => {
        const m = performance.getEntriesByName('vdl-scan', 'measure').at(-1) as
          PerformanceMeasure | undefined;
        return m ? { duration: m.duration, detail: m.detail ?? null } : null;
      },
      null,
      // A page without a candidate term never loads the scanner: no measure.
      { timeout: 20_000, polling: 100 },
    )
    .then((h) => h.jsonValue() as Promise<{ duration: number; detail: ScanDetail | null }>);
}

/**
 * A bare TreeWalker pass reading every text node: the floor for any scan. The first pass in the
 * page's main world is the fair floor (like the extension's first pass in its own world, it pays
 * for creating the node wrappers); later passes are reported as walkWarmMs.
 */
async function walk(page: Page) {
  return page.evaluate(() => {
    const once = () => {
      const t0 = performance.now();
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      let c = 0;
      for (let t = w.nextNode(); t; t = w.nextNode()) {
        n++;
        c += (t as Text).data.length;
      }
      return { ms: performance.now() - t0, n, c };
    };
    const first = once();
    let warm = Infinity;
    for (let k = 0; k < 4; k++) warm = Math.min(warm, once().ms);
    return { walkMs: first.ms, walkWarmMs: warm, textNodes: first.n, chars: first.c };
  });
}

async function highlightCount(page: Page) {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, hl] of CSS.highlights) if (name.startsWith('vdl-')) n += hl.size;
    return n;
  });
}

async function markjs(ctx: BrowserContext, url: string, markSrc: string) {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: markSrc });
  const ms = await page.evaluate(
    (surfaces) =>
      new Promise<number>((done) => {
        const Mark = (window as unknown as { Mark: new (el: Element) => any }).Mark;
        const t0 = performance.now();
        new Mark(document.body).mark(surfaces, {
          separateWordSearch: false,
          accuracy: 'exactly',
          diacritics: true,
          done: () => done(performance.now() - t0),
        });
      }),
    SURFACES,
  );
  await page.close();
  return ms;
}

/**
 * A pass of the timed naive anchor, in its content script's world (ms): the naive pass itself
 * (`naive-pass`, what a naive extension costs the page), or with WALK_ONLY in the URL its bare
 * walk (`walk-pass`). Every DOM node a content script touches costs a lookup in its world's
 * wrapper map, so both are slower than their main-world figures.
 */
async function anchorPass(ctx: BrowserContext, url: string, measure = 'naive-pass') {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page
    .waitForFunction(
      (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? null,
      measure,
      { timeout: 20_000, polling: 100 },
    )
    .then((h) => h.jsonValue() as Promise<number>);
  await page.close();
  return ms;
}

/** The naive regex + highlights pass over the page, in its main world (ms). */
async function naive(ctx: BrowserContext, url: string, src: string) {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: src });
  const ms = await page.evaluate(() => {
    const t0 = performance.now();
    (window as unknown as { naivePass(): number }).naivePass();
    return performance.now() - t0;
  });
  await page.close();
  return ms;
}

async function heapUsed(page: Page): Promise<number> {
  const s = await page.context().newCDPSession(page);
  await s.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await s.send('Runtime.getHeapUsage')) as { usedSize: number };
  await s.detach();
  return usedSize;
}

function dirSize(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    n += statSync(p).isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return n;
}

const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

const round = (x: number) => Math.round(x * 100) / 100;

/** The median of the finite values (NaN when there is none). */
function median(xs: number[]): number {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const k = v.length >> 1;
  return round(v.length % 2 ? v[k]! : (v[k - 1]! + v[k]!) / 2);
}

async function main() {
  const root = pagesRoot();
  const files = listHtml(root);
  const site = await serveDir(root, { stripScripts: true });
  const ext = await launchWithExtension();
  const plain = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: QUIET_FLAGS,
  });
  const timedAnchor = writeNaiveAnchor(join(ROOT, 'tests/.artifacts/anchor-naive-timed'), true);
  const naiveExt = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${timedAnchor}`,
      `--load-extension=${timedAnchor}`,
    ],
  });
  // tsx (esbuild keepNames) wraps nested functions in __name(): give the evaluated code one.
  for (const c of [ext.ctx, plain]) await c.addInitScript({ content: NAME_SHIM });
  const markSrc = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const naiveSrc = `${naivePassSource()}\nwindow.naivePass = naivePass;`;
  const failures: string[] = [];
  const rows: Record<string, number | string>[] = [];
  let longest: { file: string; chars: number } | null = null;

  for (const file of files) {
    const rel = relative(root, file);
    const url = site.url + rel.split('/').map(encodeURIComponent).join('/');
    const scans: { duration: number; detail: ScanDetail | null }[] = [];
    const naives: number[] = [];
    const naiveIsos: number[] = [];
    const walkIsos: number[] = [];
    let w: Awaited<ReturnType<typeof walk>> | null = null;
    let drawn = NaN;
    for (let r = 0; r < RUNS; r++) {
      const page = await ext.ctx.newPage();
      await page.goto(url + '?vdl-bench', { waitUntil: 'load', timeout: 60_000 });
      const scan = await readScan(page).catch(() => null);
      if (scan) scans.push(scan);
      if (r === 0) {
        w = await walk(page);
        drawn = await highlightCount(page);
      }
      await page.close();
      naives.push(await naive(plain, url, naiveSrc).catch(() => NaN));
      naiveIsos.push(await anchorPass(naiveExt, url).catch(() => NaN));
      walkIsos.push(
        await anchorPass(naiveExt, `${url}?${WALK_ONLY}`, 'walk-pass').catch(() => NaN),
      );
    }
    if (!w) throw new Error(`${rel}: not walked`);
    const markjsMs = await markjs(plain, url, markSrc).catch(() => NaN);
    // The scan's tasks in the renderer's trace: wall against CPU time (slice-trace.ts).
    const traced: SliceTrace[] = [];
    for (let r = 0; scans.length && r < TRACE_RUNS; r++) {
      const t = await traceSlices(ext.ctx, url + '?vdl-bench', readScan).catch(() => null);
      if (t) traced.push(t);
    }
    const detail = (k: NumericDetail) => scans.map((x) => x.detail?.[k] ?? NaN);
    const slices = detail('longestSliceMs');
    // What the longest slice of all loads spent its time on (slice-probe.ts).
    const worstScan = scans.reduce<(typeof scans)[number] | null>(
      (a, x) => ((x.detail?.longestSliceMs ?? -1) > (a?.detail?.longestSliceMs ?? -1) ? x : a),
      null,
    );
    const row = {
      page: rel,
      chars: w.chars,
      textNodes: w.textNodes,
      // Ranges registered once the first load's scan ended (windowed pages: those near view).
      drawn,
      // Matches held (made or kept) when the scan ended.
      stored: median(detail('stored')),
      runs: scans.length,
      walkMs: round(w.walkMs),
      walkWarmMs: round(w.walkWarmMs),
      // The same bare walk in a content script's world, on a fresh load (median): the floor of
      // any extension's scan, which pays a wrapper lookup for each node it touches.
      walkIsoMs: median(walkIsos),
      scanMs: median(scans.map((x) => x.duration)),
      // All our tasks from the first idle callback on, in CPU time (traced loads): the scan's cost
      // without the time the OS gave another thread (the worker matching, on 2 cores).
      scanCpuMs: median(traced.map((t) => t.totalCpuMs)),
      naiveMs: median(naives),
      naiveIsoMs: median(naiveIsos),
      // Matching, in the background worker (off the page's thread: not in scanMs).
      workerMs: median(detail('workerMs')),
      markjsMs: round(markjsMs),
      // The median of each load's longest slice, and the longest of all loads.
      longestSliceMs: median(slices),
      worstSliceMs: slices.length ? round(Math.max(...slices)) : NaN,
      // Its longest step, and the time by kind of step (walk, segment, store, send-task, flush…).
      worstSliceSteps: sliceSteps(worstScan?.detail?.slice),
      // The pass's time by kind of step, all slices and send tasks (median over loads).
      stepsMs: passSteps(scans.map((x) => x.detail?.steps)),
      // Longest task of ours in TRACE_RUNS traced loads: wall time, and time on a CPU.
      worstTaskWallMs: traced.length ? round(Math.max(...traced.map((t) => t.wallMs))) : NaN,
      worstTaskCpuMs: traced.length ? round(Math.max(...traced.map((t) => t.cpuMs))) : NaN,
      scanRunsMs: scans.map((x) => round(x.duration)).join(' '),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
    if (!longest || w.chars > longest.chars) longest = { file: url, chars: w.chars };
    if (check) {
      if (!scans.length) failures.push(`${rel}: no scan timing`);
      else {
        if (w.chars > 100_000 && row.scanMs > 3 * Math.max(row.walkMs, 1))
          failures.push(`${rel}: scanMs ${row.scanMs} > 3 × walkMs ${row.walkMs}`);
        if (row.longestSliceMs >= 8)
          failures.push(`${rel}: longest slice ${row.longestSliceMs} ms (target < 8)`);
        if (row.worstTaskCpuMs >= 8)
          failures.push(`${rel}: a task of ${row.worstTaskCpuMs} ms of CPU (target < 8)`);
        if (w.chars > 100_000 && row.scanMs > row.naiveMs)
          failures.push(`${rel}: scanMs ${row.scanMs} > naiveMs ${row.naiveMs}`);
        if (w.chars > 100_000 && row.markjsMs / row.scanMs < 20)
          failures.push(`${rel}: only ${round(row.markjsMs / row.scanMs)}× faster than mark.js`);
      }
    }
  }

  // Memory: the longest page with and without the extension.
  let memory: Record<string, number> | null = null;
  if (longest) {
    const a = await ext.ctx.newPage();
    await a.goto(longest.file, { waitUntil: 'load' });
    await a.waitForTimeout(3000);
    const withExt = await heapUsed(a);
    await a.close();
    const b = await plain.newPage();
    await b.goto(longest.file, { waitUntil: 'load' });
    await b.waitForTimeout(3000);
    const without = await heapUsed(b);
    await b.close();
    memory = {
      pageChars: longest.chars,
      heapWithMB: round(withExt / 2 ** 20),
      heapWithoutMB: round(without / 2 ** 20),
      extraMB: round((withExt - without) / 2 ** 20),
    };
    console.log(JSON.stringify({ memory }));
  }

  // Hover: pointer resting on a term → card painted, service worker warm and cold.
  let hover: Awaited<ReturnType<typeof measureHover>> | null = null;
  if (!args.includes('--skip-hover')) {
    hover = await measureHover(ext, site.url + 'demo-article.html').catch((e) => {
      console.error('hover bench failed:', e);
      return null;
    });
    if (hover) console.log(JSON.stringify({ hover }));
    // A page with common words only: its first card waits for the second stage to load.
    const lazyDir = join(ROOT, 'tests/.artifacts/lazy-page');
    mkdirSync(lazyDir, { recursive: true });
    writeFileSync(join(lazyDir, 'common-only.html'), makeCommonOnlyArticle());
    const lazySite = await serveDir(lazyDir);
    const lazyHover = await measureLazyHover(ext, lazySite.url + 'common-only.html').catch((e) => {
      console.error('lazy hover bench failed:', e);
      return null;
    });
    await lazySite.close();
    if (lazyHover) console.log(JSON.stringify({ lazyHover }));
    if (check && hover) {
      if (hover.warmMs > 50) failures.push(`hover warm ${hover.warmMs} ms > 50`);
      if (hover.coldMs > 150) failures.push(`hover cold ${hover.coldMs} ms > 150`);
    }
  }
  // Popup: open → search box ready → first results (see popup-bench.ts).
  let popup: PopupTiming | null = null;
  if (!args.includes('--skip-popup')) {
    popup = await measurePopup(ext);
    console.log(JSON.stringify({ popup }));
    if (check && popup.inputReadyMs.median > 100)
      failures.push(`popup input ready ${popup.inputReadyMs.median} ms > 100`);
  }
  await ext.close();
  await plain.close();
  await naiveExt.close();
  await site.close();

  // Per-page cost: the shipped build against the naive anchor, on ordinary pages.
  let pageCost: ReturnType<typeof summarizePageCost> | null = null;
  let costRows: PageCostRow[] = [];
  if (!args.includes('--skip-cost')) {
    const costDir = join(ROOT, 'tests/.artifacts/cost-pages');
    const costPages = writeCostPages(costDir);
    for (const f of ['fr-article.html', 'en-article.html', 'nl-article.html']) {
      copyFileSync(join(FIXTURES, 'detection', f), join(costDir, f));
      costPages.push(f);
    }
    copyFileSync(join(FIXTURES, 'demo-article.html'), join(costDir, 'demo-article.html'));
    costPages.push('demo-article.html');
    const costSite = await serveDir(costDir, { stripScripts: true });
    const list = costPages.map((f) => ({ name: f, url: costSite.url + f }));
    // The saved news pages of the measurement, served from where they are (never copied
    // into the project): ordinary reading, mostly common words only.
    const newsDir = resolve(ROOT, '../shared/pages');
    const news = SAVED_NEWS.filter((f) => existsSync(join(newsDir, f)));
    const newsSite = news.length ? await serveDir(newsDir, { stripScripts: true }) : null;
    for (const f of news) {
      list.push({ name: f, url: newsSite!.url + f.split('/').map(encodeURIComponent).join('/') });
    }
    const anchor = writeNaiveAnchor(join(ROOT, 'tests/.artifacts/anchor-naive'));
    costRows = await measurePageCost(list, { naive: anchor, ours: SHIPPED_DIR }, costRuns);
    await costSite.close();
    await newsSite?.close();
    pageCost = summarizePageCost(costRows);
    // Pages that mark core terms (the detection articles, the demo) apart from the others.
    const marks = new Set([
      'fr-article.html',
      'en-article.html',
      'nl-article.html',
      'demo-article.html',
    ]);
    const withTerms = summarizePageCost(costRows.filter((r) => marks.has(r.page)));
    const withoutTerms = summarizePageCost(costRows.filter((r) => !marks.has(r.page)));
    console.log(JSON.stringify({ pageCost, withTerms, withoutTerms }));
  }

  // Search latency, from the popup's own search code.
  let search: unknown = null;
  if (!args.includes('--skip-search')) {
    search = await runSearchBench();
    console.log(JSON.stringify({ search }));
  }

  if (!args.includes('--skip-pdf')) console.log(JSON.stringify({ pdf: await runPdfBench() }));

  // Sizes.
  const cs = readFileSync(join(SHIPPED_DIR, 'lookup.js'));
  // The second stage: four files injected one after the other (scan-core-api.ts), each
  // compiled in a task of its own: the largest one's compile is its longest start-up task.
  const stageFiles = ['card-walk.js', 'card-scan.js', 'card-marks.js', 'card-ui.js'];
  const stage = stageFiles.map((f) => readFileSync(join(SHIPPED_DIR, f)));
  const stageFileBytes = Object.fromEntries(stageFiles.map((f, k) => [f, stage[k]!.length]));
  // The card's logic: injected with the second stage, by an injection of its own.
  const cardLogic = readFileSync(join(SHIPPED_DIR, 'card-hover.js'));
  // The card renderer: injected at the reader's first activity, not with the second stage.
  const renderer = readFileSync(join(SHIPPED_DIR, 'card-renderer.js'));
  const table = readFileSync(join(ROOT, 'data/generated/matcher-table.json'));
  const sizes = {
    contentScriptBytes: cs.length,
    contentScriptGzipBytes: gzipSync(cs).length,
    secondStageBytes: stage.reduce((a, b) => a + b.length, 0),
    secondStageGzipBytes: stage.reduce((a, b) => a + gzipSync(b).length, 0),
    stageFileBytes,
    largestStageFileBytes: Math.max(...stage.map((b) => b.length)),
    cardLogicBytes: cardLogic.length,
    cardLogicGzipBytes: gzipSync(cardLogic).length,
    rendererBytes: renderer.length,
    rendererGzipBytes: gzipSync(renderer).length,
    extensionBytes: dirSize(SHIPPED_DIR),
    glossaryTableBytes: table.length,
    glossaryTableGzipBytes: gzipSync(table).length,
  };
  console.log(JSON.stringify({ sizes }));
  if (check && pageCost) {
    const c = pageCost.medianExtraScriptMs;
    if (c.ours > c.naive)
      failures.push(`per-page script ${c.ours} ms > naive anchor ${c.naive} ms`);
    const frames = costRows.find((r) => r.page === 'article-10-frames.html');
    if (frames && frames.scriptMs.ours > frames.scriptMs.naive)
      failures.push(`10-frame page ${frames.scriptMs.ours} ms > naive ${frames.scriptMs.naive} ms`);
  }
  if (check && sizes.contentScriptGzipBytes > 15 * 1024)
    failures.push(`content script ${sizes.contentScriptGzipBytes} B gzipped > 15 KB`);

  // Long pages that were scanned (one without a core term never loads the scanner: no scanMs).
  const big = rows.filter((r) => Number(r.chars) > 100_000 && Number.isFinite(Number(r.scanMs)));
  const worst = (k: string) => Math.max(...rows.map((r) => Number(r[k])).filter(Number.isFinite));
  console.log(
    JSON.stringify({
      summary: {
        pages: rows.length,
        maxScanOverWalk: big.length
          ? round(Math.max(...big.map((r) => Number(r.scanMs) / Math.max(Number(r.walkMs), 1))))
          : null,
        minSpeedupVsMarkjs: big.length
          ? round(Math.min(...big.map((r) => Number(r.markjsMs) / Number(r.scanMs))))
          : null,
        maxScanOverNaive: big.length
          ? round(Math.max(...big.map((r) => Number(r.scanMs) / Math.max(Number(r.naiveMs), 0.1))))
          : null,
        maxScanCpuOverNaive: big.length
          ? round(
              Math.max(...big.map((r) => Number(r.scanCpuMs) / Math.max(Number(r.naiveMs), 0.1))),
            )
          : null,
        maxScanOverNaiveIso: big.length
          ? round(
              Math.max(...big.map((r) => Number(r.scanMs) / Math.max(Number(r.naiveIsoMs), 0.1))),
            )
          : null,
        longestSliceMs: worst('longestSliceMs'),
        worstTaskCpuMs: worst('worstTaskCpuMs'),
        pageCost,
        memory,
        hover,
        popup,
        search,
        sizes,
        failures,
      },
    }),
  );
  if (check && failures.length) process.exit(1);
}

await main();
