/**
 * Term detection in Chromium with the built extension: exact highlighted strings read back from
 * CSS.highlights, the page's DOM untouched, editable and code regions never scanned, shadow roots
 * and same-origin iframes, pages that change after load, SPA navigation, live settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXT_DIR, FIXTURES, useExtension } from './support/extension';
import {
  appendAndWait,
  highlightOwners,
  openCardTerm,
  readHighlights,
  secondStageLoaded,
  settledHighlights,
  waitForHighlights,
} from './support/detection-highlights';

const fx = useExtension({ serve: { dir: join(FIXTURES, 'detection') } });

/** The extension's API inside the service worker (evaluated there, typed loosely here). */
declare const chrome: any;

interface Opened {
  page: Page;
  errors: string[];
}

async function open(path: string): Promise<Opened> {
  const page = await fx.ext.ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(fx.site.url + path);
  return { page, errors };
}

/** The page's DOM was never changed and nothing threw; then the tab closes. */
async function closeUntouched({ page, errors }: Opened): Promise<void> {
  expect(await mutations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}

const mutations = (page: Page) => page.evaluate(() => (window as any).__mutations as string[]);

async function setSettings(patch: Record<string, unknown>): Promise<void> {
  await fx.ext.worker.evaluate(async (p) => {
    const cur = ((await chrome.storage.sync.get('settings')) as any).settings ?? {};
    await chrome.storage.sync.set({ settings: { ...cur, ...p } });
  }, patch);
}

async function resetSettings(): Promise<void> {
  await fx.ext.worker.evaluate(() => chrome.storage.sync.remove('settings'));
}

/**
 * The terms the background recorded per tab (all frames merged). Tab URLs are not readable
 * without the tabs permission, so tests keep one fixture page open at a time.
 */
async function reportedTerms(): Promise<Record<string, number>[]> {
  return fx.ext.worker.evaluate(async () => {
    const all = (await chrome.storage.session.get(null)) as Record<string, any>;
    return Object.entries(all)
      .filter(([k]) => k.startsWith('tab-terms-'))
      .map(([, frames]) => {
        const out: Record<string, number> = {};
        for (const f of Object.values(frames ?? {}) as Record<string, number>[])
          for (const [t, n] of Object.entries(f)) out[t] = (out[t] ?? 0) + n;
        return out;
      });
  });
}

describe('articles: exactly the terms, nothing else, DOM untouched', () => {
  const cases: [string, string[]][] = [
    [
      'fr-article.html',
      [
        'CTE',
        'ECE',
        'Eurojust',
        'Europol',
        'PNR',
        'SIS II',
        'Val Duchesse',
        'combattants terroristes étrangers',
        'mandat d’arrêt européen',
        "équipes communes d'enquête",
      ],
    ],
    [
      'en-article.html',
      [
        'Eurojust',
        'Europol',
        'PNR',
        'Passenger Name Record',
        'SIS II',
        'Schengen Information System',
        'joint investigation teams',
      ],
    ],
    ['nl-article.html', ['Eurojust', 'Europol', 'PNR', 'gemeenschappelijke onderzoeksteams']],
  ];
  for (const [file, want] of cases) {
    it(file, async () => {
      const { page, errors } = await open(file);
      const dump = await settledHighlights(page);
      expect(dump.all).toEqual([...want].sort());
      expect(Object.keys(dump.byName).every((n) => /^vdl-[a-z-]+$/.test(n))).toBe(true);
      expect(dump.glued).toEqual([]);
      await closeUntouched({ page, errors });
    });
  }

  it('a term split by inline markup is one range over exactly its text', async () => {
    const { page } = await open('fr-article.html');
    await settledHighlights(page);
    const spans = await page.evaluate(() => {
      for (const [name, hl] of CSS.highlights) {
        if (!name.startsWith('vdl-')) continue;
        for (const r of hl as Iterable<AbstractRange>) {
          if (r.startContainer !== r.endContainer) {
            return {
              start: (r.startContainer as Text).data.slice(r.startOffset),
              end: (r.endContainer as Text).data.slice(0, r.endOffset),
            };
          }
        }
      }
      return null;
    });
    expect(spans).toEqual({ start: 'équipes communes', end: " d'enquête" });
    await page.close();
  });
});

describe('look-alikes and traps', () => {
  it('marks nothing on a page of other senses, embedded capitals and soft hyphens', async () => {
    const { page, errors } = await open('traps.html');
    // Give the scan time to finish: an empty result must not be an unfinished one.
    await page.waitForTimeout(1200);
    const dump = await settledHighlights(page);
    expect(dump.all).toEqual([]);
    await closeUntouched({ page, errors });
  });

  it('skips textareas, inputs, contenteditable, code blocks, hidden and SVG text', async () => {
    const { page } = await open('editable.html');
    const dump = await settledHighlights(page);
    // Scanned: the plain paragraph, hidden="until-found" text (find-in-page reveals it) and a
    // region whose contenteditable is "false".
    expect(dump.all).toEqual(['CCPD', 'Eurojust', 'Europol']);
    const owners = await highlightOwners(page);
    expect(owners).toEqual(['found', 'not-editable', 'plain']);
    expect(await mutations(page)).toEqual([]);
    await page.close();
  });
});

describe('pages in other scripts', () => {
  it('marks the terms written in Latin letters, and nothing else', async () => {
    const { page, errors } = await open('other-scripts.html');
    const dump = await settledHighlights(page);
    // Greek, Russian and Chinese paragraphs without a Latin word are never sent; « PNR » in a
    // 9,300-character Chinese paragraph is found, and confirmed by another paragraph's Europol.
    expect(dump.all).toEqual(['Eurojust', 'Europol', 'PNR']);
    const owners = await highlightOwners(page);
    expect(owners).toEqual(['ar-term', 'el-term', 'zh-long']);
    await closeUntouched({ page, errors });
  });
});

describe('structure: tables', () => {
  it('finds terms in cells, none across two cells, and text a script put in a row', async () => {
    const { page, errors } = await open('tables.html');
    const dump = await settledHighlights(page);
    // "Europ" | "ol" and "PN" | "R" are separate cells: no Europol or PNR across them. A cell of
    // figures is not sent to the matcher, but « 2022/915 » (a surface without a letter) is. The
    // space between « mandat » and « d'arrêt européen » is a text node of its own: kept, it joins
    // them (only whitespace that would begin a segment is left out of the walk).
    expect(dump.all).toEqual([
      '2022/915',
      'CCPD',
      'Eurojust',
      'Europol',
      'PNR ferroviaire',
      "mandat d'arrêt européen",
    ]);
    expect(dump.glued).toEqual([]);
    await closeUntouched({ page, errors });
  });
});

describe('structure: shadow roots and frames', () => {
  it('scans open shadow roots (not closed ones) and same-origin iframes', async () => {
    const { page } = await open('shadow-frame.html');
    const dump = await settledHighlights(page);
    expect(dump.all).toEqual(['Eurojust', 'Europol']);
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'));
    expect(frame).toBeTruthy();
    const inFrame = await settledHighlights(frame!);
    expect(inFrame.all).toEqual(['PNR']);
    expect(await mutations(page)).toEqual([]);
    await page.close();
  });
});

describe('pages that change', () => {
  it('follows added, removed and edited text', async () => {
    const { page, errors } = await open('dynamic.html');
    await waitForHighlights(page, (d) => d.all.length === 2);
    expect((await readHighlights(page)).all).toEqual(['Europol', 'PNR ferroviaire']);

    await page.evaluate(() => (window as any).addEvent('late', 'Nouvelle entrée : Eurojust.'));
    let dump = await waitForHighlights(page, (d) => d.all.includes('Eurojust'));
    expect(dump.all).toEqual(['Eurojust', 'Europol', 'PNR ferroviaire']);

    await page.evaluate(() => (window as any).removeEvent('doomed'));
    dump = await waitForHighlights(page, (d) => !d.all.includes('Europol'));
    expect(dump.all).toEqual(['Eurojust', 'PNR ferroviaire']);

    await page.evaluate(() => (window as any).editText('first', 'Direct : Frontex en renfort.'));
    dump = await waitForHighlights(page, (d) => d.all.includes('Frontex'));
    expect(dump.all).toEqual(['Eurojust', 'Frontex']);

    await closeUntouched({ page, errors });
  });

  it("still confirms an acronym by the page's earlier text after the worker was stopped", async () => {
    // The background keeps each page's context in memory; Chromium stops an idle service
    // worker after 30 s. Here the context comes before the stop, the acronym after it.
    const { page, errors } = await open('dynamic.html');
    await waitForHighlights(page, (d) => d.all.length === 2);
    await page.evaluate(() =>
      (window as any).addEvent(
        'context',
        'Eurojust : la police et la justice enquêtent sur les filières du terrorisme.',
      ),
    );
    await waitForHighlights(page, (d) => d.all.includes('Eurojust'));
    const cdp = await fx.ext.ctx.newCDPSession(page);
    const status: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e) =>
      status.push(...e.versions.map((v) => v.runningStatus)),
    );
    await cdp.send('ServiceWorker.enable');
    // The page's own messages (term reports) may wake the worker again: stop until it stays.
    for (let i = 0; i < 10 && status.at(-1) !== 'stopped'; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(250);
    }
    expect(status.at(-1)).toBe('stopped');
    await cdp.detach();
    await page.evaluate(() => (window as any).addEvent('late', 'Le CTE se réunit jeudi.'));
    const dump = await waitForHighlights(page, (d) => d.all.includes('CTE'));
    expect(dump.all).toEqual(['CTE', 'Eurojust', 'Europol', 'PNR ferroviaire']);
    await closeUntouched({ page, errors });
  });

  it('reports the terms to the background, and afresh after an SPA navigation', async () => {
    const { page } = await open('spa.html');
    await expect.poll(() => reportedTerms(), { timeout: 8000 }).toContainEqual({ europol: 1 });
    await page.evaluate(() =>
      (window as any).navigateTo('/spa.html?view=2', 'Deuxième vue : Eurojust et Frontex.'),
    );
    await expect
      .poll(() => reportedTerms(), { timeout: 8000 })
      .toContainEqual({ eurojust: 1, frontex: 1 });
    expect((await settledHighlights(page)).all).toEqual(['Eurojust', 'Frontex']);
    expect(await mutations(page)).toEqual([]);
    await page.close();
  });

  // The test above passes on the DOM swap alone; this one has only the address change
  // (frame-context.ts's onLocationChange). The tab's terms are forgotten first, as the background
  // does when the tab's address changes, so only a report made after the navigation brings them.
  it('reports afresh after a same-document navigation that changes no text', async () => {
    const { page } = await open('spa.html');
    await expect.poll(() => reportedTerms(), { timeout: 8000 }).toContainEqual({ europol: 1 });
    await fx.ext.worker.evaluate(async () => {
      const all = await chrome.storage.session.get(null);
      await chrome.storage.session.remove(
        Object.keys(all).filter((k) => k.startsWith('tab-terms-')),
      );
    });
    expect(await reportedTerms()).toEqual([]);
    await page.evaluate(() => history.pushState({}, '', '/spa.html?view=same'));
    await expect.poll(() => reportedTerms(), { timeout: 8000 }).toContainEqual({ europol: 1 });
    expect(await mutations(page)).toEqual([]);
    await page.close();
  });
});

