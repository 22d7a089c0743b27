/**
 * `npm exec -- tsx tests/bench/cost-ab.ts [page.html…]` with `EXTS=dir,dir…` (unpacked
 * extensions: two builds, the outside tool's anchors in ../shared/tools/anchor-ext…) and
 * `RUNS=n` (default 7): the extra main-thread script time (CDP ScriptDuration) a page load costs
 * with each extension, against a context without extensions, as ../shared/tools/page-cost.mjs
 * measures it, but with every extension side by side in one run and the load order rotating
 * from round to round. Pages: the bench's ordinary article, the same with 10 small iframes, the
 * common-words article, and any page given (copied to tests/.artifacts, scripts stripped when
 * served). Prints a row per page (median over rounds of the load minus the same round's
 * extension-free load) and the median row.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, QUIET_FLAGS, ROOT, artifactPath, serveDir } from '../e2e/support/extension';
import { writeCostPages } from './make-pages';

const exts = (process.env.EXTS ?? '.output/chrome-mv3')
  .split(',')
  .filter(Boolean)
  .map((e) => resolve(e));
const runs = Math.max(1, Number(process.env.RUNS ?? 7));
const dir = join(ROOT, 'tests/.artifacts/cost-ab-pages');
mkdirSync(dir, { recursive: true });
const pages = writeCostPages(dir);
for (const f of process.argv.slice(2).filter((a) => a.endsWith('.html'))) {
  copyFileSync(resolve(f), join(dir, basename(f)));
  pages.push(basename(f));
}
const site = await serveDir(dir, { stripScripts: true });

async function launch(ext: string | null): Promise<BrowserContext> {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(artifactPath('profiles', 'ab-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ext
      ? [...QUIET_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`]
      : QUIET_FLAGS,
  });
  // An anchor has no service worker.
  if (ext && !ctx.serviceWorkers().length) {
    await ctx.waitForEvent('serviceworker', { timeout: 3000 }).catch(() => {});
  }
  return ctx;
}

/** One load's ScriptDuration, once its task time stops growing (as page-cost.mjs waits). */
async function scriptMs(ctx: BrowserContext, url: string): Promise<number> {
  const page = await ctx.newPage();
  try {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    let last = -1;
    let since = Date.now();
    const t0 = Date.now();
    let m: Record<string, number> = {};
    while (Date.now() - t0 < 6000) {
      const got = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      m = Object.fromEntries(got.metrics.map((x) => [x.name, x.value]));
      if (m.TaskDuration !== last) {
        last = m.TaskDuration ?? 0;
        since = Date.now();
      } else if (Date.now() - since > 500) break;
      await page.waitForTimeout(125);
    }
    return (m.ScriptDuration ?? 0) * 1000;
  } finally {
    await page.close().catch(() => {});
  }
}

const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)] ?? NaN;
const slots = [null, ...exts];
const ctxs: BrowserContext[] = [];
for (const s of slots) ctxs.push(await launch(s));
const perExt: number[][] = exts.map(() => []);
try {
  for (const p of pages) {
    const url = site.url + encodeURIComponent(p);
    for (const c of ctxs) await scriptMs(c, url); // warm-up, not counted
    const extra: number[][] = exts.map(() => []);
    for (let r = 0; r < runs; r++) {
      const ms: number[] = [];
      for (let j = 0; j < slots.length; j++) {
        const i = (j + r) % slots.length;
        ms[i] = await scriptMs(ctxs[i]!, url);
      }
      exts.forEach((_, k) => extra[k]!.push(ms[k + 1]! - ms[0]!));
    }
    const row = extra.map(median);
    row.forEach((x, k) => perExt[k]!.push(x));
    console.log(p.padEnd(52), row.map((x) => x.toFixed(1).padStart(7)).join(''));
  }
  console.log('median'.padEnd(52), perExt.map((a) => median(a).toFixed(1).padStart(7)).join(''));
  exts.forEach((e, k) => console.log(`column ${k + 1}: ${e}`));
} finally {
  for (const c of ctxs) await c.close().catch(() => {});
  await site.close();
}
