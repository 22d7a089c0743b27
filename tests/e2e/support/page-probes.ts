/**
 * In-page probes for the hostile-page tests (issue 8).
 *
 * - `PROBE_INIT` is installed with `ctx.addInitScript` and runs in every page's main world at
 *   document start, before any page script and long before the content script (document_idle).
 *   It takes its own references to every builtin it uses (pages under test override
 *   `Array.prototype`, `Node.prototype`, `MutationObserver`…), records DOM mutations made after
 *   DOMContentLoaded that are not our `<vdl-card>` host (nor inside an element marked
 *   `data-mutates`, where the page itself is expected to change things), long tasks and long
 *   animation frames, CSP violations, and uncaught errors seen by the main world.
 * - `PageProbe` talks to the page over CDP, so page overrides cannot bias what it reads: the
 *   probe state is read as a JSON string from the main world, highlights are read from a fresh
 *   isolated world (pristine builtins; the highlight registry is per document, shared by all
 *   worlds), exceptions and console errors come from `Runtime` events of every world (the
 *   content script's isolated world included: its uncaught errors never reach the page's
 *   `window.onerror`), and the JS heap from `Runtime.getHeapUsage` after a forced GC (one
 *   isolate per renderer: page and content script together).
 */
import type { BrowserContext, CDPSession, Frame, Page, Worker } from 'playwright-core';

export { PROBE_INIT, type Loaf, type ProbeState } from './probe-init';
import { storeSettings } from './extension';
import type { Loaf, ProbeState } from './probe-init';

export interface HighlightRead {
  /** Highlight name → number of ranges. */
  sizes: Record<string, number>;
  /** Texts of every vdl- range (first `limit`), '~invalid' for a range whose text moved. */
  texts: string[];
  total: number;
  /** Ranges whose start node left the document. */
  detached: number;
  /** Ranges glued to a letter or digit (inside a word). */
  glued: number;
  /** Names registered that do not start with vdl-. */
  foreign: string[];
}

/** Source of the highlight reader, evaluated in an isolated world (or a frame's main world). */
const READ_HIGHLIGHTS = (limit: number) => `(() => {
  const limit = ${limit};
  const out = { sizes: {}, texts: [], total: 0, detached: 0, glued: 0, foreign: [] };
  const reg = globalThis.CSS && CSS.highlights;
  if (!reg) return JSON.stringify(out);
  const wordy = /[\\p{L}\\p{N}]/u;
  const at = (n, i) => (n.nodeType === 3 && i >= 0 && i < n.data.length ? n.data[i] : '');
  for (const [name, hl] of reg) {
    if (!name.startsWith('vdl-')) { out.foreign.push(name); continue; }
    out.sizes[name] = hl.size;
    for (const r of hl) {
      out.total++;
      if (!r.startContainer.isConnected) out.detached++;
      if (out.texts.length >= limit) continue;
      let t;
      try {
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        t = live.toString();
      } catch { t = '~invalid'; }
      out.texts.push(t);
      if (wordy.test(at(r.startContainer, r.startOffset - 1)) || wordy.test(at(r.endContainer, r.endOffset))) out.glued++;
    }
  }
  out.texts.sort();
  return JSON.stringify(out);
})()`;

interface ExceptionEvent {
  exceptionDetails: {
    text: string;
    url?: string;
    executionContextId?: number;
    exception?: { description?: string };
    stackTrace?: { callFrames: { url: string }[] };
  };
}

