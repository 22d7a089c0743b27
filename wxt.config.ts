import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, InlineConfig, Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { buildData } from './data/build-data';

// https://wxt.dev/api/config.html
/**
 * `VDL_BENCH=1 wxt build`: the benchmark build (scan timings on the performance timeline for
 * `?vdl-bench` pages), into its own folder so it can never be shipped. The shipped build has no
 * benchmark code at all (tests/unit/build/shipped-bundle.test.ts greps for it).
 * `VDL_MINIFY=0`: readable function names for CPU profiles (tests/bench/profile-load.ts).
 */
const BENCH = process.env.VDL_BENCH === '1';

/**
 * What every extension page (popup, reader, viewer, options, welcome) has in common, written once:
 * the charset, the viewport, light and dark colour schemes, and the `#app` element the page's
 * Preact app renders into. Each `entrypoints/<page>/index.html` keeps only what is its own: its
 * title, WXT's `manifest.*` options and its entry script (WXT reads those from the file itself).
 */
function extensionPageShell(): Plugin {
  const head = (attrs: Record<string, string>): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs,
    injectTo: 'head-prepend',
  });
  return {
    name: 'vdl:extension-page-shell',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        head({ charset: 'utf-8' }),
        head({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        head({ name: 'color-scheme', content: 'light dark' }),
        { tag: 'div', attrs: { id: 'app' }, injectTo: 'body-prepend' },
      ],
    },
  };
}

/**
 * V8's per-file compile hint (https://v8.dev/blog/explicit-compile-hints, Chromium 136+;
 * https://github.com/WICG/explicit-javascript-compile-hints-file-based): the scripts that run in
 * pages (PAGE_BUNDLES: the first stage, the second stage, the card's logic and its renderer)
 * have every function compiled with the script, not each on its first call, which pre-parses it
 * at load and parses it again then. Nearly all of their code runs on the pages that load them.
 * Same run, 7 rounds of ../shared/tools/page-cost.mjs: the demo article 20.1 → 10.5 ms of extra
 * script, the English article 12.3 → 6.8. Firefox reads a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The scripts that run in pages' isolated worlds (see the `vite:build:extendConfig` hook). */
const PAGE_BUNDLES: ReadonlySet<string> = new Set([
  'lookup',
  'card-walk',
  'card-scan',
  'card-marks',
  'card-ui',
  'card-hover',
  'card-renderer',
]);

function compileHints(): Plugin {
  return {
    name: 'vdl:compile-hints',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        // First in the file, as the explainer places it.
        if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
  };
}

/**
 * The extension pages (popup, options, reader, viewer, welcome) share one chunk of the code two or
 * more of them load at start (Preact, the polyfill, storage, i18n, settings, small utils), not the
 * six the bundler's automatic splitting made: each file a page loads costs its main thread a
 * fetch, a module record and a link. The popup's seven scripts and three stylesheets took 45 ms
 * more than a bare extension page to focus its search box, two and two took 28 (same browser, 15
 * openings each; tests/bench/README.md). Left out: the data modules (the glossary: only options
 * and the reader load it), and every stylesheet but two whose rules are scoped to a class or an
 * attribute, so that no page's base styles reach another page.
 */
const SHARED_STYLES = /[\\/]components[\\/](visually-hidden|options[\\/]theme)\.css$/;

function sharePageChunks(config: InlineConfig): void {
  const output = config.build?.rollupOptions?.output;
  if (!output || Array.isArray(output)) return;
  output.codeSplitting = {
    groups: [
      {
        name: 'pages',
        tags: ['$initial'],
        minShareCount: 2,
        test: (id: string) =>
          !/[\\/]data[\\/]/.test(id) && (!/\.css$/.test(id) || SHARED_STYLES.test(id)),
      },
    ],
  };
}