describe('settings, live', () => {
  it('site off removes every highlight, on brings them back; scope and style apply', async () => {
    const { page } = await open('en-article.html');
    const before = await settledHighlights(page);
    expect(before.all.length).toBe(7);

    await setSettings({ disabledSites: ['127.0.0.1'] });
    let dump = await waitForHighlights(page, (d) => d.all.length === 0);
    expect(dump.all).toEqual([]);

    await setSettings({ disabledSites: [] });
    dump = await waitForHighlights(page, (d) => d.all.length === 7);
    expect(dump.all).toEqual(before.all);

    await setSettings({ highlightStyle: 'background' });
    dump = await waitForHighlights(page, (d) => 'vdl-core-background' in d.byName);
    expect(Object.keys(dump.byName).sort()).toEqual([
      'vdl-common-background',
      'vdl-common-background-dark',
      'vdl-core-background',
      'vdl-core-background-dark',
    ]);
    expect(dump.all).toEqual(before.all);

    await setSettings({ termOverrides: { europol: false } });
    dump = await waitForHighlights(page, (d) => !d.all.includes('Europol'));
    expect(dump.all).toEqual(before.all.filter((t) => t !== 'Europol'));

    await setSettings({ highlight: 'none', termOverrides: {} });
    dump = await waitForHighlights(page, (d) => d.all.length === 0);
    expect(dump.all).toEqual([]);

    await setSettings({ enabled: false, highlight: 'core' });
    await page.waitForTimeout(300);
    expect((await readHighlights(page)).all).toEqual([]);
    expect(await mutations(page)).toEqual([]);
    await resetSettings();
    await page.close();
  });
});