export class PageProbe {
  /** Uncaught exceptions thrown by the extension (any world of this page's process). */
  readonly extensionErrors: string[] = [];
  /** console.error calls made by the extension's content script. */
  readonly extensionConsoleErrors: string[] = [];
  /** Every uncaught exception of the page (any world). */
  readonly allErrors: string[] = [];
  private readonly extContexts = new Set<number>();
  private isolatedCtx = 0;

  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}

  /** Attach before `page.goto` (the context must carry PROBE_INIT as an init script). */
  static async attach(page: Page): Promise<PageProbe> {
    const cdp = await page.context().newCDPSession(page);
    const p = new PageProbe(page, cdp);
    cdp.on('Runtime.executionContextCreated', (e) => {
      const c = e.context as {
        id: number;
        origin: string;
        name: string;
        auxData?: { type?: string };
      };
      if (c.origin.includes('-extension://')) p.extContexts.add(c.id);
    });
    cdp.on('Runtime.executionContextsCleared', () => {
      p.isolatedCtx = 0;
    });
    cdp.on('Runtime.exceptionThrown', (e) => {
      const d = (e as unknown as ExceptionEvent).exceptionDetails;
      const frames = d.stackTrace?.callFrames.map((f) => f.url).join(' ') ?? '';
      const s = `${d.text} ${d.exception?.description ?? ''} @${d.url ?? ''} ${frames}`;
      p.allErrors.push(s);
      if (
        s.includes('-extension://') ||
        (d.executionContextId && p.extContexts.has(d.executionContextId))
      )
        p.extensionErrors.push(s);
    });
    cdp.on('Runtime.consoleAPICalled', (e) => {
      if (e.type !== 'error' && e.type !== 'assert') return;
      if (!p.extContexts.has(e.executionContextId)) return;
      const args = e.args.map((a) => a.description ?? String(a.value ?? '')).join(' ');
      p.extensionConsoleErrors.push(args);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Page.enable');
    return p;
  }

  /** The main-world probe state (JSON through CDP: page overrides cannot get in the way). */
  async state(): Promise<ProbeState> {
    const r = await this.cdp.send('Runtime.evaluate', {
      expression: 'window.__vdlProbe ? window.__vdlProbe.dump() : "null"',
      returnByValue: true,
    });
    const s = JSON.parse(String(r.result.value)) as ProbeState | null;
    if (!s) throw new Error('page probe not installed');
    return s;
  }

  private async isolated(): Promise<number> {
    if (this.isolatedCtx) return this.isolatedCtx;
    const tree = await this.cdp.send('Page.getFrameTree');
    const w = await this.cdp.send('Page.createIsolatedWorld', {
      frameId: tree.frameTree.frame.id,
      worldName: 'vdl-hostile-probe',
    });
    this.isolatedCtx = w.executionContextId;
    return this.isolatedCtx;
  }

  /** Evaluates an expression in a pristine isolated world of the main frame (JSON-able result). */
  async evalIsolated<T>(expression: string): Promise<T> {
    let ctx = await this.isolated();
    let r;
    try {
      r = await this.cdp.send('Runtime.evaluate', {
        expression,
        contextId: ctx,
        returnByValue: true,
      });
    } catch {
      // The world went away with a navigation: make another.
      this.isolatedCtx = 0;
      ctx = await this.isolated();
      r = await this.cdp.send('Runtime.evaluate', {
        expression,
        contextId: ctx,
        returnByValue: true,
      });
    }
    if (r.exceptionDetails) throw new Error(`isolated eval: ${r.exceptionDetails.text}`);
    return r.result.value as T;
  }

  /** The vdl- highlights, read from an isolated world. */
  async highlights(limit = 200): Promise<HighlightRead> {
    return JSON.parse(await this.evalIsolated<string>(READ_HIGHLIGHTS(limit))) as HighlightRead;
  }

  /** JS heap in use (MB) after a full GC. */
  async heapMB(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const h = await this.cdp.send('Runtime.getHeapUsage');
    return h.usedSize / 1048576;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => {});
  }
}

/** Highlights of a child frame (its main world; no hostile overrides in our frame pages). */
export async function frameHighlights(frame: Frame, limit = 200): Promise<HighlightRead> {
  return JSON.parse((await frame.evaluate(READ_HIGHLIGHTS(limit))) as string) as HighlightRead;
}

/** Polls the highlights until `pred` holds or `timeoutMs` passes; returns the last read. */
export async function waitHighlights(
  read: () => Promise<HighlightRead>,
  pred: (h: HighlightRead) => boolean,
  timeoutMs = 15_000,
): Promise<HighlightRead> {
  const t0 = Date.now();
  let h = await read();
  while (!pred(h) && Date.now() - t0 < timeoutMs) {
    await new Promise((r) => setTimeout(r, 200));
    h = await read();
  }
  return h;
}

/** Polls until the total stops changing for `quietMs` (the scan went idle). */
export async function settleHighlights(
  read: () => Promise<HighlightRead>,
  { quietMs = 800, timeoutMs = 30_000 } = {},
): Promise<HighlightRead> {
  const t0 = Date.now();
  let h = await read();
  let since = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    await new Promise((r) => setTimeout(r, 200));
    const n = await read();
    if (n.total !== h.total) since = Date.now();
    h = n;
    if (h.total > 0 && Date.now() - since >= quietMs) break;
  }
  return h;
}

/** Heap samples (MB) `everyMs` apart. */
export async function sampleHeap(probe: PageProbe, n = 3, everyMs = 700): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i) await new Promise((r) => setTimeout(r, everyMs));
    out.push(Math.round((await probe.heapMB()) * 100) / 100);
  }
  return out;
}

/** One pass of the extension's scan, as the bench build measures it. */
export interface ScanMeasure {
  name: string;
  start: number;
  duration: number;
  longestSliceMs: number;
  matches: number;
  stored: number;
}

