/**
 * How the scanner spreads its work over the page's tasks (issue 12): walking in idle slices of a
 * few milliseconds, and each request to the background in a task of its own, never added to a
 * slice's walk (a send of 64k characters holds the page's thread 0.4–3 ms; added to a slice it
 * made the scan's longest tasks). The page, the walker, the store and the highlighter are fakes:
 * what is tested is the scheduling, with a clock the fake walker moves.
 */
import { describe, expect, it } from 'vitest';
import type { DomRefs } from '../../../entrypoints/lookup/dom-refs';
import type { Highlighter } from '../../../entrypoints/lookup/highlighter';
import type { MatchStore } from '../../../entrypoints/lookup/match-store';
import type { PageMatcher } from '../../../entrypoints/lookup/page-matcher';
import { PageScanner, type ScanStats } from '../../../entrypoints/lookup/page-scanner';
import type { WalkTools } from '../../../entrypoints/lookup/scan-core-api';
import type { Segment } from '../../../entrypoints/lookup/segment-walker';

interface Task {
  kind: 'idle' | 'timer';
  run: () => void;
}

/** A root the fake walker reads: one text per segment. */
interface FakeRoot {
  isConnected: true;
  nodeType: 11;
  parentNode: null;
  texts: string[];
}

function setup(texts: string[]) {
  let clock = 0;
  let task = 'none';
  let taskNo = 0;
  const queue: Task[] = [];
  const log: { what: 'walk' | 'send'; task: string; texts?: string[] }[] = [];
  const refs = {
    now: () => clock,
    doc: { visibilityState: 'visible' },
    win: {},
    requestIdle: (cb: (d: IdleDeadline) => void) =>
      queue.push({
        kind: 'idle',
        run: () => cb({ didTimeout: false, timeRemaining: () => 50 } as IdleDeadline),
      }),
    setTimeout: (cb: () => void) => queue.push({ kind: 'timer', run: cb }),
  } as unknown as DomRefs;

  let nextId = 1;
  class FakeWalker {
    steps = 0;
    textNodes = 0;
    leaves = 0;
    broken = false;
    private at = 0;
    constructor(
      _refs: DomRefs,
      readonly root: FakeRoot,
    ) {}
    next(): Segment | null {
      if (this.at >= this.root.texts.length) return null;
      const text = this.root.texts[this.at++]!;
      log.push({ what: 'walk', task });
      // Each segment takes the page 1 ms: a slice walks a few.
      clock += 1;
      this.steps++;
      this.textNodes++;
      const node = { data: text, isConnected: true } as unknown as Text;
      return { id: nextId++, nodes: [node], starts: [0], text, block: null, leaf: false };
    }
  }
  const walk = { SegmentWalker: FakeWalker, resolveLeaf: () => true } as unknown as WalkTools;

  const matcher: PageMatcher = {
    match(sent) {
      log.push({ what: 'send', task, texts: [...sent] });
      return Promise.resolve({ found: sent.map(() => []), workerMs: 0 });
    },
    salienceOf: () => 'core',
    reset() {},
  };
  const store = {
    empty: true,
    size: 0,
    hasPending: false,
    all: new Map(),
    recheck() {},
    dropNode() {},
    add() {},
    countKept() {},
  } as unknown as MatchStore;
  const highlighter = {
    windowed: false,
    drawnCount: 0,
    flushIfDue: () => true,
    settle() {},
  } as unknown as Highlighter;
  const ended: ScanStats[] = [];
  const scanner = new PageScanner(
    refs,
    matcher,
    store,
    highlighter,
    {
      onShadowRoot() {},
      onIdle: (stats) => ended.push(stats),
      allowed: () => true,
      drawsEvery: () => true,
    },
    walk,
  );
  const root: FakeRoot = { isConnected: true, nodeType: 11, parentNode: null, texts };

  /** Runs the page's tasks in order (answers arrive as microtasks between them). */
  async function runAll(limit = 500): Promise<void> {
    for (let n = 0; queue.length && n < limit; n++) {
      const t = queue.shift()!;
      task = `${t.kind}#${++taskNo}`;
      t.run();
      task = 'none';
      for (let k = 0; k < 5; k++) await Promise.resolve();
    }
  }
  return { scanner, root, log, ended, queue, runAll };
}

