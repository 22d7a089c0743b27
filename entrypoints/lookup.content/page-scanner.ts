/**
 * Time-sliced scanning: jobs (subtrees to scan) are worked through in idle callbacks, each slice
 * stopping after ~8 ms so the page never waits more than about half a frame for us. Rescans are
 * idempotent (a segment's old matches are dropped before its new ones are added), so the same
 * subtree queued twice costs time but never duplicates a match.
 */
import { planChunks, locate, type Chunk } from '../../utils/scan-rules';
import type { DomRefs } from './dom-refs';
import { MatchStore, type PageMatch } from './match-store';
import type { PageMatcher, SegmentMatch } from './page-matcher';
import type { PendingCheck } from './lookup-types';
import type { Highlighter } from './highlighter';
import {
  SegmentWalker,
  WALK_PAUSED,
  inSkippedRegion,
  type Segment,
  type WalkMode,
} from './segment-walker';

// Under the 8 ms target with room for the step that crosses it (a chunk of a cold matcher, a
// walk, a few draws) and a young-generation GC.
const SLICE_MS = 5;
/**
 * The first work slices of a page are shorter: their steps run code for the first time
 * (compiled on first call, unoptimised), one of them can take several milliseconds.
 */
const COLD_SLICES = 4;
const COLD_SLICE_MS = 2.5;
/**
 * Characters per matcher call: well under a millisecond at the matcher's speed. The windows
 * are part of what the matcher sees (context rules read ±250 characters of the same text), so
 * this size is part of detection: changing it may change what a very long text node shows.
 */
const CHUNK_CHARS = 8192;
const CHUNK_OVERLAP = 256;
/** Matches of a chunk stored per step between time checks (a dense chunk has hundreds). */
const ADD_STEP = 48;
/**
 * Characters of a chunk matched per step: a chunk is matched in parts of this size (the same
 * result, see PageMatcher.start), so one step stays short while the matcher's code is still
 * unoptimised, several times slower than later.
 */
const PART_CHARS = 2048;
/** Nodes the walker visits before handing control back (deep nesting, empty subtrees). */
const WALK_STEPS = 256;
/** Matches checked per prune step between time checks. */
const PRUNE_STEP = 512;

export interface ScanStats {
  slices: number;
  /** Sum of slice durations. */
  totalMs: number;
  longestSliceMs: number;
  textNodes: number;
  chars: number;
  matches: number;
  /** Matches held by the store when the pass ended (every match on the page). */
  stored: number;
  /** Ranges registered when the pass ended (fewer on windowed pages). */
  drawn: number;
  /** performance.now() when the pass began. */
  startedAt: number;
}

interface Job {
  root: Node;
  mode: WalkMode;
  exclude?: Node | null;
}

export interface ScannerHooks {
  onShadowRoot(root: ShadowRoot): void;
  /** All queued work is done (a pass ended). */
  onIdle(stats: ScanStats): void;
  /** Whether scanning may run now (site enabled, not in design mode). */
  allowed(): boolean;
}

function newStats(now: number): ScanStats {
  return {
    slices: 0,
    totalMs: 0,
    longestSliceMs: 0,
    textNodes: 0,
    chars: 0,
    matches: 0,
    stored: 0,
    drawn: 0,
    startedAt: now,
  };
}

export class PageScanner {
  private jobs: Job[] = [];
  private walker: SegmentWalker | null = null;
  private scheduled = false;
  private pruning: Iterator<PageMatch> | null = null;
  private prunePending = false;
  private stats: ScanStats | null = null;
  /** The segment being matched, chunk by chunk (a 1 MB text node spans many slices). */
  private seg: Segment | null = null;
  private chunks: Chunk[] = [];
  private chunkAt = 0;
  /** Matches of the last chunk not stored yet, from `foundAt` (stored a few per step). */
  private found: SegmentMatch[] = [];
  private foundAt = 0;
  private foundChunk: Chunk | null = null;
  private foundSeg: Segment | null = null;
  /** The chunk being matched in parts, and where it sits. */
  private partial: { next(chars: number): SegmentMatch[] | null } | null = null;
  private partialChunk: Chunk | null = null;
  private partialSeg: Segment | null = null;
  /** Slices run so far, and the one the current segment was walked in. */
  private sliceNo = 0;
  private coldSlices = COLD_SLICES;
  private segSlice = -1;
  private generation = 0;

  constructor(
    private readonly refs: DomRefs,
    private readonly matcher: PageMatcher,
    private readonly store: MatchStore,
    private readonly highlighter: Highlighter,
    private readonly hooks: ScannerHooks,
  ) {}

  get busy(): boolean {
    return (
      this.jobs.length > 0 ||
      this.walker !== null ||
      this.seg !== null ||
      this.foundSeg !== null ||
      this.partial !== null ||
      this.prunePending
    );
  }

