import { describe, expect, it } from 'vitest';
import { glossary } from '../../../data/glossary';
import { commonTermExamples } from '../../../utils/common-terms';
import type { GlossaryEntry } from '../../../utils/glossary-types';

describe('commonTermExamples', () => {
  it('names only terms that are not highlighted by default (the options text relies on it)', () => {
    const names = commonTermExamples(glossary);
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const n of names) {
      const e = glossary.find((x) => x.term === n);
      expect(e?.salience, n).not.toBe('core');
    }
  });

  it('prefers everyday news words, and never a core term', () => {
    const entry = (id: string, salience: 'core' | 'common') =>
      ({ id, term: id.toUpperCase(), salience }) as unknown as GlossaryEntry;
    const list = [
      entry('otan', 'common'),
      entry('europol', 'core'),
      entry('terrorisme', 'common'),
      entry('rgpd', 'common'),
    ];
    expect(commonTermExamples(list, 2)).toEqual(['TERRORISME', 'RGPD']);
    expect(commonTermExamples(list)).toEqual(['TERRORISME', 'RGPD', 'OTAN']);
  });
});
