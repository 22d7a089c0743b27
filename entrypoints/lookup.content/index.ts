import './highlights.css';
import { startFirstStage } from './first-stage/start-first-stage';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // document_start: the hover card's window listeners come before the page's (event-relay.ts);
  // everything else waits for the page's first paint (start-first-stage.ts).
  runAt: 'document_start',
  // WXT's start-up notice to older copies of this script goes by a DOM event only: its
  // window.postMessage copy names the extension's id to every page's message listeners (and
  // wakes them in every frame). https://github.com/wxt-dev/wxt/pull/2035
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      startFirstStage(ctx);
    } catch (err) {
      // The page must never see our failures.
      console.debug('[vdl] lookup failed to start', err);
    }
  },
});
