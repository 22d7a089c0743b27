import './highlights.css';
import { startLookup } from './lookup-controller';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      startLookup(ctx);
    } catch (err) {
      // The page must never see our failures.
      console.debug('[vdl] lookup failed to start', err);
    }
  },
});