/** Texts of `chars` letters each (figures alone are never sent). */
const texts = (count: number, chars: number) =>
  Array.from({ length: count }, (_, i) => `t${i} `.padEnd(chars, 'x'));

describe('PageScanner tasks', () => {
  it('sends each request in a task of its own, never in a slice that walks', async () => {
    // 48 segments of 4,000 characters: 192k characters, three requests of at most 64k.
    const all = texts(48, 4000);
    const { scanner, root, log, ended, runAll } = setup(all);
    scanner.enqueue(root as unknown as Node, 'deep', null, true);
    await runAll();

    const sends = log.filter((e) => e.what === 'send');
    const walkTasks = new Set(log.filter((e) => e.what === 'walk').map((e) => e.task));
    expect(sends.length).toBeGreaterThanOrEqual(3);
    for (const s of sends) {
      expect(s.task).toMatch(/^timer#/);
      expect(walkTasks.has(s.task)).toBe(false);
    }
    // One send per task, every text sent once, in walk order.
    expect(new Set(sends.map((s) => s.task)).size).toBe(sends.length);
    expect(sends.flatMap((s) => s.texts)).toEqual(all);
    // The pass ends once, after the last answer; the send tasks count as its slices.
    expect(ended).toHaveLength(1);
    expect(ended[0]!.chars).toBe(48 * 4000);
    expect(ended[0]!.slices).toBeGreaterThanOrEqual(walkTasks.size + sends.length);
    expect(scanner.busy).toBe(false);
  });

  it('sends the first, visible text right after the slice that walked it', async () => {
    const { scanner, root, log, runAll } = setup(texts(2, 100));
    scanner.enqueue(root as unknown as Node, 'deep', null, true);
    await runAll();
    const tasks = log.map((e) => `${e.what} ${e.task}`);
    // One slice walks both texts (nothing else to walk), the next task sends them.
    expect(tasks).toEqual(['walk timer#1', 'walk timer#1', 'send timer#2']);
  });

  it('drops a queued send when the scan is cancelled before it runs', async () => {
    const { scanner, root, log, queue, runAll } = setup(texts(2, 100));
    scanner.enqueue(root as unknown as Node, 'deep', null, true);
    // The first slice only: it walks and queues the send.
    const first = queue.shift()!;
    first.run();
    expect(queue.map((t) => t.kind)).toEqual(['timer']);
    scanner.cancel();
    await runAll();
    expect(log.filter((e) => e.what === 'send')).toEqual([]);
    expect(scanner.busy).toBe(false);
  });
});

describe('PageScanner requests', () => {
  it('sends no text in another script or of figures alone, and every text with a Latin word', async () => {
    const texts = [
      'Η δικαστική συνεργασία μεταξύ Γαλλίας και Βελγίου.',
      'Η Europol ανακοίνωσε τη σύλληψη.',
      '1 400',
      'Судебное сотрудничество усиливается.',
      '法国和比利时加强司法合作。',
      '欧洲刑警组织（Europol）参与了调查。',
      'Tournai',
    ];
    const { scanner, root, log, ended, runAll } = setup(texts);
    scanner.enqueue(root as unknown as Node, 'deep', null, true);
    await runAll();

    const sent = log.filter((e) => e.what === 'send').flatMap((e) => e.texts ?? []);
    expect(sent).toEqual([texts[1], texts[5], texts[6]]);
    // Every character was read and counted, sent or not.
    expect(ended[0]!.chars).toBe(texts.join('').length);
  });
});
