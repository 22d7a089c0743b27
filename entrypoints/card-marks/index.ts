/**
 * The second stage's third file (issue 12), built as /card-marks.js (an IIFE): the highlighter
 * (CSS Custom Highlights, windowing near the viewport, tones read from the page) and the density
 * gate in front of it. The background injects it after /card-walk.js and /card-scan.js and
 * before /card-ui.js, each by an injection of its own, so that each file's compile (all of it at
 * once, under V8's compile hint) is a task of its own in the page (scan-core-api.ts); the
 * controller in /card-ui.js picks these classes up from the frame's isolated world when the
 * first stage starts it. Not a web-accessible resource: pages can neither load nor detect it.
 */
import { DensityGate } from '../lookup/density-gate';
import { Highlighter } from '../lookup/highlighter';
import { MARK_CORE_VERSION, registerMarkCore, registeredMarkCore } from '../lookup/scan-core-api';

export default defineUnlistedScript(() => {
  // Injected twice (two quick requests, a retry): the copy already registered stays.
  if (registeredMarkCore()) return;
  registerMarkCore({ version: MARK_CORE_VERSION, Highlighter, DensityGate });
});
