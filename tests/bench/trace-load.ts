/**
 * `npm exec -- tsx tests/bench/trace-load.ts <page.html>… [--ext DIR[,DIR…]] [--runs N]`: where
 * an extension's main-thread time goes during page loads, from a CDP trace of each load (the
 * `v8` and `disabled-by-default-v8.compile` categories): for each script of the extension, its
 * time split into parsing, compiling, running, garbage collection, style and layout it forced, and
 * the rest (messaging). Several extensions (the naive anchor, another build) are traced in turn,
 * each in its own browser, same pages, same run.
 *
 * Why a trace and not a CPU profile (profile-load.ts): the profiler puts a function's lazy
 * compilation under its caller, so compiling looks like running, spread over every function that
 * runs once. The trace names it. Tracing the compiler slows it down: read the split between
 * columns and between builds of the same run, not the totals against page-cost figures.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, QUIET_FLAGS, ROOT, serveDir } from '../e2e/support/extension';
import { captureTrace, type TraceEvent } from './trace-capture';

/** Each event name's column (the rest: `other`). */
const COLUMNS: [column: string, test: RegExp][] = [
  ['parse', /^V8\.(ParseProgram|PreParse|ParseFunction|ParseLazy)/],
  ['compile', /^(V8\.Compile|v8\.compile|V8\.Baseline|V8\.Sparkplug|FlushInstructionCache)/],
  ['run', /^(FunctionCall|v8\.run|EvaluateScript|v8\.callFunction|RunMicrotasks|V8\.Bytecode)/],
  ['gc', /GC|Scavenge|MarkCompact/],
  ['style+layout', /^(UpdateLayoutTree|Layout|Document::UpdateStyleAndLayout|RecalcStyle)/],
];
const COLUMN_NAMES = [...COLUMNS.map(([c]) => c), 'other'];

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Math.max(1, Number(opt('--runs') ?? 5));
const exts = (opt('--ext') ?? join(ROOT, '.output/chrome-mv3')).split(',').map((e) => resolve(e));
const files = args.filter((a) => a.endsWith('.html'));
if (!files.length) throw new Error('usage: trace-load.ts <page.html>… [--ext DIR,…] [--runs N]');
const dir = join(ROOT, 'tests/.artifacts/trace-pages');
mkdirSync(dir, { recursive: true });
for (const f of files) copyFileSync(resolve(f), join(dir, basename(f)));
const server = await serveDir(dir, { stripScripts: true });

const scriptOf = (e: TraceEvent) => {
  const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
  return url.startsWith('chrome-extension://')
    ? url.replace(/^chrome-extension:\/\/[^/]+\//, '')
    : null;
};
const columnOf = (name: string) => COLUMNS.find(([, re]) => re.test(name))?.[0] ?? 'other';

/** Script → column → ms, for one load's events on the page's main thread. */
function breakdown(events: TraceEvent[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'),
  );
  if (!main) return out;
  const ev = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur != null)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // The outermost events that run an extension script, and everything nested in them.
  for (let i = 0; i < ev.length; i++) {
    const root = ev[i]!;
    const script = scriptOf(root);
    if (!script) continue;
    const end = root.ts + root.dur!;
    let j = i + 1;
    while (j < ev.length && ev[j]!.ts < end) j++;
    const nest = ev.slice(i, j);
    const cols = out.get(script) ?? new Map<string, number>();
    out.set(script, cols);
    // Self time: each event's duration less its direct children's.
    for (let k = 0; k < nest.length; k++) {
      const e = nest[k]!;
      const eEnd = e.ts + e.dur!;
      let children = 0;
      let covered = -1;
      for (let m = k + 1; m < nest.length && nest[m]!.ts < eEnd; m++) {
        const c = nest[m]!;
        if (c.ts < covered || c.ts + c.dur! > eEnd) continue;
        children += c.dur!;
        covered = c.ts + c.dur!;
      }
      const col = NAMES ? e.name : columnOf(e.name);
      cols.set(col, (cols.get(col) ?? 0) + (e.dur! - children) / 1000);
    }
    i = j - 1;
  }
  return out;
}

/** `--names`: each trace event name's self time instead of the columns (what a column holds). */
const NAMES = args.includes('--names');

const fmt = (n: number) => n.toFixed(2).padStart(7);
console.log(`runs ${runs} (after one warm-up load), ms per load, mean`);
for (const ext of exts) {
  const ctx = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [...QUIET_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  console.log(`\n# ${ext.replace(ROOT + '/', '')}`);
  console.log(['page', 'script', 'total', ...COLUMN_NAMES].join('\t'));
  for (const f of files) {
    const sum = new Map<string, Map<string, number>>();
    for (let r = 0; r <= runs; r++) {
      const page = await ctx.newPage();
      const events = await captureTrace<TraceEvent>(
        ctx,
        page,
        'devtools.timeline,v8,v8.execute,disabled-by-default-v8.compile',
        async () => {
          await page.goto(server.url + encodeURIComponent(basename(f)), { waitUntil: 'load' });
          await page.waitForTimeout(2500);
        },
      );
      await page.close();
      if (r === 0) continue;
      for (const [script, cols] of breakdown(events)) {
        const acc = sum.get(script) ?? new Map<string, number>();
        sum.set(script, acc);
        for (const [c, ms] of cols) acc.set(c, (acc.get(c) ?? 0) + ms / runs);
      }
    }
    for (const [script, cols] of [...sum].sort()) {
      const total = [...cols.values()].reduce((a, b) => a + b, 0);
      if (NAMES) {
        const top = [...cols].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 0.02);
        console.log([basename(f), script, fmt(total)].join('\t'));
        for (const [name, ms] of top) console.log(`\t${fmt(ms)}\t${name}`);
        continue;
      }
      const row = COLUMN_NAMES.map((c) => fmt(cols.get(c) ?? 0));
      console.log([basename(f), script, fmt(total), ...row].join('\t'));
    }
  }
  await ctx.close();
}
await server.close();
// The copies of the pages (saved pages belong to their publishers) go with the run.
rmSync(dir, { recursive: true, force: true });