describe('two stages (issue 12)', () => {
  it('a page without a term never loads the scanner, until a term appears', async () => {
    const { page } = await open('no-term.html');
    await page.waitForTimeout(2500);
    expect(await secondStageLoaded(fx.ext.ctx, page)).toBe(false);
    expect((await readHighlights(page)).all).toEqual([]);
    // Terms in a script's data or a style inside added content are not text the scanner reads.
    await page.evaluate(() => {
      const div = document.createElement('div');
      const p = document.createElement('p');
      p.textContent = 'Réunion du conseil.';
      const data = document.createElement('script');
      data.type = 'application/json';
      data.textContent = '{"tags":["Europol","PNR"]}';
      const style = document.createElement('style');
      style.textContent = '.Europol { color: red }';
      div.append(p, data, style);
      document.getElementById('a')!.append(div);
      // CSS-in-JS: a rule added as a text node to a style already in the page.
      style.append(document.createTextNode('.PNR::after { content: "Europol" }'));
    });
    await page.waitForTimeout(1000);
    expect(await secondStageLoaded(fx.ext.ctx, page)).toBe(false);
    const dump = await appendAndWait(page, 'Europol coordonne désormais les enquêtes.', 'Europol');
    expect(dump.all).toEqual(['Europol']);
    expect(await secondStageLoaded(fx.ext.ctx, page)).toBe(true);
    await page.close();
  });

  it('finds a term that is only in open shadow roots, at load and when one is added', async () => {
    // The first stage reads text by `textContent` (not node by node) and finds shadow roots by
    // a selector: a custom element, and an empty <div> host.
    const { page } = await open('shadow-only.html');
    const dump = await waitForHighlights(page, (d) => d.all.length === 2);
    expect([...dump.all].sort()).toEqual(['Eurojust', 'Europol']);
    await page.close();

    const second = await open('no-term.html');
    await second.page.waitForTimeout(2500);
    expect(await secondStageLoaded(fx.ext.ctx, second.page)).toBe(false);
    await second.page.evaluate(() => {
      const host = document.createElement('vdl-later');
      const p = document.createElement('p');
      p.textContent = 'Frontex patrouille.';
      host.attachShadow({ mode: 'open' }).append(p);
      document.getElementById('a')!.append(host);
    });
    const later = await waitForHighlights(second.page, (d) => d.all.length > 0);
    expect(later.all).toEqual(['Frontex']);
    await second.page.close();
  });

  it('a tiny frame waits until it is resized to a readable size', async () => {
    const { page } = await open('no-term.html');
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await page.waitForTimeout(2500);
    expect((await readHighlights(frame)).all).toEqual([]);
    await page.evaluate(() => {
      const f = document.getElementById('tiny') as HTMLIFrameElement;
      f.width = '500';
      f.height = '200';
    });
    const dump = await waitForHighlights(frame, (d) => d.all.length > 0);
    expect(dump.all).toEqual(['PNR']);
    await page.close();
  });
});

