export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    // Scanner, highlights and hover card are attached here (see utils/ and components/).
  },
});
