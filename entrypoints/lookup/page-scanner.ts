/**
 * Time-sliced scanning: jobs (subtrees to scan) are worked through in idle callbacks, each slice
 * stopping after ~4 ms so the page never waits more than about half a frame for us. The walked
 * text goes to the background in batches (page-matcher.ts: the matcher runs there, not on the
 * page's thread), and the answers are stored and drawn in later slices. Rescans are idempotent
 * (a segment's old matches are dropped before its new ones are added, and an answer for a
 * segment walked again since is dropped), so the same subtree queued twice costs time but never
 * duplicates a match.
 */
import { MAX_MATCH_TEXTS } from '../../utils/match-protocol';
import {
  mayHoldTerm,
  nodeAt,
  planChunks,
  predictTotal,
  sendStep,
  type Chunk,
} from '../../utils/scan-rules';
import type { DomRefs } from './dom-refs';
import { matchAlive, type MatchStore, type PageMatch } from './match-store';
import type { MatchAnswer, PageMatcher, SegmentMatch } from './page-matcher';
import type { PendingCheck } from './lookup-types';
import type { Highlighter } from './highlighter';
import { FarAnswers } from './far-answers';
import { SliceProbe, type SliceBreakdown } from './slice-probe';
import type { WalkTools } from './scan-core-api';
import {
  WALK_PAUSED,
  inSkippedRegion,
  type Segment,
  type SegmentWalker,
  type WalkMode,
} from './segment-walker';

// Under the 8 ms target with room for the step that crosses it (a walk, a few draws) and a
// young-generation GC (2–3 ms): at 5 ms, traced loads of the decisions still had tasks of 8.8 ms
// of CPU with a scavenge in them; at 4, the longest were 6–8 ms, those that ended with a send;
// sends have had tasks of their own since (`queueSend`, tests/bench/README.md).
const SLICE_MS = 4;
/**
 * The first work slices of a page are shorter: their steps run code for the first time
 * (compiled on first call, unoptimised), one of them can take several milliseconds.
 */
const COLD_SLICES = 4;
const COLD_SLICE_MS = 2.5;
/**
 * Characters per text matched. The windows are part of what the matcher sees (context rules
 * read ±250 characters of the same text), so this size is part of detection: changing it may
 * change what a very long text node shows.
 */
const CHUNK_CHARS = 8192;
const CHUNK_OVERLAP = 256;
/**
 * Characters sent to the background in one request (more wait for the next step); what is
 * walked also goes between jobs and at the end of each slice, so the first, visible block is
 * answered at once.
 * A request costs the page ~0.15 ms of its own, plus ~1 ms per 100k characters (measured: 37
 * requests of 14k characters each cost the long article 7–15 ms; 12 of 43k, 6–9 ms), and each
 * answer wakes a slice: fewer, larger requests scan a long decision in ~25% less CPU. A send
 * runs in a task of its own (`queueSend`): past 64k it alone would take 2–3 ms.
 */
const BATCH_CHARS = 65_536;
/** Texts in one request, at most (a table or a link farm has thousands of short segments). */
const BATCH_TEXTS = MAX_MATCH_TEXTS;
/** A batch the background could not answer (the worker restarting) is sent once more. */
const BATCH_TRIES = 2;
/** Matches of an answer stored per step between time checks (a dense chunk has hundreds). */
const ADD_STEP = 48;
/** Nodes the walker visits before handing control back (deep nesting, empty subtrees). */
const WALK_STEPS = 256;
/**
 * Nodes walked (or 128 characters of segment text each) between two reads of the clock: a node
 * costs the content script's world 1–5 µs, so a slice overruns its budget by well under 0.1 ms.
 */
const CLOCK_STEPS = 16;
/** Matches checked per prune step between time checks. */
const PRUNE_STEP = 512;
/**
 * Answers with fewer matches are stored at once: keeping one (an observed element, its indexes)
 * costs the page about as much as making two matches (a table of one-term cells got slower).
 */
const KEEP_MIN = 3;
/**
 * Matches a pass that began on an empty store finds before it predicts how many the page has
 * (`predict`): a page with fewer is never windowed, so it never asks.
 */