/** The extension's own per-pass timings (bench mode: `?vdl-bench`). */
export async function scanMeasures(probe: PageProbe): Promise<ScanMeasure[]> {
  return JSON.parse(
    await probe.evalIsolated<string>(`JSON.stringify(performance.getEntriesByType('measure')
      .filter((e) => e.name.startsWith('vdl-'))
      .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration,
        longestSliceMs: (e.detail && e.detail.longestSliceMs) || 0, matches: (e.detail && e.detail.matches) || 0,
        stored: (e.detail && e.detail.stored) || 0 })))`),
  ) as ScanMeasure[];
}

/**
 * Centre of the first vdl- range whose text is `text` (scrolled into view), from an isolated
 * world; null when there is none.
 */
export async function rangeCentre(
  probe: PageProbe,
  text: string,
): Promise<{ x: number; y: number } | null> {
  return probe.evalIsolated<{ x: number; y: number } | null>(`(() => {
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('vdl-')) continue;
      for (const r of hl) {
        const live = new Range();
        try { live.setStart(r.startContainer, r.startOffset); live.setEnd(r.endContainer, r.endOffset); }
        catch { continue; }
        if (live.toString() !== ${JSON.stringify(text)}) continue;
        const el = r.startContainer.parentElement;
        if (el) el.scrollIntoView({ block: 'center', inline: 'center' });
        const b = live.getClientRects()[0];
        if (b && b.width > 0 && b.height > 0) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
    }
    return null;
  })()`);
}

/** What the hover card shows, from an isolated world (null: no card). */
export interface CardRead {
  term: string | null;
  text: string;
  /** Elements that must never be in the card (created from markup). */
  dangerous: string[];
  tags: string[];
}

export async function readCard(probe: PageProbe): Promise<CardRead | null> {
  return probe.evalIsolated<CardRead | null>(`(() => {
    const host = document.querySelector('vdl-card');
    const root = host && host.shadowRoot && host.shadowRoot.querySelector('[data-term]');
    if (!root || !root.getBoundingClientRect().height) return null;
    const dangerous = [...host.shadowRoot.querySelectorAll('img,script,iframe,object,embed,svg image,[onerror],[onload],[onclick],[onmouseover],a[href^="javascript:" i],form,base,meta,link:not([rel=stylesheet])')]
      .map((e) => e.outerHTML.slice(0, 120));
    const tags = [...new Set([...host.shadowRoot.querySelectorAll('*')].map((e) => e.localName))].sort();
    return { term: root.getAttribute('data-term'), text: root.textContent || '', dangerous, tags };
  })()`);
}

/** Hovers a point (approaching from aside, like a hand) and waits for a card; null if none came. */
export async function hoverForCard(
  probe: PageProbe,
  at: { x: number; y: number },
  timeoutMs = 5000,
): Promise<CardRead | null> {
  const { page } = probe;
  await page.mouse.move(at.x - 40, at.y - 40);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  const t0 = Date.now();
  let card = await readCard(probe);
  for (let i = 0; !card && Date.now() - t0 < timeoutMs; i++) {
    await new Promise((r) => setTimeout(r, 150));
    // A one-pixel wiggle every other poll: pointer events again, the pointer still on the term.
    if (i % 2) await page.mouse.move(at.x + (i % 4 === 1 ? 1 : 0), at.y);
    card = await readCard(probe);
  }
  return card;
}

/** Long tasks of a probe state that overlap [from, to] (ms, page clock). */
export function tasksIn(
  s: ProbeState,
  from: number,
  to = Number.POSITIVE_INFINITY,
): { start: number; duration: number }[] {
  return s.longtasks.filter((t) => t.start + t.duration >= from && t.start <= to);
}

/** Long animation frames of a probe state that overlap [from, to]. */
export function loafsIn(s: ProbeState, from: number, to = Number.POSITIVE_INFINITY): Loaf[] {
  return s.loafs.filter((t) => t.start + t.duration >= from && t.start <= to);
}

export const worst = (ts: { duration: number }[]): number =>
  Math.round(Math.max(0, ...ts.map((t) => t.duration)));

/** Switches the extension on or off for every site through its stored settings. */
export async function setExtensionEnabled(worker: Worker, enabled: boolean): Promise<void> {
  await storeSettings(worker, { enabled });
}

/** Opens a page with the probes attached before its first script runs. */
export async function openProbed(
  ctx: BrowserContext,
  url: string,
  timeout = 30_000,
): Promise<{ page: Page; probe: PageProbe }> {
  const page = await ctx.newPage();
  const probe = await PageProbe.attach(page);
  await page.goto(url, { waitUntil: 'load', timeout });
  return { page, probe };
}
