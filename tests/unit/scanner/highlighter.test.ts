/**
 * The highlighter's bookkeeping (no browser needed: Highlight objects are Sets, the registry a
 * Map): buffered changes, one flush policy, registration under the style's names, and when a
 * page is windowed (a fake IntersectionObserver): on the first pass's prediction, and back.
 */
import { describe, expect, it } from 'vitest';
import type { DomRefs } from '../../../entrypoints/lookup/dom-refs';
import { fakeRefs } from './fake-refs';
import {
  FLUSH_BATCH,
  FLUSH_EVERY_MS,
  Highlighter,
  WINDOW_ABOVE,
  type Mark,
} from '../../../entrypoints/lookup/highlighter';

/** A mark whose range is itself, so the fake Highlight objects hold the marks given. */
const range = (i: number): Mark => {
  const m = { i, startContainer: null, startOffset: 0 } as unknown as { range: unknown };
  m.range = m;
  return m as Mark;
};

describe('Highlighter', () => {
  it('buffers changes until the pass ends, then applies them at once', () => {
    const { refs, registry } = fakeRefs();
    const hl = new Highlighter(refs);
    hl.show('underline');
    // Light and dark tones of each group (the tone follows the block's background, issue 13).
    expect([...registry.keys()].sort()).toEqual([
      'vdl-common-underline',
      'vdl-common-underline-dark',
      'vdl-core-underline',
      'vdl-core-underline-dark',
    ]);
    // The pass's first changes are shown at once (what the reader sees first)…
    hl.add('core', range(0));
    hl.flushIfDue(0, false);
    expect(registry.get('vdl-core-underline')!.size).toBe(1);
    // …later ones wait for the pass to end.
    const a = range(1);
    const b = range(2);
    hl.add('core', a);
    hl.add('common', b);
    expect(hl.pending).toBe(2);
    hl.flushIfDue(5, false);
    expect(registry.get('vdl-core-underline')!.size).toBe(1);
    hl.flushIfDue(10, true);
    expect(hl.pending).toBe(0);
    expect([...registry.get('vdl-core-underline')!]).toContain(a);
    expect([...registry.get('vdl-common-underline')!]).toEqual([b]);
    expect(hl.drawnCount).toBe(3);
  });

  it('flushes during a long pass after FLUSH_EVERY_MS or FLUSH_BATCH changes', () => {
    const { refs, registry } = fakeRefs();
    const hl = new Highlighter(refs);
    hl.show('background');
    hl.add('core', range(0));
    hl.flushIfDue(100, false);
    // The first call flushes (nothing applied yet); the next waits for its time.
    expect(registry.get('vdl-core-background')!.size).toBe(1);
    hl.add('core', range(1));
    hl.flushIfDue(100 + FLUSH_EVERY_MS - 1, false);
    expect(registry.get('vdl-core-background')!.size).toBe(1);
    hl.flushIfDue(100 + FLUSH_EVERY_MS, false);
    expect(registry.get('vdl-core-background')!.size).toBe(2);
    for (let i = 0; i < FLUSH_BATCH; i++) hl.add('common', range(10 + i));
    hl.flushIfDue(100 + FLUSH_EVERY_MS + 1, false);
    expect(registry.get('vdl-common-background')!.size).toBe(FLUSH_BATCH);
  });

  it('moves a range between groups and deletes it, one change each', () => {
    const { refs, registry } = fakeRefs();
    const hl = new Highlighter(refs);
    hl.show('underline');
    const r = range(1);
    hl.add('common', r);
    hl.flushIfDue(0, true);
    hl.delete('common', r);
    hl.add('core', r);
    expect(hl.pending).toBe(1);
    hl.flushIfDue(1, true);
    expect(registry.get('vdl-common-underline')!.size).toBe(0);
    expect([...registry.get('vdl-core-underline')!]).toEqual([r]);
    hl.delete('core', r);
    hl.flushIfDue(2, true);
    expect(registry.get('vdl-core-underline')!.size).toBe(0);
    expect(hl.drawnCount).toBe(0);
  });

  it('re-registers the same objects under another style; none unregisters', () => {
    const { refs, registry } = fakeRefs();
    const hl = new Highlighter(refs);
    hl.show('underline');
    const core = registry.get('vdl-core-underline');
    hl.show('background');
    expect([...registry.keys()].sort()).toEqual([
      'vdl-common-background',
      'vdl-common-background-dark',
      'vdl-core-background',
      'vdl-core-background-dark',
    ]);
    expect(registry.get('vdl-core-background')).toBe(core);
    hl.show('none');
    expect(registry.size).toBe(0);
  });

  describe("windowing from the first pass's prediction", () => {
    /** An IntersectionObserver that records what it observes and never reports. */
    class FakeObserver {
      static made = 0;
      observed = new Set<unknown>();
      constructor() {
        FakeObserver.made++;
      }
      observe(el: unknown) {
        this.observed.add(el);
      }
      unobserve(el: unknown) {
        this.observed.delete(el);
      }
      disconnect() {
        this.observed.clear();
      }
    }

    /** A mark in an element of its own (the windowed highlighter observes its element). */
    const placed = (i: number): Mark => {
      const m = range(i) as unknown as { startContainer: unknown };
      m.startContainer = { parentElement: { i } };
      return m as unknown as Mark;
    };

    function windowable() {
      const { refs, registry } = fakeRefs();
      (refs.win as { IntersectionObserver?: unknown }).IntersectionObserver = FakeObserver;
      FakeObserver.made = 0;
      const hl = new Highlighter(refs);
      hl.show('underline');
      let kept = 0;
      hl.keptCount = () => kept;
      let unwindowed = 0;
      hl.onUnwindow = () => unwindowed++;
      const drawn = () => registry.get('vdl-core-underline')!.size;
      return {
        hl,
        drawn,
        setKept: (n: number) => (kept = n),
        unwindowed: () => unwindowed,
      };
    }

    it('windows a page predicted past the threshold, with few marks so far', () => {
      const { hl, drawn } = windowable();
      for (let i = 0; i < 300; i++) hl.add('core', placed(i));
      expect(hl.windowed).toBe(false);
      hl.predicted = WINDOW_ABOVE + 1;
      expect(hl.windowed).toBe(true);
      // The flush starts the observer: nothing is drawn until it says what is near.
      hl.flushIfDue(0, true);
      expect(FakeObserver.made).toBe(1);
      expect(drawn()).toBe(0);
    });

    it('counts the kept matches as wanted', () => {
      const { hl, setKept } = windowable();
      hl.add('core', placed(0));
      setKept(WINDOW_ABOVE);
      expect(hl.windowed).toBe(true);
      setKept(WINDOW_ABOVE - 1);
      expect(hl.windowed).toBe(false);
    });

    it('settle() draws every range again when the page wants fewer after all', () => {
      const { hl, drawn, setKept, unwindowed } = windowable();
      for (let i = 0; i < 300; i++) hl.add('core', placed(i));
      hl.predicted = 5000;
      hl.flushIfDue(0, true);
      expect(drawn()).toBe(0);
      setKept(200);
      hl.settle();
      // The 300 made are drawn; the scanner makes the 200 kept (onUnwindow).
      expect(drawn()).toBe(300);
      expect(unwindowed()).toBe(1);
      expect(hl.windowed).toBe(false);
    });

    it('settle() makes the kept answers when windowing was predicted but not started', () => {
      const { hl, drawn, setKept, unwindowed } = windowable();
      for (let i = 0; i < 300; i++) hl.add('core', placed(i));
      hl.predicted = 5000;
      setKept(400);
      // No flush since the prediction: no observer yet.
      hl.settle();
      expect(FakeObserver.made).toBe(0);
      expect(unwindowed()).toBe(1);
      hl.flushIfDue(0, true);
      expect(drawn()).toBe(300);
    });

    it('settle() keeps the window when the page has more marks than the threshold', () => {
      const { hl, drawn, setKept, unwindowed } = windowable();
      for (let i = 0; i < 300; i++) hl.add('core', placed(i));
      hl.predicted = 5000;
      hl.flushIfDue(0, true);
      setKept(WINDOW_ABOVE);
      hl.settle();
      expect(unwindowed()).toBe(0);
      expect(hl.windowed).toBe(true);
      expect(drawn()).toBe(0);
    });

    it('settle() leaves a window the marks themselves started', () => {
      const { hl, setKept, unwindowed } = windowable();
      for (let i = 0; i <= WINDOW_ABOVE; i++) hl.add('core', placed(i));
      hl.flushIfDue(0, true);
      expect(FakeObserver.made).toBe(1);
      // Later removals alone do not end it at the pass's end (the hysteresis does, at a flush).
      for (let i = 0; i < 400; i++) hl.delete('core', placed(i));
      setKept(0);
      hl.settle();
      expect(unwindowed()).toBe(0);
      expect(hl.windowed).toBe(true);
    });
  });

  describe('background tones', () => {
    const LIGHT = { backgroundColor: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)' };
    const DARK = { backgroundColor: 'rgb(0, 0, 0)', color: 'rgb(255, 255, 255)' };
    /** Marks in blocks of their own, a page style to switch, a clock that ticks on each read. */
    function tonedPage() {
      const { refs, registry } = fakeRefs();
      let style = LIGHT;
      let clock = 0;
      let blockReads = 0;
      Object.assign(refs, { now: () => clock++ });
      Object.assign(refs.win, { getComputedStyle: () => style });
      const mark = (i: number): Mark => {
        const block = { nodeType: 1, localName: 'p', parentElement: null };
        const m = {
          i,
          startOffset: 0,
          get startContainer() {
            blockReads++;
            return block;
          },
        } as unknown as { range: unknown };
        m.range = m;
        return m as Mark;
      };
      const hl = new Highlighter(refs);
      hl.show('underline');
      const group = (name: string) => registry.get(name)!.size;
      return {
        hl,
        mark,
        group,
        setStyle: (s: typeof LIGHT) => (style = s),
        reads: () => blockReads,
        clock: () => clock,
      };
    }

    it('a flush finds each mark’s block once', () => {
      const { hl, mark, group, reads } = tonedPage();
      for (let i = 0; i < 50; i++) hl.add('core', mark(i));
      hl.flushIfDue(0, true);
      expect(group('vdl-core-underline')).toBe(50);
      expect(reads()).toBe(50);
    });

    it('a retone during a flush reads the tones of the marks not drawn yet again', () => {
      const { hl, mark, group, setStyle, clock } = tonedPage();
      for (let i = 0; i < 100; i++) hl.add('core', mark(i));
      // The clock is read every 32 steps: this flush reads the 100 tones and draws 28 marks.
      hl.flushIfDue(0, false, clock() + 4);
      expect(group('vdl-core-underline')).toBe(28);
      setStyle(DARK);
      hl.retone();
      hl.flushIfDue(0, true);
      expect(group('vdl-core-underline-dark')).toBe(100);
      expect(group('vdl-core-underline')).toBe(0);
    });
  });

  it('does nothing without the Highlight API', () => {
    const hl = new Highlighter({ win: {} } as unknown as DomRefs);
    expect(hl.supported).toBe(false);
    hl.add('core', range(1));
    hl.flushIfDue(0, true);
    expect(hl.pending).toBe(0);
    expect(hl.drawnCount).toBe(0);
  });
});