const PREDICT_AFTER = 300;

export interface ScanStats {
  slices: number;
  /** Sum of slice durations. */
  totalMs: number;
  longestSliceMs: number;
  /** Text nodes walked one by one. */
  textNodes: number;
  /** Leaf blocks read whole (their text nodes are found only when answered with a match). */
  leaves: number;
  chars: number;
  matches: number;
  /** Matches held by the store when the pass ended (every match on the page). */
  stored: number;
  /** Ranges registered when the pass ended (fewer on windowed pages). */
  drawn: number;
  /** Time the background spent matching this pass's text (bench build only; else 0). */
  workerMs: number;
  /** performance.now() when the pass began. */
  startedAt: number;
  /** Bench build only: what the pass's longest slice spent its time on. */
  slice?: SliceBreakdown | null;
  /** Bench build only: the pass's time per kind of step, over all its slices and sends. */
  steps?: Record<string, number>;
}

interface Job {
  root: Node;
  mode: WalkMode;
  exclude?: Node | null;
}

/** A chunk of a segment's text, walked and waiting to be sent or answered. */
interface Walked {
  seg: Segment;
  chunk: Chunk;
  text: string;
  tries: number;
}

/** A chunk's answer, stored a few matches per step from `at`. */
interface Answer {
  seg: Segment;
  chunk: Chunk;
  matches: SegmentMatch[];
  at: number;
  /** Kept for later once already: stored when it comes back. */
  made?: boolean;
  /** The terms of the matches it stores (counted while it is kept). */
  terms?: string[];
  /** How many of those the highlighter will want (counted while it is kept). */
  marks?: number;
}

/** What a slice's work left: all done, more to do now, or only answers to wait for. */
type WorkState = 'done' | 'more' | 'waiting';

export interface ScannerHooks {
  onShadowRoot(root: ShadowRoot): void;
  /** All queued work is done (a pass ended). */
  onIdle(stats: ScanStats): void;
  /** Whether scanning may run now (site enabled, not in design mode). */
  allowed(): boolean;
  /**
   * Whether every match of `term` is drawn, wherever it is (its term is marked, and the density
   * setting marks every occurrence): what the windowing thresholds and the prediction count.
   */
  drawsEvery(term: string): boolean;
}

function newStats(now: number): ScanStats {
  return {
    slices: 0,
    totalMs: 0,
    longestSliceMs: 0,
    textNodes: 0,
    leaves: 0,
    chars: 0,
    matches: 0,
    stored: 0,
    drawn: 0,
    workerMs: 0,
    startedAt: now,
  };
}

/** A task of the pass's work (a slice, a send) that took `ms`. */
function countSlice(stats: ScanStats, ms: number): void {
  stats.slices++;
  stats.totalMs += ms;
  if (ms > stats.longestSliceMs) stats.longestSliceMs = ms;
}

/**
 * Where an answer's match starts in its segment, or −1 when the next chunk's answer owns it
 * (the windows overlap) or the answer is malformed.
 */
function startIn(a: Answer, m: SegmentMatch): number {
  const c = a.chunk;
  const start = m.start + c.from;
  const end = m.end + c.from;
  const ok = start >= c.from && start < c.keepUntil && end > start && end <= a.seg.text.length;
  return ok ? start : -1;
}