describe('benchmark hook', () => {
  // The hook (bench-timing.ts) is only in the VDL_BENCH=1 build, which `npm run bench` makes and
  // checks (it waits for the vdl-scan measure); the shipped build must not have it at all.
  it('is not in the shipped build: no code for it, and ?vdl-bench pages get no measure', async () => {
    for (const file of [
      'lookup.js',
      'card-walk.js',
      'card-scan.js',
      'card-ui.js',
      'card-hover.js',
    ]) {
      const code = readFileSync(join(EXT_DIR, file), 'utf8');
      expect(code).not.toMatch(/vdl-bench|vdl-scan|vdl-rescan/);
    }
    const { page } = await open('fr-article.html?vdl-bench');
    const dump = await settledHighlights(page);
    expect(dump.all.length).toBe(10);
    expect(await page.evaluate(() => performance.getEntriesByType('measure').length)).toBe(0);
    await page.close();
  });

  // wxt.config.ts aliases `wxt/browser` to entrypoints/lookup/native-browser.ts for the bundles
  // that run in pages: @wxt-dev/browser's module reads `browser.runtime.id` when evaluated, which
  // creates the runtime API's bindings in every frame (unit: native-browser.test.ts).
  it('ships no start-up read of the runtime API in the page bundles', () => {
    for (const file of ['lookup.js', 'card-ui.js', 'card-hover.js', 'card-renderer.js']) {
      const code = readFileSync(join(EXT_DIR, file), 'utf8');
      expect(code, file).not.toMatch(/globalThis\.browser\?\.runtime\?\.id/);
      expect(code, file).toMatch(/`runtime`in /);
    }
    // The walk, scan and mark cores (walker, store, mutation watcher; scanner; highlighter) use
    // no extension API.
    for (const file of ['card-walk.js', 'card-scan.js', 'card-marks.js'])
      expect(readFileSync(join(EXT_DIR, file), 'utf8'), file).not.toMatch(/\b(chrome|browser)\b/);
  });

  // wxt.config.ts's compileHints(): V8 compiles these with the script, not function by function.
  // The extension's own pages are left to lazy compilation.
  it('starts the page bundles, and only them, with V8’s compile hint', () => {
    for (const file of [
      'lookup.js',
      'card-walk.js',
      'card-scan.js',
      'card-marks.js',
      'card-ui.js',
      'card-hover.js',
      'card-renderer.js',
    ]) {
      const code = readFileSync(join(EXT_DIR, file), 'utf8');
      expect(code.split('\n', 1)[0], file).toBe('//# allFunctionsCalledOnLoad');
    }
    const background = readFileSync(join(EXT_DIR, 'background.js'), 'utf8');
    expect(background).not.toContain('allFunctionsCalledOnLoad');
  });
});

