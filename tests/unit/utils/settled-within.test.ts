import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settledWithin } from '../../../utils/settled-within';

describe('settledWithin', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const later = <T>(ms: number, value: T, fail = false) =>
    new Promise<T>((res, rej) => setTimeout(() => (fail ? rej(new Error('no')) : res(value)), ms));

  it('is true when the promise resolves in time', async () => {
    const r = settledWithin(later(100, 'data'), 500);
    await vi.advanceTimersByTimeAsync(100);
    await expect(r).resolves.toBe(true);
  });

  it('is true when the promise rejects in time (an error is an answer too)', async () => {
    const p = later(100, 'data', true);
    p.catch(() => {});
    const r = settledWithin(p, 500);
    await vi.advanceTimersByTimeAsync(100);
    await expect(r).resolves.toBe(true);
  });

  it('is false once the time is out, and stays so when the promise settles later', async () => {
    const r = settledWithin(later(800, 'data'), 500);
    await vi.advanceTimersByTimeAsync(500);
    await expect(r).resolves.toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    await expect(r).resolves.toBe(false);
  });

  it('uses the timer it is given', async () => {
    const timers: number[] = [];
    const r = settledWithin(new Promise(() => {}), 250, (cb, ms) => {
      timers.push(ms);
      cb();
    });
    await expect(r).resolves.toBe(false);
    expect(timers).toEqual([250]);
  });
});
