import { keepSettingsMigrated, loadSettings } from '../../utils/settings-store';
import { cacheCardData, clearCardCacheOnUpdate } from './card-cache';
import { buildTermCardData } from '../../utils/term-lookup';
import { corpus, glossary, glossaryById } from './corpus-data';
import { setupPdfAutoOpen } from './pdf-auto-open';
import { clearTab, recordFrameTerms, resetTopFrame, tabTerms } from './page-terms';
import { registerRouter } from './router';
import { readerUrl } from '../../utils/reader-url';
import { openBeside, searchUrl, setupContextMenu, setupCommands } from './ui-actions';
import { pageMatchSessions } from './page-matching';
import { judgeCandidate } from './candidate-judge';
import type { ErrorResponse, LoadCardUiResponse } from '../../utils/messages';
import type { Runtime } from 'webextension-polyfill';

/**
 * What `loadCardUi` injects, in this order: the second stage (its walk, scan and mark cores,
 * then the controller, which starts from them: scan-core-api.ts), the hover
 * card's logic (at the reader's first activity: card-on-demand.ts), the card's renderer, or all
 * three (a reader already asking for a card). One injection per file: a file's compile (all of it
 * at once, under V8's compile hint) is then a task of its own in the page, not one long task.
 */
const CARD_FILES = {
  'second-stage': ['/card-walk.js', '/card-scan.js', '/card-marks.js', '/card-ui.js'],
  'card-hover': ['/card-hover.js'],
  renderer: ['/card-renderer.js'],
  both: [
    '/card-walk.js',
    '/card-scan.js',
    '/card-marks.js',
    '/card-ui.js',
    '/card-hover.js',
    '/card-renderer.js',
  ],
} as const;

/**
 * Injects `part` into the sender frame's isolated world, where the content script picks it up;
 * never a web-accessible resource, so pages cannot load or detect it. The settings travel with
 * the reply (read while the files are injected): the second stage then starts without reading
 * storage.sync on the page's main thread.
 */
async function injectCardFiles(
  sender: Runtime.MessageSender,
  part: keyof typeof CARD_FILES,
): Promise<LoadCardUiResponse | ErrorResponse> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId == null || tabId < 0) return { ok: false, error: 'no tab' };
  const settings = part === 'second-stage' || part === 'both' ? loadSettings() : undefined;
  try {
    for (const file of CARD_FILES[part]) {
      if (import.meta.env.MANIFEST_VERSION === 3) {
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [frameId] },
          files: [file],
          injectImmediately: true,
        });
      } else {
        await browser.tabs.executeScript(tabId, { file, frameId, runAt: 'document_start' });
      }
    }
    return { ok: true, settings: await settings };
  } catch (err) {
    console.error('[vdl] card renderer injection failed', err);
    return { ok: false, error: `injection failed: ${(err as Error)?.message ?? String(err)}` };
  }
}

export default defineBackground(() => {
  registerRouter({
    lookupTerm: (m) => {
      const lang = m.lang ?? 'fr';
      const data = buildTermCardData(corpus, glossary, m.term, lang, (doc, passage, term) =>
        readerUrl({ doc, passage, term }),
      );
      if (!data) return { ok: false, error: `unknown term ${m.term}` };
      cacheCardData(lang, data);
      return { ok: true, data };
    },
    reportTerms: async (m, sender) => {
      const tabId = sender.tab?.id;
      if (tabId == null || tabId < 0) return { ok: false, error: 'no tab' };
      await recordFrameTerms(tabId, sender.frameId ?? 0, m.terms);
      return { ok: true };
    },
    getPageTerms: async (m) => {
      const counts = await tabTerms(m.tabId);
      const terms = [...counts]
        .map(([term, count]) => {
          const e = glossaryById.get(term);
          return e
            ? { term, title: e.term, salience: e.salience, count, expansion: e.expansion.fr }
            : null;
        })
        .filter((x): x is NonNullable<typeof x> => x !== null)
        .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'fr'));
      return { ok: true, terms };
    },
    openReader: async (m, sender) => {
      await openBeside(readerUrl(m), sender.tab);
      return { ok: true };
    },
    openSearch: async (m, sender) => {
      await openBeside(searchUrl(m.q), sender.tab);
      return { ok: true };
    },
    matchTexts: (m, sender) => {
      const tabId = sender.tab?.id;
      if (tabId == null || tabId < 0) return { ok: false, error: 'no tab' };
      const key = `${tabId}:${sender.frameId ?? 0}:${m.session}`;
      if (!import.meta.env.VDL_BENCH) return pageMatchSessions().match(key, m.texts, m.restore);
      // Bench build only: how long the matching took here, off the page's thread.
      const t0 = performance.now();
      const reply = pageMatchSessions().match(key, m.texts, m.restore);
      return { ...reply, ms: performance.now() - t0 };
    },
    loadCardUi: (m, sender) => injectCardFiles(sender, m.part ?? 'second-stage'),
    probeText: async (m, sender) => {
      const { candidate, seen } = judgeCandidate(m.text, m.glued, m.seen);
      if (candidate !== 'core' || !m.load) return { ok: true, candidate, seen };
      // A core candidate: the second stage goes in now, one round trip fewer before the page's
      // highlights. Injection failing is no verdict failing: the first stage asks again.
      const loaded = await injectCardFiles(sender, 'second-stage');
      return loaded.ok
        ? { ok: true, candidate, seen, loaded: true, settings: loaded.settings }
        : { ok: true, candidate, seen };
    },
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTab(tabId);
    pageMatchSessions().forget(`${tabId}:`);
  });
  // A tab starting to load a new document forgets the previous page's terms (no extra permission).
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading' && info.url) void resetTopFrame(tabId);
  });
  keepSettingsMigrated();
  clearCardCacheOnUpdate();
  setupContextMenu();
  setupCommands();
  setupPdfAutoOpen();
  // First run: a short welcome page (what it does, what it reads, how to turn it off).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
  });
});
