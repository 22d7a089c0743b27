/**
 * Turns page mutations into scan jobs. The observer callback only files records into a bounded
 * queue (cheap, on the page's time); the queue is handed to the scanner after a delay that grows
 * while the page mutates heavily (ScanBackoff). Past the queue's cap, one full rescan replaces
 * the individual jobs, so work never accumulates.
 */
import { INLINE_TAGS, SKIP_TAGS } from '../../utils/scan-rules';
import { ScanBackoff, ScanWorkQueue } from '../../utils/scan-work-queue';
import type { DomRefs } from './dom-refs';
import { blockOf } from './segment-walker';
import type { WalkMode } from './segment-walker';

const OPTIONS: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['hidden', 'contenteditable'],
};

/** Records looked at per batch; beyond, the batch is a full rescan. */
const MAX_RECORDS = 5000;

export interface MutationSink {
  /** A text node's data changed: its matches are stale now (called from the observer). */
  textChanged(node: Text): void;
  /** Jobs to scan (full: rescan the whole document instead). */
  apply(batch: { full: boolean; jobs: { root: Node; mode: WalkMode }[]; removed: boolean }): void;
}

export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly queue = new ScanWorkQueue<Node>(400);
  private readonly backoff = new ScanBackoff();
  private timer = 0;
  private removed = false;
  private records = 0;
  private active = false;

  constructor(
    private readonly refs: DomRefs,
    private readonly sink: MutationSink,
  ) {
    this.observer = new refs.MutationObserver((list) => {
      try {
        this.file(list);
      } catch {
        this.queue.requestFull();
      }
    });
  }

  observe(root: Node): void {
    try {
      this.observer.observe(root, OPTIONS);
      this.active = true;
    } catch {
      // Unobservable root (detached): ignore.
    }
  }

  disconnect(): void {
    this.observer.disconnect();
    this.active = false;
    this.queue.clear();
    if (this.timer) this.refs.clearTimeout(this.timer);
    this.timer = 0;
    this.records = 0;
    this.removed = false;
  }

  /** Time spent scanning, for the backoff. */
  recordScan(ms: number): void {
    this.backoff.record(this.refs.now(), ms);
  }

  private file(list: MutationRecord[]): void {
    if (!this.active) return;
    for (const rec of list) {
      if (++this.records > MAX_RECORDS || this.queue.overflowed) {
        this.queue.requestFull();
        // Edited text must not keep highlights over offsets that no longer exist.
        if (rec.type === 'characterData' && rec.target.nodeType === 3) {
          this.sink.textChanged(rec.target as Text);
        }
        continue;
      }
      const target = rec.target;
      if (rec.type === 'characterData') {
        if (target.nodeType === 3) this.sink.textChanged(target as Text);
        this.queue.add(blockOf(target), false);
      } else if (rec.type === 'attributes') {
        this.queue.add(target, true);
      } else {
        if (rec.removedNodes.length) this.removed = true;
        let flow = rec.removedNodes.length > 0;
        const added = rec.addedNodes;
        for (let i = 0; i < added.length; i++) {
          const n = added[i] as Node;
          if (n.nodeType === 3) flow = true;
          else if (n.nodeType === 1) {
            const name = (n as Element).localName;
            if (SKIP_TAGS.has(name)) continue;
            if (INLINE_TAGS.has(name)) flow = true;
            this.queue.add(n, true);
          }
        }
        if (flow && target.nodeType !== 3) {
          this.queue.add(
            target.nodeType === 1 && !INLINE_TAGS.has((target as Element).localName)
              ? target
              : blockOf(target),
            false,
          );
        }
      }
    }
    if (!this.timer) this.timer = this.refs.setTimeout(() => this.flush(), this.backoff.current);
  }

  private flush(): void {
    this.timer = 0;
    this.records = 0;
    const { full, jobs } = this.queue.drain();
    const removed = this.removed;
    this.removed = false;
    try {
      this.sink.apply({
        full,
        removed: removed || full,
        jobs: jobs.map((j) => ({ root: j.root, mode: j.deep ? 'deep' : 'shallow' })),
      });
    } catch {
      // never into the page
    }
  }
}
