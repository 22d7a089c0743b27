/**
 * The content script, in every frame at document_start (declared in wxt.config.ts's manifest:
 * an unlisted script, so that WXT wraps it in nothing but a call; see frame-context.ts). Its
 * stylesheet (the term highlights) is entrypoints/highlights.content.css.
 */
import { createFrameContext } from './frame-context';
import { startFirstStage } from './first-stage/start-first-stage';

export default defineUnlistedScript(() => {
  try {
    // document_start: the hover card's window listeners come before the page's (event-relay.ts);
    // everything else waits for the page's first paint (start-first-stage.ts).
    startFirstStage(createFrameContext());
  } catch (err) {
    // The page must never see our failures.
    console.debug('[vdl] lookup failed to start', err);
  }
});