describe('hover lookup', () => {
  it('resting the pointer on a highlighted term opens the card for that term', async () => {
    const { page } = await open('fr-article.html');
    await settledHighlights(page);
    const box = await page.evaluate(() => {
      for (const [name, hl] of CSS.highlights)
        if (name.startsWith('vdl-'))
          for (const r of hl as Iterable<AbstractRange>) {
            const live = document.createRange();
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            if (live.toString() === 'Europol') {
              const b = live.getBoundingClientRect();
              return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
            }
          }
      return null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await page.mouse.move(box!.x + 1, box!.y);
    await expect.poll(() => openCardTerm(page), { timeout: 5000 }).toBe('europol');
    await page.close();
  });

  // lookup-controller.ts: the first scan answers a pointer that came to rest before it (the
  // relay keeps the last move). The page has no term until the pointer rests on the word that
  // becomes one: no move follows, so only the replay can open the card.
  it('a pointer resting where a term appears gets the card without moving again', async () => {
    const opened = await open('resting-pointer.html');
    const { page } = opened;
    const box = (await page.locator('#slot').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
    expect(await openCardTerm(page)).toBeNull();
    await page.evaluate(() => (window as any).nameTerm());
    await expect.poll(() => openCardTerm(page), { timeout: 5000 }).toBe('europol');
    await closeUntouched(opened);
  });
});
