/**
 * `npm exec -- tsx tests/bench/cost-ab.ts [page.html…]` with `EXTS=dir,dir…` (unpacked
 * extensions: two builds, the outside tool's anchors in ../shared/tools/anchor-ext…) and
 * `RUNS=n` (default 7), `GIVEN_ONLY=1` (skip the built-in pages): the extra main-thread script time (CDP ScriptDuration) a page load costs
 * with each extension, against a context without extensions, as ../shared/tools/page-cost.mjs
 * measures it, but with every extension side by side in one run and the load order rotating
 * from round to round. Pages: the bench's ordinary article, the same with 10 small iframes, the
 * common-words article, and any page given (copied to tests/.artifacts, scripts stripped when
 * served). Prints a row per page (median over rounds of the load minus the same round's
 * extension-free load) and the median row.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT, serveDir } from '../e2e/support/extension';
import { writeCostPages } from './make-pages';
import { launch, loadOnce, median } from './page-cost';

const exts = (process.env.EXTS ?? '.output/chrome-mv3')
  .split(',')
  .filter(Boolean)
  .map((e) => resolve(e));
const runs = Math.max(1, Number(process.env.RUNS ?? 7));
const dir = join(ROOT, 'tests/.artifacts/cost-ab-pages');
mkdirSync(dir, { recursive: true });
// `GIVEN_ONLY=1`: only the pages given (an A/B of pages with terms, say).
const pages = process.env.GIVEN_ONLY === '1' ? [] : writeCostPages(dir);
for (const f of process.argv.slice(2).filter((a) => a.endsWith('.html'))) {
  copyFileSync(resolve(f), join(dir, basename(f)));
  pages.push(basename(f));
}
const site = await serveDir(dir, { stripScripts: true });

const slots = [null, ...exts];
const ctxs: BrowserContext[] = [];
for (const s of slots) ctxs.push(await launch(s));
const perExt: number[][] = exts.map(() => []);
try {
  for (const p of pages) {
    const url = site.url + encodeURIComponent(p);
    for (const c of ctxs) await loadOnce(c, url); // warm-up, not counted
    const extra: number[][] = exts.map(() => []);
    for (let r = 0; r < runs; r++) {
      const ms: number[] = [];
      for (let j = 0; j < slots.length; j++) {
        const i = (j + r) % slots.length;
        ms[i] = (await loadOnce(ctxs[i]!, url)).script;
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
