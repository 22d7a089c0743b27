/**
 * The second stage's first file (issue 12), built as /card-walk.js (an IIFE): the segment walker,
 * the match store and the mutation watcher. The background injects it before /card-scan.js (the
 * time-sliced scanner) and /card-ui.js (the controller), each by an injection of its own, so that
 * each file's compile (all of it at once, under V8's compile hint) is a task of its own in the
 * page (scan-core-api.ts); /card-ui.js picks these classes up from the frame's isolated world
 * when the first stage starts it. Not a web-accessible resource: pages can neither load nor
 * detect it.
 */
import { MatchStore } from '../lookup/match-store';
import { MutationWatcher } from '../lookup/mutation-watcher';
import { WALK_CORE_VERSION, registerWalkCore, registeredWalkCore } from '../lookup/scan-core-api';
import { SegmentWalker, resolveLeaf } from '../lookup/segment-walker';

export default defineUnlistedScript(() => {
  // Injected twice (two quick requests, a retry): the copy already registered stays.
  if (registeredWalkCore()) return;
  registerWalkCore({
    version: WALK_CORE_VERSION,
    SegmentWalker,
    resolveLeaf,
    MatchStore,
    MutationWatcher,
  });
});
