import { describe, expect, it } from 'vitest';
import { DensityFilter } from '../../../utils/density';
import type { Density } from '../../../utils/settings-sanitize';

/** A match: term, paragraph number, position in the document. */
interface M {
  term: string;
  block: number;
  at: number;
}

const m = (term: string, block: number, at: number): M => ({ term, block, at });

function filter(mode: Density) {
  return new DensityFilter<M>(mode, {
    compare: (a, b) => a.at - b.at,
    termOf: (x) => x.term,
    blockOf: (x) => x.block,
  });
}

const PAGE = [
  m('gdpr', 1, 10),
  m('gdpr', 1, 20),
  m('pnr', 1, 30),
  m('gdpr', 2, 40),
  m('gdpr', 2, 50),
  m('pnr', 3, 60),
];

function shownAfterAdding(mode: Density, order: M[]): number[] {
  const f = filter(mode);
  for (const x of order) f.add(x);
  return PAGE.filter((x) => f.isShown(x)).map((x) => x.at);
}

describe('DensityFilter', () => {
  it('every occurrence', () => {
    expect(shownAfterAdding('all', PAGE)).toEqual([10, 20, 30, 40, 50, 60]);
  });

  it('first of each term in each paragraph', () => {
    expect(shownAfterAdding('paragraph', PAGE)).toEqual([10, 30, 40, 60]);
  });

  it('first of each term on the page', () => {
    expect(shownAfterAdding('page', PAGE)).toEqual([10, 30]);
  });

  it('"first" is document order, whatever order the scanner found them in', () => {
    const scrambled = [PAGE[4]!, PAGE[5]!, PAGE[1]!, PAGE[3]!, PAGE[2]!, PAGE[0]!];
    expect(shownAfterAdding('paragraph', scrambled)).toEqual([10, 30, 40, 60]);
    expect(shownAfterAdding('page', scrambled)).toEqual([10, 30]);
  });

  it('an earlier occurrence arriving later takes the mark from the one shown', () => {
    const f = filter('page');
    expect(f.add(PAGE[3]!)).toEqual({ show: [PAGE[3]], hide: [] });
    expect(f.add(PAGE[4]!)).toEqual({ show: [], hide: [] });
    expect(f.add(PAGE[0]!)).toEqual({ show: [PAGE[0]], hide: [PAGE[3]] });
  });

  it('removing the marked occurrence passes the mark to the next one', () => {
    const f = filter('paragraph');
    for (const x of PAGE) f.add(x);
    expect(f.remove(PAGE[0]!)).toEqual({ show: [PAGE[1]], hide: [PAGE[0]] });
    expect(f.remove(PAGE[4]!)).toEqual({ show: [], hide: [] });
    expect(f.remove(PAGE[3]!)).toEqual({ show: [], hide: [PAGE[3]] });
    expect(f.remove(PAGE[3]!)).toEqual({ show: [], hide: [] });
  });

  it('switching density returns exactly what appears and disappears', () => {
    const f = filter('all');
    for (const x of PAGE) f.add(x);
    const toPage = f.setMode('page');
    expect(toPage.show).toEqual([]);
    expect(toPage.hide.map((x) => x.at)).toEqual([20, 40, 50, 60]);
    const toParagraph = f.setMode('paragraph');
    expect(toParagraph.show.map((x) => x.at)).toEqual([40, 60]);
    expect(toParagraph.hide).toEqual([]);
    expect(f.density).toBe('paragraph');
  });

  it('adding the same member twice changes nothing; clear forgets everything', () => {
    const f = filter('page');
    f.add(PAGE[0]!);
    expect(f.add(PAGE[0]!)).toEqual({ show: [], hide: [] });
    f.clear();
    expect(f.isShown(PAGE[0]!)).toBe(false);
    expect(f.add(PAGE[1]!).show).toEqual([PAGE[1]]);
  });
});