export class PageScanner {
  private jobs: Job[] = [];
  private walker: SegmentWalker | null = null;
  private scheduled = false;
  private pruning: Iterator<PageMatch> | null = null;
  private prunePending = false;
  private stats: ScanStats | null = null;
  /** Chunks walked, not sent yet, and their characters. */
  private batch: Walked[] = [];
  private batchChars = 0;
  /** Requests sent and not answered yet. */
  private inFlight = 0;
  /** A send is due in a task of its own (`queueSend`): counted as a request out. */
  private sendQueued = false;
  /** Answers waiting to be stored, in the order sent. */
  private answers: Answer[] = [];
  /**
   * The walk order (`Segment.id`) of the last segment over each text node: an older segment's
   * answer is stale.
   */
  private latest = new WeakMap<Text, number>();
  /**
   * The last segment walked in each block: its id, negated for a leaf read whole (whose text
   * nodes have no `latest` until it is answered). A block walked before may hold matches that its
   * new walk must drop; an older segment's answer over a leaf read since is stale.
   */
  private blockWalks = new WeakMap<Node, number>();
  private coldSlices = COLD_SLICES;
  private generation = 0;
  /** Answers kept while their text is far from the viewport. */
  private readonly far: FarAnswers<Answer>;
  /**
   * This pass began on an empty store (the page's first, or a full rescan): it predicts the
   * page's marks from their density so far (`predict`), from the marks answered and the text
   * node of the last text answered.
   */
  private predicting = false;
  private answeredMarks = 0;
  private answeredTo: Node | null = null;
  /** Matches answered at the last prediction: the next one waits for a quarter more. */
  private predictedAt = 0;
  /** Bench build only (slice-probe.ts). */
  declare private readonly probe: SliceProbe;

  constructor(
    private readonly refs: DomRefs,
    private readonly matcher: PageMatcher,
    private readonly store: MatchStore,
    private readonly highlighter: Highlighter,
    private readonly hooks: ScannerHooks,
    /** The walker's code, from /card-walk.js (scan-core-api.ts: a bundle of its own). */
    private readonly walk: WalkTools,
  ) {
    if (import.meta.env.VDL_BENCH) this.probe = new SliceProbe(refs.now);
    const later = (answers: Answer[]) => {
      for (const a of answers) {
        a.made = true;
        this.answers.push(a);
      }
      this.schedule(true);
    };
    // The matches storeSome would store.
    const terms = (a: Answer) =>
      (a.terms ??= a.matches.filter((m) => startIn(a, m) >= 0).map((m) => m.term));
    this.far = new FarAnswers<Answer>(refs, {
      terms,
      marks: (a) => (a.marks ??= this.marksIn(terms(a), (t) => t)),
      count: (term, delta) => store.countKept(term, delta),
      near: later,
    });
    // Every range is drawn again (fewer marks wanted: settings, removals): so are the kept ones.
    highlighter.onUnwindow = () => later(this.far.takeAll());
    highlighter.keptCount = () => this.far.markCount;
    const far = this.far;
    store.kept = {
      get size() {
        return far.size;
      },
      make: (node) => this.storeNow(far.take(node)),
      makeAll: () => this.storeNow(far.takeAll()),
      drop: (node) => far.drop(node),
    };
  }

