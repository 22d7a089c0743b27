import { describe, expect, it } from 'vitest';
import { ScanBackoff, ScanWorkQueue } from '../../../utils/scan-work-queue';

describe('ScanWorkQueue', () => {
  it('merges jobs on the same root, deep winning over shallow', () => {
    const q = new ScanWorkQueue<string>(10);
    q.add('a', false);
    q.add('b', true);
    q.add('a', true);
    q.add('b', false);
    expect(q.drain()).toEqual({
      full: false,
      jobs: [
        { root: 'a', deep: true },
        { root: 'b', deep: true },
      ],
    });
    expect(q.size).toBe(0);
  });

  it('turns an overflowing queue into one full rescan, and never grows past the cap', () => {
    const q = new ScanWorkQueue<number>(100);
    for (let i = 0; i < 10_000; i++) q.add(i, true);
    expect(q.overflowed).toBe(true);
    expect(q.size).toBe(1);
    expect(q.drain()).toEqual({ full: true, jobs: [] });
    q.add(1, false);
    expect(q.drain()).toEqual({ full: false, jobs: [{ root: 1, deep: false }] });
  });
});

describe('ScanBackoff', () => {
  it('doubles the delay while scanning takes more than its share, up to the maximum', () => {
    const b = new ScanBackoff(250, 4000, 0.2, 1000);
    let t = 10_000;
    b.record(t, 0);
    const seen: number[] = [];
    for (let s = 0; s < 8; s++) {
      // 500 ms of scanning in every second: far over 20 %.
      b.record(t + 500, 500);
      t += 1000;
      b.record(t, 0);
      seen.push(b.current);
    }
    expect(seen[0]).toBe(500);
    expect(Math.max(...seen)).toBe(4000);
  });

  it('relaxes back to the base delay when the page calms down', () => {
    const b = new ScanBackoff(250, 4000, 0.2, 1000);
    let t = 0;
    for (let s = 0; s < 5; s++) {
      b.record(t + 1, 600);
      t += 1000;
    }
    expect(b.current).toBeGreaterThan(250);
    for (let s = 0; s < 10; s++) {
      b.record(t + 1, 1);
      t += 1000;
    }
    expect(b.current).toBe(250);
  });
});
