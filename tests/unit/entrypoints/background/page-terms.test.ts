import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearTab,
  recordFrameTerms,
  resetTopFrame,
  tabTerms,
} from '../../../../entrypoints/background/page-terms';
import { glossary } from '../../../../data/glossary';

const [a, b] = glossary.map((e) => e.id);

describe('terms found per tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges the frames of a tab and replaces a frame on its next report', async () => {
    await recordFrameTerms(7, 0, [{ term: a!, count: 2 }]);
    await recordFrameTerms(7, 3, [{ term: a!, count: 1 }]);
    expect((await tabTerms(7)).get(a!)).toBe(3);
    await recordFrameTerms(7, 3, []);
    expect((await tabTerms(7)).get(a!)).toBe(2);
  });

  it('keeps tabs apart, drops unknown terms, forgets closed tabs and new documents', async () => {
    await recordFrameTerms(1, 0, [
      { term: a!, count: 1 },
      { term: 'not-a-term', count: 4 },
    ]);
    if (b) await recordFrameTerms(2, 0, [{ term: b, count: 1 }]);
    expect([...(await tabTerms(1)).keys()]).toEqual([a]);
    await clearTab(1);
    expect((await tabTerms(1)).size).toBe(0);
    if (b) {
      await resetTopFrame(2);
      expect((await tabTerms(2)).size).toBe(0);
    }
  });
});
