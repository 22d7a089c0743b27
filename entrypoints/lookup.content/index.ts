import './highlights.css';
import { startLookup } from './lookup-controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  // document_start: our window listeners come before the page's (see lookup-controller.ts);
  // the scan itself waits for the parsed document.
  runAt: 'document_start',
  main(ctx) {
    try {
      startLookup(ctx);
    } catch (err) {
      // The page must never see our failures.
      console.debug('[vdl] lookup failed to start', err);
    }
  },
});