  get busy(): boolean {
    return (
      this.jobs.length > 0 ||
      this.walker !== null ||
      this.far.awaitingReport ||
      this.batch.length > 0 ||
      this.inFlight > 0 ||
      this.sendQueued ||
      this.answers.length > 0 ||
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
    this.batch = [];
    this.batchChars = 0;
    this.inFlight = 0;
    this.sendQueued = false;
    this.answers = [];
    this.pruning = null;
    this.prunePending = false;
    this.stats = null;
    this.generation++;
    this.scheduled = false;
    this.far.clear();
    if (import.meta.env.VDL_BENCH) this.probe.reset();
    this.predicting = false;
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
        this.answers.shift();
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
    if (!this.stats) {
      this.stats = newStats(t0);
      this.predicting = this.store.empty;
      this.answeredMarks = 0;
      this.answeredTo = null;
      this.predictedAt = 0;
    }
    const stats = this.stats;
    const remaining = deadline.didTimeout ? 0 : deadline.timeRemaining();
    let budget = Math.max(3, Math.min(SLICE_MS, remaining || SLICE_MS / 2));
    if (this.coldSlices > 0) {
      this.coldSlices--;
      budget = COLD_SLICE_MS;
    }
    const hl = this.highlighter;
    const until = t0 + budget;
    if (import.meta.env.VDL_BENCH) this.probe.begin(t0, budget);
    // A flush that is due (or under way) first: what it leaves of the slice goes to the scan.
    hl.flushIfDue(t0, false, until);
    if (import.meta.env.VDL_BENCH) this.probe.mark('flush');
    let state = this.work(t0, budget, stats);
    // Context found by the answers stored may confirm ambiguous matches seen earlier.
    if (this.store.hasPending) this.store.recheck();
    if (import.meta.env.VDL_BENCH) this.probe.mark('recheck');
    // The pass ends once its last changes are drawn (a big flush spans slices).
    if (!hl.flushIfDue(now(), state === 'done', until) && state === 'done') state = 'more';
    if (import.meta.env.VDL_BENCH) this.probe.mark('flush-end');
    const ms = now() - t0;
    if (import.meta.env.VDL_BENCH) this.probe.end(ms);
    countSlice(stats, ms);
    if (state === 'done') {
      this.stats = null;
      stats.stored = this.store.size + this.far.size;
      stats.drawn = hl.drawnCount;
      if (import.meta.env.VDL_BENCH) {
        stats.slice = this.probe.worst;
        stats.steps = this.probe.passTotals();
        this.probe.reset();
      }
      this.hooks.onIdle(stats);
    } else if (state === 'more') {
      this.schedule();
    }
    // 'waiting': the next answer schedules the next slice.
  }

  /** Works through the queue until the budget is spent. */
  private work(t0: number, budget: number, stats: ScanStats): WorkState {
    const now = this.refs.now;
    // Every step below is small (ADD_STEP matches stored, a walk of WALK_STEPS nodes, a prune
    // step; sends go in tasks of their own, `queueSend`): the clock is read after each, but after
    // a walk to the next segment only once CLOCK_STEPS nodes (or their worth of text) are walked
    // since the last read: a table's cells are a segment each, and its walk read the clock more
    // than 5,000 times.
    let owed = CLOCK_STEPS;
    for (;;) {
      if (owed >= CLOCK_STEPS) {
        owed = 0;
        if (now() - t0 >= budget) {
          if (import.meta.env.VDL_BENCH) this.probe.mark('check');
          // What it walked goes in a task of its own, which starts the next slice.
          if (this.out === 0 && this.batch.length) {
            this.queueSend();
            return 'waiting';
          }
          return 'more';
        }
      }
      const walked = owed;
      owed = CLOCK_STEPS;
      if (this.answers.length) {
        this.storeSome();
        if (import.meta.env.VDL_BENCH) this.probe.mark('store');
        continue;
      }
      // A request is sent once it is full, and between jobs (the visible block's text goes as
      // soon as it is walked, answered while the rest is walked).
      // One request at a time (sendStep): a full request waits for the answer out, which
      // starts the next slice.
      const step = sendStep(
        this.out,
        this.batch.length,
        this.batchChars,
        !!this.walker,
        BATCH_CHARS,
        BATCH_TEXTS,
      );
      if (step === 'send') {
        this.queueSend();
        continue;
      }
      if (step === 'wait') return 'waiting';
      if (this.prunePending && !this.walker) {
        this.pruneStep();
        if (import.meta.env.VDL_BENCH) this.probe.mark('prune');
        continue;
      }
      if (!this.walker) {
        const job = this.jobs.shift();
        if (!job) {
          // Kept answers: the pass ends once the observer said which are near (stored in it).
          if (this.out > 0 || this.far.awaitingReport) return 'waiting';
          if (this.answers.length) return 'more';
          if (this.predicting) {
            // Windowing started on the prediction may stop: the kept answers come back here.
            this.predicting = false;
            this.highlighter.settle();
            if (import.meta.env.VDL_BENCH) this.probe.mark('settle');
            if (this.answers.length) continue;
          }
          return 'done';
        }
        this.walker = this.startJob(job);
        if (import.meta.env.VDL_BENCH) this.probe.mark('job');
        continue;
      }
      const walker = this.walker;
      const stepsBefore = walker.steps;
      const seg = walker.next(WALK_STEPS);
      if (import.meta.env.VDL_BENCH) this.probe.mark('walk');
      if (seg === WALK_PAUSED) continue;
      if (!seg) {
        stats.textNodes += walker.textNodes;
        stats.leaves += walker.leaves;
        if (walker.broken) this.jobs.push({ root: walker.root, mode: 'deep' });
        this.walker = null;
        continue;
      }
      this.beginSegment(seg, stats);
      if (import.meta.env.VDL_BENCH) this.probe.mark('segment');
      owed = walked + (walker.steps - stepsBefore) + (seg.text.length >> 7);
    }
  }

  /**
   * Tells the highlighter how many marks the page will have (issue 12): the marks answered so
   * far (matches of marked terms; none under a density that draws fewer than every occurrence,
   * whose count does not grow with the text), over the share of the page's height above the last
   * text answered (the walk goes in document order after the visible block). A page that will be
   * windowed anyway is windowed from here, and its far answers are kept instead of made. A wrong
   * guess costs time, never a mark: `settle()` at the pass's end draws every range when the page
   * wants fewer after all.
   * The height, not the text length: reading the body's text to measure it cost the long
   * article 4 ms; a box is one layout read, and the page's layout is clean after its paint.
   */
  private predict(): void {
    const found = this.answeredMarks;
    if (found < Math.max(PREDICT_AFTER, this.predictedAt * 1.25) || this.highlighter.windowed) {
      return;
    }
    const to = this.answeredTo;
    // A leaf's text is answered before its nodes are found: its own box then.
    const el = to?.nodeType === 1 ? (to as Element) : to?.parentElement;
    if (!el) return;
    // A layout read per prediction, and a page is answered in dozens of requests: a few in all.
    this.predictedAt = found;
    const { win, doc } = this.refs;
    const below = el.getBoundingClientRect().bottom + win.scrollY;
    const height = doc.scrollingElement?.scrollHeight ?? 0;
    if (!(below > 0 && height > 0)) return;
    this.highlighter.predicted = predictTotal(found, below, height);
  }

  /** How many of these matches the highlighter will draw (see ScannerHooks.drawsEvery). */
  private marksIn<T>(matches: readonly T[], termOf: (m: T) => string): number {
    let n = 0;
    for (let k = 0; k < matches.length; k++)
      if (this.hooks.drawsEvery(termOf(matches[k] as T))) n++;
    return n;
  }

  private startJob(job: Job): SegmentWalker | null {
    const root = job.root;
    if (!root.isConnected) return null;
    // A region that is (now) editable, hidden or code: whatever it held before is dropped.
    if (inSkippedRegion(root)) {
      this.dropUnder(root);
      return null;
    }
    return new this.walk.SegmentWalker(
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
        this.far.sweep();
        break;
      }
      if (!matchAlive(r.value)) this.store.remove(r.value);
    }
  }

