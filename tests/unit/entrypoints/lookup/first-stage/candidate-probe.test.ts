import { describe, expect, it } from 'vitest';
import { probeText } from '../../../../../entrypoints/lookup/first-stage/candidate-probe';
import type { DomRefs } from '../../../../../entrypoints/lookup/dom-refs';
import {
  CANDIDATE_SEP,
  PROBE_CARRY,
  PROBE_CHUNK,
  type Candidate,
} from '../../../../../utils/candidate-test';

/**
 * The probe's slicing with a clock the test moves: which slice asks for a chunk's verdict. Unit
 * tests have no DOM: the roots are text nodes, which the probe reads from `data` alone (elements
 * go through text-pieces.ts, tested beside this file).
 */
function setup(clockStep: number) {
  let clock = 100;
  const idle: (() => void)[] = [];
  const log: string[] = [];
  const refs = {
    now: () => (clock += clockStep),
    requestIdle: (cb: () => void) => {
      log.push('idle');
      idle.push(cb);
    },
  } as unknown as DomRefs;
  const asked: string[] = [];
  const answers: ((c: Candidate) => void)[] = [];
  const judge = (text: string) => {
    log.push(`ask ${text.length}`);
    asked.push(text);
    return new Promise<Candidate>((res) => answers.push(res));
  };
  const text = (data: string) =>
    ({ nodeType: 3, data, parentNode: null, isConnected: true }) as unknown as Node;
  const runIdle = () => (idle.shift() as () => void)();
  return { refs, log, asked, answers, judge, text, runIdle, idle, at: () => clock };
}

/** Lets the probe's `then` callbacks run. */
const settle = () => new Promise((res) => setTimeout(res, 0));

describe('probeText slicing', () => {
  it('asks in the slice that read the chunk while that slice is young', async () => {
    const t = setup(0);
    const found: Candidate[] = [];
    probeText(t.refs, [t.text('x'.repeat(100))], t.judge, (c) => found.push(c));
    expect(t.log).toEqual(['ask 101']);
    expect(t.asked[0]).toBe(CANDIDATE_SEP + 'x'.repeat(100));
    t.answers[0]!('core');
    await settle();
    expect(found).toEqual(['core']);
  });

  it('leaves the ask to the next slice when the task had already spent its first millisecond', async () => {
    const t = setup(0);
    const found: Candidate[] = [];
    // The caller's task began 2 ms ago (the first read of `body`, say).
    probeText(t.refs, [t.text('y'.repeat(50))], t.judge, (c) => found.push(c), t.at() - 2);
    expect(t.log).toEqual(['idle']);
    t.runIdle();
    // The next slice starts with the ask, before reading anything more.
    expect(t.log).toEqual(['idle', 'ask 51']);
    t.answers[0]!(null);
    await settle();
    expect(found).toEqual([null]);
  });

  it('reads a long text chunk by chunk: an ask waits for a fresh slice, the answer starts one', async () => {
    // Every clock read is 0.6 ms later: reading a chunk and taking it passes the first millisecond.
    const t = setup(0.6);
    const found: Candidate[] = [];
    const long = 'z'.repeat(PROBE_CHUNK + 1000);
    probeText(t.refs, [t.text(long)], t.judge, (c) => found.push(c));
    expect(t.log).toEqual(['idle']);
    t.runIdle();
    expect(t.log).toEqual(['idle', `ask ${PROBE_CHUNK}`]);
    t.answers[0]!('common');
    await settle();
    // The rest, after the carried end of the first chunk, goes in the slice the answer started.
    const rest = CANDIDATE_SEP.length + long.length - PROBE_CHUNK + PROBE_CARRY;
    expect(t.log).toEqual(['idle', `ask ${PROBE_CHUNK}`, `ask ${rest}`]);
    expect(t.asked[1]).toBe('z'.repeat(rest));
    t.answers[1]!(null);
    await settle();
    expect(found).toEqual(['common']);
  });

  it('asks what a slice read before reading on, when the text takes more than a slice', async () => {
    const texts = Array.from({ length: 24 }, (_, i) => String.fromCharCode(97 + i).repeat(1000));
    const joined = texts.map((x) => CANDIDATE_SEP + x).join('');
    // Read within one slice: one message for all of it.
    const quick = setup(0);
    probeText(quick.refs, texts.map(quick.text), quick.judge, () => {});
    expect(quick.asked).toEqual([joined]);
    // Each clock read 0.5 ms later: the first slice ends after a few texts, and the next slice
    // asks for them before reading the rest.
    const t = setup(0.5);
    const found: Candidate[] = [];
    probeText(t.refs, texts.map(t.text), t.judge, (c) => found.push(c));
    expect(t.log).toEqual(['idle']);
    t.runIdle();
    expect(t.asked.length).toBe(1);
    const first = t.asked[0] as string;
    expect(first.length).toBeGreaterThanOrEqual(4096);
    expect(first.length).toBeLessThan(joined.length / 2);
    expect(joined.startsWith(first)).toBe(true);
    // A core answer ends it: the rest is never read.
    t.answers[0]!('core');
    await settle();
    expect(found).toEqual(['core']);
    expect(t.log.filter((l) => l.startsWith('ask'))).toEqual([`ask ${first.length}`]);
    // Not a term: the rest is read and asked, each chunk after the last one's carried end.
    const u = setup(0.5);
    const done: Candidate[] = [];
    probeText(u.refs, texts.map(u.text), u.judge, (c) => done.push(c));
    // Answers every ask with "no term", and runs every slice asked for, until the probe is done.
    for (let answered = 0; !done.length;) {
      if (u.answers.length > answered) u.answers[answered++]!(null);
      else if (u.idle.length) u.runIdle();
      else throw new Error('the probe stalled');
      await settle();
    }
    expect(done).toEqual([null]);
    expect(u.asked.length).toBeGreaterThan(1);
    const rebuilt = u.asked.map((a, i) => (i ? a.slice(PROBE_CARRY) : a)).join('');
    expect(rebuilt).toBe(joined);
  });

  it('tests the same chunks whether a text is longer than a chunk or not', async () => {
    // Texts longer than a chunk are sliced as they are, not joined to what was read before them;
    // the chunks must be those of the joined text all the same: windows of PROBE_CHUNK
    // characters, each starting PROBE_CARRY before the last one's end.
    const t = setup(0);
    const found: Candidate[] = [];
    let seed = 7;
    const letters = (n: number) =>
      Array.from({ length: n }, () =>
        String.fromCharCode(97 + ((seed = (seed * 31 + 11) % 997) % 26)),
      ).join('');
    const lengths = [100, 3 * PROBE_CHUNK + 5, 10, PROBE_CHUNK + 1, 50, 2 * PROBE_CHUNK - 30, 40];
    const texts = lengths.map(letters);
    probeText(t.refs, texts.map(t.text), t.judge, (c) => found.push(c));
    const joined = texts.map((x) => CANDIDATE_SEP + x).join('');
    const windows: string[] = [];
    for (let at = 0; ; at += PROBE_CHUNK - PROBE_CARRY) {
      windows.push(joined.slice(at, at + PROBE_CHUNK));
      if (joined.length - at <= PROBE_CHUNK) break;
    }
    for (let i = 0; i < windows.length; i++) {
      expect(t.asked.length).toBe(i + 1);
      t.answers[i]!(null);
      await settle();
    }
    expect(t.asked).toEqual(windows);
    expect(found).toEqual([null]);
  });
});
