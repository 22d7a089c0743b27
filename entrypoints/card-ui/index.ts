/**
 * The second stage (issue 12), built as /card-ui.js (an IIFE): the matcher's client, settings,
 * term reports, wired to the walker, match store and mutation watcher of /card-walk.js, the
 * scanner of /card-scan.js and the highlighter of /card-marks.js (entrypoints/card-walk/,
 * card-scan/, card-marks/), which the background injects just before it. None of
 * it is in the content script that runs in every frame: the first stage asks the background for
 * these files (message `loadCardUi`) only once a candidate term appears in the frame's text; the
 * background injects them into the frame's isolated world, where this one registers itself on
 * `globalThis` (second-stage-api.ts), and the first stage starts it.
 *
 * The hover card's logic (hit testing, keyboard stepping, intent, taps: /card-hover.js,
 * entrypoints/card-hover/) and its renderer (Preact, Floating UI, TermCard and styles:
 * /card-renderer.js, entrypoints/card-renderer/) are files of their own, injected at the reader's
 * first activity (lookup/card/card-on-demand.ts): a page load that shows terms parses only what
 * marks them. This folder also holds the renderer's host and
 * placement (host.ts, place-card.ts), which the PDF viewer's card shares.
 * Not a web-accessible resource: pages can neither load nor detect it.
 */
import { startLookup } from '../lookup/lookup-controller';
import {
  registeredMarkCore,
  registeredScanCore,
  registeredWalkCore,
} from '../lookup/scan-core-api';
import {
  SECOND_STAGE_VERSION,
  registerSecondStage,
  registeredSecondStage,
} from '../lookup/second-stage-api';

let started = false;

export default defineUnlistedScript(() => {
  // Injected twice (two quick requests, a retry): the live copy already registered stays.
  if (!registeredSecondStage()) {
    registerSecondStage({
      version: SECOND_STAGE_VERSION,
      start(from) {
        if (started) return;
        // The background injects /card-walk.js, /card-scan.js and /card-marks.js first; without
        // them (a failed or stale injection) the page is left as it is, and a later request may
        // start the lookup.
        const walk = registeredWalkCore();
        const scan = registeredScanCore();
        const marks = registeredMarkCore();
        if (!walk || !scan || !marks) {
          console.debug('[vdl] second stage: a core is missing');
          return;
        }
        started = true;
        startLookup(from, { walk, scan, marks });
      },
    });
  }
});
