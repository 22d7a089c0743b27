/**
 * The first stage's cheap pass (issue 12): reads a subtree's text and tells whether the full
 * matcher could find a core term in it, or only common ones, with the build-time candidate
 * filters (data/candidate-filter.ts). Time-sliced like the scanner: a probe never holds the main
 * thread for more than ~4 ms.
 */
import { CANDIDATE_SEP, type Candidate } from '../../../utils/candidate-test';
import { INLINE_TAGS, SKIP_TAGS } from '../../../utils/scan-rules';
import { blockOf } from '../block-of';
import type { DomRefs } from '../dom-refs';
import { candidateIn } from './candidate-in';

/**
 * Text read per test; a term cut by a chunk's end is found in the next one (CARRY). One test for
 * most pages: each of the filter's expressions is compiled to native code on its second run (V8's
 * regexp tier-up), so testing small chunks early cost a news page ~8 ms more (tried: 2,048
 * characters, then twice as many each time; Politico 13.6 → 21.2 ms per load in page-cost.mjs).
 */
const CHUNK_CHARS = 32_768;
const CARRY = 64;
const SLICE_MS = 4;

export interface Probe {
  /** Stops the probe (no callback afterwards). */
  cancel(): void;
}

/**
 * Reads the text under `roots` (open shadow roots included) slice by slice; calls `done('core')`
 * as soon as a core candidate appears, else `done('common')` or `done(null)` once all of it was
 * read.
 */
export function probeText(refs: DomRefs, roots: Node[], done: (found: Candidate) => void): Probe {
  const SHOW = refs.SHOW_ELEMENT | refs.SHOW_TEXT;
  const queue = [...roots];
  let walker: TreeWalker | null = null;
  let buf = '';
  let stopped = false;
  let common = false;
  /** The last text node's parent and the block it flows in (siblings share both). */
  let lastParent: Node | null = null;
  let lastBlock: Node | null = null;
  /** Tests the text read so far: true when it holds a core candidate. */
  const test = () => {
    const c = candidateIn(buf);
    if (c === 'common') common = true;
    return c === 'core';
  };

  const step = (): void => {
    if (stopped) return;
    const t0 = refs.now();
    for (let k = 1; ; k++) {
      // Element-only stretches have no text to test: the clock is read every few hundred nodes.
      if ((k & 511) === 0 && refs.now() - t0 >= SLICE_MS) {
        refs.requestIdle(step, 500);
        return;
      }
      if (!walker) {
        const root = queue.shift();
        if (!root) {
          finish(buf.length > 0 && test() ? 'core' : common ? 'common' : null);
          return;
        }
        if (!root.isConnected) continue;
        if (root.nodeType === 3) {
          buf += CANDIDATE_SEP + (root as Text).data;
          continue;
        }
        walker = refs.createTreeWalker(root, SHOW);
      }
      const n = walker.nextNode();
      if (!n) {
        walker = null;
        continue;
      }
      if (n.nodeType === 3) {
        const p = n.parentNode as Element | null;
        // One read of the name: every DOM call from the content script's world costs.
        const name = p?.localName;
        // Text the scanner never reads (scripts, styles, code, form controls…) makes no candidate.
        if (name && SKIP_TAGS.has(name)) continue;
        // Text flowing in one block is joined (a word split by inline markup is whole again);
        // another block's text starts a new word, as in the scanner's segments (table cells
        // with no space between them: "0", "Europol", "1"…).
        let block = lastBlock;
        if (p !== lastParent) {
          block = name && INLINE_TAGS.has(name) ? blockOf(n) : p;
          lastParent = p;
        }
        buf += (block === lastBlock ? CANDIDATE_SEP : ' ') + (n as Text).data;
        lastBlock = block;
        if (buf.length < CHUNK_CHARS) continue;
        if (test()) return finish('core');
        buf = buf.slice(-CARRY);
        if (refs.now() - t0 >= SLICE_MS) {
          refs.requestIdle(step, 500);
          return;
        }
      } else {
        const sr = (n as Element).shadowRoot;
        if (sr) queue.push(sr);
      }
    }
  };
  const finish = (found: Candidate) => {
    if (stopped) return;
    stopped = true;
    done(found);
  };
  step();
  return {
    cancel() {
      stopped = true;
    },
  };
}