  /** `soon`: start with a timer instead of waiting for idle time (the first, visible pass). */
  enqueue(root: Node, mode: WalkMode, exclude: Node | null = null, soon = false): void {
    this.jobs.push({ root, mode, exclude });
    this.schedule(soon);
  }

  /** Drops matches whose text left the page (after removals), a few hundred per step. */
  requestPrune(): void {
    this.prunePending = true;
    this.schedule();
  }

  /** Forgets all queued work (site turned off, full rescan replacing the queue). */
  cancel(): void {
    this.jobs = [];
    this.walker = null;
    this.seg = null;
    this.foundSeg = null;
    this.found = [];
    this.partial = null;
    this.pruning = null;
    this.prunePending = false;
    this.stats = null;
    this.generation++;
    this.scheduled = false;
  }

  resetContext(): void {
    this.matcher.reset();
  }

  private schedule(soon = false): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const gen = this.generation;
    const run = (deadline: IdleDeadline) => {
      if (gen !== this.generation) return;
      this.scheduled = false;
      try {
        this.slice(deadline);
      } catch (err) {
        // Never throw into the page; drop the work that failed and go on with the rest.
        this.walker = null;
        this.seg = null;
        this.foundSeg = null;
        this.partial = null;
        console.debug('[vdl] scan slice failed', err);
        if (this.busy) this.schedule();
      }
    };
    if (soon) {
      this.refs.setTimeout(() => run({ didTimeout: false, timeRemaining: () => SLICE_MS }), 0);
    } else {
      this.refs.requestIdle(run, 100);
    }
  }

  private slice(deadline: IdleDeadline): void {
    if (!this.hooks.allowed()) {
      this.cancel();
      return;
    }
    const now = this.refs.now;
    const t0 = now();
    this.sliceNo++;
    const stats = (this.stats ??= newStats(t0));
    const remaining = deadline.didTimeout ? 0 : deadline.timeRemaining();
    let budget = Math.max(3, Math.min(SLICE_MS, remaining || SLICE_MS / 2));
    if (this.coldSlices > 0 && this.matcher.ready) {
      this.coldSlices--;
      budget = COLD_SLICE_MS;
    }
    const hl = this.highlighter;
    const until = t0 + budget;
    let done = false;
    if (!this.matcher.ready) {
      // Making the matcher and compiling its expression: a slice of its own per step.
      this.matcher.prepare();
    } else {
      // A flush that is due (or under way) first: what it leaves of the slice goes to the scan.
      hl.flushIfDue(t0, false, until);
      done = this.work(t0, budget, stats);
    }
    // Context found in this slice may confirm ambiguous matches seen earlier on the page.
    if (this.store.hasPending) this.store.recheck();
    // The pass ends once its last changes are drawn (a big flush spans slices).
    if (!hl.flushIfDue(now(), done, until)) done = false;
    const ms = now() - t0;
    stats.slices++;
    stats.totalMs += ms;
    if (ms > stats.longestSliceMs) stats.longestSliceMs = ms;
    if (done) {
      this.stats = null;
      stats.stored = this.store.size;
      stats.drawn = hl.drawnCount;
      this.hooks.onIdle(stats);
    } else {
      this.schedule();
    }
  }

  /** Works through the queue until the budget is spent; true when everything is done. */
  private work(t0: number, budget: number, stats: ScanStats): boolean {
    const now = this.refs.now;
    // Every step below is small (a chunk, ADD_STEP matches stored, a walk of WALK_STEPS nodes, a
    // prune step): the clock is read after each.
    for (;;) {
      if (now() - t0 >= budget) return false;
      if (this.partial) {
        this.matchPart();
        continue;
      }
      if (this.foundSeg) {
        this.storeSome();
        continue;
      }
      if (this.seg) {
        this.scanChunk();
        continue;
      }
      if (this.prunePending && !this.walker) {
        this.pruneStep();
        continue;
      }
      if (!this.walker) {
        const job = this.jobs.shift();
        if (!job) return true;
        this.walker = this.startJob(job);
        continue;
      }
      const seg = this.walker.next(WALK_STEPS);
      if (seg === WALK_PAUSED) continue;
      if (!seg) {
        stats.textNodes += this.walker.textNodes;
        if (this.walker.broken) this.jobs.push({ root: this.walker.root, mode: 'deep' });
        this.walker = null;
        continue;
      }
      this.beginSegment(seg, stats);
    }
  }

  private startJob(job: Job): SegmentWalker | null {
    const root = job.root;
    if (!root.isConnected) return null;
    // A region that is (now) editable, hidden or code: whatever it held before is dropped.
    if (inSkippedRegion(root)) {
      this.dropUnder(root);
      return null;
    }
    return new SegmentWalker(
      this.refs,
      root,
      job.mode,
      (sr) => this.hooks.onShadowRoot(sr),
      job.exclude ?? null,
    );
  }

  /** Drops the matches of every text node under `root` (it became a skipped region). */
  private dropUnder(root: Node): void {
    if (!this.store.size) return;
    const w = this.refs.createTreeWalker(root, this.refs.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) this.store.dropNode(n as Text);
  }

  private pruneStep(): void {
    const it = (this.pruning ??= this.store.all.values());
    for (let i = 0; i < PRUNE_STEP; i++) {
      const r = it.next();
      if (r.done) {
        this.pruning = null;
        this.prunePending = false;
        break;
      }
      if (!MatchStore.alive(r.value)) this.store.remove(r.value);
    }
  }

  /** Replaces the segment's old matches; its text is then matched chunk by chunk. */
  private beginSegment(seg: Segment, stats: ScanStats): void {
    const store = this.store;
    if (store.size) for (const n of seg.nodes) store.dropNode(n);
    stats.chars += seg.text.length;
    if (seg.text.length < 2) return;
    this.seg = seg;
    this.segSlice = this.sliceNo;
    // Most segments are one chunk: no plan to make.
    this.chunks =
      seg.text.length <= CHUNK_CHARS + CHUNK_OVERLAP
        ? [{ from: 0, to: seg.text.length, keepUntil: seg.text.length }]
        : planChunks(seg.text, CHUNK_CHARS, CHUNK_OVERLAP);
    this.chunkAt = 0;
  }

  /** Matches the next chunk of the current segment; its matches are stored by `storeSome`. */
  private scanChunk(): void {
    const seg = this.seg as Segment;
    const c = this.chunks[this.chunkAt++] as Chunk;
    if (this.chunkAt >= this.chunks.length) this.seg = null;
    // The page may have changed the text since the walk: drop the rest, a rescan is queued.
    if (!this.current(seg)) {
      this.seg = null;
      return;
    }
    const text = seg.text;
    const part = c.from === 0 && c.to === text.length ? text : text.slice(c.from, c.to);
    if (part.length > PART_CHARS) {
      this.partial = this.matcher.start(part);
      this.partialChunk = c;
      this.partialSeg = seg;
      this.matchPart();
      return;
    }
    this.found = this.matcher.scan(part);
    this.foundChunk = c;
    this.foundSeg = seg;
    this.foundAt = 0;
    // Short lists at once (most segments): no extra step.
    if (this.found.length <= ADD_STEP) this.storeSome();
  }

  /**
   * False when the page changed the segment's text since it was walked (only a later slice can
   * see that: the page's scripts do not run inside one); what is left of it is then dropped,
   * and the mutation watcher's rescan brings it back.
   */
  private current(seg: Segment): boolean {
    if (this.segSlice === this.sliceNo) return true;
    this.segSlice = this.sliceNo;
    return !(seg.nodes.length === 1 && (seg.nodes[0] as Text).data !== seg.text);
  }

  /** Matches the next part of a long chunk; its matches are stored once it is done. */
  private matchPart(): void {
    if (!this.current(this.partialSeg as Segment)) {
      this.partial = null;
      this.seg = null;
      return;
    }
    const found = (this.partial as NonNullable<PageScanner['partial']>).next(PART_CHARS);
    if (!found) return;
    this.partial = null;
    this.found = found;
    this.foundChunk = this.partialChunk;
    this.foundSeg = this.partialSeg;
    this.foundAt = 0;
  }

  /** Stores up to ADD_STEP matches of the last chunk. */
  private storeSome(): void {
    const seg = this.foundSeg as Segment;
    if (!this.current(seg)) {
      this.found = [];
      this.foundSeg = null;
      this.seg = null;
      return;
    }
    const c = this.foundChunk as Chunk;
    const found = this.found;
    const len = seg.text.length;
    const stop = Math.min(found.length, this.foundAt + ADD_STEP);
    for (let k = this.foundAt; k < stop; k++) {
      const m = found[k] as SegmentMatch;
      const start = m.start + c.from;
      if (start >= c.keepUntil) continue;
      const end = m.end + c.from;
      if (end <= start || end > len) continue;
      this.addMatch(seg, m.term, start, end, m.pending);
      if (this.stats) this.stats.matches++;
    }
    this.foundAt = stop;
    if (stop >= found.length) {
      this.found = [];
      this.foundSeg = null;
      this.foundChunk = null;
    }
  }

  private addMatch(
    seg: Segment,
    term: string,
    start: number,
    end: number,
    pending: PendingCheck | null,
  ): void {
    const { nodes, starts } = seg;
    let i = 0;
    let j = 0;
    if (nodes.length > 1) {
      i = locate(starts, start);
      j = locate(starts, end, true);
    }
    const a = nodes[i] as Text;
    const b = nodes[j] as Text;
    const startOffset = start - (starts[i] as number);
    const endOffset = end - (starts[j] as number);
    const { StaticRange } = this.refs;
    // Made when first read: most matches of a long page are never drawn nor hovered.
    const range = () =>
      new StaticRange({ startContainer: a, startOffset, endContainer: b, endOffset });
    this.store.add(term, range, i === j ? [a] : nodes.slice(i, j + 1), pending, startOffset);
  }
}
