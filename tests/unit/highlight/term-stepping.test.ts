import { describe, expect, it } from 'vitest';
import { firstInView, locate, stepDirection, stepIndex } from '../../../utils/term-stepping';

const key = (
  k: string,
  mods: Partial<Record<'alt' | 'ctrl' | 'meta' | 'shift', boolean>> = {},
) => ({
  key: k,
  altKey: !!mods.alt,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
});

describe('stepDirection', () => {
  it('N / Alt+↓ forward, P / Alt+↑ back', () => {
    expect(stepDirection(key('n'))).toBe(1);
    expect(stepDirection(key('N'))).toBe(1);
    expect(stepDirection(key('ArrowDown', { alt: true }))).toBe(1);
    expect(stepDirection(key('p'))).toBe(-1);
    expect(stepDirection(key('ArrowUp', { alt: true }))).toBe(-1);
  });

  it('ignores other keys and browser or system chords', () => {
    expect(stepDirection(key('ArrowDown'))).toBe(0);
    expect(stepDirection(key('n', { ctrl: true }))).toBe(0);
    expect(stepDirection(key('p', { meta: true }))).toBe(0);
    expect(stepDirection(key('n', { alt: true }))).toBe(0);
    expect(stepDirection(key('N', { shift: true }))).toBe(0);
    expect(stepDirection(key('ArrowDown', { alt: true, shift: true }))).toBe(0);
    expect(stepDirection(key('Tab'))).toBe(0);
  });
});

describe('locate and stepIndex', () => {
  const items = [10, 20, 30, 40];
  const cmp = (a: number, b: number) => a - b;

  it('finds a term on the list, or where an unlisted one would go', () => {
    expect(locate(items, 30, cmp)).toEqual({ index: 2, exact: true });
    expect(locate(items, 25, cmp)).toEqual({ index: 2, exact: false });
    expect(locate(items, 5, cmp)).toEqual({ index: 0, exact: false });
    expect(locate(items, 50, cmp)).toEqual({ index: 4, exact: false });
    expect(locate([], 1, cmp)).toEqual({ index: 0, exact: false });
  });

  it('steps to the neighbours, and stops at either end', () => {
    expect(stepIndex(4, { index: 2, exact: true }, 1)).toBe(3);
    expect(stepIndex(4, { index: 2, exact: true }, -1)).toBe(1);
    expect(stepIndex(4, { index: 3, exact: true }, 1)).toBeNull();
    expect(stepIndex(4, { index: 0, exact: true }, -1)).toBeNull();
  });

  it('from an unmarked occurrence, goes to the marked ones around it', () => {
    // Between 20 and 30: next is 30 (index 2), previous is 20 (index 1).
    expect(stepIndex(4, { index: 2, exact: false }, 1)).toBe(2);
    expect(stepIndex(4, { index: 2, exact: false }, -1)).toBe(1);
    expect(stepIndex(4, { index: 4, exact: false }, 1)).toBeNull();
    expect(stepIndex(4, { index: 0, exact: false }, -1)).toBeNull();
  });
});

describe('firstInView', () => {
  const vp = { width: 1000, height: 800 };
  const box = (top: number, height = 20) => ({ top, bottom: top + height, left: 10, right: 60 });
  const same = <T>(b: T) => b;

  it('the first box in document order that shows on screen', () => {
    expect(firstInView([box(-400), box(-10), box(300), box(900)], same, vp)).toBe(1);
    expect(firstInView([box(-400), box(300)], same, vp)).toBe(1);
    expect(firstInView([box(-400), box(900)], same, vp)).toBe(-1);
  });

  it('reads the boxes no further than the first in view (each is a layout read)', () => {
    let read = 0;
    const boxOf = (top: number) => {
      read++;
      return box(top);
    };
    expect(firstInView([-400, -10, 300, 900, 1200], boxOf, vp)).toBe(1);
    expect(read).toBe(2);
  });

  it('skips boxes without size (hidden text) and missing ones', () => {
    expect(firstInView([null, { top: 10, bottom: 10, left: 0, right: 0 }, box(50)], same, vp)).toBe(
      2,
    );
    expect(firstInView([{ top: 10, bottom: 30, left: 1200, right: 1250 }, box(60)], same, vp)).toBe(
      1,
    );
  });
});
