import { describe, expect, it } from 'vitest';
import { slicesOf } from '../../bench/slice-trace';

/** A complete trace event on the page's main thread (pid 1, tid 1) unless told otherwise. */
const ev = (name: string, ts: number, dur: number, tdur = dur, pid = 1, tid = 1, url?: string) => ({
  name,
  ph: 'X',
  pid,
  tid,
  ts,
  dur,
  tdur,
  ...(url ? { args: { data: { url } } } : {}),
});
const OURS = 'chrome-extension://abcdefghijklmnop/card-ui.js';
/** Our script running inside a task. */
const call = (ts: number, dur: number, pid = 1, tid = 1) =>
  ev('FunctionCall', ts, dur, dur, pid, tid, OURS);

describe('slicesOf', () => {
  it('takes the longest script task from the first idle callback on, wall and CPU apart', () => {
    const events = [
      // Before the scan (the parser running the start-up script): not counted.
      ev('RunTask', 0, 20_000),
      call(100, 19_000),
      // A slice: 9.5 ms on the clock, 4.2 on a CPU (the thread was preempted).
      ev('RunTask', 50_000, 9_500, 4_200),
      ev('FireIdleCallback', 50_010, 9_400, 4_100),
      call(50_020, 9_300),
      // An answer arriving: a script task without an idle callback.
      ev('RunTask', 70_000, 6_000, 5_900),
      call(70_100, 5_800),
      // The second stage's injection: the script evaluated in a task of its own.
      ev('RunTask', 75_000, 4_000, 3_000),
      ev('EvaluateScript', 75_100, 3_800, 2_900, 1, 1, OURS),
      // Playwright evaluating its own script (no extension URL): not ours.
      ev('RunTask', 78_000, 14_000, 12_000),
      ev('FunctionCall', 78_100, 13_000, 11_000, 1, 1, ''),
      ev('EvaluateScript', 78_100, 13_000, 11_000),
      // A task with no script (layout): not ours.
      ev('RunTask', 80_000, 30_000),
      ev('Layout', 80_100, 29_000),
      // Another thread's long task: not the page's main thread.
      ev('RunTask', 90_000, 40_000, 40_000, 1, 2),
      call(90_100, 39_000, 1, 2),
    ];
    expect(slicesOf(events)).toEqual({
      wallMs: 9.5,
      cpuMs: 5.9,
      over8Wall: 1,
      over8Cpu: 0,
      // The slice, the answer and the injection.
      totalCpuMs: 13.1,
    });
  });

  it('counts the tasks of 8 ms of CPU or more', () => {
    const events = [
      ev('RunTask', 1_000, 8_000, 8_000),
      ev('FireIdleCallback', 1_010, 7_900),
      call(1_020, 7_800),
      ev('RunTask', 20_000, 12_000, 11_000),
      ev('TimerFire', 20_010, 11_900),
      call(20_020, 11_800),
      ev('RunTask', 40_000, 7_990, 7_990),
      ev('FireIdleCallback', 40_010, 7_900),
      call(40_020, 7_800),
    ];
    expect(slicesOf(events)).toEqual({
      wallMs: 12,
      cpuMs: 11,
      over8Wall: 2,
      over8Cpu: 2,
      totalCpuMs: 26.99,
    });
  });

  it('is null when the extension never scanned (no idle callback)', () => {
    expect(slicesOf([ev('RunTask', 0, 5_000), call(10, 4_000)])).toBeNull();
  });
});
