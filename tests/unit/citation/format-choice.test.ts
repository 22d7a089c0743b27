/** The citation formats and the reader's remembered choice (WXT storage on the fake browser). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCitationFormat, saveCitationFormat } from '../../../utils/citation/format-choice';
import { CITATION_FORMATS, isCitationFormat } from '../../../utils/citation/formats';

describe('citation formats', () => {
  it('lists the four formats the builder makes, plain text first', () => {
    expect(CITATION_FORMATS).toEqual(['text', 'markdown', 'bibtex', 'csl-json']);
  });

  it('accepts only those names', () => {
    for (const f of CITATION_FORMATS) expect(isCitationFormat(f)).toBe(true);
    for (const x of ['', 'TEXT', 'json', 'ris', null, undefined, 3, {}, ['text']])
      expect(isCitationFormat(x)).toBe(false);
  });
});

describe('remembered citation format', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is plain text when nothing is stored', async () => {
    expect(await loadCitationFormat()).toBe('text');
  });

  it('keeps the last choice in local storage', async () => {
    await saveCitationFormat('bibtex');
    expect(await fakeBrowser.storage.local.get('citationFormat')).toEqual({
      citationFormat: 'bibtex',
    });
    expect(await loadCitationFormat()).toBe('bibtex');
    await saveCitationFormat('csl-json');
    expect(await loadCitationFormat()).toBe('csl-json');
  });

  it('reads an unknown or hostile stored value as plain text', async () => {
    for (const bad of ['ris', 42, { format: 'bibtex' }, '<img onerror=x>']) {
      await fakeBrowser.storage.local.set({ citationFormat: bad });
      expect(await loadCitationFormat()).toBe('text');
    }
  });
});