  /** Replaces the segment's old matches; its text goes to the matcher chunk by chunk. */
  private beginSegment(seg: Segment, stats: ScanStats): void {
    const store = this.store;
    const { block, text } = seg;
    if (block) {
      // A leaf's nodes are found when its answer comes, unless its block was walked before while
      // the store holds matches: those may be its old ones, found now to be dropped below.
      if (
        seg.leaf &&
        (store.empty || !this.blockWalks.has(block) || !this.walk.resolveLeaf(this.refs, seg))
      ) {
        this.blockWalks.set(block, -seg.id);
      } else {
        this.blockWalks.set(block, seg.id);
      }
    }
    const nodes = seg.nodes;
    // Index loops: this runs once per segment (thousands on a table), often before V8 optimises it,
    // and an unoptimised for…of allocates an iterator and a result per step.
    if (!store.empty) for (let k = 0; k < nodes.length; k++) store.dropNode(nodes[k] as Text);
    for (let k = 0; k < nodes.length; k++) this.latest.set(nodes[k] as Text, seg.id);
    stats.chars += text.length;
    if (text.length < 2) return;
    if (typeof text === 'string') {
      // Figures, punctuation and other scripts' letters hold no term: not sent (a data table's
      // numbers, half its texts; a Greek or Chinese paragraph without a Latin word).
      if (!mayHoldTerm(text)) return;
      // One window (most texts): no plan to make, one allocation less per cell of a table.
      if (text.length <= CHUNK_CHARS + CHUNK_OVERLAP) {
        const n = text.length;
        this.batch.push({ seg, chunk: { from: 0, to: n, keepUntil: n }, text, tries: 0 });
        this.batchChars += n;
        return;
      }
    }
    const chunks = planChunks(text, CHUNK_CHARS, CHUNK_OVERLAP);
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c] as Chunk;
      const part =
        typeof text === 'string' && chunk.from === 0 && chunk.to === text.length
          ? text
          : text.slice(chunk.from, chunk.to);
      // Sent by `work`, a request per step: a text of hundreds of thousands of characters is
      // dozens of chunks, and sending them all from here made slices of 20–40 ms.
      this.batch.push({ seg, chunk, text: part, tries: 0 });
      this.batchChars += part.length;
    }
  }

  /** Requests out: sent, or due in a task of their own. */
  private get out(): number {
    return this.inFlight + (this.sendQueued ? 1 : 0);
  }

  /**
   * Sends the oldest walked chunks in a task of its own, after this slice: a send holds the
   * page's thread 0.4–3 ms (the request is serialised before `sendMessage` returns), and added
   * to a slice's walk it made the scan's longest tasks. The send schedules the next slice.
   */
  private queueSend(): void {
    this.sendQueued = true;
    const gen = this.generation;
    this.refs.setTimeout(() => {
      if (gen !== this.generation) return;
      this.sendQueued = false;
      const now = this.refs.now;
      const t0 = now();
      try {
        this.send();
      } catch (err) {
        console.debug('[vdl] send failed', err);
      }
      const ms = now() - t0;
      if (this.stats) countSlice(this.stats, ms);
      if (import.meta.env.VDL_BENCH) {
        this.probe.begin(t0, 0);
        this.probe.mark('send-task');
        this.probe.end(ms);
      }
      if (this.busy) this.schedule();
    }, 0);
  }

  /**
   * Sends the oldest walked chunks to the matcher, one request's worth (BATCH_CHARS,
   * BATCH_TEXTS); their answers are stored in later slices.
   */
  private send(): void {
    const batch = this.batch;
    if (!batch.length) return;
    let n = 0;
    let chars = 0;
    while (n < batch.length && n < BATCH_TEXTS) {
      const len = (batch[n] as Walked).text.length;
      if (n > 0 && chars + len > BATCH_CHARS) break;
      chars += len;
      n++;
    }
    const items = batch.splice(0, n);
    this.batchChars -= chars;
    const gen = this.generation;
    this.inFlight++;
    const settle = (answer: MatchAnswer | null) => {
      if (gen !== this.generation) return;
      this.inFlight--;
      const found = answer?.found;
      if (answer && this.stats) this.stats.workerMs += answer.workerMs;
      if (found) {
        items.forEach((item, k) => {
          const matches = found[k];
          if (!matches?.length) return;
          this.answers.push({ ...item, matches, at: 0 });
          if (this.predicting) this.answeredMarks += this.marksIn(matches, (m) => m.term);
        });
        const last = items.at(-1)?.seg;
        this.answeredTo = last?.nodes[0] ?? last?.block ?? this.answeredTo;
        // Before any of these answers is stored: those for far text may be kept already.
        if (this.predicting) this.predict();
      } else {
        // Not answered (the worker restarting, the extension reloaded): once more, then dropped.
        const again = items.filter((item) => ++item.tries < BATCH_TRIES);
        for (const item of again) this.batch.push(item);
        for (const item of again) this.batchChars += item.text.length;
      }
      this.schedule(true);
    };
    const answer = this.matcher.match(items.map((item) => item.text));
    answer.then(settle, (err: unknown) => {
      console.debug('[vdl] matching failed', err);
      settle(null);
    });
  }

  /**
   * False when the segment was walked again since (its newer answer is the one to keep), or its
   * text changed or left the page while its answer was on the way: what is left of it is then
   * dropped, and the mutation watcher's rescan brings it back.
   */
  private current(seg: Segment): boolean {
    if (seg.leaf) return this.currentLeaf(seg);
    const { nodes, starts, text, block } = seg;
    if (this.latest.get(nodes[0] as Text) !== seg.id || !(nodes[0] as Text).isConnected)
      return false;
    // A leaf read whole since (its nodes have no newer `latest` until it is answered).
    const walked = block ? this.blockWalks.get(block) : undefined;
    if (walked !== undefined && -walked > seg.id) return false;
    if (nodes.length === 1) return (nodes[0] as Text).data === text;
    for (let k = 0; k < nodes.length; k++) {
      const len = (k + 1 < nodes.length ? (starts[k + 1] as number) : text.length) - starts[k]!;
      if ((nodes[k] as Text).data.length !== len) return false;
    }
    return true;
  }

  /**
   * A leaf's answer is current when no walk of its block came since; its text nodes are found
   * then (and checked against the text answered), and older matches on them dropped.
   */
  private currentLeaf(seg: Segment): boolean {
    const block = seg.block as Node;
    if (this.blockWalks.get(block) !== -seg.id || !this.walk.resolveLeaf(this.refs, seg))
      return false;
    const { nodes } = seg;
    const store = this.store;
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k] as Text;
      // Walked on its own since, outside this block (moved there): that answer is newer.
      if ((this.latest.get(node) ?? 0) > seg.id) return false;
    }
    this.blockWalks.set(block, seg.id);
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k] as Text;
      this.latest.set(node, seg.id);
      if (!store.empty) store.dropNode(node);
    }
    return true;
  }

  /** Stores up to ADD_STEP matches of the oldest answer, or keeps it for later. */
  private storeSome(): void {
    const a = this.answers[0] as Answer;
    if (a.at === 0) {
      if (!this.current(a.seg)) {
        this.answers.shift();
        return;
      }
      if (!a.made && this.mayKeep(a) && this.far.keep(a)) {
        this.answers.shift();
        if (this.stats) this.stats.matches += a.terms?.length ?? 0;
        return;
      }
    }
    const { seg, chunk: c, matches } = a;
    const stop = Math.min(matches.length, a.at + ADD_STEP);
    for (let k = a.at; k < stop; k++) {
      const m = matches[k] as SegmentMatch;
      const start = startIn(a, m);
      if (start < 0) continue;
      this.addMatch(seg, m.term, start, m.end + c.from, m.pending);
      // A kept answer's matches were counted when it was kept.
      if (this.stats && !a.made) this.stats.matches++;
    }
    a.at = stop;
    if (stop >= matches.length) this.answers.shift();
  }

  /**
   * Only while the highlighter draws just what is near the viewport (a page with thousands of
   * marks), so keeping changes nothing on screen; and nothing in it waits for the page's context
   * (those are asked about in every slice).
   */
  private mayKeep(a: Answer): boolean {
    return (
      a.matches.length >= KEEP_MIN &&
      this.highlighter.windowed &&
      a.matches.every((m) => m.pending === null)
    );
  }

  /**
   * Stores kept answers at once (a hover, a step through the page's terms, a settings change
   * need their matches now), then draws them.
   */
  private storeNow(answers: Answer[]): void {
    if (!answers.length) return;
    for (const a of answers) {
      a.made = true;
      this.answers.unshift(a);
      while (this.answers[0] === a) this.storeSome();
    }
    if (this.store.hasPending) this.store.recheck();
    this.highlighter.flushIfDue(this.refs.now(), true);
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
      i = nodeAt(starts, start);
      j = nodeAt(starts, end, true);
    }
    const a = nodes[i] as Text;
    const b = nodes[j] as Text;
    const startOffset = start - (starts[i] as number);
    const endOffset = end - (starts[j] as number);
    const { StaticRange } = this.refs;
    // Made when first read: most matches of a long page are never drawn nor hovered.
    const range = () =>
      new StaticRange({ startContainer: a, startOffset, endContainer: b, endOffset });
    // The walk's block is the one the highlighter reads the tone of (a shadow root's is not).
    const block = seg.block?.nodeType === 1 ? (seg.block as Element) : null;
    const covered = i === j ? [a] : nodes.slice(i, j + 1);
    this.store.add(term, range, covered, pending, startOffset, block);
  }
}
