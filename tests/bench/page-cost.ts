/**
 * Per-page cost (issue 12): the main-thread script and task time a page load costs with an
 * extension loaded, minus the same page in a context without extensions. Three browser
 * contexts (none, the naive anchor, ours), each page loaded once in all three per round, `runs`
 * rounds; CDP Performance.getMetrics once the page's task time stops growing.
 * Each round's order rotates (none first, then naive first, then ours first): with a fixed order
 * the last context always met the machine's busier moments. An extension's extra time is the
 * median over rounds of its load minus the extension-free load of the same round: on this
 * shared machine a slow minute moves all three loads of a round together.
 */
import { mkdtempSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, QUIET_FLAGS, artifactPath } from '../e2e/support/extension';

export interface PageCostRow {
  page: string;
  /** Extra ms over the extension-free load: [naive anchor, ours]. */
  scriptMs: { naive: number; ours: number };
  taskMs: { naive: number; ours: number };
}

export const median = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const round = (x: number) => Math.round(x * 10) / 10;

/** A browser context with `ext` loaded (null: none), its profile under tests/.artifacts. */
export async function launch(ext: string | null): Promise<BrowserContext> {
  // Profiles under tests/.artifacts (git-ignored), never /tmp.
  const profile = mkdtempSync(artifactPath('profiles', 'cost-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ext
      ? [...QUIET_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`]
      : QUIET_FLAGS,
  });
  // Ours has a service worker; the anchor has none.
  if (ext && !ctx.serviceWorkers().length) {
    await ctx.waitForEvent('serviceworker', { timeout: 5000 }).catch(() => {});
  }
  return ctx;
}

/** One load's ScriptDuration and TaskDuration (ms), once its task time stops growing. */
export async function loadOnce(ctx: BrowserContext, url: string) {
  const page = await ctx.newPage();
  try {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // Idle-time work included: until task time stops growing for 500 ms (at most 6 s).
    let last = -1;
    let stableSince = Date.now();
    let m: Record<string, number> = {};
    const t0 = Date.now();
    while (Date.now() - t0 < 6000) {
      const got = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      m = Object.fromEntries(got.metrics.map((x) => [x.name, x.value]));
      if (m.TaskDuration !== last) {
        last = m.TaskDuration ?? 0;
        stableSince = Date.now();
      } else if (Date.now() - stableSince > 500) break;
      await page.waitForTimeout(125);
    }
    return { script: (m.ScriptDuration ?? 0) * 1000, task: (m.TaskDuration ?? 0) * 1000 };
  } finally {
    await page.close().catch(() => {});
  }
}

export async function measurePageCost(
  pages: { name: string; url: string }[],
  exts: { naive: string; ours: string },
  runs = 3,
): Promise<PageCostRow[]> {
  const ctxs = {
    none: await launch(null),
    naive: await launch(exts.naive),
    ours: await launch(exts.ours),
  };
  const rows: PageCostRow[] = [];
  try {
    for (const p of pages) {
      const m = { none: [] as number[][], naive: [] as number[][], ours: [] as number[][] };
      // Warm-up load in each context (disk cache, extension service worker), not counted.
      for (const k of ['none', 'naive', 'ours'] as const) await loadOnce(ctxs[k], p.url);
      const kinds = ['none', 'naive', 'ours'] as const;
      for (let i = 0; i < runs; i++) {
        for (let j = 0; j < kinds.length; j++) {
          const k = kinds[(i + j) % kinds.length]!;
          const r = await loadOnce(ctxs[k], p.url);
          m[k].push([r.script, r.task]);
        }
      }
      const extra = (k: 'naive' | 'ours', j: 0 | 1) =>
        round(median(m[k].map((x, i) => x[j]! - m.none[i]![j]!)));
      const row: PageCostRow = {
        page: p.name,
        scriptMs: { naive: extra('naive', 0), ours: extra('ours', 0) },
        taskMs: { naive: extra('naive', 1), ours: extra('ours', 1) },
      };
      console.log(JSON.stringify({ pageCost: row }));
      rows.push(row);
    }
  } finally {
    for (const c of Object.values(ctxs)) await c.close().catch(() => {});
  }
  return rows;
}

export function summarizePageCost(rows: PageCostRow[]) {
  const col = (f: (r: PageCostRow) => number) => round(median(rows.map(f)));
  return {
    pages: rows.length,
    medianExtraScriptMs: { naive: col((r) => r.scriptMs.naive), ours: col((r) => r.scriptMs.ours) },
    medianExtraTaskMs: { naive: col((r) => r.taskMs.naive), ours: col((r) => r.taskMs.ours) },
  };
}