export default defineConfig({
  // Parallel work trees can build side by side (VDL_OUT_DIR); tests find the build via VDL_EXT.
  outDir: process.env.VDL_OUT_DIR ?? (BENCH ? '.output-bench' : '.output'),
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module', '@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: resolve('assets/icon.svg'),
    developmentIndicator: false,
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Val Duchesse Lookup',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: [
      'storage',
      'contextMenus',
      // MV3: injects the hover card's renderer into a page's frame only when a card may be needed
      // (Firefox MV2 uses tabs.executeScript, which needs no permission of its own).
      ...(manifestVersion === 3 ? ['scripting'] : []),
    ],
    // Injecting the renderer needs host access to the page: neither Chromium's executeScript nor
    // Firefox's counts the content script's matches. The same sites as the content script, so no
    // new install warning (WXT moves this into `permissions` for MV2).
    host_permissions: ['<all_urls>'],
    // The content script is built as an unlisted script (entrypoints/lookup/index.ts: WXT's
    // content-script wrapper cost every frame; see frame-context.ts) and declared here.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['lookup.js'],
        css: ['content-scripts/highlights.css'],
        run_at: 'document_start',
        all_frames: true,
      },
    ],
    action: { default_title: 'Val Duchesse Lookup' },
    commands: {
      // MV2 (Firefox) names the toolbar button's command differently.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_cmdOpenPopup__',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_cmdToggleSite__',
      },
      'show-card': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdShowCard__',
      },
    },
    // No `message_serialization: 'structured_clone'` (Chromium 148+): in Chromium 150 it made
    // each send of 64k characters of page text cost the page 5.2–5.7 ms where JSON took
    // 0.43–0.97, and a 615k-character decision's scan 57.6 ms of CPU instead of 39.0
    // (tests/bench/README.md, twenty-second pass). Every message is plain data, JSON suits it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'val-duchesse-lookup@vdl.example.org',
              strict_min_version: '140.0',
              // AMO requires the declaration for new listings; the extension collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: the data-collection declaration needs 142 there (140 on
            // desktop); the CSS Custom Highlight API and MV2 content scripts are older (140).
            // `commands` and `contextMenus` do not exist on Android: the code checks for them.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The corpus is generated from seeds/ and data/ on every build, so it can never be stale.
    'build:before': async () => {
      await buildData();
    },
    // The content script (the first stage /lookup.js, in every frame) and what it injects (the
    // second stage /card-walk.js … /card-ui.js and the card's logic /card-hover.js on every page
    // that shows a term, the card's /card-renderer.js) use the browser's own promise-based
    // namespace (`browser` in Firefox, `chrome` in Chromium MV3) instead of webextension-polyfill:
    // its 30 KB parse and proxy set-up cost every such page load, for calls (runtime.id,
    // sendMessage, storage get/onChanged, onMessage without a reply) that need no polyfill. Pages
    // keep it.
    // The same bundles, and only they, get V8's compile hint (compileHints above).
    'vite:build:extendConfig': (entrypoints, config) => {
      // The extension pages' build (the popup and the others) shares their start-up code.
      if (entrypoints.some((e) => e.name === 'popup')) sharePageChunks(config);
      const native = (e: (typeof entrypoints)[number]) =>
        e.type === 'unlisted-script' && PAGE_BUNDLES.has(e.name);
      if (!entrypoints.some(native)) return;
      // The namespace resolved on first use (entrypoints/lookup/native-browser.ts): reading
      // `runtime` at start-up cost every frame.
      const nativeBrowser = {
        find: /^wxt\/browser$/,
        replacement: resolve('entrypoints/lookup/native-browser.ts'),
      };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias)
        ? alias.filter((a) => a.find !== 'wxt/browser')
        : Object.entries(alias ?? {})
            .filter(([find]) => find !== 'wxt/browser')
            .map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [nativeBrowser, ...list] };
      config.plugins = [...(config.plugins ?? []), compileHints()];
    },
  },
  vite: ({ browser }) => ({
    plugins: [preact(), extensionPageShell()],
    // pdf.js's modern build needs what Firefox ESR 140 lacks (Map.prototype.getOrInsertComputed:
    // every PDF failed to open there); its legacy build carries those polyfills. Chromium keeps the
    // smaller modern build (the viewer is the only page that loads pdf.js).
    resolve:
      browser === 'firefox'
        ? {
            alias: [
              { find: /^pdfjs-dist$/, replacement: 'pdfjs-dist/legacy/build/pdf.mjs' },
              {
                find: /^pdfjs-dist\/build\/pdf\.worker\.min\.mjs\?url$/,
                replacement: 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url',
              },
            ],
          }
        : {},
    define: { 'import.meta.env.VDL_BENCH': JSON.stringify(BENCH) },
    build: process.env.VDL_MINIFY === '0' ? { minify: false } : {},
  }),
});
