/**
 * The second stage's second file (issue 12), built as /card-scan.js (an IIFE): the time-sliced
 * page scanner (with its far answers and the viewport's observer). The background injects it
 * after /card-walk.js (walker, store, mutation watcher, whose code the scanner is given) and
 * before /card-ui.js (the controller, highlights, the matcher's client), each by an injection of
 * its own, so that each file's compile (all of it at once, under V8's compile hint) is a task of
 * its own in the page; /card-ui.js picks the scanner up from the frame's isolated world
 * (scan-core-api.ts) when the first stage starts it.
 * Not a web-accessible resource: pages can neither load nor detect it.
 */
import { PageScanner } from '../lookup/page-scanner';
import { SCAN_CORE_VERSION, registerScanCore, registeredScanCore } from '../lookup/scan-core-api';

export default defineUnlistedScript(() => {
  // Injected twice (two quick requests, a retry): the copy already registered stays.
  if (registeredScanCore()) return;
  registerScanCore({ version: SCAN_CORE_VERSION, PageScanner });
});
