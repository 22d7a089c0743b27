/** Reading the extension's highlights back from a page (runs in the page's main world). */
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';

export interface HighlightDump {
  /** Highlight name → texts of its ranges, sorted. */
  byName: Record<string, string[]>;
  /** Every vdl- range text, sorted. */
  all: string[];
  /** Ranges glued to a letter or digit on either side (inside a word). */
  glued: string[];
  /** Names registered that do not start with vdl-. */
  foreign: string[];
}

export function readHighlights(target: Page | Frame): Promise<HighlightDump> {
  return target.evaluate(() => {
    const byName: Record<string, string[]> = {};
    const all: string[] = [];
    const glued: string[] = [];
    const foreign: string[] = [];
    const wordy = /[\p{L}\p{N}]/u;
    const at = (n: Node, i: number): string =>
      n.nodeType === 3 && i >= 0 && i < (n as Text).data.length ? ((n as Text).data[i] ?? '') : '';
    if (!globalThis.CSS?.highlights) return { byName, all, glued, foreign };
    for (const [name, hl] of CSS.highlights) {
      if (!name.startsWith('vdl-')) {
        foreign.push(name);
        continue;
      }
      const texts: string[] = [];
      for (const r of hl as Iterable<AbstractRange>) {
        const live = document.createRange();
        let t: string;
        try {
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          t = live.toString();
        } catch {
          // A StaticRange whose text changed under it: reported, so tests see it.
          t = '~invalid';
        }
        texts.push(t);
        if (
          wordy.test(at(r.startContainer, r.startOffset - 1)) ||
          wordy.test(at(r.endContainer, r.endOffset))
        ) {
          glued.push(t);
        }
      }
      byName[name] = texts.sort();
      all.push(...texts);
    }
    return { byName, all: all.sort(), glued, foreign };
  });
}

/** The id of the element each vdl- range starts in, sorted (which blocks were marked). */
export function highlightOwners(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const ids: string[] = [];
    for (const [name, hl] of CSS.highlights)
      if (name.startsWith('vdl-'))
        for (const r of hl as Iterable<AbstractRange>)
          ids.push(r.startContainer.parentElement?.id ?? '');
    return ids.sort();
  });
}

/** Polls until the highlights stop changing (two equal reads `quietMs` apart). */
export async function settledHighlights(
  target: Page | Frame,
  { quietMs = 400, timeoutMs = 10_000 } = {},
): Promise<HighlightDump> {
  const t0 = Date.now();
  let last = '';
  let dump = await readHighlights(target);
  while (Date.now() - t0 < timeoutMs) {
    await new Promise((r) => setTimeout(r, quietMs));
    dump = await readHighlights(target);
    const key = JSON.stringify(dump.byName);
    if (key === last) return dump;
    last = key;
  }
  return dump;
}

/** Waits until `pred(dump)` holds (or times out and returns the last dump). */
export async function waitForHighlights(
  target: Page | Frame,
  pred: (d: HighlightDump) => boolean,
  timeoutMs = 10_000,
): Promise<HighlightDump> {
  const t0 = Date.now();
  let dump = await readHighlights(target);
  while (!pred(dump) && Date.now() - t0 < timeoutMs) {
    await new Promise((r) => setTimeout(r, 150));
    dump = await readHighlights(target);
  }
  return dump;
}

/** The glossary id of the open hover card (its `data-term`), or null when none is open. */
export function openCardTerm(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document
        .querySelector('vdl-card')
        ?.shadowRoot?.querySelector('[data-term]')
        ?.getAttribute('data-term') ?? null,
  );
}

/** Appends a paragraph of `text` to the page's `#a` and waits until `term` is highlighted. */
export async function appendAndWait(
  page: Page,
  text: string,
  term: string,
): Promise<HighlightDump> {
  await page.evaluate((t) => {
    const p = document.createElement('p');
    p.textContent = t;
    document.getElementById('a')!.append(p);
  }, text);
  return waitForHighlights(page, (d) => d.all.includes(term));
}

/**
 * Term occurrences the background recorded for every open tab and frame (what the match store
 * holds, windowed pages included). Tests keep one page with terms open at a time.
 */
export async function reportedTermTotal(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const api = (globalThis as any).chrome;
    const all = (await api.storage.session.get(null)) as Record<string, any>;
    let n = 0;
    for (const [k, frames] of Object.entries(all)) {
      if (!k.startsWith('tab-terms-')) continue;
      for (const f of Object.values(frames ?? {}) as Record<string, number>[])
        for (const c of Object.values(f)) n += c;
    }
    return n;
  });
}

/**
 * Whether an extension script registered itself under `Symbol.for(key)` in the page's main-frame
 * content-script world ('vdl.walk-core': /card-walk.js; 'vdl.scan-core': /card-scan.js;
 * 'vdl.mark-core': /card-marks.js; 'vdl.second-stage': /card-ui.js;
 * 'vdl.card-hover': /card-hover.js;
 * 'vdl.card-ui': /card-renderer.js): read in the extension's own isolated world, where they
 * register.
 */
export async function registeredInPage(
  ctx: BrowserContext,
  page: Page,
  key:
    | 'vdl.walk-core'
    | 'vdl.scan-core'
    | 'vdl.mark-core'
    | 'vdl.second-stage'
    | 'vdl.card-hover'
    | 'vdl.card-ui',
): Promise<boolean> {
  const cdp = await ctx.newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find(
      (c) => c.name === 'Val Duchesse Lookup' && c.auxData?.frameId === frameTree.frame.id,
    );
    if (!world) throw new Error('no content-script world in the page');
    const r = await cdp.send('Runtime.evaluate', {
      expression: `!!globalThis[Symbol.for(${JSON.stringify(key)})]`,
      contextId: world.id,
      returnByValue: true,
    });
    return r.result.value === true;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Whether the second stage (/card-ui.js) is loaded in the page's main frame. */
export const secondStageLoaded = (ctx: BrowserContext, page: Page) =>
  registeredInPage(ctx, page, 'vdl.second-stage');

/**
 * Watches, frame by frame, for the first card painted in the page (a `[data-term]` root with a
 * height in the `<vdl-card>` host's shadow root); `firstCardState` then says what it showed:
 * its data-state, and whether it had an explanation (« ready meaning » when whole).
 */
export async function watchFirstCard(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { vdlFirstCard?: string };
    const look = () => {
      const root = document.querySelector('vdl-card')?.shadowRoot?.querySelector('[data-term]');
      if (root && root.getBoundingClientRect().height > 0) {
        const meaning = root.querySelector('[data-part=meaning]')?.textContent ?? '';
        w.vdlFirstCard = `${root.getAttribute('data-state')} ${meaning ? 'meaning' : 'none'}`;
      } else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

/** What the first card painted since `watchFirstCard` showed (waits for it). */
export async function firstCardState(page: Page): Promise<string> {
  const h = await page.waitForFunction(
    () => (window as unknown as { vdlFirstCard?: string }).vdlFirstCard,
    null,
    { timeout: 10_000 },
  );
  return (await h.jsonValue()) as string;
}

/** Waits until the hover card shows a term's data (state ready) with a height. */
export async function waitForReadyCard(page: Page, timeout = 4000): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document
        .querySelector('vdl-card')
        ?.shadowRoot?.querySelector('[data-term][data-state=ready]');
      return !!root && root.getBoundingClientRect().height > 0;
    },
    null,
    { timeout },
  );
}
